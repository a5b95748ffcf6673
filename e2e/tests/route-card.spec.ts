// The printable pages in the release folder: every topic's route card and every listed
// topic's notes sheet prints as exactly one A4 page with its phone numbers as text, and the
// widget links them from where a topic begins, beside its own files, on any page.
import { expect, test, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "smol-toml";
import { Widget, contacts, guardNetwork, topics, type Lang } from "./widget";

const print: any = parse(readFileSync(new URL("../../content/print.toml", import.meta.url), "utf8"));
const sheets: string[] = print.notes_sheets;
const langs: Lang[] = ["nl", "en"];
const adviespunt: string = contacts.adviespunt.phone;
const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const has = (tool: string): boolean => {
  try {
    execFileSync("which", [tool], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};
const poppler = has("pdfinfo") && has("pdftotext");

/** The page count and the text of a PDF: by pdfinfo and pdftotext where installed, else by
 * counting its page objects (and no text). */
function readPdf(pdf: Buffer): { pages: number; text: string | null } {
  if (!poppler) {
    return { pages: (pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length, text: null };
  }
  const dir = mkdtempSync(join(tmpdir(), "zc-pdf-"));
  try {
    const file = join(dir, "page.pdf");
    writeFileSync(file, pdf);
    const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    return { pages, text: text.replace(/\s+/g, " ") };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Opens a page of the release folder, checks it loads, prints it to an A4 PDF. */
async function printed(page: Page, path: string) {
  const foreign = await guardNetwork(page);
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  // The stylesheet is there: the page's A4 layout depends on it.
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain("Arial");
  const pdf = readPdf(await page.pdf({ format: "A4" }));
  expect(foreign).toEqual([]);
  return pdf;
}

/** The numbers of the contacts a topic's tips and banners name (the Adviespunt's is on
 * every card anyway). */
function namedNumbers(topic: any): string[] {
  const texts = [...topic.tips, ...topic.interrupts].flatMap((t: any) => [t.title.nl, t.text.nl]).join(" ");
  const named = ["emergency", "veilig_thuis", "vertrouwensinspecteur", "csg"].filter(
    (key) => texts.includes(contacts[key].phone) || topic.interrupts.some((i: any) => i.contact === key),
  );
  return named.map((key) => contacts[key].phone);
}

for (const topic of Object.values(topics) as any[]) {
  for (const lang of langs) {
    test(`route card ${topic.id} (${lang}): one A4 page with its numbers as text`, async ({ page }) => {
      const { pages, text } = await printed(page, `routekaart/${topic.id}.${lang}.html`);
      expect(pages).toBe(1);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(topic.title[lang]);
      if (text !== null) {
        expect(text).toContain(adviespunt);
        for (const number of namedNumbers(topic)) expect(text, number).toContain(number);
        expect(text).toContain(lang === "nl" ? "Twijfel? Bel het Adviespunt" : "In doubt? Call the Adviespunt");
      }
    });
  }
}

for (const id of sheets) {
  for (const lang of langs) {
    test(`notes sheet ${id} (${lang}): one A4 page, the urgent steps first`, async ({ page }) => {
      const { pages, text } = await printed(page, `notities/${id}.${lang}.html`);
      expect(pages).toBe(1);
      if (text !== null) {
        expect(text).toContain(adviespunt);
        const urgent = text.indexOf(print.notes_sheet.urgent_first[lang].split(".")[0]);
        const firstField = text.indexOf(print.notes_sheet.fields[0].label[lang]);
        expect(urgent).toBeGreaterThan(-1);
        expect(firstField).toBeGreaterThan(urgent);
      }
    });
  }
}

test("a topic without a notes sheet has none in the release folder", async ({ page }) => {
  const without = Object.keys(topics).find((id) => !sheets.includes(id))!;
  const response = await page.request.get(`notities/${without}.nl.html`);
  expect(response.status()).toBe(404);
});

test("the print button prints the page", async ({ page }) => {
  await page.goto("routekaart/pesten.nl.html");
  await page.evaluate(() => {
    (window as any).printed = 0;
    window.print = () => (window as any).printed++;
  });
  await page.getByRole("button", { name: print.route_card.print.nl }).click();
  expect(await page.evaluate(() => (window as any).printed)).toBe(1);
});

/** The link on screen, its address, and that the address loads. */
async function expectPageLink(w: Widget, key: string, path: string) {
  const link = w.root.getByRole("link", { name: new RegExp(`^${escapeRe(w.t(key))}`) });
  await expect(link).toHaveAttribute("target", "_blank");
  const href = (await link.getAttribute("href"))!;
  expect(new URL(href).pathname).toBe(`/${path}`);
  const response = await w.page.request.get(href);
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain("<link rel=\"stylesheet\" href=\"print.css\">");
}

for (const lang of langs) {
  test(`(${lang}) the topic's first question links its route card and notes sheet, beside the widget's files`, async ({ page }) => {
    const foreign = await guardNetwork(page);
    const w = new Widget(page, lang);
    await w.goto(`./?lang=${lang}&sector=vo&role=docent&topic=twijfel`);
    await w.begin({});
    await expect(page.getByRole("group", { name: topics.twijfel.questions[0].text[lang] })).toBeVisible();
    await expectPageLink(w, "print_route_card", `routekaart/twijfel.${lang}.html`);
    await expectPageLink(w, "print_notes_sheet", `notities/twijfel.${lang}.html`);
    expect(foreign).toEqual([]);
  });
}

test("on a school's page in another folder the links still point beside the loader; no notes sheet where the topic has none", async ({ page }) => {
  const foreign = await guardNetwork(page);
  const w = new Widget(page, "nl", page.locator("#regenboog"));
  await w.goto("demo/school.html");
  await w.begin({ role: "docent", topic: topics.pesten });
  await expect(w.root.getByRole("group", { name: topics.pesten.questions[0].text.nl })).toBeVisible();
  await expectPageLink(w, "print_route_card", "routekaart/pesten.nl.html");
  await expect(w.root.getByRole("link", { name: new RegExp(`^${escapeRe(w.t("print_notes_sheet"))}`) })).toHaveCount(0);
  expect(foreign).toEqual([]);
});
