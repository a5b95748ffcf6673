// Takes a screenshot of every screen of one topic's check (the first scripted path), at phone
// and laptop width.
// Usage (with the release build served):
//   node e2e/screenshots.mjs [out-dir] [base-url] [topic] [path-number]
// The README's pictures: node e2e/screenshots.mjs docs/shots http://127.0.0.1:4173/ schoolreis 9
// (the camp next week with consents missing), then readme-result-360.png and -1280.png.
import { chromium } from "@playwright/test";
import { mkdirSync, readFileSync } from "node:fs";
import { parse } from "smol-toml";

const out = process.argv[2] ?? "e2e/screenshots";
const base = process.argv[3] ?? "http://127.0.0.1:4173/";
const root = new URL("../", import.meta.url);
const plainText = (v) => (typeof v === "string" ? v.replace(/\[([^\]]*)\]\(tel:[^)]*\)/g, "$1") : v);
const plainAll = (v) =>
  Array.isArray(v) ? v.map(plainAll) : v && typeof v === "object" && !(v instanceof Date)
    ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plainAll(x)])) : plainText(v);
const toml = (p) => plainAll(parse(readFileSync(new URL(p, root), "utf8")));
const ui = toml("content/ui.toml");
const topicId = process.argv[4] ?? "schoolreis";
const topic = toml(`content/topics/${topicId}.toml`);
const path = toml(`tests/paths/${topicId}.toml`).paths[Number(process.argv[5] ?? 0)];
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
for (const [label, width, height] of [["360", 360, 740], ["1280", 1280, 800]]) {
  const page = await browser.newPage({ viewport: { width, height } });
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
  await page.locator('.zc-result[aria-busy="false"]').waitFor();
  // What a reader sees on arrival: the first screen of the result.
  await page.screenshot({ path: `${out}/readme-result-${label}.png` });
  await shot("5-result");
  await page.emulateMedia({ media: "print" });
  await shot("6-result-print");
  await page.close();
}
await browser.close();
console.log(`screenshots in ${out}`);
