// Builds the widget into a folder a school can copy as it is:
//   cargo (wasm32) → wasm-bindgen (--target web) → wasm-opt -Oz → hashed files (the wasm, its
//   glue, the stylesheet and each language's texts) + web/.
// Usage: node scripts/build.mjs [--dev] [out-dir]   (run through the Makefile, which sets
// up the toolchain's environment).
//
// zelfcheck.js keeps its name, so the snippet on a school's page never changes; the files it
// loads carry a content hash, so a new release is never mixed with a cached old one.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const args = process.argv.slice(2);
const dev = args.includes("--dev");
const out = resolve(args.find((a) => !a.startsWith("--")) ?? "dist");
const root = resolve(import.meta.dirname, "..");
const profile = dev ? "debug" : "release";
const stage = join(root, "target", "zelfcheck-web", profile);

const run = (cmd, cmdArgs) => {
  console.log(`build: ${cmd} ${cmdArgs.join(" ")}`);
  execFileSync(cmd, cmdArgs, { cwd: root, stdio: "inherit" });
};

// When the standard library is built from source (the Debian route), a panic can abort on the
// spot instead of carrying its message and location: 13 KB less to download. A panic is a bug
// either way; during start-up the element then shows its failure message with the numbers.
const immediateAbort =
  !dev && process.env.CARGO_UNSTABLE_BUILD_STD
    ? ["-Zpanic-immediate-abort", "--config", 'profile.release.panic="immediate-abort"']
    : [];
// The build script writes each language's texts next to the generated Rust (OUT_DIR); cargo's
// JSON messages say where that is.
const cargoArgs = ["build", "--target", "wasm32-unknown-unknown", "--bin", "zelfcheck", ...(dev ? [] : ["--release"]), ...immediateAbort];
console.log(`build: cargo ${cargoArgs.join(" ")}`);
const messages = execFileSync("cargo", [...cargoArgs, "--message-format=json-render-diagnostics"], {
  cwd: root,
  stdio: ["ignore", "pipe", "inherit"],
  encoding: "utf8",
  maxBuffer: 256 * 1024 * 1024,
});
const outDir = messages
  .split("\n")
  .filter((line) => line.startsWith("{"))
  .map((line) => JSON.parse(line))
  .find((m) => m.reason === "build-script-executed" && /#zelfcheck@|\/zelfcheck#/.test(m.package_id) && m.out_dir)?.out_dir;
if (!outDir) throw new Error("build: cargo did not say where the zelfcheck build script wrote its files");
rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
run("wasm-bindgen", [
  "--target", "web",
  "--no-typescript",
  "--out-dir", stage,
  "--out-name", "zelfcheck",
  join(root, "target", "wasm32-unknown-unknown", profile, "zelfcheck.wasm"),
]);
const wasmIn = join(stage, "zelfcheck_bg.wasm");
if (!dev) {
  // The features Rust's wasm32 target emits; binaryen must be told it may keep them.
  run("wasm-opt", [
    "-Oz",
    "--enable-bulk-memory",
    "--enable-reference-types",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-multivalue",
    wasmIn,
    "-o", wasmIn,
  ]);
}

const hashed = (name, ext, body) => {
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 12);
  return `${name}-${hash}.${ext}`;
};
const wasm = readFileSync(wasmIn);
const glue = readFileSync(join(stage, "zelfcheck.js"));
const css = readFileSync(join(root, "web", "zelfcheck.css"));
const texts = { nl: readFileSync(join(outDir, "content-nl.txt")), en: readFileSync(join(outDir, "content-en.txt")) };
const names = {
  __ZC_WASM__: hashed("zelfcheck", "wasm", wasm),
  __ZC_GLUE__: hashed("zelfcheck-glue", "js", glue),
  __ZC_CSS__: hashed("zelfcheck", "css", css),
  __ZC_NL__: hashed("zelfcheck-nl", "txt", texts.nl),
  __ZC_EN__: hashed("zelfcheck-en", "txt", texts.en),
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
writeFileSync(join(out, names.__ZC_WASM__), wasm);
writeFileSync(join(out, names.__ZC_GLUE__), glue);
writeFileSync(join(out, names.__ZC_CSS__), css);
writeFileSync(join(out, names.__ZC_NL__), texts.nl);
writeFileSync(join(out, names.__ZC_EN__), texts.en);

// web/ as it is, except the stylesheet (hashed above) and the loader (names filled in).
const copy = (from, to) => {
  for (const entry of readdirSync(from)) {
    const src = join(from, entry);
    const dst = join(to, entry);
    if (statSync(src).isDirectory()) {
      mkdirSync(dst, { recursive: true });
      copy(src, dst);
    } else if (from === join(root, "web") && entry === "zelfcheck.css") {
      continue;
    } else if (from === join(root, "web") && entry === "zelfcheck.js") {
      let text = readFileSync(src, "utf8");
      for (const [mark, name] of Object.entries(names)) text = text.replaceAll(mark, name);
      writeFileSync(dst, text);
    } else {
      cpSync(src, dst);
    }
  }
};
copy(join(root, "web"), out);
console.log(`build: ${dev ? "dev" : "release"} build in ${out}`);
