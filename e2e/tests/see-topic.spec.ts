// A situation that belongs to two topics: the result offers the other check, which opens with
// the same sector and role (no profile screen, no topic list), and its first question shows.
import { expect, test } from "@playwright/test";
import { Widget, auditPathsOf, guardNetwork, pathsOf, topics } from "./widget";

/** Every scripted or audited path that gives a tip pointing to another topic. */
function pathsToAnotherTopic() {
  const found: { topic: any; path: any; tip: any }[] = [];
  for (const id of Object.keys(topics).sort()) {
    const topic = topics[id];
    const pointing = topic.tips.filter((t: any) => t.see_topic);
    for (const path of [...pathsOf(id), ...auditPathsOf(id)]) {
      const expected = [...(path.expect_todo ?? []), ...(path.expect_good ?? [])];
      const tip = pointing.find((t: any) => expected.includes(t.id));
      if (tip) found.push({ topic, path, tip });
    }
  }
  return found;
}

const candidates = pathsToAnotherTopic();

test("some paths give a tip that points to another topic", () => {
  expect(candidates.length).toBeGreaterThan(3);
});

// One per target topic, so every kind of hand-off is tried once.
const perTarget = [...new Map(candidates.map((c) => [c.tip.see_topic, c])).values()];
for (const { topic, path, tip } of perTarget) {
  test(`${topic.id} → ${tip.see_topic}: ${path.name}`, async ({ page }) => {
    const foreign = await guardNetwork(page);
    const w = new Widget(page);
    const target = topics[tip.see_topic];
    await w.open();
    await w.start(path.sector, path.role, topic);
    await w.followPath(topic, path);
    const open = w.tip(tip.id).getByRole("button", { name: new RegExp(target.title.nl.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) });
    await expect(open).toBeVisible();
    await open.click();
    // The first question of the other topic, asked for the same sector and role.
    const first = target.questions.find(
      (q: any) =>
        !q.when &&
        (!q.sectors || q.sectors.includes(path.sector)) &&
        (!q.roles || q.roles.includes(path.role)),
    );
    await expect(page.getByRole("group", { name: first.text.nl })).toBeVisible();
    // Focus moves to the new screen, as on every step, so keyboard and screen-reader users
    // are not left on a button that is gone.
    await expect(page.getByRole("heading", { level: 1, name: first.text.nl })).toBeFocused();
    await expect(w.heading("profile_heading")).toHaveCount(0);
    expect(foreign).toEqual([]);
  });
}

test("the topic left for the other stays on the result, in the copied text and in print: one report", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const { topic, path, tip } = perTarget[0];
  const target = topics[tip.see_topic];
  const w = new Widget(page);
  await w.open();
  await w.start(path.sector, path.role, topic);
  await w.followPath(topic, path);
  await w.tip(tip.id).getByRole("button", { name: new RegExp(target.title.nl.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) }).click();
  // Through the other topic with its first answers, to its result.
  const result = w.heading("result_heading");
  for (let step = 0; step < 40 && !(await result.isVisible()); step++) {
    const legend = (await page.locator("fieldset legend").first().innerText()).trim();
    const question = target.questions.find((q: any) => legend.startsWith(q.text.nl));
    const option = question.options.find((o: any) => !o.exclusive) ?? question.options[0];
    await page.getByRole(question.type === "single" ? "radio" : "checkbox", { name: option.text.nl, exact: true }).check();
    await page.getByRole("button", { name: w.t("next") }).click();
    await expect(page.locator("fieldset legend").first().or(result)).toBeVisible();
  }
  await expect(result).toBeVisible();
  await expect(page.locator(".zc-result")).toHaveAttribute("aria-busy", "false");
  const earlier = page.getByRole("region", { name: w.t("earlier_heading") });
  await expect(earlier.getByRole("heading", { name: topic.title.nl })).toBeVisible();
  for (const id of path.expect_todo ?? []) {
    const title = topic.tips.find((t: any) => t.id === id).title.nl;
    await expect(earlier.getByRole("listitem").filter({ hasText: title }).first()).toBeVisible();
  }
  // Kept with the progress: after a reload it is still part of the result.
  await page.reload();
  await expect(result).toBeVisible();
  await expect(page.locator(".zc-result")).toHaveAttribute("aria-busy", "false");
  await expect(earlier.getByRole("heading", { name: topic.title.nl })).toBeVisible();
  await page.getByRole("button", { name: w.t("copy") }).click();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain(target.title.nl);
  expect(text).toContain(`${w.t("earlier_heading")}: ${topic.title.nl}`);
  // A new start forgets it.
  await page.getByRole("button", { name: w.t("restart") }).click();
  await expect(earlier).toHaveCount(0);
});
