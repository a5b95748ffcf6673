# The two commands a newcomer needs: `make serve` and `make test`.
# Every target installs what it needs first (scripts/setup.sh; fast when all is there).

SHELL := /bin/bash
ENV := source scripts/env.sh &&
PORT ?= 8080
E2E_PORT ?= 4173
MUTANTS_VERSION ?= 27.1.0

.PHONY: serve preview test setup build check lint test-native test-e2e size bench mutants content-check review readability clean

## Serve the widget and its demo pages on http://127.0.0.1:$(PORT) while you work: an edit in
## src/, content/, public/ or style/ rebuilds and reloads the page (a debug build, kept in
## target/serve so that dist/ stays the release folder)
serve: setup
	$(ENV) trunk serve --port $(PORT) --dist target/serve

## Serve the release build as a school would host it, also under /tools/zelfcheck/
preview: build
	node e2e/serve.mjs dist $(PORT)

## Run every check and test: format, lint, native tests, release build, browser tests
test: setup lint test-native build test-e2e

setup:
	@bash scripts/setup.sh

## The release build in dist/ (opt-level z, LTO, wasm-opt -Oz): copy this folder to host it.
## Where std is built from source (the Debian route), a panic aborts on the spot: 13 KB less.
build: setup
	$(ENV) if [ "$$ROUTE" = debian ]; then \
	  export CARGO_UNSTABLE_PANIC_IMMEDIATE_ABORT=true CARGO_PROFILE_RELEASE_PANIC=immediate-abort; \
	fi; trunk build --release

lint: setup
	$(ENV) cargo fmt --all --check
	$(ENV) cargo clippy --workspace --all-targets -- -D warnings
	$(ENV) cargo clippy --target wasm32-unknown-unknown --lib --bins -- -D warnings

test-native: setup
	$(ENV) cargo test --workspace

test-e2e: setup
	$(ENV) cd e2e && E2E_PORT=$(E2E_PORT) npx playwright test

## Raw, gzip and brotli size of every file the browser downloads
size: build
	$(ENV) node scripts/size.mjs dist

## Benchmark against SurveyJS doing the same check; prints a table, writes docs/bench/latest.json
bench: build
	$(ENV) cd e2e && node bench/run.mjs $(or $(RUNS),10) docs/bench/latest.json

## Check the content files and print what is wrong, with file and line
content-check: setup
	$(ENV) cargo run --quiet -p zelfcheck-authoring --bin zelfcheck-content -- check

## Write a review document per topic to docs/review/ (every question, every tip with an example path)
review: setup
	$(ENV) cargo run --quiet --release -p zelfcheck-authoring --bin zelfcheck-content -- review content docs/review

## List Dutch sentences and words that are long for B1 reading, per topic (does not fail)
readability: setup
	$(ENV) cargo run --quiet -p zelfcheck-authoring --bin zelfcheck-content -- readability

## Mutation testing of the engine's rules: how many deliberately broken versions of
## outcome, facts, answer, walk and session the engine's own native tests catch (minutes;
## not part of `make test`). The report is in mutants.out/.
mutants: setup
	$(ENV) cargo mutants --version >/dev/null 2>&1 || cargo install cargo-mutants --version "=$(MUTANTS_VERSION)" --locked
	$(ENV) cargo mutants --package zelfcheck-engine --no-shuffle \
	  -f crates/engine/src/outcome.rs -f crates/engine/src/facts.rs -f crates/engine/src/answer.rs \
	  -f crates/engine/src/walk.rs -f crates/engine/src/session.rs

clean:
	rm -rf dist target e2e/test-results
