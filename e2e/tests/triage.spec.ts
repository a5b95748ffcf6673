// "Ik weet niet welk onderwerp past": two questions lead to one or more topics, with 112
// and the Calamiteitenteam first when it is acute; by keyboard, in both languages.
import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { parse } from "smol-toml";
import { Widget, contacts, plain, topics, type Lang } from "./widget";

const triage: any = parse(readFileSync(new URL("../../content/triage.toml", import.meta.url), "utf8"));
const [now, what] = triage.questions;
const option = (q: any, id: string) => q.options.find((o: any) => o.id === id);

async function openTriage(w: Widget, lang: Lang, url = "./?sector=vo&role=docent") {
  await w.goto(`${url}&lang=${lang}`);
  await w.begin({});
  await expect(w.heading("topics_heading")).toBeFocused();
  await w.root.getByRole("button", { name: w.t("triage_open") }).click();
  await expect(w.heading("triage_heading")).toBeFocused();
}

for (const lang of ["nl", "en"] as Lang[]) {
  test(`(${lang}) two situations lead to their two topics, in order, and one opens with a click`, async ({ page }) => {
    const w = new Widget(page, lang);
    await openTriage(w, lang);
    await w.root.getByRole("group", { name: now.text[lang] }).getByRole("radio", { name: option(now, "nee").text[lang], exact: true }).check();
    const situations = w.root.getByRole("group", { name: what.text[lang] });
    await situations.getByRole("checkbox", { name: option(what, "ouder").text[lang], exact: true }).check();
    await situations.getByRole("checkbox", { name: option(what, "pesten").text[lang], exact: true }).check();
    await w.root.getByRole("button", { name: w.t("triage_show") }).click();
    const result = w.root.getByRole("region", { name: w.t("triage_result") });
    await expect(result.getByRole("heading", { name: w.t("triage_result") })).toBeFocused();
    await expect(result.getByRole("alert")).toHaveCount(0);
    const buttons = result.getByRole("button");
    await expect(buttons).toHaveCount(2);
    // In the order the options are listed, not the order they were ticked.
    await expect(buttons.nth(0)).toContainText(topics.pesten.title[lang]);
    await expect(buttons.nth(1)).toContainText(topics["boze-ouders"].title[lang]);
    await buttons.nth(1).click();
    await expect(w.root.getByRole("group", { name: topics["boze-ouders"].questions[0].text[lang] })).toBeVisible();
  });
}

test("danger now: 112 and then the Calamiteitenteam come first, with numbers to tap", async ({ page }) => {
  const w = new Widget(page);
  await openTriage(w, "nl");
  await w.root.getByRole("radio", { name: option(now, "gevaar").text.nl, exact: true }).check();
  await w.root.getByRole("checkbox", { name: option(what, "ik").text.nl, exact: true }).check();
  await w.root.getByRole("button", { name: w.t("triage_show") }).click();
  const alert = w.root.getByRole("alert");
  const items = alert.getByRole("listitem");
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText(plain(contacts.emergency.name.nl));
  await expect(items.nth(0).getByRole("link")).toHaveAttribute("href", `tel:${contacts.emergency.phone_link}`);
  await expect(items.nth(1)).toContainText(plain(contacts.calamiteitenteam.name.nl));
  await expect(items.nth(1).getByRole("link")).toHaveAttribute("href", `tel:${contacts.calamiteitenteam.phone_link}`);
  await expect(w.root.getByRole("region", { name: w.t("triage_result") }).getByRole("button", { name: new RegExp(topics["geweld-tegen-jou"].title.nl) })).toBeVisible();
});

test("only topics the page offers; nothing chosen points to the Adviespunt; by keyboard alone; no axe violations", async ({ page }) => {
  const w = new Widget(page);
  await openTriage(w, "nl", "./?sector=vo&role=docent&topics=pesten,klacht");
  // Keyboard only: Tab to the first option of the second question and tick it with Space.
  const first = w.root.getByRole("checkbox", { name: option(what, "pesten").text.nl, exact: true });
  for (let i = 0; i < 12 && !(await first.evaluate((el) => el.matches(":focus"))); i++) await page.keyboard.press("Tab");
  await expect(first).toBeFocused();
  await page.keyboard.press("Space");
  await expect(first).toBeChecked();
  await w.root.getByRole("checkbox", { name: option(what, "ouder").text.nl, exact: true }).check();
  await w.root.getByRole("button", { name: w.t("triage_show") }).press("Enter");
  const result = w.root.getByRole("region", { name: w.t("triage_result") });
  await expect(result.getByRole("button")).toHaveCount(1);
  await expect(result.getByRole("button")).toContainText(topics.pesten.title.nl);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  // Nothing that fits: the Adviespunt.
  await w.root.getByRole("checkbox", { name: option(what, "pesten").text.nl, exact: true }).uncheck();
  await w.root.getByRole("checkbox", { name: option(what, "ouder").text.nl, exact: true }).uncheck();
  await w.root.getByRole("button", { name: w.t("triage_show") }).click();
  await expect(result.getByRole("link", { name: contacts.adviespunt.phone })).toHaveAttribute("href", `tel:${contacts.adviespunt.phone_link}`);
  await w.root.getByRole("button", { name: w.t("triage_back") }).click();
  await expect(w.heading("topics_heading")).toBeFocused();
});
