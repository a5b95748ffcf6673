// The result in three layers, tried on a phone (360×740) in both languages: on arrival the
// first screen shows the topic, how many things to do, the first ones and the Adviespunt's
// number as a tel: link; the urgent label goes to at most a third of the to-dos; every
// phone number anywhere in the widget is a tel: link; a glossary term opens its explanation
// by touch and by keyboard; printing keeps the folded parts.
import { expect, test, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Widget, fillText, guardNetwork, pathsOf, topics, ui, type Lang, type ScriptedPath } from "./widget";

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

/** Phone numbers in the widget's text that are not inside a tel: link, and tel: links
 * whose text shows other digits than they call. */
async function untappableNumbers(page: Page): Promise<string[]> {
  // The widget may live in a shadow root: the locator finds it there.
  return page.locator(".zc").first().evaluate((root) => {
    const found: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const phone = /(?<![\w.+-])(\+?\d[\d -]*\d|\d{3})(?![\w])/g;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      // A source's title is a citation, and a link to its page already.
      if (!el || el.closest('a[href^="tel:"], a[href^="http"]') || el.closest("[hidden]")) continue;
      const text = node.textContent ?? "";
      for (const m of text.matchAll(phone)) {
        const run = m[0].trim();
        const digits = run.replace(/\D/g, "");
        const before = text.slice(0, m.index).toLowerCase().trimEnd();
        const long = /^[0+]/.test(run) && digits.length >= 7 && digits.length <= 13 && !/^\d{2}-\d{2}-\d{4}$/.test(run);
        const short = (run === "112" || run === "113") && !/(artikel|art\.|article)$/.test(before);
        if (long || short) found.push(`${run} in "${text.trim().slice(0, 80)}"`);
      }
    }
    for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')) {
      const shown = (a.textContent ?? "").replace(/[^\d+]/g, "");
      const calls = a.getAttribute("href")!.slice(4);
      if (shown !== calls && !(calls.startsWith("+31") && shown === `0${calls.slice(3)}`)) {
        found.push(`link "${a.textContent}" calls ${calls}`);
      }
    }
    return found;
  });
}

/** Whether the element is wholly inside the viewport as it is now. */
async function onFirstScreen(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.top >= -1 && r.bottom <= window.innerHeight + 1;
  });
}

async function walk(page: Page, lang: Lang, path: ScriptedPath) {
  const topic = topics[path.topic];
  const w = new Widget(page, lang);
  // Each path starts fresh: the widget would otherwise pick up the last one's progress.
  if (page.url().startsWith("http")) await page.evaluate(() => (localStorage.clear(), sessionStorage.clear()));
  await w.goto(`./?lang=${lang}`);
  await w.start(path.sector, path.role, topic);
  await w.followPath(topic, path);
  return w;
}

async function checkResult(page: Page, w: Widget, path: ScriptedPath) {
  const topic = topics[path.topic];
  const where = `${path.topic}: ${path.name}`;
  // On arrival: the topic, the count, the first to-dos and the Adviespunt's number.
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading, where).toContainText(topic.title[w.lang]);
  for (const selector of ["h1", ".zc-count", ".zc-first li", `.zc-call a[href^="tel:"]`]) {
    expect(await onFirstScreen(page, selector), `${where}: ${selector} on the first screen`).toBe(true);
  }
  await expect(page.locator(".zc-call a")).toHaveText("030 285 66 16");
  // Every phone number can be tapped, folded parts included; in danger some to-dos are folded.
  await w.unfold();
  expect(await untappableNumbers(page), where).toEqual([]);
  const todo = await page.locator(".zc-result [data-tip] .zc-tick").count();
  const count = fillText(w.t("result_count"), { n: todo });
  await expect(page.locator(".zc-count"), where).toHaveText(count);
  await expect(page.locator(".zc-first li"), where).toHaveCount(Math.min(3, todo));
  // The urgent label keeps its meaning.
  const urgent = await page.locator(".zc-result [data-tip] .zc-urgency").count();
  expect(urgent * 3, `${where}: ${urgent} of ${todo} to-dos labelled urgent`).toBeLessThanOrEqual(todo);
}

for (const id of Object.keys(topics).sort()) {
  test(`${id}: every scripted path gives a result whose first screen, labels and numbers are right`, async ({ page }) => {
    test.setTimeout(240_000);
    const foreign = await guardNetwork(page);
    for (const path of pathsOf(id)) {
      const w = await walk(page, "nl", path);
      await checkResult(page, w, path);
    }
    expect(foreign).toEqual([]);
  });

  test(`${id}: the first scripted path, in English`, async ({ page }) => {
    const path = pathsOf(id)[0];
    const w = await walk(page, "en", path);
    await checkResult(page, w, path);
  });
}

test("a glossary term opens its explanation by touch and by keyboard", async ({ page }) => {
  const path = pathsOf("schoolreis")[0];
  await walk(page, "nl", path);
  const w = new Widget(page);
  await w.unfold();
  const term = page.locator(".zc-term-button").first();
  await expect(term).toBeVisible();
  const explain = page.locator(`#${await term.getAttribute("aria-controls")}`);
  await expect(explain).toBeHidden();
  await term.tap();
  await expect(term).toHaveAttribute("aria-expanded", "true");
  await expect(explain).toBeVisible();
  await expect(explain).not.toHaveText("");
  await term.tap();
  await expect(explain).toBeHidden();
  await term.focus();
  await page.keyboard.press("Enter");
  await expect(explain).toBeVisible();
  await page.keyboard.press("Space");
  await expect(explain).toBeHidden();
});

test("the first to-dos lead to their cards; folded parts open; printing keeps them", async ({ page }) => {
  const path = pathsOf("schoolreis")[0];
  await walk(page, "nl", path);
  const title = (await page.locator(".zc-first .zc-first-title").first().textContent())!.trim();
  const first = page.locator(".zc-first li").first().getByRole("button", { name: `${ui.first_open_label.nl.replace("{tip}", title)}` });
  await first.click();
  const card = page.locator(".zc-result [data-tip]:focus");
  await expect(card).toBeFocused();
  await expect(card.locator(".zc-tip-title")).toHaveText(title);
  // The confirmations, team questions and answers are folded; a PDF holds them all.
  const answers = page.locator("details.zc-answers");
  await expect(answers).not.toHaveAttribute("open", "");
  // Its body is made when it first opens, or when the page is printed.
  await expect(answers.locator("dt")).toHaveCount(0);
  await new Widget(page).beforePrint();
  await expect(answers).toHaveAttribute("open", "");
  const firstAnswer = (await answers.locator("dt").first().textContent())!.trim();
  const dir = mkdtempSync(join(tmpdir(), "zc-print-"));
  const pdf = join(dir, "result.pdf");
  writeFileSync(pdf, await page.pdf({ format: "A4" }));
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  expect(text).toContain(firstAnswer.replace(/\s+/g, " "));
  expect(text).toContain("030 285 66 16");
});

test("a fold is made when it first opens, keeps its body, follows the language, and prints open", async ({ page }) => {
  const path = pathsOf("schoolreis")[0];
  const w = await walk(page, "nl", path);
  await expect(page.locator(".zc-result")).toHaveAttribute("aria-busy", "false");
  const answers = page.locator("details.zc-answers");
  await expect(answers.locator("dt")).toHaveCount(0);
  await answers.locator("summary").click();
  await expect(answers.locator("dt")).toHaveCount(path.answers.length);
  await answers.locator("summary").click();
  await expect(answers).not.toHaveAttribute("open", "");
  await expect(answers.locator("dt")).toHaveCount(path.answers.length);
  // A tip's sources and reasons, by keyboard.
  const more = page.locator("[data-tip] details.zc-more").first();
  await expect(more.locator(".zc-sources")).toHaveCount(0);
  await more.locator("summary").focus();
  await page.keyboard.press("Enter");
  await expect(more.locator(".zc-sources a").first()).toBeVisible();
  await expect(more.locator(".zc-sources")).toContainText(ui.sources_label.nl);
  // What a fold holds switches language with the rest.
  await page.getByRole("button", { name: ui.language_switch_label.nl }).click();
  await expect(more.locator(".zc-sources")).toContainText(ui.sources_label.en);
  await expect(answers.locator("summary")).toHaveText(ui.your_answers.en);
  // Printing (Ctrl+P): every fold is made and opened first, and closed again after.
  const closed = await page.locator(".zc-result details:not([open])").count();
  expect(closed).toBeGreaterThan(1);
  await w.beforePrint();
  await expect(page.locator(".zc-result details:not([open])")).toHaveCount(0);
  await expect(page.locator("[data-tip] .zc-sources")).toHaveCount(await page.locator("[data-tip]").count());
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  // Closed again, all but the one the user had opened.
  const all = await page.locator(".zc-result details").count();
  await expect(page.locator(".zc-result details:not([open])")).toHaveCount(all - 1);
  await expect(more).toHaveAttribute("open", "");
});
