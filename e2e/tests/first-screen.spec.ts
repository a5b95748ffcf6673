// The loader paints the first screen (header, help bar, intro) before the wasm has arrived,
// so the emergency numbers can be called at once, and even when the wasm never comes. The app
// then takes its place without anything on screen moving.
import { type Page, expect, test } from "@playwright/test";
import { contacts, guardNetwork, ui } from "./widget";

const WASM = /_bg\.wasm$/;

/** Holds every wasm download until the returned function is called. */
async function holdWasm(page: Page): Promise<() => void> {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(WASM, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Collects the layout shifts of the page from its first moment. */
async function recordShifts(page: Page) {
  await page.addInitScript(() => {
    (window as any).shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) (window as any).shifts.push((entry as any).value);
    }).observe({ type: "layout-shift", buffered: true });
  });
}

const telLinks = async (page: Page) =>
  page
    .getByRole("complementary", { name: ui.help_bar_label.nl })
    .getByRole("link")
    .evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute("href")]));

const expectedLinks = [
  [contacts.emergency.phone, `tel:${contacts.emergency.phone_link}`],
  [contacts.calamiteitenteam.phone, `tel:${contacts.calamiteitenteam.phone_link}`],
];

test("with the wasm blocked, the emergency numbers are there as tap-to-call links, and the page says the check could not load", async ({ page }) => {
  const foreign = await guardNetwork(page);
  await page.route(WASM, (route) => route.fulfill({ status: 404, body: "" }));
  await page.goto("./");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText(contacts.adviespunt.phone);
  await expect(alert.getByRole("link", { name: contacts.adviespunt.phone })).toHaveAttribute("href", `tel:${contacts.adviespunt.phone_link}`);
  // The help bar stays above the message, with the title; the intro, whose buttons need
  // the app, makes way for the message.
  expect(await telLinks(page)).toEqual(expectedLinks);
  await expect(page.getByText(ui.app_title.nl)).toBeVisible();
  await expect(page.getByRole("button", { name: ui.intro_start.nl })).toHaveCount(0);
  await expect(page.getByRole("button", { name: ui.language_switch_label.nl })).toBeDisabled();
  expect(foreign).toEqual([]);
});

test("the first screen is up before the wasm arrives, and the app takes over without anything moving", async ({ page }) => {
  await recordShifts(page);
  const release = await holdWasm(page);
  await page.goto("./");
  const heading = page.getByRole("heading", { level: 1, name: ui.intro_heading.nl });
  await expect(heading).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "geladen" })).toBeVisible();
  expect(await telLinks(page)).toEqual(expectedLinks);
  const start = page.getByRole("button", { name: ui.intro_start.nl });
  await expect(start).toBeDisabled();
  const parts = [
    heading,
    start,
    page.getByRole("complementary", { name: ui.help_bar_label.nl }),
    page.getByRole("button", { name: ui.language_switch_label.nl }),
    page.getByText(ui.intro_not_advice.nl),
  ];
  const boxes = async () => Promise.all(parts.map((p) => p.boundingBox()));
  const before = await boxes();
  expect(before.every((b) => b !== null && b.width > 0)).toBe(true);

  release();
  await expect(page.locator("zelfcheck-sociale-veiligheid [data-zc-shell]")).toHaveCount(0);
  await expect(start).toBeEnabled();
  await expect(page.getByRole("searchbox")).toBeVisible();
  expect(await boxes()).toEqual(before);
  expect(await page.evaluate(() => (window as any).shifts)).toEqual([]);
  // And the app works: the start button leads on.
  await start.click();
  await expect(page.getByRole("heading", { level: 1, name: ui.profile_heading.nl })).toBeFocused();
});

test("on a page with a Dutch and an English widget, each first screen is in its own language", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("./demo/intranet.html");
  const dutch = page.locator("#docenten");
  const english = page.locator("#reisleiders");
  await expect(dutch.getByRole("heading", { level: 1, name: ui.intro_heading.nl })).toBeVisible();
  await expect(english.getByRole("heading", { level: 1, name: ui.intro_heading.en })).toBeVisible();
  await expect(english.getByRole("complementary", { name: ui.help_bar_label.en })).toContainText(contacts.emergency.phone);
  // A widget among other content is a named region, as the app makes it.
  await expect(english.getByRole("region", { name: ui.app_title.en })).toBeVisible();
  release();
  await expect(page.locator("[data-zc-shell]")).toHaveCount(0);
  await expect(english.getByRole("region", { name: ui.app_title.en })).toBeVisible();
});

test("the widget's own page asks for the app's files beside the loader, and each only once", async ({ page }) => {
  const requested: string[] = [];
  page.on("request", (request) => requested.push(new URL(request.url()).pathname.split("/").pop() ?? ""));
  await page.goto("./");
  await expect(page.locator("zelfcheck-sociale-veiligheid [data-zc-shell]")).toHaveCount(0);
  const hinted = await page.locator("head link[rel=preload], head link[rel=modulepreload]").evaluateAll((links) =>
    links.map((l) => l.getAttribute("href")),
  );
  expect(hinted.some((h) => /^zelfcheck-[0-9a-f]+\.js$/.test(h!))).toBe(true);
  expect(hinted.some((h) => /^zelfcheck-[0-9a-f]+_bg\.wasm$/.test(h!))).toBe(true);
  expect(hinted.some((h) => /^zelfcheck-[0-9a-f]{12}\.css$/.test(h!))).toBe(true);
  for (const file of hinted) {
    expect(requested.filter((r) => r === file), file!).toHaveLength(1);
  }
});
