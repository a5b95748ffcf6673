# Sourced by the Makefile: puts the right Rust toolchain and the project's tools on PATH.
#
# Two routes to a Rust compiler with a wasm32 standard library:
# - standard: rustup with the wasm32-unknown-unknown target installed;
# - debian: Debian's rustc-web (1.96), which builds the wasm32 std from rust-web-src.
# scripts/setup.sh picks one and records it in .tools/route.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)"
ROUTE="$(cat "$ROOT/.tools/route" 2>/dev/null || echo unknown)"

if [ "$ROUTE" = debian ]; then
  export PATH="/usr/bin:$PATH"
  export RUSTC_BOOTSTRAP=1
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
fi
export PATH="$ROOT/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
if [ "$ROUTE" = debian ]; then
  # Debian's compiler must win over a rustup one in ~/.cargo/bin.
  export PATH="/usr/bin:$PATH"
fi
