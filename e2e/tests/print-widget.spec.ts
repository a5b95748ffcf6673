// The print button prints the widget in a document of its own: on a school page with its
// own header, menu and print styles, the printout holds the result and nothing of the page.
import { expect, test, type Frame, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Widget, guardNetwork, pathsOf, tipTitle, topics } from "./widget";

const DEMO = "/tools/zelfcheck/demo/";
const HOST_TEXTS = ["Basisschool De Regenboog", "Veiligheid op school", "Ons veiligheidsplan", "Menu", "Afgedrukt van de website"];

/** Clicks a print button and returns the print frame once its window's print() has been
 * called. The frame's window is reached through the page's own `contentWindow` getter,
 * which records the call instead of opening a print dialog. */
async function printFrom(page: Page, button: ReturnType<Page["getByRole"]>): Promise<Frame> {
  await page.evaluate(() => {
    const own = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, "contentWindow")!;
    Object.defineProperty(HTMLIFrameElement.prototype, "contentWindow", {
      configurable: true,
      get() {
        const win = own.get!.call(this);
        if (win && this.hasAttribute("data-zc-print")) {
          win.print = () => {
            this.dataset.printed = String(win.document.styleSheets.length);
          };
        }
        return win;
      },
    });
  });
  await button.click();
  const frameElement = page.locator("iframe[data-zc-print]");
  await expect(frameElement).toHaveAttribute("data-printed", /^[1-9]/);
  return (await (await frameElement.elementHandle())!.contentFrame())!;
}

/** The frame's document printed to PDF by Chromium, as text. */
async function pdfText(page: Page, frame: Frame): Promise<string> {
  const copy = await page.context().newPage();
  await copy.setContent(await frame.content(), { waitUntil: "load" });
  await copy.emulateMedia({ media: "print" });
  const file = join(tmpdir(), `zelfcheck-print-${process.pid}-${Date.now()}.pdf`);
  await copy.pdf({ path: file, format: "A4" });
  await copy.close();
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

test("printing the result from the school page prints the result, and none of the page around it", async ({ page }) => {
  const foreign = await guardNetwork(page);
  const w = new Widget(page, "nl", page.locator("#regenboog"));
  const path = pathsOf("pesten").find((p) => p.sector === "po")!;
  await w.goto(`${DEMO}school.html`);
  await w.begin({ role: path.role, topic: topics.pesten });
  await w.followPath(topics.pesten, path);
  const frame = await printFrom(page, w.root.getByRole("button", { name: w.t("print") }));
  // The frame holds the widget with its own stylesheet, none of the host's.
  const html = await frame.content();
  for (const text of HOST_TEXTS) expect(html.includes(text), `the frame holds "${text}"`).toBe(false);
  expect(await frame.evaluate(() => [...document.styleSheets].map((s) => s.href ?? ""))).toEqual([expect.stringMatching(/zelfcheck-[0-9a-f]+\.css$/)]);
  const font = await frame.locator(".zc").evaluate((el) => getComputedStyle(el).fontFamily);
  expect(font).not.toContain("Comic");
  const text = await pdfText(page, frame);
  expect(text).toContain(topics.pesten.title.nl);
  for (const id of path.expect_todo ?? []) expect(text).toContain(tipTitle(topics.pesten, id).replace(/\s+/g, " "));
  expect(text).toContain("030 285 66 16");
  expect(text).toContain("Anna de Vries");
  // The folds' bodies, made only when a fold opens, are made for the print: every tip's
  // sources and the answers given are in the frame, though no fold was opened.
  const tips = await frame.locator("[data-tip]").count();
  expect(tips).toBeGreaterThan(0);
  await expect(frame.locator("[data-tip] .zc-sources")).toHaveCount(tips);
  await expect(frame.locator(".zc-answers dt")).toHaveCount(path.answers.length);
  expect(text).toContain(w.t("your_answers"));
  // On the page the folds stay as they were, and later ones are made lazily again.
  await expect(w.root.locator("details.zc-answers")).not.toHaveAttribute("open", "");
  for (const host of HOST_TEXTS) expect(text.includes(host), `the PDF holds "${host}"`).toBe(false);
  expect(text).not.toContain(w.t("print"));
  // The page itself is untouched: its header is still there, the widget still works.
  await expect(page.locator("#host-heading")).toBeVisible();
  await expect(w.heading("result_heading")).toBeVisible();
  expect(foreign).toEqual([]);
});

test("printing twice leaves one print frame, and it is hidden from assistive technology", async ({ page }) => {
  const w = new Widget(page);
  await w.goto("./?sector=vo&role=docent&topic=pesten");
  await w.begin({});
  const path = pathsOf("pesten").find((p) => p.sector === "vo" && p.role === "docent")!;
  await w.followPath(topics.pesten, path);
  const button = w.root.getByRole("button", { name: w.t("print") });
  await printFrom(page, button);
  await printFrom(page, button);
  await expect(page.locator("iframe[data-zc-print]")).toHaveCount(1);
  await expect(page.locator("iframe[data-zc-print]")).toHaveAttribute("aria-hidden", "true");
  await expect(page.locator("iframe[data-zc-print]")).toHaveAttribute("tabindex", "-1");
});

test("under a strict Content-Security-Policy the print frame gets the widget's stylesheet and prints, with no CSP report", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  const w = new Widget(page, "nl", page.locator("zelfcheck-sociale-veiligheid"));
  await w.goto(`${DEMO}strict-csp.html`);
  const path = pathsOf("klacht").find((p) => p.sector === "mbo")!;
  await w.begin({ role: path.role, topic: topics.klacht });
  await w.followPath(topics.klacht, path);
  const frame = await printFrom(page, w.root.getByRole("button", { name: w.t("print") }));
  const font = await frame.locator(".zc").evaluate((el) => getComputedStyle(el).fontFamily);
  expect(font).toContain("system-ui");
  expect(violations).toEqual([]);
});
