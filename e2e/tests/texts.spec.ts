// Each language's texts are a file of their own: a page downloads the language it shows, and
// the other one only when someone switches. A download that fails never leaves the user
// without the phone numbers.
import { type Page, expect, test } from "@playwright/test";
import { Widget, guardNetwork, schoolreis, ui, appShown } from "./widget";

/** Every texts file the page asks for, by language. */
function textRequests(page: Page): string[] {
  const langs: string[] = [];
  page.on("request", (request) => {
    const name = new URL(request.url()).pathname.split("/").pop() ?? "";
    const match = /^zelfcheck-(nl|en)-[0-9a-f]{12}\.txt$/.exec(name);
    if (match) langs.push(match[1]);
  });
  return langs;
}

test("a Dutch page downloads only the Dutch texts; switching downloads the English once and keeps the answers", async ({ page }) => {
  const foreign = await guardNetwork(page);
  const requested = textRequests(page);
  const w = new Widget(page);
  await w.open();
  expect(requested).toEqual(["nl"]);
  await w.start("po", "docent", schoolreis);
  const [first, second] = schoolreis.questions;
  await w.answer(schoolreis, first.id, [first.options[0].id]);
  await expect(page.getByRole("group", { name: second.text.nl })).toBeVisible();

  const switcher = page.getByRole("button", { name: ui.language_switch_label.nl });
  await switcher.click();
  // The same question, now in English, with the answer to the first one kept.
  await expect(page.getByRole("group", { name: second.text.en })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: second.text.en })).toBeVisible();
  expect(requested).toEqual(["nl", "en"]);
  await page.getByRole("button", { name: ui.back.en }).click();
  await expect(page.getByRole("radio", { name: first.options[0].text.en, exact: true })).toBeChecked();

  // Back to Dutch and to English again: nothing more to download.
  await page.getByRole("button", { name: ui.language_switch_label.en }).click();
  await expect(page.getByRole("group", { name: first.text.nl })).toBeVisible();
  await page.getByRole("button", { name: ui.language_switch_label.nl }).click();
  await expect(page.getByRole("group", { name: first.text.en })).toBeVisible();
  expect(requested).toEqual(["nl", "en"]);
  expect(foreign).toEqual([]);
});

test("an English page downloads only the English texts", async ({ page }) => {
  const requested = textRequests(page);
  const w = new Widget(page, "en");
  await w.goto("./index.html?lang=en");
  expect(requested).toEqual(["en"]);
});

test("a page with a Dutch and an English widget downloads each language once", async ({ page }) => {
  const requested = textRequests(page);
  await page.goto("./demo/intranet.html");
  await expect(page.locator("#docenten").getByRole("heading", { level: 1, name: ui.intro_heading.nl })).toBeVisible();
  await appShown(page.locator("#docenten"));
  await expect(page.locator("#reisleiders").getByRole("heading", { level: 1, name: ui.intro_heading.en })).toBeVisible();
  await appShown(page.locator("#reisleiders"));
  expect([...requested].sort()).toEqual(["en", "nl"]);
});

test("when the texts cannot be downloaded, the element says so and gives the phone numbers", async ({ page }) => {
  await page.route(/zelfcheck-nl-[0-9a-f]{12}\.txt$/, (route) => route.abort());
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto("./");
  const alert = page.locator("zelfcheck-sociale-veiligheid").getByRole("alert");
  await expect(alert).toContainText("030 285 66 16");
  await expect(alert).toContainText("112");
  expect(errors.some((e) => e.includes("zelfcheck") && e.includes("could not load"))).toBe(true);
});

test("when the other language cannot be downloaded, the widget stays as it is and says why in the console", async ({ page }) => {
  await page.route(/zelfcheck-en-[0-9a-f]{12}\.txt$/, (route) => route.fulfill({ status: 503, body: "" }));
  const warnings: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "warning") warnings.push(m.text());
  });
  const w = new Widget(page);
  await w.open();
  await page.getByRole("button", { name: ui.language_switch_label.nl }).click();
  await expect.poll(() => warnings.find((t) => t.includes("the en texts could not be loaded"))).toBeTruthy();
  await expect(w.heading("intro_heading")).toBeVisible();
  await appShown(w.root);
  // Once the file is there again, the switch works.
  await page.unroute(/zelfcheck-en-[0-9a-f]{12}\.txt$/);
  await page.getByRole("button", { name: ui.language_switch_label.nl }).click();
  await expect(page.getByRole("heading", { level: 1, name: ui.intro_heading.en })).toBeVisible();
  await appShown(page);
});

test("while the other language downloads, the language button says so", async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/zelfcheck-en-[0-9a-f]{12}\.txt$/, async (route) => {
    await held;
    await route.continue();
  });
  const w = new Widget(page);
  await w.open();
  const button = page.getByRole("button", { name: ui.language_switch_label.nl });
  await button.click();
  const busy = page.getByRole("button", { name: ui.language_loading.nl });
  await expect(busy).toHaveAttribute("aria-busy", "true");
  await expect(busy).toHaveText(ui.language_loading.nl);
  await expect(page.getByRole("status").filter({ hasText: ui.language_loading.nl })).toHaveAttribute("lang", "en");
  await expect(w.heading("intro_heading")).toBeVisible();
  await appShown(w.root);
  release();
  await expect(page.getByRole("heading", { level: 1, name: ui.intro_heading.en })).toBeVisible();
  await appShown(page);
  const back = page.getByRole("button", { name: ui.language_switch_label.en });
  await expect(back).not.toHaveAttribute("aria-busy", "true");
  await expect(back).toHaveText(ui.language_switch.en);
});
