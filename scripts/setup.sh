#!/usr/bin/env bash
# Installs everything the build and the tests need. Safe to run again: whatever is already
# there is skipped, so a second run takes seconds.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
mkdir -p .tools

SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
APT_UPDATED=""
apt_install() {
  if [ -z "$APT_UPDATED" ]; then
    $SUDO apt-get update -q >/dev/null
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "$@" >/dev/null
}
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

# 1. A Rust compiler with a wasm32 standard library.
pick_route() {
  if command -v rustup >/dev/null 2>&1 &&
    rustup target list --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown$'; then
    echo standard
  elif have_pkg rustc-web && have_pkg rust-web-src && have_pkg lld-22; then
    echo debian
  elif command -v rustup >/dev/null 2>&1 &&
    timeout 30 rustup target add wasm32-unknown-unknown >/dev/null 2>&1; then
    # rustup hangs instead of failing where its server is out of reach, hence the timeout.
    echo standard
  else
    echo debian
  fi
}
ROUTE="$(pick_route)"
if [ "$ROUTE" = debian ]; then
  missing=()
  for p in rustc-web cargo-web rust-web-src lld-22 rust-web-clippy rustfmt-web; do
    have_pkg "$p" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing Debian's Rust for wasm: ${missing[*]}"
    apt_install "${missing[@]}"
  fi
fi
echo "$ROUTE" > .tools/route
# shellcheck source=scripts/env.sh
. "$ROOT/scripts/env.sh"
say "Rust route: $ROUTE ($(rustc --version))"

# 2. Chromium for the browser tests, Node.js for Playwright and the scripts, pdftotext to
#    read the printed PDF in a test.
pkgs=()
[ -x /usr/bin/chromium ] || pkgs+=(chromium)
command -v pdftotext >/dev/null 2>&1 || pkgs+=(poppler-utils)
[ -x /usr/bin/chromedriver ] || pkgs+=(chromium-driver)
command -v node >/dev/null 2>&1 || pkgs+=(nodejs npm)
if [ ${#pkgs[@]} -gt 0 ]; then
  say "installing ${pkgs[*]}"
  apt_install "${pkgs[@]}"
fi

# 3. wasm-bindgen CLI: exactly the version in Cargo.lock.
WBG="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)"
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WBG\$"; then
  say "installing wasm-bindgen-cli $WBG"
  # --locked fails: a pinned transitive crate is missing from some registry mirrors.
  cargo install wasm-bindgen-cli --version "=$WBG"
fi

# 4. Trunk, the build tool and dev server. 0.21 is the newest that builds with rustc 1.95/1.96
#    (0.22 needs rustc >= 1.96.1); Trunk.toml keeps it offline.
TRUNK=0.21.14
if ! trunk --version 2>/dev/null | grep -q "^trunk 0\.21\."; then
  say "installing trunk $TRUNK (about 12 minutes on two cores, once)"
  cargo install trunk --version "=$TRUNK" --locked
fi

# 5. The crates, so the offline build (Trunk.toml) has all it needs; quick when they are there.
cargo fetch --quiet

# 6. Node packages: Playwright, axe and wasm-opt (binaryen from npm; Debian's is too old
#    and breaks the wasm).
if [ ! -x e2e/node_modules/.bin/wasm-opt ] || [ ! -d e2e/node_modules/@playwright/test ] ||
  [ e2e/package-lock.json -nt e2e/node_modules/.package-lock.json ]; then
  say "installing Node packages in e2e/"
  (cd e2e && npm ci --no-audit --no-fund --loglevel=error)
fi

say "ready"
