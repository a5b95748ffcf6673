// Trunk's post_build hook (see Trunk.toml): the steps Trunk does not do itself.
//
// Trunk has built the wasm and its glue (zelfcheck-<hash>_bg.wasm, zelfcheck-<hash>.js) and
// copied public/ into its staging folder. This script adds, with a content hash in each name:
//   - the widget's stylesheet (style/zelfcheck.css), which the loader puts in each widget's
//     shadow root, so it is not a page stylesheet Trunk could link;
//   - each language's texts in two parts (up to the questions; tips, cases and quick answers),
//     which build.rs wrote next to the generated Rust (cargo's OUT_DIR);
// and, without a hash, the printable route cards and notes sheets build.rs wrote there too;
// and fills in the names of all of them in the loader, zelfcheck.js, whose own name never
// changes, so the snippet on a school's page stays the same from release to release. It also
// fills in what build.rs wrote for the loader (loader.json): the attributes a widget watches,
// from the engine's settings, and the help line's numbers and hours and the first screen in
// each language, from the content.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { writeWorker } from "./offline-files.mjs";

const stage = process.env.TRUNK_STAGING_DIR;
if (!stage) throw new Error("finish-build: run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)");
const release = process.env.TRUNK_PROFILE === "release";
const root = resolve(import.meta.dirname, "..");

// The wasm and glue Trunk wrote: the only *_bg.wasm, and the script of the same name.
const files = readdirSync(stage);
const wasms = files.filter((f) => /^zelfcheck-[0-9a-f]+_bg\.wasm$/.test(f));
if (wasms.length !== 1) throw new Error(`finish-build: expected one zelfcheck-<hash>_bg.wasm in ${stage}, found ${wasms.length}`);
const wasm = wasms[0];
const glue = wasm.replace(/_bg\.wasm$/, ".js");
if (!files.includes(glue)) throw new Error(`finish-build: ${glue} (the wasm's glue) is missing from ${stage}`);

// Where build.rs wrote the texts: cargo says so when asked about the build Trunk just ran
// (same arguments and environment, so nothing is rebuilt), for the widget's package.
const cargo = (args) => execFileSync("cargo", args, { cwd: root, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
const widget = JSON.parse(cargo(["metadata", "--no-deps", "--offline", "--format-version=1"])).packages.find(
  (p) => p.manifest_path === join(root, "Cargo.toml"),
);
if (!widget) throw new Error(`finish-build: cargo metadata does not list ${join(root, "Cargo.toml")}`);
const messages = cargo(["build", "--target=wasm32-unknown-unknown", "--bin", "zelfcheck", "--offline", "--message-format=json", ...(release ? ["--release"] : [])]);
const outDir = messages
  .split("\n")
  .filter((line) => line.startsWith("{"))
  .map((line) => JSON.parse(line))
  .find((m) => m.reason === "build-script-executed" && m.package_id === widget.id)?.out_dir;
if (!outDir) throw new Error("finish-build: cargo did not say where the widget's build script wrote the texts");

const hashed = (name, ext, body) => `${name}-${createHash("sha256").update(body).digest("hex").slice(0, 12)}.${ext}`;
const add = (name, ext, body) => {
  const file = hashed(name, ext, body);
  writeFileSync(join(stage, file), body);
  return file;
};
const names = {
  __ZC_GLUE__: glue,
  __ZC_WASM__: wasm,
  __ZC_CSS__: add("zelfcheck", "css", readFileSync(join(root, "style", "zelfcheck.css"))),
  __ZC_NL__: add("zelfcheck-nl", "txt", readFileSync(join(outDir, "content-nl-first.txt"))),
  __ZC_NL_LATER__: add("zelfcheck-nl-later", "txt", readFileSync(join(outDir, "content-nl-later.txt"))),
  __ZC_EN__: add("zelfcheck-en", "txt", readFileSync(join(outDir, "content-en-first.txt"))),
  __ZC_EN_LATER__: add("zelfcheck-en-later", "txt", readFileSync(join(outDir, "content-en-later.txt"))),
};
// JSON is JavaScript: the loader takes these as they are, in place of the mark.
const facts = JSON.parse(readFileSync(join(outDir, "loader.json"), "utf8"));
const values = {
  __ZC_SETTINGS__: JSON.stringify(facts.attributes),
  __ZC_HELP__: JSON.stringify(facts.help),
  __ZC_SHELL__: JSON.stringify(facts.shell),
};

const loader = join(stage, "zelfcheck.js");
let text = readFileSync(loader, "utf8");
for (const [mark, fill] of Object.entries({ ...names, ...values })) {
  if (!text.includes(mark)) throw new Error(`finish-build: ${mark} is missing from public/zelfcheck.js`);
  // A function, so a `$` in the fill is not read as a replacement pattern.
  text = text.replaceAll(mark, () => fill);
}
writeFileSync(loader, text);

// The printable route cards and notes sheets build.rs wrote (print/routekaart/,
// print/notities/), copied as they are: their names carry no hash, so a school can link
// and print them, and each folder holds its own print.css and print-page.js.
cpSync(join(outDir, "print"), stage, { recursive: true });

// The widget's own page and the iframe page ask for the glue, the wasm and the stylesheet
// beside the loader, not one round trip after it has run. (A school page that embeds the
// element can add the same three lines; EMBEDDING.md says how.)
const hints = [
  `<link rel="modulepreload" href="${glue}" />`,
  `<link rel="preload" href="${wasm}" as="fetch" type="application/wasm" crossorigin />`,
  `<link rel="preload" href="${names.__ZC_CSS__}" as="style" />`,
];
for (const page of ["index.html", "embed.html"]) {
  const path = join(stage, page);
  const html = readFileSync(path, "utf8");
  const loaderTag = /<script type="module" src="zelfcheck\.js"><\/script>/;
  if (!loaderTag.test(html)) throw new Error(`finish-build: ${page} has no <script type="module" src="zelfcheck.js">`);
  writeFileSync(path, html.replace(loaderTag, (tag) => [tag, ...hints].join("\n    ")));
}
console.log(`finish-build: ${Object.values(names).join(", ")} (loader: zelfcheck.js)`);

// Last, once every file of the build is in place: the service worker's list of them, so the
// widget's own pages work offline after one visit (switched on for a release build only).
const version = writeWorker(stage, facts.edition, release);
console.log(`finish-build: offline build ${version} (edition ${facts.edition}${release ? "" : ", worker off in a debug build"})`);
