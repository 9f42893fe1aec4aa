# Standpoint: `make serve` runs the reader, `make test` runs every test.
# Both install what is missing first, and are quick once it is there.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

CARGO_DIR := $(or $(CARGO_HOME),$(HOME)/.cargo)
CARGO_BIN := $(CARGO_DIR)/bin
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_BIN):$(PATH)
# The Wasm keeps the source path of each place a dependency may panic:
# without the registry's prefix it does not depend on where Cargo keeps its
# sources (and is smaller).
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS := --remap-path-prefix=$(CARGO_DIR)/registry/src/index.crates.io-1949cf8c6b5b557f= -C target-feature=+simd128

TRUNK_VERSION := 0.21.14
# wasm-bindgen-cli must match the wasm-bindgen that Cargo.lock pins.
WASM_BINDGEN_VERSION = $(shell awk '/^name = "wasm-bindgen"$$/ { getline; gsub(/"/, "", $$3); print $$3 }' Cargo.lock)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SHARED_EVAL := ../shared/eval

.PHONY: help serve dist bench bench-stages fuzz test test-native test-browser test-page lint scores screenshot \
        tools-web tools-test wasm-target trunk wasm-bindgen npm-tools chromium

help:
	@echo "make serve   install what is missing, then serve the reader at http://127.0.0.1:8080/"
	@echo "make test    install what is missing, then run every test (native and in Chromium)"
	@echo "make dist    build the release site into dist/"
	@echo "make bench   the benchmark: engine speed native and in Wasm, the reader in Chromium, sizes, scaling"

serve: tools-web
	@echo "Standpoint reader: http://127.0.0.1:8080/"
	trunk serve --offline

dist: tools-web
	trunk build --release --offline

# Figures, not tests: criterion times the engine natively (and writes its
# inputs to target/bench-texts/), then scripts/bench.mjs times the engine in
# Wasm and the reader in Chromium, and compromise in Node on the same texts,
# weighs the bundles, and prints one table (copied into docs/performance.md).
bench: tools-test dist
	cargo bench -q -p standpoint-engine --bench analyze
	node scripts/bench.mjs dist target

# The engine's time per stage on ~1 MB, for finding where the time goes.
bench-stages:
	cargo run --release -q -p standpoint-engine --example stages -- src/seed.txt 20

test: tools-test lint test-native test-browser dist test-page scores

lint:
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib --bins --tests -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib --bins --features embed -- -D warnings

test-native:
	cargo test --workspace

test-browser:
	CHROMEDRIVER=$$(command -v chromedriver) \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	cargo test --target wasm32-unknown-unknown --test browser

test-page:
	node --test tests/page/

# Extraction quality on the development articles, against the floors we hold.
scores:
	cargo build --release --bin standpoint
	@if [ -d $(SHARED_EVAL)/dev ]; then python3 scripts/check_scores.py $(SHARED_EVAL); \
	else echo "scores: $(SHARED_EVAL)/dev not found, skipped"; fi

screenshot: dist
	node scripts/screenshot.mjs dist docs
	node scripts/colour-vision.mjs dist docs

# The fuzzer (not part of `make test`): the whole analysis and the layout
# on arbitrary text, its corpus seeded from the project's own samples.
# libFuzzer needs unstable compiler flags, hence RUSTC_BOOTSTRAP.
FUZZ_SECONDS ?= 600
fuzz:
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
	mkdir -p fuzz/corpus/analyze
	cp src/seed.txt crates/engine/samples/*.txt fuzz/corpus/analyze/
	cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run analyze corpus/analyze -- \
	  -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=10

# ---- tools --------------------------------------------------------------

tools-web: wasm-target trunk wasm-bindgen npm-tools
tools-test: tools-web chromium

wasm-target:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

trunk:
	@trunk --version 2>/dev/null | grep -qx "trunk $(TRUNK_VERSION)" || cargo install trunk --version $(TRUNK_VERSION) --locked

# Without --locked: the CLI's own lock file names a crate version the registry lacks.
wasm-bindgen:
	@wasm-bindgen --version 2>/dev/null | grep -q "^wasm-bindgen $(WASM_BINDGEN_VERSION)$$" \
	  || cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)

npm-tools:
	@[ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --no-audit --no-fund

chromium:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null \
	  || { $(SUDO) apt-get update && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium chromium-driver; }
