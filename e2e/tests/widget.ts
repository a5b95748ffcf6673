// A page object for the widget, driven by accessible names only, with texts taken from the
// same content files the widget is built from.
import { expect, type Page } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import { parse } from "smol-toml";

const root = new URL("../../", import.meta.url);
const toml = (path: string): any => parse(readFileSync(new URL(path, root), "utf8"));

export type Lang = "nl" | "en";
export const ui: Record<string, Record<Lang, string>> = toml("content/ui.toml");
export const topics: Record<string, any> = Object.fromEntries(
  readdirSync(new URL("content/topics/", root))
    .filter((f) => f.endsWith(".toml"))
    .map((f) => toml(`content/topics/${f}`))
    .map((t) => [t.id, t]),
);
export const pathsOf = (topic: string): ScriptedPath[] => toml(`tests/paths/${topic}.toml`).paths;
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

export class Widget {
  constructor(
    readonly page: Page,
    readonly lang: Lang = "nl",
  ) {}

  t(key: string): string {
    return ui[key][this.lang];
  }

  async open() {
    await this.page.goto("./");
    await expect(this.page.getByRole("heading", { level: 1, name: this.t("intro_heading") })).toBeVisible();
  }

  async start(sector: string, role: string, topic: any) {
    await this.page.getByRole("button", { name: this.t("intro_start") }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: this.t("profile_heading") })).toBeFocused();
    await this.page.getByRole("radio", { name: this.t(`sector_${sector}`), exact: true }).check();
    await this.page.getByRole("radio", { name: this.t(`role_${role}`), exact: true }).check();
    await this.page.getByRole("button", { name: this.t("next") }).click();
    await this.page.getByRole("button", { name: topic.title[this.lang] }).click();
  }

  /** Answers the question on screen, which must be `questionId`, with exactly these options. */
  async answer(topic: any, questionId: string, chosen: string[]) {
    const question = topic.questions.find((q: any) => q.id === questionId);
    if (!question) throw new Error(`no question ${questionId}`);
    const group = this.page.getByRole("group", { name: question.text[this.lang] });
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
    await this.page.getByRole("button", { name: this.t("next") }).click();
  }

  async followPath(topic: any, path: ScriptedPath) {
    for (const [questionId, ...chosen] of path.answers) {
      await this.answer(topic, questionId, chosen);
    }
    await expect(this.page.getByRole("heading", { level: 1, name: this.t("result_heading") })).toBeVisible();
  }

  /** "Direct doen" and "Nog doen of checken" together. */
  todo() {
    const names = [this.t("result_urgent"), this.t("result_todo")].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    return this.page.getByRole("region", { name: new RegExp(`^(${names.join("|")})$`) });
  }

  good() {
    return this.page.getByRole("region", { name: this.t("result_good") });
  }

  /** The tip card with this content id (several tips may share a title). */
  tip(id: string) {
    return this.page.locator(`[data-tip="${id}"]`);
  }

  async expectTips(topic: any, path: ScriptedPath) {
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
