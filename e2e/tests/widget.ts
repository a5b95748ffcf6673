// A page object for the widget, driven by accessible names only, with texts taken from the
// same content files the widget is built from.
import { expect, type FrameLocator, type Locator, type Page } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import { parse } from "smol-toml";

const root = new URL("../../", import.meta.url);
/** A content text as the widget shows it: a phone link `[112](tel:112)` reads as `112`. */
export const plain = (text: string): string => text.replace(/\[([^\]]*)\]\(tel:[^)]*\)/g, "$1");
const plainAll = (value: any): any =>
  typeof value === "string"
    ? plain(value)
    : Array.isArray(value)
      ? value.map(plainAll)
      : value && typeof value === "object" && !(value instanceof Date) && [null, Object.prototype].includes(Object.getPrototypeOf(value))
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainAll(v)]))
        : value;
/** A content file, with its texts as the widget shows them. */
const toml = (path: string): any => plainAll(parse(readFileSync(new URL(path, root), "utf8")));

/** Fills a screen text the way the widget does: `{n}`, and `{n|one|other|zero}` with `#`
 * for the number. */
export function fillText(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)(?:\|([^|}]*)\|([^|}]*)(?:\|([^|}]*))?)?\}/g, (all, name, one, other, zero) => {
    if (!(name in values)) return all;
    const value = String(values[name]);
    if (one === undefined) return value;
    const form = value === "1" ? one : value === "0" && zero !== undefined ? zero : other;
    return form.replaceAll("#", value);
  });
}

/** A pattern that matches a screen text whatever its placeholders are filled with. */
export function templateRe(template: string): RegExp {
  const parts = template.split(/\{[^}]*\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join(".+")}$`);
}

export type Lang = "nl" | "en";
export const ui: Record<string, Record<Lang, string>> = toml("content/ui.toml");
/** The contacts the widget always shows (`content/contacts.toml`). */
export const contacts: any = toml("content/contacts.toml");
/** A time from `open` in contacts.toml ("9:00") as the widget writes it ("9.00"). */
export const shownTime = (time: string): string => time.replace(":", ".");
/** The shared legal rules; a topic's tip or banner with `rule = "..."` takes its texts from them. */
const rules: any = toml("content/rules.toml");
const withRule = (kind: "tips" | "interrupts") => (item: any) => {
  if (!item.rule) return item;
  const base = (rules[kind] ?? []).find((r: any) => r.id === item.rule);
  if (!base) throw new Error(`no ${kind} rule ${item.rule}`);
  return { ...base, ...item, id: item.id ?? base.id };
};
export const topics: Record<string, any> = Object.fromEntries(
  readdirSync(new URL("content/topics/", root))
    .filter((f) => f.endsWith(".toml"))
    .map((f) => toml(`content/topics/${f}`))
    .map((t) => ({
      ...t,
      tips: (t.tips ?? []).map(withRule("tips")),
      interrupts: (t.interrupts ?? []).map(withRule("interrupts")),
    }))
    .map((t) => [t.id, t]),
);
export const pathsOf = (topic: string): ScriptedPath[] => toml(`tests/paths/${topic}.toml`).paths;
/** The paths the content audits name, per topic (`tests/audit/<topic>.toml`). */
export const auditPathsOf = (topic: string): ScriptedPath[] => toml(`tests/audit/${topic}.toml`).paths;
export const schoolreis = topics.schoolreis;
export const schoolreisPaths: ScriptedPath[] = pathsOf("schoolreis");

export interface ScriptedPath {
  name: string;
  sector: string;
  role: string;
  topic: string;
  answers: string[][];
  expect_todo?: string[];
  expect_good?: string[];
  expect_absent?: string[];
}

export function tipTitle(topic: any, id: string, lang: Lang = "nl"): string {
  const tip = topic.tips.find((t: any) => t.id === id);
  if (!tip) throw new Error(`no tip ${id}`);
  return tip.title[lang];
}

/** Records every request to a host other than the page's own, and blocks it. */
export async function guardNetwork(page: Page): Promise<string[]> {
  const foreign: string[] = [];
  const own = `127.0.0.1:${process.env.E2E_PORT ?? 4173}`;
  await page.context().route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.host === own || url.protocol === "data:" || url.protocol === "blob:") {
      return route.continue();
    }
    foreign.push(url.href);
    return route.abort();
  });
  return foreign;
}

/** Where a widget's screens are found: the whole page, one element, or a frame. */
export type Scope = Page | Locator | FrameLocator;

/** Waits until the app has taken over from the first screen the loader paints while the
 * wasm loads (which shows the same intro heading). */
export const appShown = (scope: Scope) => expect(scope.locator("[data-zc-shell]")).toHaveCount(0);

export class Widget {
  /** `root` limits every lookup to one widget, e.g. `page.locator("#docenten")` or
   * `page.frameLocator("iframe")`; without it the whole page is the widget. */
  constructor(
    readonly page: Page,
    readonly lang: Lang = "nl",
    readonly root: Scope = page,
  ) {}

  t(key: string): string {
    return ui[key][this.lang];
  }

  /** The level-1 heading of the screen on show, when it has this text. */
  heading(key: string) {
    return this.root.getByRole("heading", { level: 1, name: this.t(key) });
  }

  async open() {
    await this.goto("./");
  }

  /** Opens a page with the widget and waits for the app's intro (not the first screen the
   * loader paints while the wasm loads). */
  async goto(url: string) {
    await this.page.goto(url);
    await expect(this.heading("intro_heading")).toBeVisible();
    await appShown(this.root);
  }

  async start(sector: string, role: string, topic: any) {
    await this.begin({ sector, role, topic });
  }

  /** Leaves the intro and makes only the choices the screens ask for: a profile screen
   * appears only when `sector` or `role` is given, a topic list only when `topic` is. */
  async begin(choices: { sector?: string; role?: string; topic?: any }) {
    const { sector, role, topic } = choices;
    await this.root.getByRole("button", { name: this.t("intro_start") }).click();
    if (sector || role) {
      await expect(this.heading("profile_heading")).toBeFocused();
      if (sector) await this.root.getByRole("radio", { name: this.t(`sector_${sector}`), exact: true }).check();
      if (role) await this.root.getByRole("radio", { name: this.t(`role_${role}`), exact: true }).check();
      await this.root.getByRole("button", { name: this.t("next") }).click();
    }
    if (topic) await this.root.getByRole("button", { name: topic.title[this.lang] }).click();
  }

  /** Answers the question on screen, which must be `questionId`, with exactly these options. */
  async answer(topic: any, questionId: string, chosen: string[]) {
    const question = topic.questions.find((q: any) => q.id === questionId);
    if (!question) throw new Error(`no question ${questionId}`);
    const group = this.root.getByRole("group", { name: question.text[this.lang] });
    await expect(group).toBeVisible();
    const role = question.type === "single" ? "radio" : "checkbox";
    const options = [...question.options.map((o: any) => [o.id, o.text[this.lang]])];
    if (question.dont_know) options.push(["weet_niet", this.t("dont_know")]);
    // Choose first, then clear the rest: a multiple-choice question may be pre-filled.
    for (const [id, label] of options) {
      if (chosen.includes(id)) await group.getByRole(role, { name: label, exact: true }).check();
    }
    if (role === "checkbox") {
      for (const [id, label] of options) {
        if (!chosen.includes(id)) await group.getByRole(role, { name: label, exact: true }).uncheck();
      }
    }
    await this.root.getByRole("button", { name: this.t("next") }).click();
  }

  async followPath(topic: any, path: ScriptedPath) {
    for (const [questionId, ...chosen] of path.answers) {
      await this.answer(topic, questionId, chosen);
    }
    await expect(this.heading("result_heading")).toBeVisible();
    // The result paints its heading and urgent tips first; the rest follows a frame later.
    await expect(this.root.locator(".zc-result")).toHaveAttribute("aria-busy", "false");
  }

  /** "Direct doen" and "Nog doen of checken" together. */
  todo() {
    const names = [this.t("result_urgent"), this.t("result_todo")].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    return this.root.getByRole("region", { name: new RegExp(`^(${names.join("|")})$`) });
  }

  good() {
    return this.root.getByRole("region", { name: this.t("result_good") });
  }

  /** The tip card with this content id (several tips may share a title). */
  tip(id: string) {
    return this.root.locator(`[data-tip="${id}"]`);
  }

  /** Opens every folded part of the result, as a user would, one by one: the later tips,
   *  confirmations, team questions, answers, and each tip's sources and reasons. A fold's
   *  body is only made when it first opens, so folds inside folds appear as they go. */
  async unfold() {
    await expect(this.root.locator(".zc-result")).toHaveAttribute("aria-busy", "false");
    const closed = this.root.locator(".zc-result details:not([open]) > summary");
    while ((await closed.count()) > 0) await closed.first().click();
  }

  /** What the browser does right before it prints (page.pdf() alone does not): the widget
   *  makes the bodies of its folds and opens them, so the printout holds them. */
  async beforePrint() {
    await expect(this.root.locator(".zc-result")).toHaveAttribute("aria-busy", "false");
    await this.page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  }

  async expectTips(topic: any, path: ScriptedPath) {
    await this.unfold();
    for (const id of path.expect_todo ?? []) {
      const title = tipTitle(topic, id, this.lang);
      await expect(this.todo().locator(`[data-tip="${id}"]`).getByRole("heading", { name: title, exact: true })).toBeVisible();
    }
    for (const id of path.expect_good ?? []) {
      const title = tipTitle(topic, id, this.lang);
      await expect(this.good().locator(`[data-tip="${id}"]`).getByRole("heading", { name: title, exact: true })).toBeVisible();
    }
    for (const id of path.expect_absent ?? []) {
      await expect(this.tip(id)).toHaveCount(0);
    }
  }
}
