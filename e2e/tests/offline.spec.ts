// The widget's own pages work offline after one visit (service worker, sw.js), and a new
// release replaces the old one: the open page says a newer edition is ready, the next start
// runs it, and the old build's cache is gone.
import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { type BrowserContext, type Page, chromium, devices, expect, test } from "@playwright/test";
import { type Lang, Widget, appShown, fillText, pathsOf, topics } from "./widget";
// The same step the build runs on every release folder.
import { writeWorker } from "../../scripts/offline-files.mjs";

test.use({ serviceWorkers: "allow" });

const DIST = resolve("..", "dist");
const FOLDER = "tools/zelfcheck/";
const pesten = topics.pesten;
const path = pathsOf("pesten")[0];

/** Every request the pages and the worker make, to check that none leaves for another host. */
function hostsSeen(context: BrowserContext): Set<string> {
  const hosts = new Set<string>();
  context.on("request", (request) => hosts.add(new URL(request.url()).host));
  return hosts;
}

/** Opens `url` online, once, and waits until the worker has kept the whole build. */
async function visitOnce(page: Page, url: string) {
  await page.goto(url);
  await appShown(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

/** The files the worker keeps (from the sw.js it runs) and which of them are in its cache. */
async function cached(page: Page): Promise<{ files: string[]; missing: string[]; caches: string[] }> {
  return page.evaluate(async () => {
    const text = await (await fetch("sw.js")).text();
    const build = JSON.parse(/^const BUILD = (.*);$/m.exec(text)![1]);
    const names = await caches.keys();
    const cache = await caches.open(`zelfcheck ${new URL("./", location.href).pathname} ${build.version}`);
    const missing: string[] = [];
    for (const file of build.files) {
      if (!(await cache.match(new URL(file, location.href).href))) missing.push(file);
    }
    return { files: build.files, missing, caches: names };
  });
}

/** Opens `url` in `lang` at its intro: saved progress would resume where it was. */
async function fresh(page: Page, url: string, lang: Lang) {
  await page.evaluate(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  await page.goto(`${url}?lang=${lang}`);
}

/** Opens `url` (with the network off) and completes the pesten path in `lang`. */
async function completeOffline(page: Page, url: string, lang: Lang) {
  await fresh(page, url, lang);
  const w = new Widget(page, lang);
  await expect(w.heading("intro_heading")).toBeVisible();
  await appShown(page);
  await w.start(path.sector, path.role, pesten);
  await w.followPath(pesten, path);
  await w.expectTips(pesten, path);
  // The emergency numbers work from the cache too.
  await expect(page.locator(".zc-helpbar a[href='tel:112']").first()).toBeVisible();
}

for (const page_ of ["index.html", "embed.html"]) {
  test(`${page_} opens and runs offline after one visit, in both languages`, async ({ page, context }) => {
    const hosts = hostsSeen(context);
    const url = `/${FOLDER}${page_}`;
    await visitOnce(page, url);
    const { files, missing } = await cached(page);
    expect(missing).toEqual([]);
    // The whole build is kept: wasm, glue, stylesheet, both languages' texts in both parts.
    for (const kept of [/_bg\.wasm$/, /^zelfcheck-[0-9a-f]+\.js$/, /^zelfcheck-[0-9a-f]+\.css$/, /^zelfcheck-nl-[0-9a-f]+\.txt$/, /^zelfcheck-nl-later-/, /^zelfcheck-en-[0-9a-f]+\.txt$/, /^zelfcheck-en-later-/, /^index\.html$/, /^embed\.html$/, /^zelfcheck\.js$/]) {
      expect(files.some((f) => kept.test(f)), `${kept} is kept`).toBe(true);
    }
    await context.setOffline(true);
    for (const lang of ["nl", "en"] as const) await completeOffline(page, url, lang);
    expect([...hosts]).toEqual([`127.0.0.1:${process.env.E2E_PORT ?? 4173}`]);
  });
}

test("every topic starts offline in both languages, from the folder's own address", async ({ page, context }) => {
  await visitOnce(page, `/${FOLDER}index.html`);
  await context.setOffline(true);
  // The folder's address is the standalone page too.
  const url = `/${FOLDER}`;
  for (const lang of ["nl", "en"] as const) {
    for (const topic of Object.values(topics)) {
      await fresh(page, url, lang);
      const w = new Widget(page, lang);
      await appShown(page);
      await w.start(path.sector, path.role, topic);
      await expect(page.getByRole("group", { name: topic.questions[0].text[lang] })).toBeVisible();
    }
  }
});

test("a school's settings file is kept from the last visit", async ({ page, context }) => {
  const url = `/${FOLDER}index.html?settings-file=voorbeeld`;
  await visitOnce(page, url);
  // Fetched once more now that the worker runs, so it keeps a copy.
  await page.reload();
  await appShown(page);
  await context.setOffline(true);
  await page.reload();
  await appShown(page);
  const w = new Widget(page);
  await w.start(path.sector, path.role, pesten);
  await w.followPath(pesten, path);
  await expect(page.getByText("Anna de Vries").first()).toBeVisible();
});

test("the standalone page can be added to the home screen", async () => {
  // A test's own context is a private window, where nothing can be installed: this one
  // has a profile of its own.
  const profile = mkdtempSync(join(tmpdir(), "zelfcheck-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await context.newPage();
    await visitOnce(page, `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}/${FOLDER}index.html`);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    expect(installabilityErrors).toEqual([]);
    const manifest = await cdp.send("Page.getAppManifest");
    expect(manifest.errors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test.describe("on a phone", () => {
  const { defaultBrowserType: _, ...phone } = devices["Pixel 5"];
  test.use(phone);

  test("the standalone page runs offline after one visit", async ({ page, context }) => {
    const url = `/${FOLDER}index.html`;
    await visitOnce(page, url);
    await context.setOffline(true);
    await completeOffline(page, url, "nl");
  });
});

test("the custom element on a school's page registers no service worker", async ({ page }) => {
  await page.goto("/demo/intranet.html");
  await appShown(page.locator("#docenten"));
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});

test.describe("releases on a school's site", () => {
  let server: ChildProcess | undefined;
  let work = "";
  test.afterEach(() => {
    server?.kill();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  /**
   * Serves a copy of this release folder at one address, the way a school hosts it, and
   * `next` (another copy, changed by `prepare`) there once `replace` is called: the school
   * replaces the folder's contents.
   */
  async function hosting(prepare: (next: string) => void) {
    work = mkdtempSync(join(tmpdir(), "zelfcheck-release-"));
    const [first, next, live] = ["first", "next", "live"].map((name) => join(work, name));
    cpSync(DIST, first, { recursive: true });
    cpSync(DIST, next, { recursive: true });
    prepare(next);
    symlinkSync(first, live);
    const base = await serveSite(live);
    return {
      url: `${base}/${FOLDER}index.html`,
      replace() {
        unlinkSync(live);
        symlinkSync(next, live);
      },
    };
  }

  /** Serves the folder `root` as a site of its own; returns its address. */
  async function serveSite(root: string) {
    const port = 4300 + test.info().workerIndex;
    server = spawn("node", [resolve("serve.mjs"), root, String(port)], { stdio: "pipe" });
    await new Promise<void>((ready) => server!.stdout!.once("data", () => ready()));
    return `http://127.0.0.1:${port}`;
  }

  /** The build a release folder's worker keeps, as the build wrote it into sw.js. */
  const buildOf = (dir: string) => JSON.parse(/^const BUILD = (.*);$/m.exec(readFileSync(join(dir, "sw.js"), "utf8"))![1]);

  /** Opens `url` twice, so the second visit runs from the worker's cache. */
  async function runFromCache(page: Page, url: string) {
    await visitOnce(page, url);
    await page.reload();
    await appShown(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  }

  /** Asks the browser to look for a new worker now (it does so on every visit anyway). */
  const lookForUpdate = (page: Page) =>
    page.evaluate(async () => {
      await (await navigator.serviceWorker.ready).update();
    });

  test("replaces the old one: the open page says so, the next start runs it, the old cache is gone", async ({ page, context }) => {
    // The next release: this build with a changed intro heading and the next edition, made
    // ready for offline use the way the build does it.
    const w = new Widget(page);
    const oldHeading = w.t("intro_heading");
    const changed = `${oldHeading} (nieuw)`;
    let edition = 0;
    let newVersion = "";
    const site = await hosting((dir) => {
      const texts = readdirSync(dir).find((f) => /^zelfcheck-nl-[0-9a-f]+\.txt$/.test(f))!;
      const body = readFileSync(join(dir, texts), "utf8");
      expect(body).toContain(oldHeading);
      writeFileSync(join(dir, texts), body.replace(oldHeading, changed));
      const build = buildOf(dir);
      edition = build.edition + 1;
      newVersion = writeWorker(dir, edition);
      expect(newVersion).not.toBe(build.version);
    });
    await runFromCache(page, site.url);
    await expect(page.getByRole("heading", { level: 1, name: oldHeading, exact: true })).toBeVisible();

    site.replace();
    await lookForUpdate(page);
    const notice = page.getByRole("status").filter({ hasText: fillText(w.t("update_edition"), { number: edition }) });
    await expect(notice).toBeVisible();
    const axe = await new AxeBuilder({ page }).include("zelfcheck-sociale-veiligheid").withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    // The open check goes on with what it runs.
    await expect(page.getByRole("heading", { level: 1, name: oldHeading, exact: true })).toBeVisible();

    // The next start runs the new release, also offline; only its cache is left.
    await context.setOffline(true);
    await page.goto(site.url);
    await appShown(page);
    await expect(page.getByRole("heading", { level: 1, name: changed, exact: true })).toBeVisible();
    await expect(notice).toHaveCount(0);
    expect(await page.evaluate(() => caches.keys())).toEqual([`zelfcheck /${FOLDER} ${newVersion}`]);
  });

  test("a debug build at the same address drops what a release kept", async ({ page }) => {
    const site = await hosting((dir) => writeWorker(dir, buildOf(dir).edition, false));
    await runFromCache(page, site.url);
    site.replace();
    await lookForUpdate(page);
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    expect(await page.evaluate(() => caches.keys())).toEqual([]);
  });

  test("two folders on one site keep their own releases", async ({ page, context }) => {
    // The same site holds two copies of the widget, one a release newer than the other (a
    // school trying a new version beside the one in use).
    work = mkdtempSync(join(tmpdir(), "zelfcheck-site-"));
    const [older, newer] = ["oud", "nieuw"].map((name) => join(work, name));
    cpSync(DIST, older, { recursive: true });
    cpSync(DIST, newer, { recursive: true });
    const newVersion = writeWorker(newer, buildOf(newer).edition + 1);
    const base = await serveSite(work);
    await visitOnce(page, `${base}/oud/index.html`);
    await visitOnce(page, `${base}/nieuw/index.html`);
    const names = await page.evaluate(() => caches.keys());
    expect(names.sort()).toEqual([`zelfcheck /nieuw/ ${newVersion}`, `zelfcheck /oud/ ${buildOf(older).version}`].sort());
    // The newer one taking over its folder left the other folder's release alone.
    await context.setOffline(true);
    for (const folder of ["oud", "nieuw"]) {
      await page.goto(`${base}/${folder}/index.html`);
      await appShown(page);
      await new Widget(page).start(path.sector, path.role, pesten);
      await expect(page.getByRole("group", { name: pesten.questions[0].text.nl })).toBeVisible();
      await page.evaluate(() => sessionStorage.clear());
    }
  });
});
