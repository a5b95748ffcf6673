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
