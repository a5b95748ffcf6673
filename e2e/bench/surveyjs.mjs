// Generates a SurveyJS survey from our own content files, so the benchmark compares the two
// engines doing the same work: the same sector and role questions, the same questions with the
// same options, the same branching (our `when` conditions become SurveyJS `visibleIf`
// expressions), one question per page, and the same tips on the last page.
// Usage: node e2e/bench/surveyjs.mjs <topic-id> [lang]  → prints the JSON
import { readFileSync } from "node:fs";
import { parse } from "smol-toml";

const root = new URL("../../", import.meta.url);
const toml = (path) => parse(readFileSync(new URL(path, root), "utf8"));

/** The SurveyJS JSON for one topic in one language. */
export function surveyFor(topicId, lang = "nl") {
  const ui = toml("content/ui.toml");
  const rules = toml("content/rules.toml");
  const topic = toml(`content/topics/${topicId}.toml`);
  // A tip that names a shared legal rule takes the rule's texts and conditions, as ours does.
  const resolve = (tip) => {
    if (!tip.rule) return tip;
    const rule = rules.tips.find((r) => r.id === tip.rule);
    if (!rule) throw new Error(`${topicId}: no rule ${tip.rule} in content/rules.toml`);
    const when = [rule.when, tip.when].filter(Boolean).map((w) => `(${w})`).join(" and ") || undefined;
    return { ...rule, ...tip, when, title: rule.title, text: rule.text };
  };
  const named = { ...(rules.conditions ?? {}), ...(topic.conditions ?? {}) };
  const sectors = ["po", "so", "vo", "mbo"];
  const roles = ["docent", "ib", "ondersteuning", "schoolleiding", "bestuur", "vertrouwenspersoon"];

  // Which (question, option) pairs record each fact.
  const recorders = new Map();
  const record = (fact, q, option) => {
    if (!recorders.has(fact)) recorders.set(fact, []);
    recorders.get(fact).push([q, option]);
  };
  for (const q of topic.questions) {
    for (const o of q.options) {
      record(`${q.id}.${o.id}`, q, o.id);
      for (const f of o.facts ?? []) record(f, q, o.id);
    }
    if (q.dont_know) record(`${q.id}.weet_niet`, q, "weet_niet");
  }
  const factExpr = (fact) => {
    const parts = (recorders.get(fact) ?? []).map(([q, option]) =>
      q.type === "multiple" ? `{${q.id}} contains '${option}'` : `{${q.id}} = '${option}'`,
    );
    return parts.length ? `(${parts.join(" or ")})` : "false";
  };
  // A profile fact (rol.x, sector.x), a named condition (@name) or an answer's fact.
  const termExpr = (token) => {
    if (token.startsWith("@")) {
      const condition = named[token.slice(1)];
      if (!condition) throw new Error(`${topicId}: no condition ${token}`);
      return `(${conditionExpr(condition)})`;
    }
    const profile = /^(rol|sector)\.(.+)$/.exec(token);
    if (profile) return `({${profile[1] === "rol" ? "role" : "sector"}} = '${profile[2]}')`;
    return factExpr(token);
  };
  // Our conditions: facts with and / or / not and brackets.
  const conditionExpr = (when) =>
    when
      .replace(/\(/g, " ( ")
      .replace(/\)/g, " ) ")
      .split(/\s+/)
      .filter(Boolean)
      .map((token) => (["and", "or", "(", ")"].includes(token) ? token : token === "not" ? "!" : termExpr(token)))
      .join(" ")
      .replace(/! \(/g, "!(");
  const fits = (item) => {
    const parts = [];
    if (item.sectors) parts.push(`{sector} anyof [${item.sectors.map((s) => `'${s}'`).join(", ")}]`);
    if (item.roles) parts.push(`{role} anyof [${item.roles.map((r) => `'${r}'`).join(", ")}]`);
    if (item.when) parts.push(`(${conditionExpr(item.when)})`);
    return parts.length ? parts.join(" and ") : undefined;
  };

  const choice = (id, text) => ({ value: id, text });
  const pages = [
    {
      name: "profiel",
      elements: [
        {
          type: "radiogroup",
          name: "sector",
          title: ui.sector_legend[lang],
          isRequired: true,
          choices: sectors.map((s) => choice(s, ui[`sector_${s}`][lang])),
        },
        {
          type: "radiogroup",
          name: "role",
          title: ui.role_legend[lang],
          isRequired: true,
          choices: roles.map((r) => choice(r, ui[`role_${r}`][lang])),
        },
      ],
    },
  ];
  for (const q of topic.questions) {
    const choices = q.options.map((o) => choice(o.id, o.text[lang]));
    if (q.dont_know) choices.push(choice("weet_niet", ui.dont_know[lang]));
    const element = {
      type: q.type === "multiple" ? "checkbox" : "radiogroup",
      name: q.id,
      title: q.text[lang],
      description: q.help?.[lang],
      isRequired: true,
      choices,
    };
    pages.push({ name: q.id, elements: [element], visibleIf: fits(q) });
  }
  const tips = topic.tips.map(resolve).map((tip) => ({
    type: "html",
    name: `tip-${tip.id}`,
    visibleIf: fits(tip),
    html: `<h3>${tip.title[lang]}</h3><p>${tip.text[lang]}</p>`,
  }));
  pages.push({
    name: "resultaat",
    title: ui.result_heading[lang],
    elements: [{ type: "html", name: "resultaat-kop", html: `<h2>${ui.result_heading[lang]}</h2>` }, ...tips],
  });
  return {
    title: topic.title[lang],
    locale: lang,
    showQuestionNumbers: "off",
    questionsOnPageMode: "standard",
    clearInvisibleValues: "onHidden",
    checkErrorsMode: "onNextPage",
    showCompletedPage: false,
    pages,
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop())) {
  console.log(JSON.stringify(surveyFor(process.argv[2] ?? "schoolreis", process.argv[3] ?? "nl"), null, 2));
}
