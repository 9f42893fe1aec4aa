#!/bin/sh
# Trunk post-build hook: short import names in the Wasm and its glue, the
# embed bundle under names a site author can type (dist/standpoint/), and
# the example pages (dist/examples/). The bundle is the reader page's own
# Wasm and glue, so both are built once.
set -eu
stage="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
cd "${TRUNK_SOURCE_DIR:-.}"
mkdir -p "$stage/standpoint" "$stage/examples"
# Trunk's own minifier cannot parse wasm-bindgen's glue; terser can.
for f in "$stage"/standpoint-reader-*.js; do
  node_modules/.bin/terser "$f" --module --compress --mangle --output "$f"
  # Short import names in the Wasm and the glue (6 KB gzip less).
  node scripts/short-imports.mjs "$f" "${f%.js}_bg.wasm"
done
for f in "$stage"/standpoint-reader-*_bg.wasm; do cp "$f" "$stage/standpoint/standpoint_bg.wasm"; done
for f in "$stage"/standpoint-reader-*.js; do cp "$f" "$stage/standpoint/standpoint.js"; done
for f in "$stage"/reader-*.css; do cp "$f" "$stage/standpoint/standpoint.css"; done
cp embed/standpoint-embed.js embed/standpoint-embed.d.ts "$stage/standpoint/"
cp examples/* "$stage/examples/"
cp src/seed.txt "$stage/examples/article.txt"
