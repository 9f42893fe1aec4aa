// Gives the Wasm's imports short names, in the Wasm and in its glue alike:
//   node scripts/short-imports.mjs GLUE.js MODULE.wasm
// wasm-bindgen names each import after its function and a 16-digit hash
// ("__wbg_getElementById_7ee213db584f37b0"), and both files spell every
// name out: some 180 of them, which gzip cannot shorten, since hashes do
// not repeat. An import is renamed only where the glue names it exactly
// once, as the key of its imports object; any other is left as it is.
import fs from 'node:fs';

const [gluePath, wasmPath] = process.argv.slice(2);
if (!gluePath || !wasmPath) {
  console.error('usage: node scripts/short-imports.mjs GLUE.js MODULE.wasm');
  process.exit(2);
}
let glue = fs.readFileSync(gluePath, 'utf8');
const wasm = fs.readFileSync(wasmPath);

function fail(message) {
  console.error(`short-imports: ${wasmPath}: ${message}`);
  process.exit(1);
}

// The Wasm binary format's pieces that the import section holds.
let at = 0;
function leb() {
  let value = 0;
  let shift = 0;
  for (;;) {
    if (at >= wasm.length) fail('ends inside a number');
    const byte = wasm[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (!(byte & 0x80)) return value;
  }
}
function name() {
  const length = leb();
  const text = wasm.toString('utf8', at, at + length);
  at += length;
  return text;
}
function limits() {
  const flags = wasm[at++];
  leb();
  if (flags & 1) leb();
}
function encodeLeb(value) {
  const bytes = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    bytes.push(byte);
  } while (value);
  return Buffer.from(bytes);
}
function encodeName(text) {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([encodeLeb(bytes.length), bytes]);
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `word` in the glue as a whole word, or only as an object's key. */
const anywhere = (word) => new RegExp(`(?<![\\w$])${escape(word)}(?![\\w$])`, 'g');
const asKey = (word) => new RegExp(`(?<![\\w$."'])${escape(word)}(?=:)`, 'g');
const count = (pattern) => (glue.match(pattern) || []).length;

if (wasm.length < 8 || wasm.readUInt32LE(0) !== 0x6d736100) fail('is not WebAssembly');
at = 8;
const parts = [wasm.subarray(0, 8)];
let renamed = 0;
while (at < wasm.length) {
  const sectionStart = at;
  const id = wasm[at++];
  const size = leb();
  const contentStart = at;
  const end = contentStart + size;
  if (id !== 2) {
    parts.push(wasm.subarray(sectionStart, end));
    at = end;
    continue;
  }
  const total = leb();
  const imports = [];
  for (let k = 0; k < total; k++) {
    const module = name();
    const field = name();
    const descStart = at;
    const kind = wasm[at++];
    if (kind === 0 || kind === 4) {
      if (kind === 4) at++;
      leb();
    } else if (kind === 1) {
      at++;
      limits();
    } else if (kind === 2) {
      limits();
    } else if (kind === 3) {
      at += 2;
    } else {
      fail(`has an import of unknown kind ${kind}`);
    }
    imports.push({ module, field, desc: wasm.subarray(descStart, at) });
  }
  if (at !== end) fail('has an import section of the wrong size');
  const modules = [...new Set(imports.map((i) => i.module))];
  const shortModule = new Map();
  for (const [k, module] of modules.entries()) {
    const literal = JSON.stringify(module);
    if (glue.split(`${literal}:`).length === 2) {
      glue = glue.replace(`${literal}:`, `${JSON.stringify(`m${k}`)}:`);
      shortModule.set(module, `m${k}`);
    }
  }
  const body = [encodeLeb(total)];
  let next = 0;
  for (const i of imports) {
    let field = i.field;
    if (count(anywhere(field)) === 1 && count(asKey(field)) === 1) {
      let short;
      do short = `i${(next++).toString(36)}`; while (count(anywhere(short)) > 0);
      glue = glue.replace(asKey(field), short);
      field = short;
      renamed++;
    }
    body.push(encodeName(shortModule.get(i.module) ?? i.module), encodeName(field), i.desc);
  }
  const content = Buffer.concat(body);
  parts.push(Buffer.from([2]), encodeLeb(content.length), content);
  at = end;
}
// wasm-bindgen's glue has always named every import once: none renamed
// means its shape has changed, and the bundle would silently grow back.
if (renamed === 0) fail('no import is named once in the glue; has its shape changed?');
fs.writeFileSync(wasmPath, Buffer.concat(parts));
fs.writeFileSync(gluePath, glue);
console.log(`short-imports: ${renamed} imports renamed in ${wasmPath}`);
