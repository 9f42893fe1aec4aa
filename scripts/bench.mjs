// Prints the figures of `make bench` as one table (Markdown), after the
// criterion run has measured the engine natively and written its inputs
// to target/bench-texts/:
//   - the engine, native (criterion's estimates) and in Wasm in Chromium,
//     on the seed article and on ~1 MB of the project's sample texts;
//   - `compromise`, the library a web developer would pick instead, in
//     Node on the same texts, and our speed as a ratio to it;
//   - the reader in Chromium: navigation to the seed fully highlighted, and
//     a pasted 1 MB article (first highlighted screen, longest task);
//   - the gzip size of what the reader page and the embed bundle load;
//   - the scaling from 10 KB to 10 MB, and unusual inputs at 512 KB and 1 MB.
// Usage: node scripts/bench.mjs [dist] [target]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { serve } from './serve.mjs';
import { launch } from './browser.mjs';
import { readerFigures } from './bench-reader.mjs';

const [dist = 'dist', target = 'target'] = process.argv.slice(2);
const texts = {
  seed: fs.readFileSync(path.join(target, 'bench-texts/seed.txt'), 'utf8'),
  '1mb': fs.readFileSync(path.join(target, 'bench-texts/1mb.txt'), 'utf8'),
};
const bytes = (name) => Buffer.byteLength(texts[name]);
const mbps = (n, ms) => (n / 1e6) / (ms / 1e3);
const fmt = (x, digits = 1) => x.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const kb = (n) => `${fmt(n / 1000, 1)} KB`;

/** Criterion's mean time for `group/id`, in milliseconds. */
function criterionMs(group, id) {
  const file = path.join(target, 'criterion', group, id, 'new', 'estimates.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')).mean.point_estimate / 1e6;
}

/** The best time of `fn` over `runs` runs (after one warm-up), in ms. */
function best(fn, runs) {
  fn();
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

// compromise: quotations, numbers and topics, as its documentation shows them.
const require = createRequire(import.meta.url);
const nlp = require('compromise');
const compromise = {};
for (const name of ['seed', '1mb']) {
  compromise[name] = best(() => {
    const doc = nlp(texts[name]);
    return [doc.quotations().json(), doc.numbers().json(), doc.topics().json()];
  }, name === 'seed' ? 20 : 2);
}
// The browser build a page would load (the package exports no path to it).
const compromiseBundle = new URL('../node_modules/compromise/builds/compromise.js', import.meta.url);
const compromiseGzip = fs.existsSync(compromiseBundle)
  ? zlib.gzipSync(fs.readFileSync(compromiseBundle), { level: 9 }).length
  : NaN;

// Sizes: every file the reader page loads, and the embed bundle.
const gzip = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const pageFiles = fs.readdirSync(dist).filter((f) => /\.(html|js|wasm|css)$/.test(f));
const pageSize = pageFiles.reduce((sum, f) => sum + gzip(path.join(dist, f)), 0);
const embedDir = path.join(dist, 'standpoint');
const embedFiles = fs.readdirSync(embedDir).filter((f) => /\.(js|wasm|css)$/.test(f));
const embedSize = embedFiles.reduce((sum, f) => sum + gzip(path.join(embedDir, f)), 0);

// The engine in Wasm and the reader, in Chromium.
const server = await serve(dist);
const origin = `http://127.0.0.1:${server.address().port}`;
const context = await launch();
let wasm, reader;
try {
  const page = await context.newPage();
  await page.goto(`${origin}/examples/embed.html`);
  wasm = await page.evaluate(async (texts) => {
    const { analyze } = await import('/standpoint/standpoint-embed.js');
    // The best of `runs` samples, each the mean of `batch` calls: the page's
    // clock ticks in steps of 0.1 ms, longer than one call on the seed.
    const best = (text, runs, batch) => {
      analyze(text);
      let min = Infinity;
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        for (let b = 0; b < batch; b++) analyze(text);
        min = Math.min(min, (performance.now() - t0) / batch);
      }
      return min;
    };
    return { seed: best(texts.seed, 20, 50), '1mb': best(texts['1mb'], 8, 1) };
  }, texts);
  await page.close();
  reader = await readerFigures(context, origin, texts['1mb']);
} finally {
  await context.close();
  server.close();
}

const native = { seed: criterionMs('analyze', 'seed'), '1mb': criterionMs('analyze', '1mb') };
const rows = [];
const row = (what, figure, budget = '') => rows.push([what, figure, budget]);
for (const name of ['seed', '1mb']) {
  const label = name === 'seed' ? `seed article (${fmt(bytes(name) / 1000)} KB)` : `1 MB text (${fmt(bytes(name) / 1e6, 2)} MB)`;
  row(`Engine, native, ${label}`, `${fmt(native[name], 3)} ms · ${fmt(mbps(bytes(name), native[name]))} MB/s`, name === '1mb' ? '≥ 100 MB/s' : '');
  row(`Engine, Wasm in Chromium, ${label}`, `${fmt(wasm[name], 3)} ms · ${fmt(mbps(bytes(name), wasm[name]))} MB/s`, name === '1mb' ? '≥ 50 MB/s' : '');
  row(`compromise in Node, ${label}`, `${fmt(compromise[name], 1)} ms · ${fmt(mbps(bytes(name), compromise[name]), 3)} MB/s`);
  row(`Speed ratio to compromise, ${label}`, `native ${fmt(compromise[name] / native[name], 0)}× · Wasm ${fmt(compromise[name] / wasm[name], 0)}×`, name === '1mb' ? '≥ 1000×' : '');
}
for (const [what, figure, budget] of reader) row(what, figure, budget);
row(`Reader page, everything it loads (${pageFiles.length} files), gzip -9`, kb(pageSize), '≤ 200 KB');
row(`Embed bundle (${embedFiles.join(', ')}), gzip -9`, kb(embedSize));
row('compromise alone (builds/compromise.js), gzip -9', kb(compromiseGzip));
const scale = [['10kb', 1e4], ['100kb', 1e5], ['1mb', 1e6], ['10mb', 1e7]].map(([id, n]) => [id, n, criterionMs('scaling', id)]);
for (let i = 0; i < scale.length; i++) {
  const [id, n, ms] = scale[i];
  const perDoubling = i === 0 ? '' : ` · ×${fmt(Math.pow(ms / scale[i - 1][2], 1 / Math.log2(n / scale[i - 1][1])), 2)} per doubling`;
  row(`Scaling, native, ${id.replace('kb', ' KB').replace('mb', ' MB')}`, `${fmt(ms, 3)} ms · ${fmt(mbps(n, ms))} MB/s${perDoubling}`, i === 0 ? '' : '≈ ×2 per doubling');
}

// Unusual inputs: the time at 1 MB, and the growth from 512 KB.
const unusualDir = path.join(target, 'criterion', 'unusual');
for (const name of fs.existsSync(unusualDir) ? fs.readdirSync(unusualDir).filter((d) => d !== 'report').sort() : []) {
  const half = criterionMs('unusual', `${name}/512kb`);
  const whole = criterionMs('unusual', `${name}/1mb`);
  row(`Unusual input, ${name}, 1 MB`, `${fmt(whole, 2)} ms · ×${fmt(whole / half, 2)} from 512 KB`, '≈ ×2');
}

const cpu = os.cpus()[0]?.model?.trim() ?? 'unknown CPU';
console.log(`\nStandpoint benchmark — ${new Date().toISOString().slice(0, 10)}, ${cpu}, ${os.cpus().length} cores, ` +
  `${fmt(os.totalmem() / 2 ** 30, 0)} GiB, ${os.type()} ${os.release()}, Node ${process.version}, Chromium (Debian)\n`);
console.log('| Measure | Figure | Budget |');
console.log('| --- | --- | --- |');
for (const [what, figure, budget] of rows) console.log(`| ${what} | ${figure} | ${budget} |`);
