// An urgent banner appears at the step where its condition becomes true, stays while the
// check goes on, is still there on the result page, and goes when the answer is changed.
import { expect, test } from "@playwright/test";
import { Widget, guardNetwork, pathsOf, topics } from "./widget";

test("the Meldcode banner appears after the first answer and stays to the result", async ({ page }) => {
  const foreign = await guardNetwork(page);
  const topic = topics["huiselijk-geweld"];
  const path = pathsOf("huiselijk-geweld").find((p) => p.expect_interrupts?.includes("meldcode"))!;
  const interrupt = topic.interrupts.find((i: any) => i.id === "meldcode");
  const w = new Widget(page);
  await w.open();
  await w.start(path.sector, path.role, topic);
  const banner = page.getByRole("alert").filter({ hasText: interrupt.title.nl });
  await expect(banner).toHaveCount(0);

  const [first, ...rest] = path.answers;
  await w.answer(topic, first[0], first.slice(1));
  await expect(banner).toBeVisible();
  await expect(banner.getByRole("link", { name: "0800-2000" })).toHaveAttribute("href", "tel:08002000");

  for (const [questionId, ...chosen] of rest) {
    await w.answer(topic, questionId, chosen);
    await expect(banner).toBeVisible();
  }
  await expect(page.getByRole("heading", { level: 1, name: w.t("result_heading") })).toBeVisible();
  await expect(banner).toBeVisible();
  expect(foreign).toEqual([]);
});

test("the 112 banner goes away when the answer that raised it is changed", async ({ page }) => {
  const topic = topics["schoolreis"];
  const w = new Widget(page);
  // A scripted path that starts with "er is nu nood": the banner shows at once, and the check
  // goes on to the result.
  const path = pathsOf("schoolreis").find((p) => p.answers[0][0] === "fase" && p.answers[0][1] === "nood")!;
  await w.open();
  await w.start(path.sector, path.role, topic);
  const danger = topic.interrupts.find((i: any) => i.id === "danger");
  const banner = page.getByRole("alert").filter({ hasText: danger.title.nl });
  await w.answer(topic, "fase", ["nood"]);
  await expect(banner).toBeVisible();
  for (const [questionId, ...chosen] of path.answers.slice(1)) await w.answer(topic, questionId, chosen);
  await expect(w.heading("result_heading")).toBeVisible();
  await expect(banner).toBeVisible();
  await expect(banner.locator(".zc-interrupt-contact").getByRole("link", { name: "112" }).last()).toHaveAttribute("href", "tel:112");
  // Change the first answer from the result page (the answers are folded).
  await w.unfold();
  const fase = topic.questions.find((q: any) => q.id === "fase").text.nl;
  await page.getByRole("button", { name: w.t("change_answer_label").replace("{question}", fase) }).click();
  await w.answer(topic, "fase", ["voorbereiden"]);
  await expect(banner).toHaveCount(0);
});
