// Training mode: a show of hands. The facilitator counts the team's hands per answer (typed,
// with +, or by keyboard alone), the reveal shows the spread beside the adviser's view with
// the case's answer marked, the counts stay with their question while the case is open, and
// "Nieuwe sessie" leaves no hands on screen and nothing in storage.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { fillText, guardNetwork, plain, topics, ui } from "./widget";

const TAG = "zelfcheck-sociale-veiligheid";
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
const CASE = "studiereis-berlijn";
const question = (id: string) => topics.schoolreis.questions.find((q: any) => q.id === id);
const fase = question("fase");
const soort = question("soort");
const labelOf = (id: string) => plain(fase.options.find((o: any) => o.id === id).text.nl).trim();
// The case answers "voorbereiden"; the team's hands also go to two other answers.
const [typed, clicked, byKeys] = ["voorbereiden", "nood", "gedrag"];
const named = (key: string, option: string) => fillText(ui[key].nl, { option: labelOf(option) });
const countField = (page: Page, option: string) => page.getByRole("textbox", { name: named("training_hands_label", option), exact: true });
const addButton = (page: Page, option: string) => page.getByRole("button", { name: named("training_hand_add", option), exact: true });
const removeButton = (page: Page, option: string) => page.getByRole("button", { name: named("training_hand_remove", option), exact: true });
const heading = (page: Page, q: any) => page.getByRole("heading", { level: 1, name: q.text.nl });
const total = (n: number) => fillText(ui.training_hands_total.nl, { n });
/** The total under the options of the question on screen. */
const formTotal = (page: Page) => page.locator(".zc-main form .zc-hands-total");

async function expectNoViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).include(TAG).withTags(WCAG).analyze();
  const found = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`,
  );
  expect(found, `axe violations on ${screen}`).toEqual([]);
}

async function openCase(page: Page) {
  await page.goto("/tools/zelfcheck/index.html?mode=training");
  await page.locator(`[data-case="${CASE}"]`).getByRole("button", { name: ui.training_start_case.nl }).click();
  await expect(heading(page, fase)).toBeVisible();
}

/** Every entry of both storages of the page. */
const stored = (page: Page) =>
  page.evaluate(() => ({ local: { ...localStorage }, session: { ...sessionStorage } }));

/** Whether the page scrolls sideways. */
const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

test.use({ viewport: { width: 1280, height: 720 } });

test("team voting: hands typed, clicked and keyed in, the spread on reveal, kept per question, gone after 'Nieuwe sessie'", async ({ page }) => {
  const foreign = await guardNetwork(page);
  await openCase(page);
  const options = fase.options.length + (fase.dont_know ? 1 : 0);
  await expect(page.locator(".zc-main form .zc-hands")).toHaveCount(options);
  await expect(formTotal(page)).toHaveText(total(0));
  await expect(countField(page, typed)).toHaveAttribute("inputmode", "numeric");

  // Typed.
  await countField(page, typed).fill("5");
  await expect(formTotal(page)).toHaveText(total(5));
  // A number that cannot be a count is refused: the field says so, and shows the count
  // again on leaving it.
  await countField(page, typed).fill("4x");
  await expect(page.locator(".zc-hands-bad")).toHaveText(ui.training_hands_bad.nl);
  await expect(page.locator(".zc-hands-bad")).toHaveAttribute("role", "alert");
  await expect(countField(page, typed)).toHaveAttribute("aria-invalid", "true");
  await countField(page, typed).blur();
  await expect(countField(page, typed)).toHaveValue("5");
  await expect(formTotal(page)).toHaveText(total(5));
  await expect(page.locator(".zc-hands-bad")).toHaveCount(0);
  // Clicked: + per hand, − takes one off.
  for (let i = 0; i < 4; i++) await addButton(page, clicked).click();
  await removeButton(page, clicked).click();
  await expect(countField(page, clicked)).toHaveValue("3");
  await expect(page.locator(".zc-hands-bad")).toHaveCount(0);
  // By keyboard alone: Tab to the field, type, Enter (which does not send the question's
  // form), then Tab to + and press it.
  for (let i = 0; i < 30 && !(await countField(page, byKeys).evaluate((el) => el.matches(":focus"))); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(countField(page, byKeys)).toBeFocused();
  await page.keyboard.type("2");
  await page.keyboard.press("Enter");
  await expect(heading(page, fase)).toBeVisible();
  await expect(page.locator(".zc-error")).toBeEmpty();
  // End moves the caret in the field; it does not take the presenter to the tips.
  await page.keyboard.press("End");
  await expect(heading(page, fase)).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(addButton(page, byKeys)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(countField(page, byKeys)).toHaveValue("3");
  await expect(formTotal(page)).toHaveText(total(11));
  await expect(page.locator(".zc-main form input:checked"), "counting hands chooses no answer").toHaveCount(0);
  await expectNoViolations(page, "a question with the counters");

  // Reveal: the spread beside the adviser's view, the case's answer marked in words.
  await page.getByRole("button", { name: ui.training_reveal.nl }).click();
  const spread = page.getByRole("region", { name: ui.training_spread_heading.nl });
  await expect(spread).toBeVisible();
  await expect(spread.getByText(total(11))).toBeVisible();
  const row = (option: string) => spread.locator(`li[data-option="${option}"]`);
  await expect(spread.locator("li")).toHaveCount(options);
  const share = (count: number, percent: number) => fillText(ui.training_spread_count.nl, { count, total: 11, percent });
  await expect(row(typed)).toContainText(labelOf(typed));
  await expect(row(typed)).toContainText(share(5, 45));
  await expect(row(clicked)).toContainText(share(3, 27));
  await expect(row(byKeys)).toContainText(share(3, 27));
  await expect(row("anders")).toContainText(share(0, 0));
  await expect(row(typed)).toContainText(ui.training_case_answer.nl);
  await expect(spread.getByText(ui.training_case_answer.nl, { exact: false })).toHaveCount(1);
  for (const other of [clicked, byKeys]) await expect(row(other)).not.toContainText(ui.training_case_answer.nl);
  // Beside the adviser's view, not below it.
  const adviser = await page.locator(".zc-adviser").boundingBox();
  const side = await spread.boundingBox();
  expect(side!.x).toBeGreaterThan(adviser!.x + adviser!.width - 1);
  expect(side!.y).toBeLessThan(adviser!.y + adviser!.height);
  expect(await scrollsSideways(page)).toBe(false);
  await spread.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath("team-voting-1280.png") });
  await expectNoViolations(page, "the revealed spread");
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoViolations(page, "the revealed spread, dark");
  await page.screenshot({ path: test.info().outputPath("team-voting-1280-dark.png") });
  await page.emulateMedia({ colorScheme: "light" });

  // On to the next question (the case's answer is ticked): its own counts, none yet; back:
  // the first question's counts are still there.
  await page.getByRole("button", { name: ui.next.nl }).click();
  await expect(heading(page, soort)).toBeVisible();
  await expect(formTotal(page)).toHaveText(total(0));
  const firstOfSoort = soort.options[0];
  await page
    .getByRole("button", { name: fillText(ui.training_hand_add.nl, { option: plain(firstOfSoort.text.nl).trim() }), exact: true })
    .click();
  await expect(formTotal(page)).toHaveText(total(1));
  await page.getByRole("button", { name: ui.back.nl }).click();
  await expect(heading(page, fase)).toBeVisible();
  await expect(countField(page, typed)).toHaveValue("5");
  await expect(countField(page, clicked)).toHaveValue("3");
  await expect(countField(page, byKeys)).toHaveValue("3");
  await expect(formTotal(page)).toHaveText(total(11));

  // "Nieuwe sessie" at the case's tips: back to the cases; the case opens without hands.
  await page.getByRole("button", { name: ui.training_to_result.nl }).click();
  await page.getByRole("button", { name: ui.training_new_session.nl }).click();
  await expect(page.getByRole("heading", { level: 1, name: ui.training_heading.nl })).toBeVisible();
  await page.locator(`[data-case="${CASE}"]`).getByRole("button", { name: ui.training_start_case.nl }).click();
  await expect(heading(page, fase)).toBeVisible();
  await expect(formTotal(page)).toHaveText(total(0));
  for (const option of [typed, clicked, byKeys]) await expect(countField(page, option)).toHaveValue("0");
  await page.getByRole("button", { name: ui.training_reveal.nl }).click();
  await expect(page.getByRole("region", { name: ui.training_spread_heading.nl }), "no spread without hands").toHaveCount(0);
  expect(await stored(page)).toEqual({ local: {}, session: {} });
  expect(foreign).toEqual([]);
});

test("team voting on a projector: 1920×1080 at 150 % and dark, counters and spread fit without scrolling sideways", async ({ browser }) => {
  for (const scheme of ["light", "dark"] as const) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
      screen: { width: 1920, height: 1080 },
      deviceScaleFactor: 1.5,
      colorScheme: scheme,
    });
    const page = await context.newPage();
    await openCase(page);
    await countField(page, typed).fill("12");
    await countField(page, clicked).fill("999");
    await addButton(page, byKeys).click();
    await expect(formTotal(page)).toHaveText(total(1012));
    expect(await scrollsSideways(page)).toBe(false);
    // Each counter sits on its answer's row, inside the widget.
    const form = await page.locator(".zc-main form").boundingBox();
    for (const hands of await page.locator(".zc-main form .zc-hands").all()) {
      const box = await hands.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(form!.x + form!.width + 1);
    }
    await page.locator(".zc-main form").scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath(`team-voting-counters-1920-${scheme}.png`) });
    await page.getByRole("button", { name: ui.training_reveal.nl }).click();
    const spread = page.getByRole("region", { name: ui.training_spread_heading.nl });
    await expect(spread).toBeVisible();
    await expect(spread.locator(`li[data-option="${clicked}"]`)).toContainText(
      fillText(ui.training_spread_count.nl, { count: 999, total: 1012, percent: 99 }),
    );
    expect(await scrollsSideways(page)).toBe(false);
    await spread.scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath(`team-voting-spread-1920-${scheme}.png`) });
    await context.close();
  }
});

test("team voting in English: the counters and the spread have English names, and axe finds nothing", async ({ page }) => {
  const labelEn = (id: string) => plain(fase.options.find((o: any) => o.id === id).text.en).trim();
  const namedEn = (key: string, option: string) => fillText(ui[key].en, { option: labelEn(option) });
  await page.goto("/tools/zelfcheck/index.html?mode=training&lang=en");
  await page.locator(`[data-case="${CASE}"]`).getByRole("button", { name: ui.training_start_case.en }).click();
  await expect(page.getByRole("heading", { level: 1, name: fase.text.en })).toBeVisible();
  for (let i = 0; i < 3; i++) await page.getByRole("button", { name: namedEn("training_hand_add", clicked), exact: true }).click();
  await page.getByRole("textbox", { name: namedEn("training_hands_label", typed), exact: true }).fill("1");
  await expect(page.locator(".zc-main form .zc-hands-total")).toHaveText(fillText(ui.training_hands_total.en, { n: 4 }));
  await expectNoViolations(page, "a question with the counters, in English");
  await page.getByRole("button", { name: ui.training_reveal.en }).click();
  const spread = page.getByRole("region", { name: ui.training_spread_heading.en });
  await expect(spread).toContainText(fillText(ui.training_spread_count.en, { count: 3, total: 4, percent: 75 }));
  await expect(spread).toContainText(fillText(ui.training_spread_count.en, { count: 1, total: 4, percent: 25 }));
  await expectNoViolations(page, "the revealed spread, in English");
});
