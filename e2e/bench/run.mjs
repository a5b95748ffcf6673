// The benchmark: our widget and SurveyJS doing the same check (generated from our content by
// surveyjs.mjs), both as production files served compressed from one local server, driven by
// Playwright in the same Chromium, alternating runs. Prints one table and writes JSON.
// Usage (from the Makefile, after the release build): node e2e/bench/run.mjs [runs] [json-out]
import { chromium } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { parse } from "smol-toml";
import { surveyFor } from "./surveyjs.mjs";

const RUNS = Number(process.argv[2] ?? 10);
const OUT = process.argv[3] ?? "docs/bench/latest.json";
const TOPIC = "schoolreis";
const root = new URL("../../", import.meta.url).pathname;
const site = join(root, "target", "bench-site");
const modules = join(root, "e2e", "node_modules");

// ---- the two sites -------------------------------------------------------------------------
rmSync(site, { recursive: true, force: true });
mkdirSync(join(site, "surveyjs"), { recursive: true });
cpSync(join(root, "dist"), join(site, "ours"), { recursive: true });
rmSync(join(site, "ours", "demo"), { recursive: true, force: true });
for (const file of ["survey-core/survey-core.min.css", "survey-core/survey.core.min.js", "survey-js-ui/survey-js-ui.min.js"]) {
  cpSync(join(modules, file), join(site, "surveyjs", file.split("/")[1]));
}
writeFileSync(join(site, "surveyjs", "survey.js"), `window.SURVEY_JSON = ${JSON.stringify(surveyFor(TOPIC, "nl"))};\n`);
writeFileSync(
  join(site, "surveyjs", "start.js"),
  `const survey = new Survey.Model(window.SURVEY_JSON);\nsurvey.render(document.getElementById("survey"));\n`,
);
writeFileSync(
  join(site, "surveyjs", "index.html"),
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>SurveyJS</title><link rel="icon" href="data:,"><link rel="stylesheet" href="survey-core.min.css">
<script src="survey.core.min.js"></script><script src="survey-js-ui.min.js"></script><script src="survey.js"></script></head>
<body><div id="survey"></div><script src="start.js"></script></body></html>\n`,
);
const glue = readdirSync(join(site, "ours")).find((f) => /^zelfcheck-[0-9a-f]+\.js$/.test(f));

// The whole check, every topic in both languages, compressed as served (brotli): for ours, its
// files with both languages' texts; for SurveyJS, its files plus one file with the 20 surveys.
const brotli = (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
const topicIds = readdirSync(join(root, "content", "topics")).map((f) => f.replace(/\.toml$/, ""));
const allSurveys = Object.fromEntries(topicIds.map((t) => [t, { nl: surveyFor(t, "nl"), en: surveyFor(t, "en") }]));
const whole = {
  ours: readdirSync(join(site, "ours"))
    .filter((f) => f === "zelfcheck.js" || /^zelfcheck-((nl|en)-(later-)?)?[0-9a-f]+(\.js|_bg\.wasm|\.css|\.txt)$/.test(f))
    .reduce((sum, f) => sum + brotli(readFileSync(join(site, "ours", f))).length, 0),
  surveyjs:
    ["survey-core.min.css", "survey.core.min.js", "survey-js-ui.min.js", "start.js"].reduce((sum, f) => sum + brotli(readFileSync(join(site, "surveyjs", f))).length, 0) +
    brotli(Buffer.from(`window.SURVEYS = ${JSON.stringify(allSurveys)};\n`)).length,
};

// ---- a static server that compresses like a web server (brotli, else gzip) -----------------
const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm", ".json": "application/json", ".txt": "text/plain; charset=utf-8" };
const cache = new Map();
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname));
  let file = join(site, path.endsWith("/") ? `${path}index.html` : path);
  if (!file.startsWith(site)) return res.writeHead(403).end();
  let body;
  try {
    body = readFileSync(file);
  } catch {
    return res.writeHead(404).end();
  }
  const accept = req.headers["accept-encoding"] ?? "";
  const encoding = accept.includes("br") ? "br" : accept.includes("gzip") ? "gzip" : null;
  const key = `${file}:${encoding}`;
  if (encoding && !cache.has(key)) {
    cache.set(key, encoding === "br" ? brotli(body) : gzipSync(body, { level: 9 }));
  }
  const headers = { "content-type": types[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" };
  if (encoding) headers["content-encoding"] = encoding;
  res.writeHead(200, headers).end(encoding ? cache.get(key) : body);
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const base = `http://127.0.0.1:${server.address().port}`;

// ---- what both sides do --------------------------------------------------------------------
const toml = (p) => parse(readFileSync(join(root, p), "utf8"));
const ui = toml("content/ui.toml");
const topic = toml(`content/topics/${TOPIC}.toml`);
const path = toml(`tests/paths/${TOPIC}.toml`).paths.reduce((a, b) => (b.answers.length > a.answers.length ? b : a));
const question = (id) => topic.questions.find((q) => q.id === id);
const label = (q, id) => (id === "weet_niet" ? ui.dont_know.nl : q.options.find((o) => o.id === id).text.nl);

// Each side: how to tell that the first question is interactive, and how to press "next".
const sides = {
  ours: {
    url: `${base}/ours/index.html`,
    // Ours opens on an intro: the measured start-up includes pressing its start button.
    // The loader paints a first screen whose start button is off until the app takes over;
    // the layout shift is counted up to that moment, before the click changes the screen.
    ready: `(() => { const r = document.querySelector("zelfcheck-sociale-veiligheid")?.shadowRoot; if (!r) return false;
      const start = [...r.querySelectorAll("button")].find((b) => b.textContent.trim() === ${JSON.stringify(ui.intro_start.nl)} && !b.disabled);
      if (start) { window.__takeover ??= { at: performance.now(), shift: window.__shift }; start.click(); }
      return !!r.querySelector("input[type=radio][value=po]"); })()`,
    // The emergency numbers are on screen: the help bar's tel: links, styled (not hidden).
    painted: `(() => { const r = document.querySelector("zelfcheck-sociale-veiligheid")?.shadowRoot;
      const host = r?.querySelector(".zc-host"); return !!host && !host.hidden && !!r.querySelector(".zc-helpbar a[href^='tel:']"); })()`,
    text: `document.querySelector("zelfcheck-sociale-veiligheid").shadowRoot`,
    next: `document.querySelector("zelfcheck-sociale-veiligheid").shadowRoot.querySelector(".zc-main button[type=submit]")`,
    // The result page paints its heading and urgent tips first and the rest a frame later.
    complete: `!document.querySelector("zelfcheck-sociale-veiligheid").shadowRoot.querySelector("[aria-busy=true]")`,
    async toFirstQuestion(page) {
      await page.getByRole("radio", { name: ui[`sector_${path.sector}`].nl, exact: true }).check({ force: true });
      await page.getByRole("radio", { name: ui[`role_${path.role}`].nl, exact: true }).check({ force: true });
      await page.getByRole("button", { name: ui.next.nl }).click();
      await page.getByRole("button", { name: topic.title.nl }).click();
    },
  },
  surveyjs: {
    url: `${base}/surveyjs/index.html`,
    ready: `!!document.querySelector("input[type=radio][value=po]")`,
    text: `document.getElementById("survey")`,
    next: `document.querySelector(".sd-navigation__next-btn")`,
    complete: `true`,
    async toFirstQuestion(page) {
      await page.getByRole("radio", { name: ui[`sector_${path.sector}`].nl, exact: true }).check({ force: true });
      await page.getByRole("radio", { name: ui[`role_${path.role}`].nl, exact: true }).check({ force: true });
      await page.locator(".sd-navigation__next-btn").click();
    },
  },
};

/** Records, from the very start, the moment `ready` first holds (checked every frame), the
 *  same for `painted` when the side has it, and the sum of layout shifts as they come. */
function readyProbe(ready, painted = "false") {
  return `window.__shift = 0;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__shift += e.value; }).observe({ type: "layout-shift", buffered: true });
  const whenHolds = (test) => new Promise((resolve) => {
    const tick = () => { try { if (test()) return resolve(performance.now()); } catch {} requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  });
  window.__ready = whenHolds(() => ${ready});
  window.__painted = whenHolds(() => ${painted});`;
}

/** Presses next (in the page) and resolves with the time until the next screen is built and
 *  laid out (`built`), until the next frame starts with it (`shown`), and until it is complete
 *  (`complete`; later only on our result page). */
async function timedNext(page, side, expected) {
  return page.evaluate(
    ({ text, next, expected, complete }) =>
      new Promise((resolve, reject) => {
        const rootOf = new Function(`return ${text}`);
        const button = new Function(`return ${next}`)();
        const isComplete = new Function(`return ${complete}`);
        const root = rootOf();
        let seen = false;
        let shown = null;
        let built = null;
        let completed = null;
        const finish = () => built !== null && completed !== null && resolve({ built, shown, complete: completed });
        const check = () => {
          if (!seen && root.textContent.includes(expected)) {
            seen = true;
            // The work itself: the rest of this task, then style and layout forced, as soon
            // as the next task runs (a message, which no timer clamps).
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              (root.host ?? root).getBoundingClientRect();
              built = performance.now() - t0;
              finish();
            };
            channel.port2.postMessage(null);
            requestAnimationFrame(() => {
              shown = performance.now() - t0;
              check();
            });
          }
          if (shown !== null && completed === null && isComplete()) {
            observer.disconnect();
            requestAnimationFrame(() => {
              completed = performance.now() - t0;
              finish();
            });
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ["aria-busy"] });
        setTimeout(() => reject(new Error(`"${expected}" did not appear`)), 10000);
        const t0 = performance.now();
        button.click();
      }),
    { text: side.text, next: side.next, expected, complete: side.complete },
  );
}

async function run(browser, name, { cpu = 1, slowNet = false, steps = false }) {
  const side = sides[name];
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (cpu > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpu });
  if (slowNet) {
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
  }
  const finished = [];
  page.on("requestfinished", (request) => finished.push(request));
  await page.addInitScript(readyProbe(side.ready, side.painted));
  await page.goto(side.url);
  const startup = await page.evaluate(() => window.__ready);
  // Layout shift until the first screen is final: for ours until the app has taken over
  // from the loader's first screen, for SurveyJS until its first question is there.
  const shift = await page.evaluate(() => (window.__takeover ? window.__takeover.shift : window.__shift));
  let painted = null;
  if (side.painted) {
    // From the moment the loader script has arrived to the numbers on screen.
    painted = await page.evaluate(async () => {
      const at = await window.__painted;
      const loader = performance.getEntriesByType("resource").find((e) => e.name.endsWith("/zelfcheck.js"));
      return { sinceLoader: at - loader.responseEnd, sinceStart: at };
    });
  }
  // Everything the page fetched until the first question was there (compressed bytes).
  const bytes = {};
  for (const request of [...finished]) {
    const sizes = await request.sizes().catch(() => null);
    if (!sizes) continue;
    const url = request.url();
    const kind = url.endsWith(".wasm") ? "wasm" : url.endsWith(".txt") ? "texts" : request.resourceType();
    bytes[kind] = (bytes[kind] ?? 0) + sizes.responseBodySize;
  }
  const result = { startup, bytes, shift, painted };
  if (steps) {
    await side.toFirstQuestion(page);
    result.steps = [];
    result.built = [];
    for (let i = 0; i < path.answers.length; i++) {
      const [id, ...chosen] = path.answers[i];
      const q = question(id);
      const group = page.getByRole("group", { name: q.text.nl }).or(page.locator(`[data-name="${id}"]`));
      await group.first().waitFor();
      for (const option of chosen) {
        await page.getByRole(q.type === "multiple" ? "checkbox" : "radio", { name: label(q, option), exact: true }).check({ force: true });
      }
      const expected = i + 1 < path.answers.length ? question(path.answers[i + 1][0]).text.nl : ui.result_heading.nl;
      const { built, shown, complete } = await timedNext(page, side, expected).catch((e) => { throw new Error(`${name}: ${e.message}`); });
      if (i + 1 < path.answers.length) {
        result.steps.push(shown);
        result.built.push(built);
      } else {
        result.resultShown = shown;
        result.resultComplete = complete;
      }
    }
    await cdp.send("HeapProfiler.collectGarbage");
    const metrics = (await cdp.send("Performance.enable"), await cdp.send("Performance.getMetrics")).metrics;
    result.jsHeap = metrics.find((m) => m.name === "JSHeapUsedSize").value;
    // The wasm's used memory: the bytes it has allocated and not freed, asked of the running
    // instance (the glue module is the loader's, so `default()` only hands it back). Its
    // linear memory, which only grows, is noted beside it.
    const wasm =
      name === "ours"
        ? await page.evaluate(
            (g) => import(`/ours/${g}`).then(async (m) => ({ used: m.allocatedBytes(), grown: (await m.default()).memory.buffer.byteLength })),
            glue,
          )
        : { used: 0, grown: 0 };
    result.wasmMemory = wasm.used;
    result.wasmGrown = wasm.grown;
  }
  await context.close();
  return result;
}

// ---- runs, alternating ---------------------------------------------------------------------
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const results = { ours: { plain: [], cpu4: [], slow: [], search: [] }, surveyjs: { plain: [], cpu4: [], slow: [] } };
// One unrecorded run per side first: the browser's own start-up is not part of either.
for (const name of ["ours", "surveyjs"]) await run(browser, name, { steps: true });
for (let i = 0; i < RUNS; i++) {
  for (const name of i % 2 ? ["surveyjs", "ours"] : ["ours", "surveyjs"]) {
    results[name].plain.push(await run(browser, name, { steps: true }));
    results[name].cpu4.push(await run(browser, name, { cpu: 4, steps: true }));
    results[name].slow.push(await run(browser, name, { slowNet: true }));
  }
  process.stderr.write(`bench: run ${i + 1} of ${RUNS}\n`);
}

// Search as you type, in the browser: each keystroke until the answers are painted.
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${sides.ours.url}?sector=po&role=docent`);
  await page.getByRole("button", { name: ui.intro_start.nl }).click();
  await page.getByRole("searchbox").waitFor();
  const times = await page.evaluate(async (query) => {
    const input = document.querySelector("zelfcheck-sociale-veiligheid").shadowRoot.querySelector("input[type=search]");
    const out = [];
    for (let n = 1; n <= query.length; n++) {
      const t0 = performance.now();
      input.value = query.slice(0, n);
      input.dispatchEvent(new Event("input", { bubbles: true }));
      // Until the answers are in the page and laid out (not until the next frame, which
      // would only measure the display's refresh rate).
      await new Promise((r) => setTimeout(r, 0));
      input.getRootNode().host.getBoundingClientRect();
      out.push(performance.now() - t0);
    }
    return out;
  }, "hoeveel begeleiders moeten mee op schoolreis");
  results.ours.search.push(...times);
  await context.close();
}
await browser.close();
server.close();

// Native: the matcher alone, every prefix of every quick question.
const native = JSON.parse(
  execFileSync("cargo", ["run", "--quiet", "--release", "-p", "zelfcheck-authoring", "--bin", "zelfcheck-content", "--", "search-bench"], { cwd: root, encoding: "utf8" }),
);

// ---- the table -----------------------------------------------------------------------------
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const pct = (xs, p) => sorted(xs)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const median = (xs) => pct(xs, 50);
const spread = (xs) => `${fmt(pct(xs, 10))}–${fmt(pct(xs, 90))}`;
const fmt = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const kb = (b) => b / 1024;
const rows = [];
const add = (metric, unit, ours, theirs, note = "") => {
  rows.push({ metric, unit, ours, surveyjs: theirs, ratio: theirs ? ours / theirs : null, note });
};
const firstBytes = (name) => results[name].plain.map((r) => Object.values(r.bytes).reduce((a, b) => a + b, 0));
add(`whole check, all ${topicIds.length} topics in nl and en (brotli)`, "KB", kb(whole.ours), kb(whole.surveyjs));
add("download to first question, compressed", "KB", median(firstBytes("ours").map(kb)), median(firstBytes("surveyjs").map(kb)));
for (const kind of ["document", "script", "stylesheet", "wasm", "texts"]) {
  const of = (name) => median(results[name].plain.map((r) => kb(r.bytes[kind] ?? 0)));
  add(`  of which ${kind}`, "KB", of("ours"), of("surveyjs"));
}
for (const [key, what] of [["plain", "no throttling"], ["cpu4", "CPU 4× slower"], ["slow", "1.6 Mbit/s, 150 ms"]]) {
  const of = (name) => results[name][key].map((r) => r.startup);
  add(`start-up to first question (${what})`, "ms", median(of("ours")), median(of("surveyjs")), `spread ${spread(of("ours"))} vs ${spread(of("surveyjs"))}`);
}
// From an answer to the next question: the work (built, then style and layout forced as soon
// as the next task runs), and until the next frame starts, which adds the wait for the
// display's refresh but not that frame's own layout. The step to the result page is measured
// on its own.
for (const [key, what] of [["plain", "no throttling"], ["cpu4", "CPU 4× slower"]]) {
  for (const [field, until] of [["built", "built and laid out"], ["steps", "the next frame"]]) {
    const of = (name) => results[name][key].flatMap((r) => r[field]);
    add(`question to question, until ${until}, p50 (${what})`, "ms", pct(of("ours"), 50), pct(of("surveyjs"), 50));
    add(`question to question, until ${until}, p95 (${what})`, "ms", pct(of("ours"), 95), pct(of("surveyjs"), 95));
  }
}
{
  const of = (field) => (name) => results[name].cpu4.map((r) => r[field]);
  add("last answer to the result page's first screen (CPU 4× slower)", "ms", median(of("resultShown")("ours")), median(of("resultShown")("surveyjs")));
  add("result page complete (CPU 4× slower)", "ms", median(of("resultComplete")("ours")), median(of("resultComplete")("surveyjs")), `spread ${spread(of("resultComplete")("ours"))} vs ${spread(of("resultComplete")("surveyjs"))}`);
}
const memory = (name) => results[name].plain.map((r) => (r.jsHeap + r.wasmMemory) / (1024 * 1024));
add(
  "memory after the topic (JS heap + wasm in use)",
  "MB",
  median(memory("ours")),
  median(memory("surveyjs")),
  `of which wasm ${fmt(median(results.ours.plain.map((r) => r.wasmMemory / (1024 * 1024))))} MB in use, ${fmt(median(results.ours.plain.map((r) => r.wasmGrown / (1024 * 1024))))} MB grown`,
);
add("search per keystroke until laid out, browser (p50)", "ms", median(results.ours.search), null, `p95 ${fmt(pct(results.ours.search, 95))} ms, ${native.entries} entries`);
add("search per keystroke, native matcher (p50)", "µs", native.p50_us, null, `p95 ${fmt(native.p95_us)} µs, max ${fmt(native.max_us)} µs`);

{
  const of = (name) => results[name].plain.map((r) => r.shift);
  add("layout shift until the first screen is final (CLS)", "", median(of("ours")), median(of("surveyjs")), `max ${fmt(Math.max(...of("ours")))} vs ${fmt(Math.max(...of("surveyjs")))}`);
  const painted = (key, field) => results.ours[key].map((r) => r.painted[field]);
  add("emergency numbers painted, after the loader arrived (no throttling)", "ms", median(painted("plain", "sinceLoader")), null, `from navigation ${fmt(median(painted("plain", "sinceStart")))} ms; with the wasm ${fmt(median(results.ours.plain.map((r) => r.startup)))} ms`);
  add("emergency numbers painted, after the loader arrived (1.6 Mbit/s)", "ms", median(painted("slow", "sinceLoader")), null, `from navigation ${fmt(median(painted("slow", "sinceStart")))} ms`);
}

// The project's targets for start-up (issue 19), each with ours, SurveyJS's and whether met.
const row = (start) => rows.find((r) => r.metric.startsWith(start));
const targets = [
  ["download to the first question ≤ 120 KB", row("download to first question"), (r) => r.ours <= 120],
  ["whole widget, both languages ≤ 200 KB", row("whole check"), (r) => r.ours <= 200],
  ["start-up at CPU 4× ≤ 0.40 of SurveyJS", row("start-up to first question (CPU 4×"), (r) => r.ratio <= 0.4],
  ["start-up at 1.6 Mbit/s ≤ 0.40 of SurveyJS", row("start-up to first question (1.6"), (r) => r.ratio <= 0.4],
  ["step p95 at CPU 4× < 16 ms (built and laid out)", row("question to question, until built and laid out, p95 (CPU 4×"), (r) => r.ours < 16],
  ["step p95 at CPU 4× < 16 ms (until the next frame)", row("question to question, until the next frame, p95 (CPU 4×"), (r) => r.ours < 16],
  ["result page at CPU 4× < 0.5 of SurveyJS", row("result page complete"), (r) => r.ratio < 0.5],
  ["emergency numbers painted < 100 ms after the loader", row("emergency numbers painted, after the loader arrived (no"), (r) => r.ours < 100],
  ["no layout shift when the app takes over (CLS 0)", row("layout shift"), (r) => r.ours === 0],
].map(([target, r, met]) => ({ target, ours: r.ours, surveyjs: r.surveyjs, ratio: r.ratio, unit: r.unit, met: met(r) }));

const width = Math.max(...rows.map((r) => r.metric.length));
console.log(`\nBenchmark, topic ${TOPIC}, longest scripted path (${path.answers.length} steps), ${RUNS} runs per side, ${new Date().toISOString().slice(0, 10)}`);
console.log(`${"metric".padEnd(width)}  ${"unit".padEnd(4)} ${"ours".padStart(9)} ${"SurveyJS".padStart(9)} ${"ratio".padStart(6)}  note`);
for (const r of rows) {
  console.log(
    `${r.metric.padEnd(width)}  ${r.unit.padEnd(4)} ${fmt(r.ours).padStart(9)} ${(r.surveyjs === null ? "—" : fmt(r.surveyjs)).padStart(9)} ${(r.ratio === null ? "" : r.ratio.toFixed(2)).padStart(6)}  ${r.note}`,
  );
}
const tw = Math.max(...targets.map((t) => t.target.length));
console.log(`\nTargets\n${"target".padEnd(tw)}  ${"ours".padStart(9)} ${"SurveyJS".padStart(9)} ${"ratio".padStart(6)}  met`);
for (const t of targets) {
  console.log(
    `${t.target.padEnd(tw)}  ${`${fmt(t.ours)} ${t.unit}`.padStart(9)} ${(t.surveyjs === null ? "—" : `${fmt(t.surveyjs)} ${t.unit}`).padStart(9)} ${(t.ratio === null ? "" : t.ratio.toFixed(2)).padStart(6)}  ${t.met ? "yes" : "NO"}`,
  );
}
mkdirSync(resolve(root, OUT, ".."), { recursive: true });
writeFileSync(
  resolve(root, OUT),
  JSON.stringify({ date: new Date().toISOString(), topic: TOPIC, runs: RUNS, steps: path.answers.length, rows, targets, raw: results, native }, null, 1) + "\n",
);
console.log(`\nwritten: ${OUT}`);
