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

test("training mode: a case walked through by presenter keys, reveal shows every option, nothing is stored", async ({ page }) => {
  const foreign = await guardNetwork(page);
  const writes = await watchStorageWrites(page);
  const topic = topics.schoolreis;
  const theCase = cases.schoolreis.find((c) => c.answers.length >= 2)!;
  const w = new Widget(page);
  await page.goto("/tools/zelfcheck/index.html?mode=training");
  await expect(page.getByRole("heading", { level: 1, name: ui.training_heading.nl })).toBeVisible();
  // Every case of every topic is offered.
  const total = Object.values(cases).reduce((n, list) => n + list.length, 0);
  await expect(page.locator("[data-case]")).toHaveCount(total);

  await page.locator(`[data-case="${theCase.id}"]`).getByRole("button", { name: ui.training_start_case.nl }).click();
  const banner = page.getByRole("complementary", { name: ui.training_case_label.nl });
  await expect(banner).toContainText(theCase.title.nl);

  // The first question, with the case's answer already chosen.
  const [firstId, ...firstChosen] = theCase.answers[0];
  const first = topic.questions.find((q: any) => q.id === firstId);
  await expect(page.getByRole("heading", { level: 1, name: first.text.nl })).toBeVisible();
  for (const id of firstChosen) {
    const label = first.options.find((o: any) => o.id === id).text.nl;
    await expect(page.getByRole(first.type === "single" ? "radio" : "checkbox", { name: label, exact: true })).toBeChecked();
  }

  // Reveal: every option with what it leads to; the case's answer marked.
  const reveal = page.getByRole("button", { name: ui.training_reveal.nl });
  await expect(reveal).toHaveAttribute("aria-expanded", "false");
  await reveal.click();
  await expect(page.getByRole("button", { name: ui.training_hide.nl })).toHaveAttribute("aria-expanded", "true");
  const effects = page.locator(".zc-effects");
  const options = first.options.map((o: any) => o.id).concat(first.dont_know ? ["weet_niet"] : []);
  await expect(effects.locator("dt")).toHaveCount(options.length);
  await expect(effects.locator("dd")).toHaveCount(options.length);
  for (const id of options) await expect(effects.locator(`dt[data-option="${id}"]`)).toBeVisible();
  for (const text of await effects.locator("dd").allTextContents()) {
    expect(text.startsWith(ui.training_leads_to.nl) || text === ui.training_no_effect.nl).toBe(true);
  }
  await expect(effects.locator(`dt[data-option="${firstChosen[0]}"]`)).toContainText(ui.training_case_answer.nl);
  for (const prompt of ["training_prompt_do", "training_prompt_first", "training_prompt_unknown"]) {
    await expect(page.getByText(ui[prompt].nl)).toBeVisible();
  }

  // Presenter keys: Page Down forward, Page Up back, End to the tips (focus is on the
  // reveal button, as after a facilitator's click).
  const second = topic.questions.find((q: any) => q.id === theCase.answers[1][0]);
  await page.keyboard.press("PageDown");
  await expect(page.getByRole("heading", { level: 1, name: second.text.nl })).toBeVisible();
  // Arrows work too, except on an answer, where they choose (focus is on the heading here).
  await expect(page.getByRole("heading", { level: 1, name: second.text.nl })).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByRole("heading", { level: 1, name: first.text.nl })).toBeVisible();
  // Back lands on the case's answer; Page Down still goes on from there.
  const chosenLabel = first.options.find((o: any) => o.id === firstChosen[0]).text.nl;
  await expect(page.getByRole("radio", { name: chosenLabel, exact: true })).toBeFocused();
  await page.keyboard.press("PageDown");
  await expect(page.getByRole("heading", { level: 1, name: second.text.nl })).toBeVisible();
  await page.keyboard.press("PageUp");
  await expect(page.getByRole("heading", { level: 1, name: first.text.nl })).toBeVisible();
  await expect(page.getByRole("radio", { name: chosenLabel, exact: true })).toBeChecked();
  await page.keyboard.press("End");
  await expect(page.getByRole("heading", { level: 1, name: ui.result_heading.nl })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: ui.discuss_heading.nl })).toBeVisible();

  // Nothing stored, nothing offered to store.
  await expect(page.getByRole("checkbox", { name: ui.remember_label.nl })).toHaveCount(0);
  await expect(page.getByText(ui.training_nothing_stored.nl)).toBeVisible();
  expect(await writes()).toEqual([]);
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
  expect(foreign).toEqual([]);
});

test("training mode: every case has a hand-out with its questions and room for answers", async ({ page }) => {
  const theCase = cases.pesten[0];
  await page.goto("/tools/zelfcheck/index.html?mode=training");
  await page.locator(`[data-case="${theCase.id}"]`).getByRole("button", { name: ui.training_handout.nl }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${ui.training_handout.nl}: ${theCase.title.nl}` })).toBeVisible();
  await expect(page.locator(".zc-handout-case")).toHaveText(theCase.text.nl.trim());
  await expect(page.locator(".zc-handout-questions > li")).toHaveCount(theCase.answers.length);
  await expect(page.locator(".zc-handout-answer")).toHaveCount(theCase.answers.length);
  await expect(page.getByRole("button", { name: ui.training_print.nl })).toBeVisible();
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
  await expect(first).toContainText(entry.answer.nl);
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
  await expect(page.getByText(ui.quick_none.nl)).toBeVisible();
  await expect(page.locator(".zc-quick-answer")).toHaveCount(0);
  await expect(page.getByRole("button", { name: topics.pesten.title.nl })).toBeVisible();
});
