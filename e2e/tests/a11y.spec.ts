// Accessibility: axe (WCAG 2.0–2.2 A and AA) on every kind of screen, in both languages, light
// and dark, standalone and embedded; every topic completed with the keyboard alone, with focus
// and the live region checked after each step; reflow at 320 px.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { Widget, pathsOf, templateRe, topics, ui, type Lang, type ScriptedPath, appShown } from "./widget";

const TAG = "zelfcheck-sociale-veiligheid";
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/** axe on the widget only (the host page is not ours); fails with the rule ids and targets. */
async function expectNoViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).include(TAG).withTags(WCAG).analyze();
  const found = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`,
  );
  expect(found, `axe violations on ${screen}`).toEqual([]);
}

const hosts = [
  { name: "standalone", url: "/tools/zelfcheck/index.html" },
  { name: "embedded in the school site", url: "/tools/zelfcheck/demo/school.html" },
];

for (const lang of ["nl", "en"] as Lang[]) {
  for (const scheme of ["light", "dark"] as const) {
    for (const host of hosts) {
      test(`axe finds nothing on any screen: ${lang}, ${scheme}, ${host.name}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        const topic = topics["huiselijk-geweld"];
        const path = pathsOf("huiselijk-geweld").find((p) => p.expect_interrupts?.includes("meldcode"))!;
        const w = new Widget(page, lang);
        if (host.name === "standalone") {
          await w.goto(`${host.url}?lang=${lang}`);
        } else {
          await new Widget(page, "nl").goto(host.url);
          // The school page is Dutch and takes no settings from its address: use the switch.
          if (lang === "en") await page.getByRole("button", { name: ui.language_switch_label.nl }).click();
        }
        await expect(page.getByRole("heading", { level: 1, name: w.t("intro_heading") })).toBeVisible();
        await appShown(page);
        await expectNoViolations(page, "intro");
        // "Over deze check" open: the editions, what changed, the review per topic.
        await page.locator("details.zc-about > summary").click();
        await expect(page.locator("details.zc-about h4").first()).toBeVisible();
        await expectNoViolations(page, "intro with 'Over deze check' open");
        await page.getByRole("button", { name: w.t("intro_start") }).click();
        await expect(page.getByRole("heading", { level: 1, name: w.t("profile_heading") })).toBeVisible();
        await expectNoViolations(page, "profile");
        await page.getByRole("radio", { name: w.t(`sector_${path.sector}`), exact: true }).check();
        await page.getByRole("radio", { name: w.t(`role_${path.role}`), exact: true }).check();
        await page.getByRole("button", { name: w.t("next") }).click();
        await expect(page.getByRole("heading", { level: 1, name: w.t("topics_heading") })).toBeVisible();
        await expectNoViolations(page, "topics");
        // The triage, answered as acute: the alert with 112 and the Calamiteitenteam, the topics.
        await page.getByRole("button", { name: w.t("triage_open") }).click();
        await page.getByRole("radio").first().check();
        await page.getByRole("checkbox").first().check();
        await page.getByRole("button", { name: w.t("triage_show") }).click();
        await expect(page.getByRole("heading", { name: w.t("triage_result") })).toBeFocused();
        await expectNoViolations(page, "triage with its result");
        await page.getByRole("button", { name: w.t("triage_back") }).click();
        await page.getByRole("button", { name: topic.title[lang] }).click();
        const kinds = new Set<string>();
        for (const [questionId, ...chosen] of path.answers) {
          const question = topic.questions.find((q: any) => q.id === questionId);
          await expect(page.getByRole("group", { name: question.text[lang] })).toBeVisible();
          const banner = (await page.getByRole("alert").count()) > 0 ? "+banner" : "";
          const kind = `${question.type}${banner}`;
          if (!kinds.has(kind)) {
            kinds.add(kind);
            await expectNoViolations(page, `question ${questionId} (${kind})`);
          }
          await w.answer(topic, questionId, chosen);
        }
        expect([...kinds].sort()).toEqual(["multiple+banner", "single", "single+banner"]);
        await expect(page.getByRole("heading", { level: 1, name: w.t("result_heading") })).toBeVisible();
        await expect(w.root.locator(".zc-result")).toHaveAttribute("aria-busy", "false");
        await expectNoViolations(page, "result");
        // A why-disclosure open, a tip ticked: still clean.
        await page.locator("details.zc-more summary").first().click();
        await page.getByRole("checkbox", { name: w.t("tick_label") }).first().check();
        await expectNoViolations(page, "result with a tip ticked and a why open");
      });
    }
  }
}

/** The focused element, looking through shadow roots. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return "";
    const label = el.id ? el.getRootNode() instanceof ShadowRoot && (el.getRootNode() as ShadowRoot).querySelector(`label[for="${el.id}"]`)?.textContent : "";
    return `${el.tagName.toLowerCase()}|${label || el.textContent?.trim() || ""}`;
  });
}

async function isFocused(target: Locator) {
  return target.evaluate((el) => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active === el;
  });
}

/** Presses Tab until `target` has focus; fails if it never does. */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 80; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached the element; focus is on ${await focused(page)}`);
}

/** Chooses a radio button by keyboard: Tab into its group, then arrows until it is chosen. */
async function chooseRadio(page: Page, group: Locator, radio: Locator) {
  const radios = group.getByRole("radio");
  for (let i = 0; i < 80; i++) {
    const inGroup = await radios.evaluateAll((els) => {
      let active: Element | null = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return els.includes(active!);
    });
    if (inGroup) break;
    await page.keyboard.press("Tab");
  }
  const count = await radios.count();
  for (let i = 0; i <= count; i++) {
    if (await isFocused(radio)) break;
    await page.keyboard.press("ArrowDown");
  }
  if (!(await radio.isChecked())) await page.keyboard.press("Space");
  await expect(radio).toBeChecked();
}

/** Answers the question on screen with the keyboard only. */
async function answerByKeyboard(page: Page, w: Widget, topic: any, questionId: string, chosen: string[]) {
  const question = topic.questions.find((q: any) => q.id === questionId);
  const group = page.getByRole("group", { name: question.text[w.lang] });
  await expect(group).toBeVisible();
  const options: [string, string][] = question.options.map((o: any) => [o.id, o.text[w.lang]]);
  if (question.dont_know) options.push(["weet_niet", w.t("dont_know")]);
  if (question.type === "single") {
    const label = options.find(([id]) => id === chosen[0])![1];
    await chooseRadio(page, group, group.getByRole("radio", { name: label, exact: true }));
  } else {
    for (const [id, label] of options) {
      const box = group.getByRole("checkbox", { name: label, exact: true });
      if ((await box.isChecked()) !== chosen.includes(id)) {
        await tabTo(page, box);
        await page.keyboard.press("Space");
      }
    }
    for (const [id, label] of options) {
      const box = group.getByRole("checkbox", { name: label, exact: true });
      if (chosen.includes(id)) await expect(box).toBeChecked();
      else await expect(box).not.toBeChecked();
    }
  }
  await tabTo(page, page.getByRole("button", { name: w.t("next") }));
  await page.keyboard.press("Enter");
}

const liveRegion = (page: Page) => page.locator(".zc-announce[role=status]");
const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, k) => String(values[k]));

for (const topicId of Object.keys(topics)) {
  test(`the ${topicId} check can be completed with the keyboard alone, focus and announcements right`, async ({ page }) => {
    const topic = topics[topicId];
    const path: ScriptedPath = pathsOf(topicId)[0];
    const w = new Widget(page);
    await w.open();
    const heading = (name: string) =>
      page.getByRole("heading", { level: 1, name: name === w.t("result_heading") ? new RegExp(`^${escapeRe(name)}`) : name, exact: true });

    await tabTo(page, page.getByRole("button", { name: w.t("intro_start") }));
    await page.keyboard.press("Enter");
    await expect(heading(w.t("profile_heading"))).toBeFocused();
    await expect(liveRegion(page)).toHaveText(w.t("profile_heading"));
    await chooseRadio(page, page.getByRole("group", { name: w.t("sector_legend") }), page.getByRole("radio", { name: w.t(`sector_${path.sector}`), exact: true }));
    await chooseRadio(page, page.getByRole("group", { name: w.t("role_legend") }), page.getByRole("radio", { name: w.t(`role_${path.role}`), exact: true }));
    await tabTo(page, page.getByRole("button", { name: w.t("next") }));
    await page.keyboard.press("Enter");
    await expect(heading(w.t("topics_heading"))).toBeFocused();
    await tabTo(page, page.getByRole("button", { name: topic.title.nl }));
    await page.keyboard.press("Enter");

    for (const [n, [questionId, ...chosen]] of path.answers.entries()) {
      const question = topic.questions.find((q: any) => q.id === questionId);
      await expect(heading(question.text.nl)).toBeFocused();
      // "Vraag 3 · nog ongeveer 5 vragen": the number goes up one by one, never down.
      await expect(liveRegion(page)).toHaveText(new RegExp(`^${escapeRe(fill(w.t("question_progress").split("{left")[0], { n: n + 1 }))}.+$`));
      await answerByKeyboard(page, w, topic, questionId, chosen);
      const last = n === path.answers.length - 1;
      if (n === 0 || last) {
        // "Terug" (or "change answers" on the result) returns focus to the answer just given.
        if (last) await expect(heading(w.t("result_heading"))).toBeFocused();
        await tabTo(page, page.getByRole("button", { name: w.t(last ? "change_answers" : "back"), exact: true }));
        await page.keyboard.press("Enter");
        const given = chosen[0] === "weet_niet" ? w.t("dont_know") : question.options.find((o: any) => o.id === chosen[0]).text.nl;
        const role = question.type === "single" ? "radio" : "checkbox";
        await expect(page.getByRole(role, { name: given, exact: true })).toBeFocused();
        await tabTo(page, page.getByRole("button", { name: w.t("next") }));
        await page.keyboard.press("Enter");
      }
    }
    await expect(heading(w.t("result_heading"))).toBeFocused();
    await expect(liveRegion(page)).toHaveText(templateRe(w.t("result_announcement")));
    await w.expectTips(topic, path);
  });
}

function escapeRe(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

test("at 320 px nothing is wider than the screen, standalone and embedded, on every screen kind", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  const topic = topics["huiselijk-geweld"];
  const path = pathsOf("huiselijk-geweld")[0];
  for (const url of ["/tools/zelfcheck/index.html", "/tools/zelfcheck/demo/school.html"]) {
    const w = new Widget(page);
    const tooWide = () =>
      page.evaluate((tag) => {
        const all: Element[] = [];
        const walk = (root: Document | ShadowRoot) => {
          for (const el of root.querySelectorAll("*")) {
            all.push(el);
            if (el.shadowRoot) walk(el.shadowRoot);
          }
        };
        walk(document);
        const widget = all.filter((el) => el.closest(tag) || (el.getRootNode() as ShadowRoot).host?.closest(tag));
        const wide = widget.filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5);
        return {
          scroll: document.documentElement.scrollWidth,
          wide: wide.map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
        };
      }, TAG);
    await w.goto(url);
    await expect(page.getByRole("heading", { level: 1, name: w.t("intro_heading") })).toBeVisible();
    await appShown(page);
    const check = async (screen: string) => {
      const { scroll, wide } = await tooWide();
      expect(wide, `${url} ${screen}`).toEqual([]);
      if (url.endsWith("index.html")) expect(scroll, `${url} ${screen}`).toBeLessThanOrEqual(320);
    };
    await check("intro");
    await page.getByRole("button", { name: w.t("intro_start") }).click();
    await check("profile");
    await page.getByRole("radio", { name: w.t(`sector_${path.sector}`), exact: true }).check();
    await page.getByRole("radio", { name: w.t(`role_${path.role}`), exact: true }).check();
    await page.getByRole("button", { name: w.t("next") }).click();
    await check("topics");
    await page.getByRole("button", { name: topic.title.nl }).click();
    for (const [questionId, ...chosen] of path.answers) {
      await check(`question ${questionId}`);
      await w.answer(topic, questionId, chosen);
    }
    await expect(page.getByRole("heading", { level: 1, name: w.t("result_heading") })).toBeVisible();
    await expect(w.root.locator(".zc-result")).toHaveAttribute("aria-busy", "false");
    await check("result");
    await page.getByRole("button", { name: w.t("restart") }).click();
  }
});

test("WCAG text spacing (1.4.12) clips nothing and makes nothing stick out, on a question and the result", async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 900 });
  const topic = topics.schoolreis;
  const path = pathsOf("schoolreis")[0];
  const w = new Widget(page);
  await w.open();
  const spaced = () =>
    page.evaluate((tag) => {
      const root = document.querySelector(tag)!.shadowRoot!;
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(
        "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }",
      );
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      const box = root.querySelector(".zc")!.getBoundingClientRect();
      const problems: string[] = [];
      for (const el of root.querySelectorAll(".zc *")) {
        if (el.closest(".zc-sr-only") || el.closest("[hidden]")) continue;
        const style = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        const name = `${el.tagName.toLowerCase()}.${el.className}`;
        if (r.right > box.right + 1 || r.left < box.left - 1) problems.push(`${name} sticks out`);
        const clips = (o: string) => o === "hidden" || o === "clip";
        if ((clips(style.overflowY) && el.scrollHeight > el.clientHeight + 1) || (clips(style.overflowX) && el.scrollWidth > el.clientWidth + 1)) {
          problems.push(`${name} clips its text`);
        }
      }
      return problems;
    }, TAG);
  await w.start(path.sector, path.role, topic);
  expect(await spaced()).toEqual([]);
  await w.followPath(topic, path);
  expect(await spaced()).toEqual([]);
});

test("landmarks: main where the widget owns the page, one labelled region inside someone else's page", async ({ page }) => {
  const w = new Widget(page);
  await w.goto("/tools/zelfcheck/index.html");
  await expect(page.getByRole("main")).toHaveCount(1);
  await expect(page.getByRole("main")).toContainText(w.t("intro_heading"));
  await appShown(page);
  await expect(page.getByRole("region", { name: w.t("app_title") })).toHaveCount(0);
  await w.goto("/tools/zelfcheck/demo/school.html");
  // The school page has its own <main>; the widget adds none.
  await expect(page.getByRole("main")).toHaveCount(1);
  await expect(page.getByRole("main").locator(TAG)).toHaveCount(1);
  await expect(page.getByRole("region", { name: w.t("app_title"), exact: true })).toHaveCount(1);
  await expect(page.getByRole("banner")).toHaveCount(1);
});
