// The texts come in two parts per language: what the screens up to the questions need,
// with the app, and the rest (tips, cases, quick answers) once the first question is up or
// a quick question is searched. Where the rest is needed before it is there, the widget says
// so, and when it cannot be had, it gives the Adviespunt's number and a way to try again.
import { type Page, expect, test } from "@playwright/test";
import { Widget, contacts, guardNetwork, pathsOf, topics, ui } from "./widget";

const LATER = /zelfcheck-nl-later-[0-9a-f]{12}\.txt$/;

/** How often the page has asked for the later part of the Dutch texts. */
function laterRequests(page: Page): { count: number } {
  const seen = { count: 0 };
  page.on("request", (request) => {
    if (LATER.test(new URL(request.url()).pathname)) seen.count++;
  });
  return seen;
}

/** Answers every question of the path, without waiting for the result. */
async function answerAll(w: Widget) {
  for (const [questionId, ...chosen] of path.answers) await w.answer(topic, questionId, chosen);
}

const path = [...pathsOf("schoolreis")].sort((a, b) => a.answers.length - b.answers.length)[0];
const topic = topics.schoolreis;

test("the rest of the texts is asked for once the first question is up, and the result waits for it", async ({ page }) => {
  const foreign = await guardNetwork(page);
  const asked = laterRequests(page);
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(LATER, async (route) => {
    await held;
    await route.continue();
  });
  const w = new Widget(page);
  await w.open();
  await w.begin({ sector: path.sector, role: path.role });
  await expect(w.heading("topics_heading")).toBeVisible();
  expect(asked.count).toBe(0);
  await page.getByRole("button", { name: topic.title.nl }).click();
  await expect(page.getByRole("group", { name: topic.questions.find((q: any) => q.id === path.answers[0][0]).text.nl })).toBeVisible();
  await expect.poll(() => asked.count).toBe(1);
  await answerAll(w);
  const waiting = page.getByRole("status").filter({ hasText: ui.later_loading.nl });
  await expect(waiting).toBeVisible();
  release();
  await expect(waiting).toHaveCount(0);
  await expect(page.locator(".zc-tip-title").first()).not.toBeEmpty();
  expect(asked.count).toBe(1);
  expect(foreign).toEqual([]);
});

test("when the rest of the texts cannot be had, the result says so with the Adviespunt's number, and trying again works", async ({ page }) => {
  await page.route(LATER, (route) => route.fulfill({ status: 503, body: "" }));
  const warnings: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "warning") warnings.push(m.text());
  });
  const w = new Widget(page);
  await w.open();
  await w.start(path.sector, path.role, topic);
  await answerAll(w);
  const alert = page.getByRole("alert").filter({ hasText: ui.later_failed.nl.split("{phone}")[0] });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole("link", { name: contacts.adviespunt.phone })).toHaveAttribute("href", `tel:${contacts.adviespunt.phone_link}`);
  expect(warnings.some((t) => t.includes("could not be loaded"))).toBe(true);
  await page.unroute(LATER);
  await alert.getByRole("button", { name: ui.later_retry.nl }).click();
  await expect(alert).toHaveCount(0);
  await expect(page.locator(".zc-tip-title").first()).not.toBeEmpty();
});

test("a quick question typed on the intro fetches the answers and shows them once they are there", async ({ page }) => {
  const asked = laterRequests(page);
  const w = new Widget(page);
  await w.open();
  expect(asked.count).toBe(0);
  await page.getByRole("searchbox", { name: ui.quick_label.nl }).pressSequentially("schoolreis");
  await expect(page.locator(".zc-quick-answer").first()).toBeVisible();
  await expect(page.locator(".zc-quick-answer h3").first()).not.toBeEmpty();
  expect(asked.count).toBe(1);
});
