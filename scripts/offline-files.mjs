// Makes a release folder work offline: writes into its service worker (sw.js) the list of the
// build's files, the build's version (a hash over every file, so any change makes a new one)
// and the content's edition, and switches offline.js on. finish-build.mjs runs it on every
// build (release builds only get the worker switched on: a debug build under `make serve`
// must reload what just changed). It can also be run on a folder by hand:
//   node scripts/offline-files.mjs <folder> <edition>
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, sep } from "node:path";
import { pathToFileURL } from "node:url";

// Not part of the build the worker keeps: the worker itself, the school's own settings files
// (they change without a release; the worker keeps the last copy it fetched) and the demo pages.
const LEFT_OUT = [/^sw\.js$/, /^settings\//, /^demo\//, /(^|\/)\./];

/** Every file under `dir`, as a path relative to it with `/` between folders, sorted. */
function filesOf(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => path.split(sep).join("/"))
    .filter((file) => !LEFT_OUT.some((re) => re.test(file)))
    .sort();
}

/** Replaces the one line that starts with `start` in `file` with `line`. */
function replaceLine(file, start, line) {
  const text = readFileSync(file, "utf8");
  const lines = text.split("\n");
  const at = lines.filter((l) => l.startsWith(start));
  if (at.length !== 1) throw new Error(`offline-files: ${file} must have exactly one line starting with "${start}", found ${at.length}`);
  writeFileSync(file, lines.map((l) => (l.startsWith(start) ? line : l)).join("\n"));
}

/**
 * Fills in `dir`/sw.js and `dir`/offline.js for the build in `dir`, with the content's
 * `edition`. With `enabled` false the pages do not register the worker (and drop one an
 * earlier build registered). Returns the build's version.
 */
export function writeWorker(dir, edition, enabled = true) {
  if (!Number.isInteger(edition) || edition < 1) throw new Error(`offline-files: the edition must be a whole number from 1, not ${edition}`);
  const files = filesOf(dir);
  const all = createHash("sha256");
  for (const file of files) {
    all.update(file).update("\0").update(createHash("sha256").update(readFileSync(join(dir, file))).digest("hex")).update("\n");
  }
  const version = all.digest("hex").slice(0, 16);
  const urls = files.map((file) => file.split("/").map(encodeURIComponent).join("/"));
  // Switched off, the worker keeps nothing: it clears what an earlier build kept and leaves.
  const build = enabled ? { version, edition, files: urls } : { version, edition, files: [], off: true };
  replaceLine(join(dir, "sw.js"), "const BUILD = ", `const BUILD = ${JSON.stringify(build)};`);
  replaceLine(join(dir, "offline.js"), "const OFFLINE = ", `const OFFLINE = ${enabled};`);
  return version;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [dir, edition] = process.argv.slice(2);
  if (!dir || !edition) throw new Error("usage: node scripts/offline-files.mjs <folder> <edition>");
  console.log(`offline-files: version ${writeWorker(dir, Number(edition))}`);
}
