// Before a topic on sexual violence or violence at home: one quiet line for a user it may
// be about, with a number to call for themselves. Only on the first question.
import { expect, test } from "@playwright/test";
import { Widget, plain, topics, type Lang } from "./widget";

const withLine = Object.values(topics).filter((t: any) => t.for_yourself);

test("the topics with a line for yourself are the ones on sexual violence and violence at home", () => {
  expect(withLine.map((t: any) => t.id).sort()).toEqual(["huiselijk-geweld", "sgg-leerlingen", "sgg-medewerker"]);
});

for (const topic of withLine) {
  for (const lang of ["nl", "en"] as Lang[]) {
    test(`${topic.id} (${lang}): the first question says where to get help for yourself, with a number to tap`, async ({ page }) => {
      const w = new Widget(page, lang);
      await w.goto(`./?lang=${lang}&sector=vo&role=docent&topic=${topic.id}`);
      await w.begin({});
      const line = page.locator(".zc-for-yourself");
      await expect(line).toHaveText(plain(topic.for_yourself[lang]));
      const link = line.getByRole("link");
      const shown = await link.innerText();
      expect(shown).toMatch(/^0800-\d{4}$/);
      await expect(link).toHaveAttribute("href", `tel:${shown.replace(/\D/g, "")}`);
      // Past the first question it is gone.
      const first = topic.questions[0];
      const group = page.getByRole("group", { name: first.text[lang] });
      await group.getByRole(first.type === "single" ? "radio" : "checkbox", { name: plain(first.options.find((o: any) => !o.exclusive).text[lang]), exact: true }).check();
      await page.getByRole("button", { name: w.t("next") }).click();
      await expect(page.getByRole("group", { name: first.text[lang] })).toHaveCount(0);
      await expect(line).toHaveCount(0);
    });
  }
}

test("a topic without such a line shows none", async ({ page }) => {
  const w = new Widget(page);
  await w.goto("./?sector=vo&role=docent&topic=pesten");
  await w.begin({});
  await expect(page.getByRole("group", { name: topics.pesten.questions[0].text.nl })).toBeVisible();
  await expect(page.locator(".zc-for-yourself")).toHaveCount(0);
});
