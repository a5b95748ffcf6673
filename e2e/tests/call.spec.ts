// From the result to a conversation: what to have ready, a summary without names, the
// user's own open questions, a mail the user's own program opens, the edition and review,
// and a remark on one tip. Nothing leaves the page.
import { expect, test, type ConsoleMessage, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "smol-toml";
import { Widget, fillText, guardNetwork, plain, topics, ui, type Lang } from "./widget";

const BASE = "/tools/zelfcheck/";
const DEMO = `${BASE}demo/`;
const ADVIESPUNT = "helpdesk@schoolenveiligheid.nl";
const editions: any = parse(readFileSync(new URL("../../content/editions.toml", import.meta.url), "utf8"));
const edition = editions.editions[0];

/** A mailto: link taken apart: address, subject and body, decoded. */
function mailParts(href: string) {
  expect(href.startsWith("mailto:")).toBe(true);
  const [address, query] = href.slice("mailto:".length).split("?");
  const params = new URLSearchParams(query.replaceAll("+", "%2B"));
  return {
    address: decodeURIComponent(address),
    subject: params.get("subject") ?? "",
    body: (params.get("body") ?? "").replaceAll("\r\n", "\n"),
    keys: [...params.keys()],
  };
}

interface Walked {
  /** Question texts answered with an option, with the labels chosen. */
  known: [string, string][];
  /** Question texts answered "weet ik niet". */
  unknown: string[];
}

/** Answers every question on the way to the result: "weet ik niet" on the first question
 * that offers it, otherwise the first option that does not end the choice. */
async function walk(w: Widget, topic: any): Promise<Walked> {
  const walked: Walked = { known: [], unknown: [] };
  const result = w.heading("result_heading");
  const byText = new Map(topic.questions.map((q: any) => [plain(q.text[w.lang]), q]));
  for (let step = 0; step < 40; step++) {
    const legend = w.root.locator("fieldset legend").first();
    await expect(legend.or(result)).toBeVisible();
    if (await result.isVisible()) return walked;
    const text = (await legend.innerText()).trim();
    const question: any = [...byText.entries()].find(([t]) => text.startsWith(t))?.[1];
    if (!question) throw new Error(`question not in ${topic.id}: ${text}`);
    const group = w.root.getByRole("group", { name: question.text[w.lang] });
    if (question.dont_know && walked.unknown.length === 0) {
      await group.getByRole("radio", { name: w.t("dont_know"), exact: true }).check();
      walked.unknown.push(plain(question.text[w.lang]));
    } else {
      const option = question.options.find((o: any) => !o.exclusive) ?? question.options[0];
      const role = question.type === "single" ? "radio" : "checkbox";
      await group.getByRole(role, { name: plain(option.text[w.lang]), exact: true }).check();
      walked.known.push([plain(question.text[w.lang]), plain(option.text[w.lang])]);
    }
    await w.root.getByRole("button", { name: w.t("next") }).click();
  }
  throw new Error("no result after 40 questions");
}

/** Checks the call card against the answers given, and returns its mail link's parts. */
async function expectCallCard(w: Widget, topic: any, walked: Walked, sector: string, role: string) {
  await expect(w.root.locator(".zc-result")).toHaveAttribute("aria-busy", "false");
  const card = w.root.getByRole("region", { name: w.t("call_heading") });
  await expect(card).toBeVisible();
  for (const p of topic.prepare.filter((p: any) => !p.when)) {
    await expect(card.getByRole("listitem").filter({ hasText: plain(p.text[w.lang]) })).toHaveCount(1);
  }
  const summary = card.locator(".zc-call-summary");
  await expect(summary).toContainText(w.t(`sector_${sector}`));
  await expect(summary).toContainText(w.t(`role_${role}`));
  await expect(summary).toContainText(topic.title[w.lang]);
  for (const [question, label] of walked.known) {
    await expect(summary).toContainText(`${question} ${label}`);
  }
  for (const question of walked.unknown) {
    await expect(summary).not.toContainText(question);
    await expect(card.locator(".zc-open-questions")).toContainText(question);
  }
  const href = await card.locator("a.zc-mail").getAttribute("href");
  const mail = mailParts(href!);
  expect(mail.keys).toEqual(["subject", "body"]);
  expect(mail.subject).toBe(fillText(w.t("mail_subject"), { topic: topic.title[w.lang] }));
  expect(mail.body.startsWith(w.t("mail_warning"))).toBe(true);
  for (const [question, label] of walked.known) expect(mail.body).toContain(`${question} ${label}`);
  for (const question of walked.unknown) expect(mail.body).toContain(`- ${question}`);
  expect(mail.body).toContain(fillText(w.t("about_edition"), { number: edition.number }).split("{date}")[0]);
  return mail;
}

async function expectEdition(w: Widget) {
  const line = w.root.locator(".zc-edition");
  await expect(line).toContainText(fillText(w.t("edition_line"), { number: edition.number }).split("{date}")[0]);
  await expect(line).toContainText(w.t("review_none"));
  await expect(w.root.locator(".zc-intro-note")).toHaveText(w.t("result_intro"));
}

test("custom element, English: the call card holds what to have ready, the summary and the open question; the mail goes to the Adviespunt", async ({ page }) => {
  const foreign = await guardNetwork(page);
  const w = new Widget(page, "en", page.locator("#reisleiders"));
  await w.goto(`${DEMO}intranet.html`);
  await w.begin({ role: "docent" });
  const walked = await walk(w, topics.schoolreis);
  expect(walked.unknown).toHaveLength(1);
  const mail = await expectCallCard(w, topics.schoolreis, walked, "so", "docent");
  expect(mail.address).toBe(ADVIESPUNT);
  await expect(w.root.getByRole("link", { name: w.t("call_mail") })).toBeVisible();
  await expectEdition(w);
  // The copy button puts the same summary on the clipboard.
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await w.root.getByRole("button", { name: w.t("call_copy") }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(walked.known[0].join(" "));
  expect(copied).not.toContain(w.t("mail_warning"));
  expect(foreign).toEqual([]);
});

test("iframe, Dutch: the school's own address from its settings file gets the mail", async ({ page }) => {
  const foreign = await guardNetwork(page);
  const w = new Widget(page, "nl", page.frameLocator("iframe.demo-frame"));
  await w.goto(`${DEMO}iframe.html`);
  await w.begin({ role: "ib" });
  const walked = await walk(w, topics.pesten);
  const mail = await expectCallCard(w, topics.pesten, walked, "po", "ib");
  expect(mail.address).toBe("zorgteam@school.example");
  await expect(w.root.getByRole("link", { name: fillText(w.t("call_mail_school"), { address: "zorgteam@school.example" }) })).toBeVisible();
  await expectEdition(w);
  // Following the link hands it to the mail program; the page itself asks no server.
  await w.root.getByRole("link", { name: /zorgteam/ }).click();
  await expect(w.heading("result_heading")).toBeVisible();
  expect(foreign).toEqual([]);
});

function consoleOf(page: Page): ConsoleMessage[] {
  const messages: ConsoleMessage[] = [];
  page.on("console", (m) => messages.push(m));
  return messages;
}

test("a page address cannot choose where the summary or a remark goes", async ({ page }) => {
  const messages = consoleOf(page);
  const w = new Widget(page);
  await w.goto("./?sector=vo&topic=pesten&summary-email=verzamel@elders.example&feedback-email=ook@elders.example");
  await w.begin({ role: "docent" });
  await walk(w, topics.pesten);
  const card = w.root.getByRole("region", { name: w.t("call_heading") });
  const mail = mailParts((await card.getByRole("link", { name: w.t("call_mail") }).getAttribute("href"))!);
  expect(mail.address).toBe(ADVIESPUNT);
  const warnings = messages.filter((m) => m.type() === "warning").map((m) => m.text());
  for (const name of ["summary-email", "feedback-email"]) {
    expect(warnings.some((m) => m.includes(name) && m.includes("page address"))).toBe(true);
  }
  // The link sits with the tip's sources, one tap away.
  await w.root.locator("[data-tip] details.zc-more > summary").first().click();
  const remark = w.root.locator(".zc-feedback a").first();
  await expect(remark).toHaveText(w.t("tip_feedback"));
  expect(mailParts((await remark.getAttribute("href"))!).address).toBe(editions.feedback_email);
});

test("a remark on a tip carries the tip's id and the edition, never the answers; the school's address wins", async ({ page }) => {
  const foreign = await guardNetwork(page);
  const w = new Widget(page, "nl", page.locator("#docenten"));
  await w.goto(`${DEMO}intranet.html`);
  await w.begin({ topic: topics.pesten });
  const walked = await walk(w, topics.pesten);
  const card = w.root.locator("[data-tip]").first();
  const id = await card.getAttribute("data-tip");
  await card.locator("details.zc-more > summary").click();
  const link = card.getByRole("link", { name: w.t("tip_feedback") });
  await expect(link).toBeVisible();
  const mail = mailParts((await link.getAttribute("href"))!);
  expect(mail.address).toBe("inhoud@noord.example");
  expect(mail.subject).toBe(fillText(w.t("feedback_subject"), { tip: `pesten/${id}`, number: edition.number }));
  expect(mail.body).toContain(`pesten/${id}`);
  expect(mail.body).toContain(String(edition.number));
  for (const [question, label] of walked.known) {
    expect(mail.body).not.toContain(question);
    expect(mail.body).not.toContain(label);
  }
  expect(foreign).toEqual([]);
});

test("the printed result shows the call card, the edition and the review status", async ({ page }) => {
  const w = new Widget(page);
  await w.goto("./?sector=vo&topic=pesten");
  await w.begin({ role: "docent" });
  await walk(w, topics.pesten);
  await expect(w.root.locator(".zc-result")).toHaveAttribute("aria-busy", "false");
  await page.emulateMedia({ media: "print" });
  const file = join(tmpdir(), `zelfcheck-call-${process.pid}-${Date.now()}.pdf`);
  await page.pdf({ path: file, format: "A4" });
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  expect(text).toContain(w.t("call_heading"));
  expect(text).toContain(w.t("review_none"));
  expect(text).toContain(fillText(w.t("edition_line"), { number: edition.number }).split("{date}")[0]);
  expect(text).toContain(w.t("result_intro").split("?")[0]);
  expect(text).not.toContain(w.t("call_copy"));
});

for (const lang of ["nl", "en"] as Lang[]) {
  test(`'Over deze check' on the intro (${lang}) shows the edition, every change and the review per topic, by keyboard`, async ({ page }) => {
    const foreign = await guardNetwork(page);
    const w = new Widget(page, lang);
    await w.goto(lang === "en" ? "./?lang=en" : "./");
    const summary = w.root.locator("details.zc-about > summary");
    await summary.focus();
    await page.keyboard.press("Enter");
    const about = w.root.locator("details.zc-about");
    await expect(about).toHaveAttribute("open", "");
    for (const e of editions.editions) {
      for (const change of e.changes) await expect(about).toContainText(plain(change.text[lang]));
    }
    for (const topic of Object.values(topics)) await expect(about).toContainText(topic.title[lang]);
    await expect(about).toContainText(ui.review_none[lang]);
    expect(foreign).toEqual([]);
  });
}
