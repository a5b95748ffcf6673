// The widget embedded in other people's pages: demo pages, style isolation, several widgets, settings, safety, CSP, iframe, base path.
import { expect, test, type ConsoleMessage, type Locator, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { Widget, guardNetwork, pathsOf, topics, ui, type ScriptedPath, appShown } from "./widget";

const BASE = "/tools/zelfcheck/";
const DEMO = `${BASE}demo/`;
const TAG = "zelfcheck-sociale-veiligheid";
const KEY = "zelfcheck-sociale-veiligheid";

/** The shortest scripted path through these topics that fits what the page fixes in advance. */
function shortestPath(topicIds: string[], fixed: { sector?: string; role?: string } = {}): ScriptedPath {
  const fitting = topicIds
    .flatMap((id) => pathsOf(id))
    .filter((p) => (!fixed.sector || p.sector === fixed.sector) && (!fixed.role || p.role === fixed.role));
  if (fitting.length === 0) throw new Error(`no scripted path in ${topicIds} for ${JSON.stringify(fixed)}`);
  return fitting.reduce((best, p) => (p.answers.length < best.answers.length ? p : best));
}

const allTopics = Object.keys(topics);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Every console message of the page, in order. */
function consoleOf(page: Page): ConsoleMessage[] {
  const messages: ConsoleMessage[] = [];
  page.on("console", (m) => messages.push(m));
  return messages;
}

/** The widget's own warnings ("zelfcheck: …") among the messages so far. */
const zelfcheckWarnings = (messages: ConsoleMessage[]) =>
  messages.filter((m) => m.type() === "warning" && m.text().startsWith("zelfcheck:")).map((m) => m.text());

function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

async function storageKeys(page: Page) {
  return page.evaluate(() => ({ tab: Object.keys(sessionStorage), device: Object.keys(localStorage) }));
}

/** Computed values of these properties, by property name. */
async function stylesOf(target: Locator, properties: string[]): Promise<Record<string, string>> {
  return target.evaluate(
    (el, props) => Object.fromEntries(props.map((p) => [p, getComputedStyle(el).getPropertyValue(p)])),
    properties,
  );
}

/** Adds a widget element the way a CMS or single-page app would, after the page has loaded. */
async function addWidget(page: Page, attributes: Record<string, string>) {
  await page.evaluate(
    ({ tag, attributes }) => {
      const element = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      document.body.append(element);
    },
    { tag: TAG, attributes },
  );
}

async function expectSchoolContact(w: Widget, name: string) {
  await expect(w.root.getByRole("region", { name: w.t("school_contacts_heading") })).toContainText(name);
}

test.describe("every demo page lets a person complete the check", () => {
  test("school.html (sector po preset): choose a role and a topic, reach the tips and the school's contacts", async ({ page }) => {
    const foreign = await guardNetwork(page);
    const w = new Widget(page, "nl", page.locator("#regenboog"));
    const path = shortestPath(allTopics, { sector: "po" });
    await w.goto(`${DEMO}school.html`);
    await w.begin({ role: path.role, topic: topics[path.topic] });
    await w.followPath(topics[path.topic], path);
    await w.expectTips(topics[path.topic], path);
    await expect(w.root.getByText(w.t("sector_po")).first()).toBeVisible();
    await expectSchoolContact(w, "Anna de Vries");
    await expectSchoolContact(w, "Kees Jansen");
    expect(foreign).toEqual([]);
  });

  test("intranet.html, 'docenten' (sector, role and three topics preset): no profile screen, only its three topics", async ({ page }) => {
    const foreign = await guardNetwork(page);
    const offered = ["pesten", "boze-ouders", "klacht"];
    const w = new Widget(page, "nl", page.locator("#docenten"));
    const path = shortestPath(offered, { sector: "vo", role: "docent" });
    await w.goto(`${DEMO}intranet.html`);
    await w.root.getByRole("button", { name: w.t("intro_start") }).click();
    await expect(w.heading("topics_heading")).toBeFocused();
    for (const [id, topic] of Object.entries(topics)) {
      const button = w.root.getByRole("button", { name: new RegExp(`^${escape(topic.title.nl)}`) });
      await expect(button).toHaveCount(offered.includes(id) ? 1 : 0);
    }
    await w.root.getByRole("button", { name: topics[path.topic].title.nl }).click();
    await w.followPath(topics[path.topic], path);
    await w.expectTips(topics[path.topic], path);
    expect(foreign).toEqual([]);
  });

  test("intranet.html, 'reisleiders' (English section, sector so, topic schoolreis): role, then straight into the school trip", async ({ page }) => {
    const foreign = await guardNetwork(page);
    const w = new Widget(page, "en", page.locator("#reisleiders"));
    const path = shortestPath(["schoolreis"], { sector: "so" });
    await w.goto(`${DEMO}intranet.html`);
    await w.begin({ role: path.role });
    await w.followPath(topics.schoolreis, path);
    await w.expectTips(topics.schoolreis, path);
    await expect(w.root.getByText(w.t("sector_so")).first()).toBeVisible();
    await expectSchoolContact(w, "Fatima Bakker");
    expect(foreign).toEqual([]);
  });

  test("iframe.html (sector po, topic pesten in the URL): the widget inside the frame can be completed", async ({ page }) => {
    const foreign = await guardNetwork(page);
    const w = new Widget(page, "nl", page.frameLocator("iframe.demo-frame"));
    const path = shortestPath(["pesten"], { sector: "po" });
    await w.goto(`${DEMO}iframe.html`);
    await w.begin({ role: path.role });
    await w.followPath(topics.pesten, path);
    await w.expectTips(topics.pesten, path);
    // The contacts come from settings/voorbeeld.json, named in the frame's address.
    const settings = JSON.parse(readFileSync(new URL("../../public/settings/voorbeeld.json", import.meta.url), "utf8"));
    for (const contact of settings.contacts) await expectSchoolContact(w, contact.name);
    expect(foreign).toEqual([]);
  });

  test("strict-csp.html (sector mbo): the check can be completed under a strict Content-Security-Policy", async ({ page }) => {
    const foreign = await guardNetwork(page);
    const w = new Widget(page, "nl", page.locator(TAG));
    const path = shortestPath(allTopics, { sector: "mbo" });
    await w.goto(`${DEMO}strict-csp.html`);
    await w.begin({ role: path.role, topic: topics[path.topic] });
    await w.followPath(topics[path.topic], path);
    await w.expectTips(topics[path.topic], path);
    await expectSchoolContact(w, "Ilse Mulder");
    expect(foreign).toEqual([]);
  });
});

const TEXT_STYLE = [
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "color",
  "line-height",
  "letter-spacing",
  "word-spacing",
  "text-transform",
  "text-align",
];

test("the school site's aggressive CSS does not change how the widget's heading and buttons look", async ({ page }) => {
  async function introStyles(url: string) {
    await page.goto(url);
    const widget = page.locator(TAG);
    const heading = widget.getByRole("heading", { level: 1, name: ui.intro_heading.nl });
    await expect(heading).toBeVisible();
    await appShown(widget);
    return {
      heading: await stylesOf(heading, TEXT_STYLE),
      button: await stylesOf(widget.getByRole("button", { name: ui.intro_start.nl }), TEXT_STYLE),
    };
  }
  const plain = await introStyles(`${BASE}index.html`);
  const school = await introStyles(`${DEMO}school.html`);
  expect(school).toEqual(plain);
  // Guard against comparing two equally broken pages: the school's rules really are hostile.
  expect(await stylesOf(page.locator("#host-heading"), ["text-transform"])).toEqual({ "text-transform": "uppercase" });
});

const HOST_STYLE = [
  ...TEXT_STYLE,
  "background-color",
  "text-decoration-line",
  "display",
  "box-sizing",
  "cursor",
  "visibility",
  ...["top", "right", "bottom", "left"].flatMap((side) => [
    `margin-${side}`,
    `padding-${side}`,
    `border-${side}-width`,
    `border-${side}-style`,
    `border-${side}-color`,
  ]),
];

test("the widget's CSS does not change the school site's own heading, button, link or page", async ({ page }) => {
  const host = ["html", "body", "#host-heading", "#host-text", "#host-link", "#host-button"];
  const hostStyles = async () => {
    const styles: Record<string, Record<string, string>> = {};
    for (const selector of host) styles[selector] = await stylesOf(page.locator(selector), HOST_STYLE);
    return styles;
  };

  await page.route("**/zelfcheck.js", (route) => route.abort());
  await page.goto(`${DEMO}school.html`);
  // Without the script the element stays a plain element showing its fallback link.
  await expect(page.locator("#regenboog").getByRole("link", { name: "Open de zelfcheck sociale veiligheid" })).toBeVisible();
  expect(await page.locator("#regenboog").evaluate((el) => el.shadowRoot)).toBeNull();
  const before = await hostStyles();

  await page.unroute("**/zelfcheck.js");
  await page.goto(`${DEMO}school.html`);
  const w = new Widget(page, "nl", page.locator("#regenboog"));
  await expect(w.heading("intro_heading")).toBeVisible();
  await appShown(w.root);
  expect(await hostStyles()).toEqual(before);
  // Its stylesheet lives in the shadow root only, not in the page.
  const inPage = await page.evaluate(() => [
    ...[...document.styleSheets].map((sheet) => sheet.href ?? "inline <style>"),
    ...document.adoptedStyleSheets.map(() => "adopted sheet"),
  ]);
  expect(inPage).toEqual([new URL(`${DEMO}school.css`, page.url()).href]);
  expect(await page.locator("#regenboog").evaluate((el) => el.shadowRoot!.querySelectorAll("link[rel=stylesheet]").length)).toBe(1);
});

test("two widgets on one page keep separate progress, and the storage='none' one stores nothing", async ({ page }) => {
  const docenten = new Widget(page, "nl", page.locator("#docenten"));
  const reisleiders = new Widget(page, "en", page.locator("#reisleiders"));
  const bozeOuders = topics["boze-ouders"];
  const [first, second] = shortestPath(["boze-ouders"], { sector: "vo", role: "docent" }).answers;
  const secondQuestion = bozeOuders.questions.find((q: any) => q.id === second[0]).text.nl;

  await docenten.goto(`${DEMO}intranet.html`);
  await expect(reisleiders.heading("intro_heading")).toBeVisible();
  await appShown(reisleiders.root);
  await docenten.begin({ topic: bozeOuders });
  await docenten.answer(bozeOuders, first[0], first.slice(1));
  await expect(docenten.root.getByRole("group", { name: secondQuestion })).toBeVisible();

  await page.reload();
  await expect(docenten.root.getByRole("group", { name: secondQuestion })).toBeVisible();
  await expect(reisleiders.heading("intro_heading")).toBeVisible();
  await appShown(reisleiders.root);
  expect(await storageKeys(page)).toEqual({ tab: [`${KEY}:docenten`], device: [] });

  // The trip leaders' widget: progress in memory only, said so, no "remember" option.
  await expect(reisleiders.root.getByText(reisleiders.t("storage_none"))).toBeVisible();
  await expect(reisleiders.root.getByRole("checkbox", { name: reisleiders.t("remember_label") })).toHaveCount(0);
  await expect(docenten.root.getByText(docenten.t("storage_none"))).toHaveCount(0);
  await reisleiders.begin({ role: "docent" });
  await reisleiders.answer(topics.schoolreis, "fase", ["voorbereiden"]);
  expect(await storageKeys(page)).toEqual({ tab: [`${KEY}:docenten`], device: [] });

  await page.reload();
  await expect(reisleiders.heading("intro_heading")).toBeVisible();
  await appShown(reisleiders.root);
  await expect(docenten.root.getByRole("group", { name: secondQuestion })).toBeVisible();
  expect(await storageKeys(page)).toEqual({ tab: [`${KEY}:docenten`], device: [] });
});

test("a widget added later with bad attributes warns once per bad attribute and works with the defaults", async ({ page }) => {
  const messages = consoleOf(page);
  const errors = pageErrors(page);
  await new Widget(page, "nl", page.locator("#docenten")).goto(`${DEMO}intranet.html`);
  expect(zelfcheckWarnings(messages)).toEqual([]);

  await addWidget(page, { id: "later", sector: "basis", accent: "red", storage: "cloud", topics: "nope", role: "docent" });
  const w = new Widget(page, "nl", page.locator("#later"));
  await expect(w.heading("intro_heading")).toBeVisible();
  await appShown(w.root);
  // The default accent colour on the primary button.
  await expect(w.root.getByRole("button", { name: w.t("intro_start") })).toHaveCSS("background-color", "rgb(11, 93, 99)");

  // Default sector (asked), the good role kept, all ten topics offered.
  const path = shortestPath(["schoolreis"], { role: "docent" });
  await w.root.getByRole("button", { name: w.t("intro_start") }).click();
  await expect(w.heading("profile_heading")).toBeFocused();
  await expect(w.root.getByRole("radio", { name: w.t("role_docent"), exact: true })).toBeChecked();
  for (const sector of ["po", "so", "vo", "mbo"]) {
    await expect(w.root.getByRole("radio", { name: w.t(`sector_${sector}`), exact: true })).not.toBeChecked();
  }
  await w.root.getByRole("radio", { name: w.t(`sector_${path.sector}`), exact: true }).check();
  await w.root.getByRole("button", { name: w.t("next") }).click();
  await expect(w.heading("topics_heading")).toBeFocused();
  for (const topic of Object.values(topics)) {
    await expect(w.root.getByRole("button", { name: new RegExp(`^${escape(topic.title.nl)}`) })).toBeVisible();
  }
  await w.root.getByRole("button", { name: topics.schoolreis.title.nl }).click();
  await w.followPath(topics.schoolreis, path);
  await w.expectTips(topics.schoolreis, path);

  // Default storage: this tab, under the element's id; "remember" offered but not ticked.
  await expect(w.root.getByRole("checkbox", { name: w.t("remember_label") })).not.toBeChecked();
  const keys = await storageKeys(page);
  expect(keys.tab).toContain(`${KEY}:later`);
  expect(keys.device).toEqual([]);

  const warned = zelfcheckWarnings(messages);
  for (const name of ["sector", "accent", "storage", "topics"]) {
    expect(warned.filter((text) => text.startsWith(`zelfcheck: attribute ${name}=`)), name).toHaveLength(1);
  }
  expect(warned).toHaveLength(4);
  expect(errors).toEqual([]);
});

test("HTML in a contact shows as plain text, never runs, and links come only from a valid phone and email", async ({ page }) => {
  const evil = "<script>alert(1)</script><img src=x onerror=alert(2)>";
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    return dialog.dismiss();
  });
  const requested: string[] = [];
  page.on("request", (request) => requested.push(new URL(request.url()).pathname));
  const messages = consoleOf(page);

  await new Widget(page, "nl", page.locator("#docenten")).goto(`${DEMO}intranet.html`);
  await addWidget(page, {
    id: "xss",
    sector: "po",
    role: "docent",
    topic: "pesten",
    "contact-1": `Vertrouwenspersoon | ${evil} | 010 123 45 67 | a.devries@school.example`,
    "contact-2": `Intern begeleider | Kees Jansen | javascript:alert(3) | "><img src=x onerror=alert(4)>@evil.example`,
  });
  const w = new Widget(page, "nl", page.locator("#xss"));
  await expect(w.heading("intro_heading")).toBeVisible();
  await appShown(w.root);
  await w.begin({});
  await w.followPath(topics.pesten, shortestPath(["pesten"], { sector: "po", role: "docent" }));

  const contacts = w.root.getByRole("region", { name: w.t("school_contacts_heading") });
  await expect(contacts.getByText(evil, { exact: true })).toBeVisible();
  await expect(contacts.getByText("Kees Jansen", { exact: true })).toBeVisible();
  const hrefs = await contacts.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(hrefs).toEqual(["tel:0101234567", "mailto:a.devries@school.example"]);
  expect(
    await page.locator("#xss").evaluate((el) => el.shadowRoot!.querySelectorAll("img, script, [onerror]").length),
  ).toBe(0);
  expect(dialogs).toEqual([]);
  expect(requested.filter((p) => p.endsWith("/x"))).toEqual([]);
  const warned = zelfcheckWarnings(messages);
  expect(warned.filter((text) => text.startsWith("zelfcheck: attribute contact-2="))).toHaveLength(2);
  expect(warned.filter((text) => text.startsWith("zelfcheck: attribute contact-1="))).toEqual([]);
});

test("strict-csp.html: completing the check causes no Content-Security-Policy violation", async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = ((window as any).__cspViolations = []);
    document.addEventListener(
      "securitypolicyviolation",
      (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || "(inline)"} in ${e.sourceFile}:${e.lineNumber}`),
      true,
    );
  });
  const messages = consoleOf(page);
  const errors = pageErrors(page);
  const w = new Widget(page, "nl", page.locator(TAG));
  const path = shortestPath(allTopics, { sector: "mbo" });
  await w.goto(`${DEMO}strict-csp.html`);
  await w.begin({ role: path.role, topic: topics[path.topic] });
  await w.followPath(topics[path.topic], path);
  // Switching the language re-renders the whole result page.
  await w.root.getByRole("button", { name: ui.language_switch_label.nl }).click();
  await expect(w.root.getByRole("heading", { level: 1, name: ui.result_heading.en })).toBeVisible();

  const cspMessages = messages
    .map((m) => m.text())
    .filter((text) => text.includes("Content Security Policy") || text.includes("Refused"));
  expect(cspMessages).toEqual([]);
  expect(await page.evaluate(() => (window as any).__cspViolations)).toEqual([]);
  expect(errors).toEqual([]);
});

const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

for (const [name, url] of [
  ["index.html", `${BASE}`],
  ["embed.html", `${BASE}embed.html`],
]) {
  test(`${name} as built runs under a strict Content-Security-Policy header, with no build instruction left in it`, async ({ page }) => {
    // The page is served with the header a cautious school sets; the built HTML must need
    // nothing more (no inline script or style, nothing Trunk should have taken out).
    let html = "";
    await page.route(url, async (route) => {
      const response = await route.fetch();
      html = await response.text();
      await route.fulfill({ response, headers: { ...response.headers(), "content-security-policy": STRICT_CSP } });
    });
    await page.addInitScript(() => {
      const seen: string[] = ((window as any).__cspViolations = []);
      document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || "(inline)"}`), true);
    });
    const errors = pageErrors(page);
    const w = new Widget(page);
    await w.goto(url);
    await w.begin({ sector: "po", role: "docent", topic: topics.pesten });
    await expect(w.root.getByRole("group")).toBeVisible();
    expect(html).not.toContain("data-trunk");
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=/);
    expect(await page.evaluate(() => (window as any).__cspViolations)).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test.describe("the iframe way", () => {
  test("the iframe grows with its content and never scrolls inside", async ({ page }) => {
    const frameElement = page.locator("iframe.demo-frame");
    const w = new Widget(page, "nl", page.frameLocator("iframe.demo-frame"));
    await w.goto(`${DEMO}iframe.html`);
    const frame = (await (await frameElement.elementHandle())!.contentFrame())!;
    const inner = () =>
      frame.evaluate(() => ({
        viewport: document.documentElement.clientHeight,
        scroll: document.documentElement.scrollHeight,
        content: Math.ceil(document.body.getBoundingClientRect().height),
      }));
    /** Waits until the frame is exactly as tall as its content; returns its outer height. */
    const fitted = async () => {
      await expect
        .poll(async () => {
          const { viewport, scroll, content } = await inner();
          return Math.max(Math.abs(scroll - viewport), Math.abs(content - viewport));
        })
        .toBeLessThanOrEqual(2);
      return (await frameElement.boundingBox())!.height;
    };

    const introHeight = await fitted();
    const path = shortestPath(["pesten"], { sector: "po" });
    await w.begin({ role: path.role });
    await w.followPath(topics.pesten, path);
    const resultHeight = await fitted();
    expect(resultHeight).toBeGreaterThan(introHeight);
    // The text under the frame moves down with it instead of being covered.
    const frameBox = (await frameElement.boundingBox())!;
    const after = (await page.locator("#after-frame").boundingBox())!;
    expect(after.y).toBeGreaterThanOrEqual(frameBox.y + frameBox.height);
  });

  test("an iframe without a title gets one and a console warning; one with a title is left alone", async ({ page }) => {
    const messages = consoleOf(page);
    const w = new Widget(page, "nl", page.frameLocator("iframe.demo-frame"));
    await w.goto(`${DEMO}iframe.html`);
    await page.evaluate(() => {
      const frame = document.createElement("iframe");
      frame.id = "untitled";
      frame.src = "../embed.html?lang=en";
      document.body.append(frame);
    });
    await expect(page.locator("#untitled")).toHaveAttribute("title", "Zelfcheck Sociale Veiligheid");
    const later = new Widget(page, "en", page.frameLocator("#untitled"));
    await expect(later.heading("intro_heading")).toBeVisible();
    await appShown(later.root);
    await expect(page.locator("iframe.demo-frame")).toHaveAttribute("title", "Zelfcheck Sociale Veiligheid");
    const untitled = () => zelfcheckWarnings(messages).filter((text) => text.includes("has no title"));
    await expect.poll(untitled).toHaveLength(1);
  });
});

test.describe("requests", () => {
  const widgetsOn: Record<string, (page: Page) => Widget[]> = {
    "school.html": (page) => [new Widget(page, "nl", page.locator("#regenboog"))],
    "intranet.html": (page) => [
      new Widget(page, "nl", page.locator("#docenten")),
      new Widget(page, "en", page.locator("#reisleiders")),
    ],
    "iframe.html": (page) => [new Widget(page, "nl", page.frameLocator("iframe.demo-frame"))],
    "strict-csp.html": (page) => [new Widget(page, "nl", page.locator(TAG))],
  };
  for (const [name, widgets] of Object.entries(widgetsOn)) {
    test(`${name} requests nothing from any other host`, async ({ page }) => {
      const foreign = await guardNetwork(page);
      await page.goto(`${DEMO}${name}`);
      for (const w of widgets(page)) {
        await expect(w.heading("intro_heading")).toBeVisible();
        await appShown(w.root);
        await w.root.getByRole("button", { name: w.t("intro_start") }).click();
        await expect(w.root.getByRole("heading", { level: 1 })).not.toHaveText(w.t("intro_heading"));
      }
      expect(foreign).toEqual([]);
    });
  }

  test("school.html loads every widget file from the folder the school put it in", async ({ page }) => {
    const paths: string[] = [];
    page.on("request", (request) => paths.push(new URL(request.url()).pathname));
    const w = new Widget(page, "nl", page.locator("#regenboog"));
    await w.goto(`${DEMO}school.html`);
    const files = paths.filter((p) => /\/zelfcheck[^/]*\.(js|wasm|css)$/.test(p)).map((p) => p.replace(/-[0-9a-f]{8,}(?=[._])/, "-HASH"));
    expect(new Set(files)).toEqual(
      new Set([
        `${BASE}zelfcheck.js`,
        `${BASE}zelfcheck-HASH.js`,
        `${BASE}zelfcheck-HASH_bg.wasm`,
        `${BASE}zelfcheck-HASH.css`,
      ]),
    );
    expect(paths.filter((p) => !p.startsWith(BASE))).toEqual([]);
  });
});

test.describe("elements that come and go", () => {
  test("removing a widget empties its shadow root without errors, and adding it back mounts it again", async ({ page }) => {
    const errors = pageErrors(page);
    const messages = consoleOf(page);
    const docenten = new Widget(page, "nl", page.locator("#docenten"));
    const bozeOuders = topics["boze-ouders"];
    const [first, second] = shortestPath(["boze-ouders"], { sector: "vo", role: "docent" }).answers;
    const secondQuestion = bozeOuders.questions.find((q: any) => q.id === second[0]).text.nl;
    await docenten.goto(`${DEMO}intranet.html`);
    await docenten.begin({ topic: bozeOuders });
    await docenten.answer(bozeOuders, first[0], first.slice(1));
    await expect(docenten.root.getByRole("group", { name: secondQuestion })).toBeVisible();

    await page.evaluate(() => {
      (window as any).removed = document.getElementById("docenten");
      (window as any).removed.remove();
    });
    await expect.poll(() => page.evaluate(() => (window as any).removed.shadowRoot.childNodes.length)).toBe(0);
    // The other widget on the page carries on.
    const reisleiders = new Widget(page, "en", page.locator("#reisleiders"));
    await reisleiders.begin({ role: "docent" });
    await reisleiders.answer(topics.schoolreis, "fase", ["voorbereiden"]);

    await page.evaluate(() => document.querySelector("section")!.append((window as any).removed));
    // Mounted again, and it picks up the progress saved in this tab.
    await expect(docenten.root.getByRole("group", { name: secondQuestion })).toBeVisible();
    await docenten.answer(bozeOuders, second[0], second.slice(1));
    expect(errors).toEqual([]);
    expect(messages.filter((m) => m.type() === "error").map((m) => m.text())).toEqual([]);
  });

  test("moving a widget elsewhere in the page keeps it as it was", async ({ page }) => {
    const errors = pageErrors(page);
    // storage="none": if the move restarted the widget, it would be back at its intro.
    const reisleiders = new Widget(page, "en", page.locator("#reisleiders"));
    const question = (id: string) => topics.schoolreis.questions.find((q: any) => q.id === id).text.en;
    const soort = question("soort");
    await reisleiders.goto(`${DEMO}intranet.html`);
    await reisleiders.begin({ role: "docent" });
    await reisleiders.answer(topics.schoolreis, "fase", ["voorbereiden"]);
    await expect(reisleiders.root.getByRole("group", { name: soort })).toBeVisible();
    await page.evaluate(() => ((document.getElementById("reisleiders")!.shadowRoot!.querySelector(".zc") as any).marked = true));

    await page.evaluate(() => document.getElementById("docenten")!.after(document.getElementById("reisleiders")!));
    await expect(page.locator("#docenten + #reisleiders")).toHaveCount(1);
    await expect(reisleiders.root.getByRole("group", { name: soort })).toBeVisible();
    expect(
      await page.evaluate(() => (document.getElementById("reisleiders")!.shadowRoot!.querySelector(".zc") as any).marked),
    ).toBe(true);
    await reisleiders.answer(topics.schoolreis, "soort", ["kamp"]);
    await expect(reisleiders.root.getByRole("group", { name: question("organisatie") })).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test.describe("the widget's own page with settings in the address", () => {
  test("index.html?topic=pesten&lang=en starts in English and goes to pesten right after the profile", async ({ page }) => {
    const w = new Widget(page, "en");
    const path = shortestPath(["pesten"]);
    await w.goto(`${BASE}index.html?topic=pesten&lang=en`);
    await w.begin({ sector: path.sector, role: path.role });
    await w.followPath(topics.pesten, path);
    await w.expectTips(topics.pesten, path);
  });

  test("a contact in the address is not shown, and the console says why", async ({ page }) => {
    const messages = consoleOf(page);
    const fake = "Vertrouwenspersoon | Nep Persoon | 0900 123 4567 | nep@fake.example";
    const w = new Widget(page);
    const path = shortestPath(["pesten"]);
    await w.goto(`${BASE}index.html?contact-1=${encodeURIComponent(fake)}`);
    await w.start(path.sector, path.role, topics.pesten);
    await w.followPath(topics.pesten, path);
    await expect(page.getByRole("region", { name: w.t("adviespunt_heading") })).toBeVisible();
    await expect(page.getByRole("region", { name: w.t("school_contacts_heading") })).toHaveCount(0);
    await expect(page.getByText("Nep Persoon")).toHaveCount(0);
    await expect(page.getByText("0900 123 4567")).toHaveCount(0);
    const warned = zelfcheckWarnings(messages);
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatch(/^zelfcheck: URL parameter contact-1=.*page address/);
  });
});

test.describe("settings files", () => {
  test("a settings file that is missing or has a bad name warns once and the widget still works", async ({ page }) => {
    const messages = consoleOf(page);
    const w = new Widget(page);
    await w.goto(`${BASE}index.html?settings-file=bestaat-niet`);
    await expect(page.getByRole("heading", { level: 1, name: w.t("intro_heading") })).toBeVisible();
    await appShown(page);
    await addWidget(page, { "settings-file": "../geheim", id: "tweede" });
    await expect(page.locator("#tweede").getByRole("heading", { level: 1, name: w.t("intro_heading") })).toBeVisible();
    await appShown(page.locator("#tweede"));
    const warned = zelfcheckWarnings(messages);
    expect(warned).toHaveLength(2);
    expect(warned[0]).toMatch(/^zelfcheck: settings-file="bestaat-niet" could not be read/);
    expect(warned[1]).toMatch(/^zelfcheck: settings-file="\.\.\/geheim" is not valid/);
  });
});
