// Where the bytes of the widget's wasm go: code per crate and per function, and data.
//
// Reads cargo's wasm before wasm-bindgen and wasm-opt (it still has the function names),
// so the figures are before optimisation; the shares are what to look at. Usage:
//   node scripts/wasm-sizes.mjs [path/to/zelfcheck.wasm] [--top N]
import { readFileSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";

const args = process.argv.slice(2);
const topAt = args.indexOf("--top");
const top = topAt >= 0 ? Number(args[topAt + 1]) : 25;
const file =
  args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--top") ??
  "target/wasm32-unknown-unknown/release/zelfcheck.wasm";
const bytes = readFileSync(file);

let at = 8;
function leb() {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return value;
    shift += 7;
  }
}
function name() {
  const len = leb();
  const s = bytes.subarray(at, at + len).toString("utf8");
  at += len;
  return s;
}

let importedFunctions = 0;
const bodies = []; // [start, end] of each defined function's body
const names = new Map();
const sections = [];
while (at < bytes.length) {
  const id = bytes[at++];
  const size = leb();
  const start = at;
  const end = at + size;
  if (id === 0) {
    const custom = name();
    sections.push({ name: `custom ${custom}`, size });
    if (custom === "name") {
      while (at < end) {
        const sub = bytes[at++];
        const subSize = leb();
        const subEnd = at + subSize;
        if (sub === 1) {
          const count = leb();
          for (let i = 0; i < count; i++) {
            const index = leb();
            names.set(index, name());
          }
        }
        at = subEnd;
      }
    }
  } else {
    sections.push({ name: ["", "type", "import", "function", "table", "memory", "global", "export", "start", "element", "code", "data", "data count"][id] ?? `section ${id}`, size, start, end });
    if (id === 2) {
      const count = leb();
      for (let i = 0; i < count; i++) {
        name();
        name();
        const kind = bytes[at++];
        if (kind === 0) {
          leb();
          importedFunctions++;
        } else if (kind === 1) {
          at++;
          const flags = leb();
          leb();
          if (flags & 1) leb();
        } else if (kind === 2) {
          const flags = leb();
          leb();
          if (flags & 1) leb();
        } else if (kind === 3) {
          at += 2;
        }
      }
    } else if (id === 10) {
      const count = leb();
      for (let i = 0; i < count; i++) {
        const len = leb();
        bodies.push([at, at + len]);
        at += len;
      }
    }
  }
  at = end;
}

const brotli = (buf) =>
  brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(9);

// Rust's legacy mangling: _ZN<len><part>...E; the crate is the first part. Generic code
// instantiated for our types is named after the generic's crate.
function crateOf(symbol) {
  const m = /^_ZN(\d+)/.exec(symbol);
  if (!m) return symbol.startsWith("_R") ? "(v0 mangled)" : "(other)";
  const len = Number(m[1]);
  const start = 3 + m[1].length;
  let crate = symbol.slice(start, start + len);
  if (crate.startsWith("_$LT$")) crate = "<impl> " + symbol.slice(start + len).replace(/^\d+/, "").slice(0, 30);
  return crate.replace(/\$u7b\$|\$u7d\$/g, "");
}
function demangle(symbol) {
  const parts = [];
  let i = 3;
  while (i < symbol.length && /\d/.test(symbol[i])) {
    const m = /^\d+/.exec(symbol.slice(i));
    const len = Number(m[0]);
    i += m[0].length;
    parts.push(symbol.slice(i, i + len));
    i += len;
  }
  const readable = parts
    .filter((p) => !/^h[0-9a-f]{16}$/.test(p))
    .join("::")
    .replace(/\$LT\$/g, "<")
    .replace(/\$GT\$/g, ">")
    .replace(/\$u20\$/g, " ")
    .replace(/\$u27\$/g, "'")
    .replace(/\$C\$/g, ",")
    .replace(/\$RF\$/g, "&")
    .replace(/\$BP\$/g, "*")
    .replace(/\.\./g, "::");
  return readable || symbol;
}

const perCrate = new Map();
const functions = [];
bodies.forEach(([start, end], i) => {
  const symbol = names.get(importedFunctions + i) ?? `(function ${i})`;
  const size = end - start;
  const crate = crateOf(symbol);
  const entry = perCrate.get(crate) ?? { size: 0, count: 0, chunks: [] };
  entry.size += size;
  entry.count++;
  entry.chunks.push(bytes.subarray(start, end));
  perCrate.set(crate, entry);
  functions.push({ name: demangle(symbol), size });
});

console.log(`${file}: ${kb(bytes.length)} raw, ${kb(brotli(bytes))} brotli (before wasm-opt)\n`);
console.log("sections");
for (const s of sections.filter((s) => s.size > 1024)) {
  const part = s.start !== undefined ? ` ${kb(brotli(bytes.subarray(s.start, s.end)))} brotli alone` : "";
  console.log(`  ${s.name.padEnd(24)} ${kb(s.size)}${part}`);
}
console.log("\ncode per crate (raw, brotli of that crate's code alone)");
const crates = [...perCrate.entries()].sort((a, b) => b[1].size - a[1].size);
for (const [crate, e] of crates.slice(0, top)) {
  console.log(
    `  ${crate.slice(0, 40).padEnd(40)} ${kb(e.size)} ${kb(brotli(Buffer.concat(e.chunks)))} ${String(e.count).padStart(5)} functions`,
  );
}
console.log(`\nlargest functions`);
functions.sort((a, b) => b.size - a.size);
for (const f of functions.slice(0, top)) {
  console.log(`  ${kb(f.size)}  ${f.name.slice(0, 110)}`);
}
