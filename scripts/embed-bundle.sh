#!/bin/sh
# Trunk post-build hook: short import names in the Wasm and its glue, the
# embed bundle under names a site author can type (dist/standpoint/), and
# the example pages (dist/examples/). The embed bundle is a build of its
# own, with the `embed` feature: the reader page leaves out the API that
# only embedding pages call, and the bundle leaves out the reader page.
# Both are built with the same profile and flags, so they share the engine.
set -eu
stage="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
cd "${TRUNK_SOURCE_DIR:-.}"
mkdir -p "$stage/standpoint" "$stage/examples"

# The embed bundle, as Trunk builds the page: the profile index.html names
# for a release, then wasm-bindgen, and wasm-opt with index.html's options.
target="${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown"
if [ "${TRUNK_PROFILE:-debug}" = release ]; then
  cargo build --quiet --profile wasm-release --target wasm32-unknown-unknown \
    --bin standpoint-reader --features embed
  wasm="$target/wasm-release/standpoint-reader.wasm"
else
  cargo build --quiet --target wasm32-unknown-unknown --bin standpoint-reader --features embed
  wasm="$target/debug/standpoint-reader.wasm"
fi
wasm-bindgen --target web --no-typescript --out-dir "$stage/standpoint" --out-name standpoint "$wasm"
if [ "${TRUNK_PROFILE:-debug}" = release ]; then
  params=$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' index.html)
  # shellcheck disable=SC2086 # the options are words to split
  wasm-opt $params "$stage/standpoint/standpoint_bg.wasm" -o "$stage/standpoint/standpoint_bg.wasm"
fi

# Trunk's own minifier cannot parse wasm-bindgen's glue; terser can.
for f in "$stage"/standpoint-reader-*.js "$stage/standpoint/standpoint.js"; do
  node_modules/.bin/terser "$f" --module --compress --mangle --output "$f"
  # Short import names in the Wasm and the glue (6 KB gzip less).
  node scripts/short-imports.mjs "$f" "${f%.js}_bg.wasm"
done
for f in "$stage"/reader-*.css; do cp "$f" "$stage/standpoint/standpoint.css"; done
cp embed/standpoint-embed.js embed/standpoint-embed.d.ts "$stage/standpoint/"
cp examples/* "$stage/examples/"
cp src/seed.txt "$stage/examples/article.txt"
