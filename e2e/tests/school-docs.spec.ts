// The school's own documents: a school names them by kind in the embed settings; every tip
// and "Leg dit klaar" line that names the kind links to it, the result lists them, and a
// link that is not http(s) or an unknown kind is refused with a console warning.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type ConsoleMessage } from "@playwright/test";
import { readFileSync } from "node:fs";
import { parse } from "smol-toml";
import { Widget, guardNetwork, pathsOf, plain, topics } from "./widget";

const DEMO = "/tools/zelfcheck/demo/";
const kinds: any[] = parse(readFileSync(new URL("../../content/documents.toml", import.meta.url), "utf8")).documents as any[];
const kind = (id: string) => kinds.find((k) => k.id === id);
/** Whether a text names a kind, by its words in that language, as the widget decides. */
const names = (k: any, text: string, lang: "nl" | "en") =>
  k.words[lang].split("|").some((w: string) => plain(text).toLowerCase().includes(w));

// The intranet demo's "docenten" widget links these two.
const linked = {
  pestprotocol: { url: "https://intranet.noord.example/beleid/pestprotocol.pdf", label: "Pestprotocol Scholengroep Noord 2026" },
  klachtenregeling: { url: "https://intranet.noord.example/beleid/klachtenregeling.pdf", label: "Klachtenregeling" },
};

test("the intranet's pestprotocol is linked from every tip and line that names it, and listed on the result", async ({ page }) => {
  const foreign = await guardNetwork(page);
  const w = new Widget(page, "nl", page.locator("#docenten"));
  await w.goto(`${DEMO}intranet.html`);
  const path = pathsOf("pesten").find((p) => p.sector === "vo" && p.role === "docent")!;
  await w.begin({ topic: topics.pesten });
  await w.followPath(topics.pesten, path);
  await w.unfold();
  let naming = 0;
  for (const tip of topics.pesten.tips) {
    const card = w.tip(tip.id);
    if ((await card.count()) === 0) continue;
    const named = Object.entries(linked).filter(([id]) => names(kind(id), `${tip.title.nl} ${tip.text.nl}`, "nl"));
    const links = card.locator(".zc-school-doc a");
    await expect(links, tip.id).toHaveCount(named.length);
    for (const [i, [, doc]] of named.entries()) {
      await expect(links.nth(i)).toHaveAttribute("href", doc.url);
      await expect(links.nth(i)).toHaveText(doc.label);
    }
    naming += named.length;
  }
  expect(naming, "the path shows at least one tip that names a linked document").toBeGreaterThan(0);
  // "Leg dit klaar" names the pestprotocol on every path.
  const ready = w.root.getByRole("region", { name: w.t("call_heading") }).locator(".zc-ready");
  await expect(ready.locator(".zc-school-doc a", { hasText: linked.pestprotocol.label })).toHaveAttribute("href", linked.pestprotocol.url);
  const list = w.root.getByRole("region", { name: w.t("school_docs_heading") });
  await expect(list.getByRole("link", { name: linked.pestprotocol.label })).toHaveAttribute("href", linked.pestprotocol.url);
  // The whole widget inside the element (the demo's own role="docent" on the element is the
  // page's markup): a first to-do whose title holds 112 is text with a link beside a button.
  const axe = await new AxeBuilder({ page }).include([["#docenten", ".zc"]] as any).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 120)).join(" | ")}`)).toEqual([]);
  // Printed, the link is written out.
  await page.emulateMedia({ media: "print" });
  const printed = await list.getByRole("link").first().evaluate((a) => getComputedStyle(a, "::after").content);
  expect(printed).toContain(linked.pestprotocol.url);
  await page.emulateMedia({ media: "screen" });
  // Switched to English, the English texts that name a kind link to the same documents.
  await w.root.getByRole("button", { name: w.t("language_switch_label") }).click();
  const en = new Widget(page, "en", page.locator("#docenten"));
  await expect(en.heading("result_heading")).toBeVisible();
  for (const tip of topics.pesten.tips) {
    const card = en.tip(tip.id);
    if ((await card.count()) === 0) continue;
    const named = Object.entries(linked).filter(([id]) => names(kind(id), `${tip.title.en} ${tip.text.en}`, "en"));
    await expect(card.locator(".zc-school-doc a"), tip.id).toHaveCount(named.length);
  }
  expect(foreign).toEqual([]);
});

test("a javascript: link and an unknown kind are refused with a console warning; a title is text only", async ({ page }) => {
  const messages: ConsoleMessage[] = [];
  page.on("console", (m) => messages.push(m));
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    return d.dismiss();
  });
  const w = new Widget(page, "nl", page.locator("#docenten"));
  await w.goto(`${DEMO}intranet.html`);
  await page.locator("#docenten").evaluate((el) => {
    el.setAttribute("doc-pestprotocol", "javascript:alert(1) | Pestprotocol");
    el.setAttribute("doc-recepten", "https://intranet.noord.example/recepten");
    el.setAttribute("doc-klachtenregeling", "https://intranet.noord.example/k.pdf | <img src=x onerror=alert(2)>Klachten");
  });
  const warnings = () => messages.filter((m) => m.type() === "warning").map((m) => m.text());
  await expect.poll(() => warnings().some((m) => m.includes("doc-pestprotocol") && m.includes("javascript:alert(1)"))).toBe(true);
  expect(warnings().some((m) => m.includes("doc-recepten") && m.includes("doc-meldcode"))).toBe(true);
  await appShownAgain(w);
  // Every klacht result names the klachtenregeling ("Leg dit klaar").
  await w.begin({ topic: topics.klacht });
  const path = pathsOf("klacht").find((p) => p.sector === "vo" && p.role === "docent")!;
  await w.followPath(topics.klacht, path);
  await w.unfold();
  await expect(w.root.locator("a[href^='javascript']")).toHaveCount(0);
  await expect(w.root.locator(".zc-school-doc img")).toHaveCount(0);
  const docs = w.root.getByRole("region", { name: w.t("school_docs_heading") });
  await expect(docs.getByRole("link")).toHaveCount(1);
  await expect(docs.getByRole("link")).toHaveText("<img src=x onerror=alert(2)>Klachten");
  await expect(docs).not.toContainText("Pestprotocol");
  expect(dialogs).toBe(0);
});

async function appShownAgain(w: Widget) {
  await expect(w.heading("intro_heading")).toBeVisible();
}
