// Take the result along without any server: copy as text, download a file, print.
import { expect, test } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Widget, guardNetwork, schoolreis, schoolreisPaths, tipTitle } from "./widget";

const path = schoolreisPaths[0];

async function atResult(w: Widget) {
  await w.open();
  await w.start(path.sector, path.role, schoolreis);
  await w.followPath(schoolreis, path);
}

function expectSummary(text: string, w: Widget) {
  expect(text).toContain(schoolreis.title.nl);
  for (const id of [...(path.expect_todo ?? []), ...(path.expect_good ?? [])]) {
    expect(text).toContain(tipTitle(schoolreis, id));
  }
  expect(text).toContain("030 285 66 16");
  expect(text).toContain("112");
  expect(text).toContain(w.t("your_answers"));
  expect(text).toMatch(/https:\/\/\S+/);
}

test("copy as text puts the whole result on the clipboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const foreign = await guardNetwork(page);
  const w = new Widget(page);
  await atResult(w);
  await page.getByRole("button", { name: w.t("copy") }).click();
  await expect(page.getByRole("status").filter({ hasText: w.t("copied") })).toBeVisible();
  expectSummary(await page.evaluate(() => navigator.clipboard.readText()), w);
  expect(foreign).toEqual([]);
});

test("download gives a text file made in the browser", async ({ page }) => {
  const foreign = await guardNetwork(page);
  const w = new Widget(page);
  await atResult(w);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: w.t("download") }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^zelfcheck-schoolreis-\d{4}-\d{2}-\d{2}\.txt$/);
  expectSummary(readFileSync(await download.path(), "utf8"), w);
  expect(foreign).toEqual([]);
});

test("the printed result has tips, answers and numbers, and no buttons", async ({ page }) => {
  const w = new Widget(page);
  await atResult(w);
  await w.beforePrint();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: w.t("copy") })).toBeHidden();
  await expect(page.getByRole("button", { name: w.t("restart") })).toBeHidden();
  await expect(page.getByRole("heading", { name: tipTitle(schoolreis, path.expect_good![0]) })).toBeVisible();
  await expect(page.getByText(w.t("your_answers"))).toBeVisible();
  await expect(page.getByRole("region", { name: w.t("adviespunt_heading") })).toContainText("030 285 66 16");
  // The PDF Chromium prints, read back as text.
  const file = join(tmpdir(), `zelfcheck-${process.pid}-${Date.now()}.pdf`);
  await page.pdf({ path: file, format: "A4" });
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  for (const id of [...(path.expect_todo ?? []), ...(path.expect_good ?? [])]) {
    expect(text).toContain(tipTitle(schoolreis, id).replace(/\s+/g, " "));
  }
  expect(text).toContain("030 285 66 16");
  expect(text).toContain("helpdesk@schoolenveiligheid.nl");
  expect(text).not.toContain(w.t("copy"));
});
