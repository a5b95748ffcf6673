// The quick-question search as a teacher uses it: near the top of the topic screen and on the
// intro, typed letter by letter, with queries from the native search table (tests/search.rs),
// in Dutch and, across languages, in the English check.
import { expect, test } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import { parse } from "smol-toml";
import { Widget, guardNetwork, topics, ui } from "./widget";

const root = new URL("../../", import.meta.url);
const quick: Record<string, any> = Object.fromEntries(
  readdirSync(new URL("content/quick/", root)).flatMap((f) =>
    (parse(readFileSync(new URL(`content/quick/${f}`, root), "utf8")) as any).quick.map((q: any) => [
      q.id,
      { ...q, topic: f.replace(/\.toml$/, "") },
    ]),
  ),
);
const adviespunt = (parse(readFileSync(new URL("content/contacts.toml", root), "utf8")) as any).adviespunt;
/** A content text as the widget shows it: `[label](tel:…)` reads as its label. */
const plain = (text: string) => text.replace(/\[([^\]]+)\]\(tel:[^)]+\)/g, "$1");

test("on the topic screen the box stands above the topics, and 'ouder scheldt' finds the answer on angry parents", async ({ page }) => {
  const foreign = await guardNetwork(page);
  const w = new Widget(page);
  await w.open();
  await w.begin({ sector: "po", role: "docent" });
  const search = page.getByRole("searchbox", { name: ui.quick_label.nl });
  const firstTopic = page.locator(".zc-topic").first();
  const [box, topic] = [await search.boundingBox(), await firstTopic.boundingBox()];
  expect(box!.y).toBeLessThan(topic!.y);
  // On a phone the box is on the first screen, not under ten topic cards.
  expect(box!.y + box!.height).toBeLessThan(740);

  await search.pressSequentially("ouder scheldt");
  const first = page.locator(".zc-quick-answer").first();
  const entry = quick["ouder-scheldt"];
  await expect(first).toHaveAttribute("data-quick", entry.id);
  await expect(first.getByRole("heading", { name: entry.question.nl })).toBeVisible();
  await expect(first).toContainText(plain(entry.answer.nl));
  // Numbers in an answer can be tapped.
  await expect(first.getByRole("link", { name: "112", exact: true })).toHaveAttribute("href", "tel:112");
  await expect(page.getByRole("status").filter({ hasText: /^(1 antwoord|\d+ antwoorden) gevonden$/ })).toBeVisible();
  await first.getByRole("button", { name: new RegExp(topics[entry.topic].title.nl) }).click();
  await expect(page.getByRole("heading", { level: 1, name: topics[entry.topic].questions[0].text.nl })).toBeVisible();
  expect(foreign).toEqual([]);
});

test("on the intro: 'mag ik een leerling vasthouden' finds the answer on physical intervention, and its button opens that check after sector and role", async ({ page }) => {
  const w = new Widget(page);
  await w.open();
  const search = page.getByRole("searchbox", { name: ui.quick_label.nl });
  await expect(page.getByRole("heading", { name: ui.quick_heading_intro.nl })).toBeVisible();
  await search.pressSequentially("mag ik een leerling vasthouden");
  const first = page.locator(".zc-quick-answer").first();
  const entry = quick["leerling-vastpakken"];
  await expect(first).toHaveAttribute("data-quick", entry.id);
  await expect(first).toContainText(plain(entry.answer.nl));
  // Written in the answer as [030 285 66 16](tel:0302856616).
  const digits = adviespunt.phone.replace(/\D/g, "");
  await expect(first.getByRole("link", { name: adviespunt.phone, exact: true })).toHaveAttribute("href", `tel:${digits}`);
  await first.getByRole("button", { name: new RegExp(topics[entry.topic].title.nl) }).click();
  await expect(w.heading("profile_heading")).toBeVisible();
  await page.getByRole("radio", { name: ui.sector_vo.nl, exact: true }).check();
  await page.getByRole("radio", { name: ui.role_docent.nl, exact: true }).check();
  await page.getByRole("button", { name: ui.next.nl }).click();
  await expect(page.getByRole("heading", { level: 1, name: topics[entry.topic].questions[0].text.nl })).toBeVisible();
});

test("in the English check, the Dutch word 'medicijnen' finds the answer on medicine at camp", async ({ page }) => {
  const w = new Widget(page, "en");
  // Opened in English: the Dutch texts are not downloaded, only the keywords cross over.
  await w.goto("./?lang=en");
  await w.begin({ sector: "po", role: "docent" });
  const search = page.getByRole("searchbox", { name: ui.quick_label.en });
  await search.pressSequentially("medicijnen");
  const first = page.locator(".zc-quick-answer").first();
  const entry = quick["medicijnen-op-kamp"];
  await expect(first).toHaveAttribute("data-quick", entry.id);
  await expect(first.getByRole("heading", { name: entry.question.en })).toBeVisible();
});

test("no answer: says so, points down to the topics, and gives the Adviespunt's number to call", async ({ page }) => {
  const w = new Widget(page);
  await w.open();
  await w.begin({ sector: "vo", role: "docent" });
  await page.getByRole("searchbox", { name: ui.quick_label.nl }).fill("xylofoonquiz");
  const [before, after] = ui.quick_none.nl.split("{phone}");
  const status = page.getByRole("status").filter({ hasText: before.trim() });
  await expect(status).toHaveText(`${before}${adviespunt.phone}${after}`);
  await expect(status.getByRole("link", { name: adviespunt.phone })).toHaveAttribute("href", `tel:${adviespunt.phone_link}`);
  await expect(page.locator(".zc-quick-answer")).toHaveCount(0);
  // "Below" is true: the topics follow the box.
  const box = await status.boundingBox();
  const topic = await page.getByRole("button", { name: topics.pesten.title.nl }).boundingBox();
  expect(topic!.y).toBeGreaterThan(box!.y);
});
