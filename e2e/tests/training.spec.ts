// Training mode for a team session, and the quick-question search.
import { expect, test, type Page } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import { parse } from "smol-toml";
import { Widget, guardNetwork, topics, ui } from "./widget";

const root = new URL("../../", import.meta.url);
const cases: Record<string, any[]> = Object.fromEntries(
  readdirSync(new URL("content/cases/", root)).map((f) => [
    f.replace(/\.toml$/, ""),
    (parse(readFileSync(new URL(`content/cases/${f}`, root), "utf8")) as any).cases,
  ]),
);
const quick: any[] = readdirSync(new URL("content/quick/", root)).flatMap(
  (f) => (parse(readFileSync(new URL(`content/quick/${f}`, root), "utf8")) as any).quick.map((q: any) => ({ ...q, topic: f.replace(/\.toml$/, "") })),
);

/** Counts every write to localStorage, sessionStorage, cookies and IndexedDB from the start. */
async function watchStorageWrites(page: Page) {
  await page.addInitScript(() => {
    const w = window as any;
    w.__writes = [];
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      w.__writes.push(`storage ${key}`);
      return setItem.call(this, key, value);
    };
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, "cookie")!;
    Object.defineProperty(document, "cookie", {
      get: () => cookie.get!.call(document),
      set: (v) => {
        w.__writes.push(`cookie ${v}`);
        cookie.set!.call(document, v);
      },
    });
    const open = indexedDB.open.bind(indexedDB);
    indexedDB.open = (...args: any[]) => {
      w.__writes.push(`indexedDB ${args[0]}`);
      return (open as any)(...args);
    };
  });
  return () => page.evaluate(() => (window as any).__writes as string[]);
}

/** Plain text of a content text: a phone link reads as its number. */
const plain = (text: string) => text.replace(/\[([^\]]+)\]\(tel:[^)]+\)/g, "$1").trim();
const questionOf = (topic: string, id: string) => topics[topic].questions.find((q: any) => q.id === id);
const labelOf = (question: any, id: string) =>
  id === "weet_niet" ? ui.dont_know.nl : plain(question.options.find((o: any) => o.id === id).text.nl);
const whyOf = (topic: string, question: string) => (
  (parse(readFileSync(new URL(`content/cases/${topic}.toml`, root), "utf8")) as any).why as any[]
).find((w) => w.question === question);
/** Every radio button and checkbox of the question on screen that is checked. */
const checkedOnScreen = (page: Page) => page.locator(".zc-main form input:checked");

async function openCase(page: Page, id: string) {
  await page.goto("/tools/zelfcheck/index.html?mode=training");
  await page.locator(`[data-case="${id}"]`).getByRole("button", { name: ui.training_start_case.nl }).click();
}

test.use({ viewport: { width: 1280, height: 720 } });

test("training mode: a case walked through by presenter keys, the answer hidden until revealed, nothing is stored", async ({ page }) => {
  const foreign = await guardNetwork(page);
  const writes = await watchStorageWrites(page);
  const theCase = cases.schoolreis.find((c) => c.answers.length >= 2)!;
  await page.goto("/tools/zelfcheck/index.html?mode=training");
  await expect(page.getByRole("heading", { level: 1, name: ui.training_heading.nl })).toBeVisible();
  // Every case of every topic is offered.
  const total = Object.values(cases).reduce((n, list) => n + list.length, 0);
  await expect(page.locator("[data-case]")).toHaveCount(total);

  await page.locator(`[data-case="${theCase.id}"]`).getByRole("button", { name: ui.training_start_case.nl }).click();
  const banner = page.getByRole("complementary", { name: ui.training_case_label.nl });
  await expect(banner).toContainText(theCase.title.nl);

  // The first question, with nothing chosen: the team answers first.
  const [firstId, ...firstChosen] = theCase.answers[0];
  const first = questionOf("schoolreis", firstId);
  await expect(page.getByRole("heading", { level: 1, name: first.text.nl })).toBeVisible();
  // The case's title and the question are on screen, not scrolled away.
  await expect(banner).toBeInViewport();
  await expect(page.getByRole("heading", { level: 1, name: first.text.nl })).toBeInViewport();
  await expect(checkedOnScreen(page)).toHaveCount(0);
  for (const prompt of ["training_prompt_do", "training_prompt_first", "training_prompt_unknown"]) {
    await expect(page.getByText(ui[prompt].nl)).toBeVisible();
  }

  // Reveal: the case's answer is ticked, the adviser's reasoning and every option with what
  // it leads to, in words, the case's answer marked.
  const reveal = page.getByRole("button", { name: ui.training_reveal.nl });
  await expect(reveal).toHaveAttribute("aria-expanded", "false");
  await reveal.click();
  await expect(page.getByRole("button", { name: ui.training_hide.nl })).toHaveAttribute("aria-expanded", "true");
  const role = first.type === "single" ? "radio" : "checkbox";
  for (const id of firstChosen) {
    await expect(page.getByRole(role, { name: labelOf(first, id), exact: true })).toBeChecked();
  }
  await expect(checkedOnScreen(page)).toHaveCount(firstChosen.length);
  await expect(page.getByRole("heading", { level: 3, name: ui.training_why_heading.nl })).toBeVisible();
  await expect(page.locator(".zc-why-text")).toHaveText(plain(whyOf("schoolreis", firstId).text.nl));
  const effects = page.locator(".zc-effects");
  const options = first.options.map((o: any) => o.id).concat(first.dont_know ? ["weet_niet"] : []);
  await expect(effects.locator("dt")).toHaveCount(options.length);
  await expect(effects.locator("dd")).toHaveCount(options.length);
  for (const id of options) await expect(effects.locator(`dt[data-option="${id}"]`)).toBeVisible();
  const leadStarts = ["training_lead_question", "training_lead_todo", "training_lead_good", "training_lead_banner"].map(
    (k) => ui[k].nl.split("{")[0],
  );
  for (const text of await effects.locator("dd").allTextContents()) {
    expect(text === ui.training_no_effect.nl || leadStarts.some((s) => text.startsWith(s))).toBe(true);
    expect(text).not.toMatch(/Speelt mee bij|vervolgvraag|\btip\b/);
  }
  await expect(effects.locator(`dt[data-option="${firstChosen[0]}"]`)).toContainText(ui.training_case_answer.nl);
  await effects.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath("training-effects.png") });

  // Presenter keys (focus is on the reveal button, as after a facilitator's click): Page
  // Down scrolls what is below first, then goes on.
  const second = questionOf("schoolreis", theCase.answers[1][0]);
  for (let i = 0; i < 8 && !(await page.getByRole("heading", { level: 1, name: second.text.nl }).isVisible()); i++) {
    await page.keyboard.press("PageDown");
  }
  await expect(page.getByRole("heading", { level: 1, name: second.text.nl })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: second.text.nl })).toBeInViewport();
  await expect(banner).toBeInViewport();
  await expect(checkedOnScreen(page)).toHaveCount(0);
  // Arrows work too, except on an answer, where they choose (focus is on the heading here).
  await expect(page.getByRole("heading", { level: 1, name: second.text.nl })).toBeFocused();
  // Left arrow scrolls up first (the question opened right under the case's bar), then
  // goes back.
  for (let i = 0; i < 4 && !(await page.getByRole("heading", { level: 1, name: first.text.nl }).isVisible()); i++) {
    await page.keyboard.press("ArrowLeft");
  }
  await expect(page.getByRole("heading", { level: 1, name: first.text.nl })).toBeVisible();
  // Back lands on the case's answer, still chosen and already explained.
  await expect(page.getByRole(role, { name: labelOf(first, firstChosen[0]), exact: true })).toBeFocused();
  await expect(page.getByRole(role, { name: labelOf(first, firstChosen[0]), exact: true })).toBeChecked();
  await expect(page.getByRole("button", { name: ui.training_hide.nl })).toBeVisible();
  await page.keyboard.press("End");
  await expect(page.getByRole("heading", { level: 1, name: ui.result_heading.nl })).toBeVisible();

  // Nothing stored, nothing offered to store.
  await expect(page.getByRole("checkbox", { name: ui.remember_label.nl })).toHaveCount(0);
  await expect(page.getByText(ui.training_nothing_stored.nl)).toBeVisible();
  expect(await writes()).toEqual([]);
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
  expect(foreign).toEqual([]);
});

test("training mode: in no case is the case's answer checked before the reveal, and it is after", async ({ page }) => {
  for (const [topic, list] of Object.entries(cases)) {
    for (const theCase of list) {
      await openCase(page, theCase.id);
      const [qid, ...chosen] = theCase.answers[0];
      const question = questionOf(topic, qid);
      await expect(page.getByRole("heading", { level: 1, name: question.text.nl })).toBeVisible();
      await expect(checkedOnScreen(page), `${theCase.id} before the reveal`).toHaveCount(0);
      await page.getByRole("button", { name: ui.training_reveal.nl }).click();
      const role = question.type === "single" ? "radio" : "checkbox";
      for (const id of chosen) {
        await expect(page.getByRole(role, { name: labelOf(question, id), exact: true }), `${theCase.id}: ${id}`).toBeChecked();
      }
      await expect(checkedOnScreen(page), `${theCase.id} after the reveal`).toHaveCount(chosen.length);
      // What is revealed is for this case's role: never a tip only for another role.
      const revealed = (await page.locator(".zc-effects").textContent()) ?? "";
      for (const tip of topics[topic].tips ?? []) {
        if (tip.roles && !tip.roles.includes(theCase.role) && tip.title?.nl) {
          expect(revealed, `${theCase.id}: tip ${tip.id}`).not.toContain(`“${plain(tip.title.nl)}”`);
        }
      }
    }
  }
});

test("training mode: presenter keys scroll a long screen before moving on, both ways", async ({ page }) => {
  const theCase = cases["geweld-tegen-jou"][0];
  const [q1, q2] = theCase.answers.map((a: any[]) => questionOf("geweld-tegen-jou", a[0]));
  await openCase(page, theCase.id);
  const h1 = (q: any) => page.getByRole("heading", { level: 1, name: q.text.nl });
  await expect(h1(q1)).toBeVisible();
  await page.getByRole("button", { name: ui.training_reveal.nl }).click();
  await page.evaluate(() => window.scrollTo(0, 0));
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height, "the revealed screen is taller than the window").toBeGreaterThan(720 * 1.5);
  const scrollY = () => page.evaluate(() => window.scrollY);
  await page.keyboard.press("PageDown");
  // Still the same question, one screen further down, the case's title still on top.
  await expect(h1(q1)).toBeVisible();
  expect(await scrollY()).toBeGreaterThan(300);
  expect(await scrollY()).toBeLessThan(720);
  const bar = page.locator(".zc-case-bar");
  await expect(bar).toBeInViewport();
  expect((await bar.boundingBox())!.y).toBeLessThan(5);
  // Scrolled past the question's heading, the bar shows the question.
  await expect(page.locator(".zc-case-question")).toContainText(q1.text.nl);
  await page.screenshot({ path: test.info().outputPath("training-scrolled.png") });
  // Page Up from there scrolls back up first, to the top of the screen.
  for (let i = 0; i < 3 && (await scrollY()) > 0; i++) {
    await page.keyboard.press("PageUp");
    await expect(h1(q1)).toBeVisible();
  }
  expect(await scrollY()).toBe(0);
  // Down to the end, then on to the next question, which opens at its top.
  let presses = 0;
  while (!(await h1(q2).isVisible()) && presses < 10) {
    await page.keyboard.press("PageDown");
    presses++;
  }
  expect(presses, "Page Down scrolled before moving on").toBeGreaterThan(1);
  await expect(h1(q2)).toBeInViewport();
  await expect(bar).toBeInViewport();
  await expect(checkedOnScreen(page)).toHaveCount(0);
  // On an unanswered question, the end of the screen first reveals the case's answer.
  while ((await page.getByRole("button", { name: ui.training_reveal.nl }).count()) > 0 && presses < 20) {
    await page.keyboard.press("PageDown");
    presses++;
  }
  await expect(h1(q2)).toBeVisible();
  await expect(checkedOnScreen(page)).toHaveCount(theCase.answers[1].length - 1);
  await page.screenshot({ path: test.info().outputPath("training-revealed.png") });
  // Page Up at the bottom of a long screen scrolls up first.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const bottom = await scrollY();
  expect(bottom).toBeGreaterThan(0);
  await page.keyboard.press("PageUp");
  await expect(h1(q2)).toBeVisible();
  expect(await scrollY()).toBeLessThan(bottom);
  for (let i = 0; i < 10 && (await h1(q2).isVisible()); i++) await page.keyboard.press("PageUp");
  await expect(h1(q1)).toBeVisible();
});

test("training mode: the hand-out has its questions, room for answers, the Adviespunt, 112 and its sources, and prints with margins", async ({ page }, testInfo) => {
  const theCase = cases.pesten[0];
  await page.goto("/tools/zelfcheck/index.html?mode=training");
  await page.locator(`[data-case="${theCase.id}"]`).getByRole("button", { name: ui.training_handout.nl }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${ui.training_handout.nl}: ${theCase.title.nl}` })).toBeVisible();
  await expect(page.locator(".zc-handout-case")).toHaveText(plain(theCase.text.nl));
  await expect(page.locator(".zc-handout-questions > li")).toHaveCount(theCase.answers.length);
  await expect(page.locator(".zc-handout-answer")).toHaveCount(theCase.answers.length);
  await expect(page.getByRole("button", { name: ui.training_print.nl })).toBeVisible();
  const help = page.locator(".zc-handout-help");
  await expect(help.getByRole("link", { name: "030 285 66 16" })).toHaveAttribute("href", /^tel:/);
  await expect(help.getByRole("link", { name: "112", exact: true })).toHaveAttribute("href", "tel:112");
  const sources = page.locator(".zc-handout-sources li");
  expect(await sources.count()).toBeGreaterThan(0);
  const firstSource = await sources.first().locator("a").getAttribute("href");
  expect(firstSource).toMatch(/^https:\/\//);

  await page.emulateMedia({ media: "print" });
  await page.screenshot({ path: testInfo.outputPath("handout-print.png"), fullPage: true });
  const pdf = testInfo.outputPath("handout.pdf");
  await page.pdf({ path: pdf, format: "A4" });
  const { execFileSync } = await import("node:child_process");
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  expect(text).toContain("030 285 66 16");
  expect(text).toMatch(/\b112\b/);
  expect(text).toContain(theCase.title.nl);
  expect(text.replace(/\s+/g, "")).toContain(firstSource!.replace(/\s+/g, ""));
  // No buttons on paper.
  expect(text).not.toContain(ui.training_print.nl);
  // Margins: nothing is printed in the outer 10 mm of the first page (the bounding boxes of
  // the words, in points: A4 is 595 × 842, 10 mm is about 28 points).
  const boxes = execFileSync("pdftotext", ["-bbox", "-f", "1", "-l", "1", pdf, "-"], { encoding: "utf8" });
  const words = [...boxes.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"/g)].map((m) => m.slice(1).map(Number));
  expect(words.length).toBeGreaterThan(20);
  for (const [x0, y0, x1, y1] of words) {
    expect(x0).toBeGreaterThan(28);
    expect(y0).toBeGreaterThan(28);
    expect(x1).toBeLessThan(595 - 28);
    expect(y1).toBeLessThan(842 - 28);
  }
});

test("quick questions: typing finds the answer, with sources, and leads into its topic's check", async ({ page }) => {
  const foreign = await guardNetwork(page);
  const w = new Widget(page);
  const entry = quick.find((q) => q.id === "pestprotocol-verplicht")!;
  await w.open();
  await w.begin({ sector: "po", role: "docent" });
  const search = page.getByRole("searchbox", { name: ui.quick_label.nl });
  // Typed letter by letter, without capitals' or accents' help, and in a plural form.
  await search.pressSequentially("Pest protocollen");
  const first = page.locator(".zc-quick-answer").first();
  await expect(first).toHaveAttribute("data-quick", entry.id);
  await expect(first.getByRole("heading", { name: entry.question.nl })).toBeVisible();
  // The last sentence as written (terms earlier in the answer carry their explanation).
  await expect(first).toContainText(entry.answer.nl.split(". ").pop()!);
  await expect(first.getByRole("link").first()).toHaveAttribute("href", /^https:\/\//);
  await expect(page.getByRole("status").filter({ hasText: /antwoorden gevonden/ })).toBeVisible();
  await first.getByRole("button", { name: new RegExp(topics.pesten.title.nl) }).click();
  const q1 = topics.pesten.questions[0];
  await expect(page.getByRole("heading", { level: 1, name: q1.text.nl })).toBeVisible();
  expect(foreign).toEqual([]);
});

test("quick questions: a query with no match says so and offers the topics", async ({ page }) => {
  const w = new Widget(page);
  await w.open();
  await w.begin({ sector: "vo", role: "docent" });
  await page.getByRole("searchbox", { name: ui.quick_label.nl }).fill("xylofoonquiz");
  await expect(page.getByText(ui.quick_none.nl.split("{phone}")[0].trim())).toBeVisible();
  await expect(page.locator(".zc-quick-answer")).toHaveCount(0);
  await expect(page.getByRole("button", { name: topics.pesten.title.nl })).toBeVisible();
});
