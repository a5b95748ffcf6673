// The Adviespunt card knows its hours in Dutch time, with the browser's clock fixed.
import { expect, test } from "@playwright/test";
import { Widget, contacts, pathsOf, shownTime, topics } from "./widget";

const cases = [
  { at: "2026-11-25T09:30:00Z", open: true, what: "Wednesday 10.30 CET" },
  { at: "2026-11-25T18:00:00Z", open: false, when: "opens_tomorrow", what: "Wednesday evening" },
  { at: "2026-11-28T10:00:00Z", open: false, when: "opens_monday", what: "Saturday" },
  { at: "2026-03-30T07:30:00Z", open: true, what: "Monday 9.30 CEST, after the switch to summer time" },
  { at: "2026-10-26T07:30:00Z", open: false, when: "opens_today", what: "Monday 8.30 CET, after the switch back" },
  { at: "2026-04-24T16:00:00Z", open: false, when: "opens_after_holiday", what: "Friday evening before Koningsdag" },
  { at: "2026-12-24T10:00:00Z", open: false, holiday: true, what: "24 December, Christmas holiday" },
];

// The card takes its times from the Adviespunt's opening hours in contacts.toml.
const open = contacts.adviespunt.open;
const from = shownTime(open.from);
const until = shownTime(open.to);

for (const c of cases) {
  test(`Adviespunt hours: ${c.what}`, async ({ page }) => {
    await page.clock.setFixedTime(new Date(c.at));
    const w = new Widget(page);
    const path = [...pathsOf("schoolreis")].sort((a, b) => a.answers.length - b.answers.length)[0];
    await w.open();
    await w.start(path.sector, path.role, topics.schoolreis);
    await w.followPath(topics.schoolreis, path);
    const card = page.getByRole("region", { name: w.t("adviespunt_heading") });
    if (c.open) {
      await expect(card).toContainText(w.t("hours_open").replace("{until}", until));
    } else if (c.holiday) {
      await expect(card).toContainText(w.t("hours_holiday"));
      await expect(card).toContainText(w.t("hours_closed_help"));
    } else {
      const closed = w.t("hours_closed").replace("{when}", w.t(c.when!)).replace("{from}", from);
      await expect(card).toContainText(closed);
      await expect(card).toContainText(w.t("hours_closed_help"));
    }
  });
}
