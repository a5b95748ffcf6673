// Takes a screenshot of every screen of one topic's check (the first scripted path), at phone
// and laptop width.
// Usage (with the release build served): node e2e/screenshots.mjs [out-dir] [base-url] [topic]
import { chromium } from "@playwright/test";
import { mkdirSync, readFileSync } from "node:fs";
import { parse } from "smol-toml";

const out = process.argv[2] ?? "e2e/screenshots";
const base = process.argv[3] ?? "http://127.0.0.1:4173/";
const root = new URL("../", import.meta.url);
const toml = (p) => parse(readFileSync(new URL(p, root), "utf8"));
const ui = toml("content/ui.toml");
const topicId = process.argv[4] ?? "schoolreis";
const topic = toml(`content/topics/${topicId}.toml`);
const path = toml(`tests/paths/${topicId}.toml`).paths[0];
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
for (const [label, width] of [["320", 320], ["1280", 1280]]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const shot = (name) => page.screenshot({ path: `${out}/${name}-${label}.png`, fullPage: true });
  await page.goto(base);
  await page.getByRole("heading", { level: 1 }).waitFor();
  await shot("1-intro");
  await page.getByRole("button", { name: ui.intro_start.nl }).click();
  await shot("2-profile");
  await page.getByRole("radio", { name: ui[`sector_${path.sector}`].nl, exact: true }).check();
  await page.getByRole("radio", { name: ui[`role_${path.role}`].nl, exact: true }).check();
  await page.getByRole("button", { name: ui.next.nl }).click();
  await shot("3-topics");
  await page.getByRole("button", { name: topic.title.nl }).click();
  let n = 0;
  for (const [qid, ...chosen] of path.answers) {
    const q = topic.questions.find((x) => x.id === qid);
    const group = page.getByRole("group", { name: q.text.nl });
    for (const id of chosen) {
      const label = id === "weet_niet" ? ui.dont_know.nl : q.options.find((o) => o.id === id).text.nl;
      await group.getByRole(q.type === "single" ? "radio" : "checkbox", { name: label, exact: true }).check();
    }
    if (n === 0 || q.type === "multiple") await shot(`4-question-${qid}`);
    n++;
    await page.getByRole("button", { name: ui.next.nl }).click();
  }
  await page.getByRole("heading", { level: 1, name: ui.result_heading.nl }).waitFor();
  await shot("5-result");
  if (width === 1280) {
    await page.setViewportSize({ width: 860, height: 1300 });
    await page.screenshot({ path: `${out}/readme-result.png` });
  }
  await page.emulateMedia({ media: "print" });
  await shot("6-result-print");
  await page.close();
}
await browser.close();
console.log(`screenshots in ${out}`);
