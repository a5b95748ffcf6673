// A person completes the school-trip check with accessible names only, sees the expected
// tips and the Adviespunt, changes an answer and sees the result change; nothing leaves
// the page's own host.
import { expect, test } from "@playwright/test";
import { Widget, guardNetwork, schoolreis, schoolreisPaths, ui, appShown } from "./widget";

for (const path of schoolreisPaths) {
  test(`school trip: ${path.name}`, async ({ page }) => {
    const foreign = await guardNetwork(page);
    const w = new Widget(page);
    await w.open();
    await w.start(path.sector, path.role, schoolreis);
    await w.followPath(schoolreis, path);
    await w.expectTips(schoolreis, path);
    expect(foreign).toEqual([]);
  });
}

test("the result hands over to the Adviespunt, with phone, email and hours", async ({ page }) => {
  const foreign = await guardNetwork(page);
  const w = new Widget(page);
  const path = schoolreisPaths[0];
  await w.open();
  await w.start(path.sector, path.role, schoolreis);
  await w.followPath(schoolreis, path);
  const card = page.getByRole("region", { name: w.t("adviespunt_heading") });
  await expect(card.getByRole("link", { name: "030 285 66 16" })).toHaveAttribute("href", "tel:+31302856616");
  await expect(card).toContainText("030 285 66 16");
  await expect(card.getByRole("link", { name: "helpdesk@schoolenveiligheid.nl" })).toHaveAttribute(
    "href",
    "mailto:helpdesk@schoolenveiligheid.nl",
  );
  await expect(card).toContainText("9.00–16.00");
  await expect(card.getByRole("link", { name: w.t("more_info") })).toHaveAttribute(
    "href",
    "https://www.schoolenveiligheid.nl/adviespunt/",
  );
  // Every tip names a source link; the result names the content's edition, the day the
  // topic last changed, and says honestly that no adviser of the Adviespunt has reviewed it yet.
  await w.unfold();
  const tips = page.locator("[data-tip]");
  const count = await tips.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    // The source is one tap away, in the tip's "bron en waarom".
    await expect(tips.nth(i).locator("details.zc-more a").first()).toHaveAttribute("href", /^https:\/\//);
  }
  const [y, m, d] = String(schoolreis.edition.toISOString?.() ?? schoolreis.edition)
    .slice(0, 10)
    .split("-");
  await expect(page.locator(".zc-edition")).toContainText(`aangepast op ${d}-${m}-${y}`);
  await expect(page.locator(".zc-edition")).toContainText(/editie \d+ van \d\d-\d\d-\d{4}/);
  await expect(page.locator(".zc-edition")).toContainText(w.t("review_none"));
  await expect(page.getByText("Gecontroleerd op")).toHaveCount(0);
  // Behind "bron en waarom": the question and the answer that made a tip apply.
  const why = w.tip("ouders-goed").locator("details.zc-more");
  const ouders = schoolreis.questions.find((q: any) => q.id === "ouders");
  await expect(why).toContainText(ouders.text.nl);
  await expect(why).toContainText(ouders.options.find((o: any) => o.id === "ja").text.nl);
  expect(foreign).toEqual([]);
});

test("going back and changing an answer changes the result", async ({ page }) => {
  const foreign = await guardNetwork(page);
  const w = new Widget(page);
  // Two scripted paths with the same sector and role but different tips.
  const [first, second] = pickTwoPaths();
  await w.open();
  await w.start(first.sector, first.role, schoolreis);
  await w.followPath(schoolreis, first);
  await w.expectTips(schoolreis, first);

  // Back through every question with "Antwoorden aanpassen" and "Terug"; answers are kept.
  await page.getByRole("button", { name: w.t("change_answers") }).click();
  for (let i = 1; i < first.answers.length; i++) {
    await page.getByRole("button", { name: w.t("back") }).click();
  }
  const firstQuestion = schoolreis.questions.find((q: any) => q.id === first.answers[0][0]);
  await expect(page.getByRole("group", { name: firstQuestion.text.nl })).toBeVisible();
  // After "Terug" focus is on the answer given, not on the heading.
  const given = firstQuestion.options.find((o: any) => o.id === first.answers[0][1]).text.nl;
  await expect(page.getByRole("radio", { name: given, exact: true })).toBeFocused();

  await w.followPath(schoolreis, second);
  await w.expectTips(schoolreis, second);
  const onlyFirst = (first.expect_todo ?? []).filter(
    (id) => !(second.expect_todo ?? []).includes(id) && (second.expect_absent ?? []).includes(id),
  );
  for (const id of onlyFirst) {
    await expect(w.tip(id)).toHaveCount(0);
  }
  expect(foreign).toEqual([]);
});

test("the Calamiteitenteam and 112 are on every screen", async ({ page }) => {
  const w = new Widget(page);
  await w.open();
  const bar = page.getByRole("complementary", { name: w.t("help_bar_label") });
  await expect(bar.getByRole("link", { name: "112" })).toHaveAttribute("href", "tel:112");
  await expect(bar.getByRole("link", { name: "030 285 66 16" })).toHaveAttribute("href", "tel:+31302856616");
  await page.getByRole("button", { name: w.t("intro_start") }).click();
  await expect(bar.getByRole("link", { name: "030 285 66 16" })).toBeVisible();
});

test("next without an answer asks for one and stays on the question", async ({ page }) => {
  const w = new Widget(page);
  await w.open();
  await w.start("po", "docent", schoolreis);
  const q = schoolreis.questions[0];
  await page.getByRole("button", { name: w.t("next") }).click();
  await expect(page.getByRole("alert")).toHaveText(q.dont_know ? w.t("answer_needed") : w.t("answer_needed_no_dont_know"));
  await expect(page.getByRole("group", { name: q.text.nl })).toBeVisible();
});

test("the whole check works in English", async ({ page }) => {
  const w = new Widget(page, "en");
  await page.goto("./");
  // The switch is labelled in the language it switches to.
  await page.getByRole("button", { name: ui.language_switch_label.nl }).click();
  await expect(page.getByRole("heading", { level: 1, name: w.t("intro_heading") })).toBeVisible();
  await appShown(page);
  await expect(page.locator(".zc")).toHaveAttribute("lang", "en");
  const path = schoolreisPaths[0];
  await w.start(path.sector, path.role, schoolreis);
  await w.followPath(schoolreis, path);
  await w.expectTips(schoolreis, path);
});

function pickTwoPaths() {
  for (const a of schoolreisPaths) {
    for (const b of schoolreisPaths) {
      const differs = (a.expect_todo ?? []).some((id) => (b.expect_absent ?? []).includes(id));
      if (a !== b && a.sector === b.sector && a.role === b.role && a.answers[0][0] === b.answers[0][0] && differs) {
        return [a, b];
      }
    }
  }
  throw new Error("tests/paths/schoolreis.toml needs two paths (same sector and role) whose tips differ");
}

test("an answer changed from the result page brings you straight back, other answers kept", async ({ page }) => {
  const w = new Widget(page);
  const path = schoolreisPaths[0];
  await w.open();
  await w.start(path.sector, path.role, schoolreis);
  await w.followPath(schoolreis, path);
  // The confirmations and the list of answers are folded (and printed open).
  await w.unfold();
  await expect(w.tip("ouders-goed")).toHaveCount(1);
  const ouders = schoolreis.questions.find((q: any) => q.id === "ouders");
  await page.getByRole("button", { name: w.t("change_answer_label").replace("{question}", ouders.text.nl) }).click();
  await expect(page.getByRole("heading", { level: 1, name: ouders.text.nl })).toBeFocused();
  await w.answer(schoolreis, "ouders", ["nee"]);
  await expect(page.getByRole("heading", { level: 1, name: w.t("result_heading") })).toBeVisible();
  await w.unfold();
  await expect(w.tip("ouders-goed")).toHaveCount(0);
  await expect(w.tip("ouders-regelen")).toHaveCount(1);
  await expect(w.tip("begeleiding-goed")).toHaveCount(1);
});

test("tips are grouped by phase, can be ticked off (kept on reload), with questions for the team", async ({ page }) => {
  const w = new Widget(page);
  const path = schoolreisPaths[0];
  await w.open();
  await w.start(path.sector, path.role, schoolreis);
  await w.followPath(schoolreis, path);
  // The phase of a non-urgent to-do the path gives is a heading in the to-do list.
  const phased = (path.expect_todo ?? [])
    .map((id: string) => schoolreis.tips.find((t: any) => t.id === id))
    .find((t: any) => t?.phase && t.urgency !== "urgent");
  const phase = schoolreis.phases.find((p: any) => p.id === phased.phase);
  await expect(w.todo().getByRole("heading", { level: 3, name: phase.nl })).toBeVisible();

  await w.unfold();
  const discuss = page.locator("details.zc-discuss");
  await expect(discuss.locator("summary")).toHaveText(w.t("discuss_heading"));
  await expect(discuss.getByRole("listitem").first()).toBeVisible();
  const always = schoolreis.discuss.filter((d: any) => !d.when);
  for (const d of always) await expect(discuss).toContainText(d.text.nl);

  const tipId = path.expect_todo![0];
  const title = schoolreis.tips.find((t: any) => t.id === tipId).title.nl;
  const tick = page.getByRole("checkbox", { name: w.t("tick_aria").replace("{tip}", title) });
  await tick.check();
  await expect(tick).toBeChecked();
  await page.reload();
  await expect(page.getByRole("checkbox", { name: w.t("tick_aria").replace("{tip}", title) })).toBeChecked();
});
