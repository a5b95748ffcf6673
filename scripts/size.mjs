// Prints the raw, gzip and brotli size of every file in a build, and what the browser
// downloads for each way to embed the widget (compressed, as a server would send it).
// Usage: node scripts/size.mjs [dir]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dir = process.argv[2] ?? "dist";
const files = [];
const walk = (d) => {
  for (const name of readdirSync(d)) {
    const path = join(d, name);
    if (statSync(path).isDirectory()) {
      if (name !== "demo") walk(path);
    } else if (/\.(wasm|js|css|html|txt|svg)$/.test(name)) files.push(path);
  }
};
walk(dir);
files.sort();

const sizes = new Map(
  files.map((path) => {
    const body = readFileSync(path);
    return [
      relative(dir, path),
      {
        raw: body.length,
        gzip: gzipSync(body, { level: 9 }).length,
        brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      },
    ];
  }),
);
const sum = (names) =>
  names.reduce(
    (t, n) => {
      const s = sizes.get(n);
      if (!s) throw new Error(`size: ${n} is not in ${dir}`);
      return { raw: t.raw + s.raw, gzip: t.gzip + s.gzip, brotli: t.brotli + s.brotli };
    },
    { raw: 0, gzip: 0, brotli: 0 },
  );

const kb = (n) => (n / 1024).toFixed(1).padStart(8) + " KB";
const names = [...sizes.keys()];
const width = Math.max(52, ...names.map((n) => n.length));
const row = (name, s) => console.log(`${name.padEnd(width)} ${kb(s.raw)} ${kb(s.gzip)} ${kb(s.brotli)}`);
console.log(`${"file".padEnd(width)} ${"raw".padStart(11)} ${"gzip".padStart(11)} ${"brotli".padStart(11)}`);
for (const [name, s] of sizes) row(name, s);

// What each way of embedding downloads; the hashed names are found, not assumed. The first
// part of one language's texts comes with the app (what the screens up to the questions
// need); its later part (tips, cases, quick answers) once the first question is up; the
// other language's only when someone switches.
const texts = (lang, part) =>
  names.filter((n) => new RegExp(`^zelfcheck-${lang}-${part === "later" ? "later-" : ""}[0-9a-f]{12}\\.txt$`).test(n));
const app = ["zelfcheck.js", ...names.filter((n) => /^zelfcheck-[0-9a-f]+(_bg\.wasm|\.js|\.css)$/.test(n)), ...texts("nl", "first")];
console.log("\ndownloaded per way of embedding, in Dutch, until the first question");
row("custom element (zelfcheck.js + app)", sum(app));
row("iframe (host helper + embed page)", sum(["zelfcheck-iframe.js", "embed.html", "embed.js", "page.css", ...app]));
row("direct page (index.html)", sum(["index.html", "page.css", "icon.svg", ...app]));
console.log("");
row("then, at the first question: the rest of the texts", sum(texts("nl", "later")));
row("switching to English: its texts", sum([...texts("en", "first"), ...texts("en", "later")]));
row("the whole widget, both languages", sum([...app, ...texts("nl", "later"), ...texts("en", "first"), ...texts("en", "later")]));