// Progress stays private: this tab by default, this device on request, one button wipes it,
// and broken or blocked storage never breaks the widget.
import { expect, test, type Page } from "@playwright/test";
import { Widget, pathsOf, topics, appShown } from "./widget";

const KEY = "zelfcheck-sociale-veiligheid";
const topic = topics.schoolreis;

async function answerTwo(w: Widget) {
  await w.open();
  await w.start("po", "docent", topic);
  await w.answer(topic, "fase", ["voorbereiden"]);
  await w.answer(topic, "soort", ["kamp"]);
}

/** The shortest scripted path through the school-trip check: to the result quickly. */
const shortest = () =>
  [...pathsOf("schoolreis")].sort((a, b) => a.answers.length - b.answers.length)[0];

async function keys(page: Page) {
  return page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)]);
}

test("a reload resumes at the same question in the same tab", async ({ page }) => {
  const w = new Widget(page);
  await answerTwo(w);
  const third = page.getByRole("heading", { level: 1 });
  const name = await third.textContent();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: name! })).toBeVisible();
  await w.answer(topic, "organisatie", ["school"]);
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
});

test("another browser context does not see tab-only progress", async ({ page, browser }) => {
  await answerTwo(new Widget(page));
  const other = await browser.newContext();
  const fresh = await other.newPage();
  const w2 = new Widget(fresh);
  await w2.open();
  expect(await keys(fresh)).toEqual([]);
  await other.close();
});

test("'onthoud op dit apparaat' survives a new tab; wiping leaves no key behind", async ({ page, context }) => {
  const w = new Widget(page);
  await answerTwo(w);
  await page.getByRole("checkbox", { name: w.t("remember_label") }).check();
  const name = await page.getByRole("heading", { level: 1 }).textContent();

  const tab = await context.newPage();
  await tab.goto("./");
  await expect(tab.getByRole("heading", { level: 1, name: name! })).toBeVisible();
  await expect(tab.getByRole("checkbox", { name: w.t("remember_label") })).toBeChecked();

  await tab.getByRole("button", { name: w.t("wipe") }).click();
  await expect(tab.getByRole("heading", { level: 1, name: w.t("intro_heading") })).toBeVisible();
  await appShown(tab);
  expect((await keys(tab)).filter((k) => k.startsWith("zelfcheck"))).toEqual([]);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: w.t("intro_heading") })).toBeVisible();
  await appShown(page);
  expect((await keys(page)).filter((k) => k.startsWith("zelfcheck"))).toEqual([]);
});

test("corrupted storage gives a fresh start with a console warning, and the broken value is removed", async ({ page }) => {
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await page.addInitScript((k) => {
    // Only on the first load: the test then checks what the widget left behind.
    if (sessionStorage.getItem("seeded")) return;
    sessionStorage.setItem("seeded", "1");
    sessionStorage.setItem(k, "zelfcheck 1\nprofile po\ntopic schoolreis\nanswer soort raket\nstep question ???");
    localStorage.setItem(k, "{not: json");
  }, KEY);
  const w = new Widget(page);
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1, name: w.t("intro_heading") })).toBeVisible();
  await appShown(page);
  expect(warnings.some((m) => m.includes("saved progress could not be read"))).toBe(true);
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
  await w.start("vo", "ib", topic);
  await w.answer(topic, "fase", ["voorbereiden"]);
  expect(errors).toEqual([]);
});

test("progress saved by the previous release is picked up where it was left", async ({ page }) => {
  // The stored format is the engine's plain text, written as it is (no JSON around it): a
  // value saved before the move to gloo-storage must still resume, here at the third question.
  const saved = [
    "zelfcheck 1",
    "content 0123456789abcdef",
    "lang nl",
    "profile po docent",
    "topic schoolreis",
    "answer fase voorbereiden",
    "answer soort kamp",
    "step question organisatie",
    "",
  ].join("\n");
  await page.addInitScript(([k, text]) => sessionStorage.setItem(k, text), [KEY, saved]);
  const w = new Widget(page);
  await page.goto("./");
  await w.answer(topic, "organisatie", ["school"]);
  const stored = await page.evaluate((k) => sessionStorage.getItem(k), KEY);
  expect(stored).toMatch(/^zelfcheck 1\n/);
  expect(stored).toContain("answer soort kamp\n");
  expect(stored).toContain("answer organisatie school\n");
});

test("storage that throws: the check still works and says it cannot save", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.addInitScript(() => {
    for (const name of ["localStorage", "sessionStorage"]) {
      Object.defineProperty(window, name, {
        get() {
          throw new DOMException("blocked", "SecurityError");
        },
      });
    }
  });
  const w = new Widget(page);
  await page.goto("./");
  await expect(page.getByText(w.t("storage_unavailable"))).toBeVisible();
  const path = shortest();
  await w.start(path.sector, path.role, topic);
  await w.followPath(topic, path);
  expect(errors).toEqual([]);
});

test("full storage (quota exceeded on save): the check goes on and says it cannot save", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException("full", "QuotaExceededError");
    };
  });
  const w = new Widget(page);
  await w.open();
  const path = shortest();
  await w.start(path.sector, path.role, topic);
  await expect(page.getByText(w.t("storage_unavailable"))).toBeVisible();
  await w.followPath(topic, path);
  expect(errors).toEqual([]);
});
