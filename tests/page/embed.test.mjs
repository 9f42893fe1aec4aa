// The embed bundle on host pages (dist/examples/), and sharing and export
// on the reader page, in Debian's Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { openSite } from '../../scripts/browser.mjs';

const SEED = fs.readFileSync(new URL('../../src/seed.txt', import.meta.url), 'utf8');
let context, origin, close;

before(async () => {
  ({ context, origin, close } = await openSite('dist', { clipboard: true }));
});
after(() => close?.());

/** A page, with every request and error it makes recorded. */
async function open(path, ready = '[data-kind="quote"]') {
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error' && !m.text().includes('404')) errors.push(m.text()); });
  await page.goto(`${origin}${path}`);
  if (ready) await page.waitForSelector(ready);
  return { page, requests, errors };
}

/** What a widget shows: its article's text, its highlights by kind, its root's classes. */
function widget(page, selector) {
  return page.$eval(selector, (el) => {
    const root = el.shadowRoot;
    const kinds = {};
    for (const hl of root.querySelectorAll('[data-kind][id]')) kinds[hl.dataset.kind] = (kinds[hl.dataset.kind] ?? 0) + 1;
    return {
      text: root.querySelector('.sp-article')?.textContent,
      kinds,
      classes: root.querySelector('.sp-reader')?.className,
      article: root.querySelector('.sp-article')?.className,
      panel: Boolean(root.querySelector('.sp-panel')),
    };
  });
}

test('two widgets on a host page render their own articles, fetching nothing from elsewhere', async () => {
  const { page, requests, errors } = await open('/examples/embed.html');
  await page.waitForFunction(() => document.querySelector('#from-file')?.shadowRoot?.querySelector('[data-kind="quote"]'));
  const inline = await widget(page, '#inline');
  assert.ok(inline.text.startsWith('Canada on Tuesday proposed'), inline.text);
  assert.equal(inline.text.split('\n').length, 5, 'one paragraph per <p>');
  assert.ok(inline.kinds.quote >= 3 && inline.kinds.number >= 4 && inline.kinds.position >= 3, JSON.stringify(inline.kinds));
  assert.ok(inline.panel);
  assert.match(inline.classes, /sp-light/);
  const file = await widget(page, '#from-file');
  assert.equal(file.text, SEED);
  assert.match(file.classes, /sp-dark/);
  assert.match(file.article, /hide-number/);
  assert.match(file.article, /hide-mention/);
  assert.doesNotMatch(file.article, /hide-quote|hide-position/);
  assert.ok(!file.panel);
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin)), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('changing an attribute or the text updates the widget', async () => {
  const { page } = await open('/examples/embed.html');
  await page.$eval('#inline', (el) => {
    el.setAttribute('layers', 'numbers');
    el.setAttribute('theme', 'dark');
    el.removeAttribute('panel');
  });
  await page.waitForFunction(() => !document.querySelector('#inline')?.shadowRoot?.querySelector('.sp-panel'));
  let state = await widget(page, '#inline');
  assert.match(state.classes, /sp-dark/);
  assert.match(state.article, /hide-quote/);
  assert.doesNotMatch(state.article, /hide-number/);
  const pressed = await page.$$eval('#inline >> .sp-toggle', (els) => els.map((e) => `${e.dataset.layer}:${e.getAttribute('aria-pressed')}`));
  assert.deepEqual(pressed, ['quote:false', 'number:true', 'mention:false', 'position:false']);

  await page.$eval('#inline', (el) => { el.textContent = 'Brazil rejected a 10 per cent levy. "It is unfair," said Ana Costa of Brazil.'; });
  await page.waitForFunction(() => document.querySelector('#inline')?.shadowRoot?.querySelector('.sp-article')?.textContent.startsWith('Brazil'));
  state = await widget(page, '#inline');
  assert.equal(state.text, 'Brazil rejected a 10 per cent levy. "It is unfair," said Ana Costa of Brazil.');
  assert.equal(state.kinds.quote, 1);
  await page.$eval('#from-file', (el) => el.setAttribute('src', 'missing.txt'));
  await page.waitForFunction(() => document.querySelector('#from-file')?.shadowRoot?.querySelector('.sp-notice'));
  const notice = await page.$eval('#from-file', (el) => el.shadowRoot.querySelector('.sp-notice').textContent);
  assert.match(notice, /missing\.txt answered 404/);
  await page.close();
});

test("the host page's styles do not reach the widget, and the widget's do not leak out", async () => {
  const { page } = await open('/examples/embed.html');
  // The host decides the widget's width; its styles must decide nothing else.
  await page.$eval('#inline', (el) => el.style.setProperty('width', '700px'));
  const PROPS = ['font-family', 'font-size', 'color', 'background-color', 'letter-spacing', 'line-height', 'text-transform', 'font-weight'];
  const read = () => page.$eval('#inline', (el, props) => {
    const pick = (node) => { const s = getComputedStyle(node); return props.map((p) => `${p}=${s.getPropertyValue(p)}`); };
    const root = el.shadowRoot;
    return ['.sp-reader', '.sp-article', '.hl-quote', '.hl-number', '.sp-toggle', '.sp-card-title']
      .map((sel) => [sel, pick(root.querySelector(sel))]);
  }, PROPS);
  const styled = await read();
  const h1Before = await page.$eval('h1', (h) => getComputedStyle(h).fontFamily);
  await page.$eval('link[href="host.css"]', (link) => link.remove());
  const bare = await read();
  assert.deepEqual(styled, bare);
  assert.match(h1Before, /Georgia/, 'the host keeps its own heading font');
  const sheets = await page.evaluate(() => [...document.styleSheets].map((s) => s.href ?? 'inline'));
  assert.deepEqual(sheets, [], 'no stylesheet of the widget is in the host document');
  await page.close();
});

test('the bundle defines one custom element and no global', async () => {
  const blank = await context.newPage();
  await blank.goto(`${origin}/examples/csp.css`);
  const plain = new Set(await blank.evaluate(() => Object.getOwnPropertyNames(window)));
  await blank.close();
  const { page } = await open('/examples/embed.html');
  const added = (await page.evaluate(() => Object.getOwnPropertyNames(window))).filter((k) => !plain.has(k));
  assert.deepEqual(added, []);
  assert.equal(await page.evaluate(() => typeof customElements.get('standpoint-reader')), 'function');
  await page.close();
});

test('works under a strict Content-Security-Policy, through the element and the API', async () => {
  const { page, requests, errors } = await open('/examples/csp.html');
  const violations = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
  await page.waitForFunction(() => document.querySelector('#mounted')?.shadowRoot?.querySelector('[data-kind="number"]'));
  assert.match(await page.textContent('#count'), /^1 quote, 1 number, 2 positions$/);
  let mounted = await widget(page, '#mounted');
  assert.match(mounted.classes, /sp-dark/);
  assert.match(mounted.article, /hide-position/);
  // The handle the page keeps: update, then destroy.
  await page.evaluate(() => document.querySelector('#mounted').standpoint.update({ layers: 'positions', theme: 'light' }));
  mounted = await widget(page, '#mounted');
  assert.match(mounted.classes, /sp-light/);
  assert.match(mounted.article, /hide-quote/);
  await page.evaluate(() => document.querySelector('#mounted').standpoint.destroy());
  assert.equal(await page.evaluate(() => document.querySelector('#mounted').shadowRoot.childElementCount), 0);
  const element = await widget(page, '#element');
  assert.ok(element.kinds.quote === 1 && element.kinds.position >= 1, JSON.stringify(element.kinds));
  // Tooltips are placed through the CSSOM, which the policy allows.
  await page.hover('#element >> [data-kind="quote"][id]');
  await page.waitForFunction(() => {
    const tip = document.querySelector('#element')?.shadowRoot?.querySelector('.sp-tooltip');
    return tip && !tip.hidden;
  });
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin)), []);
  await page.close();
});

test('without its Wasm, the element keeps its text readable', async () => {
  const page = await context.newPage();
  await page.route('**/standpoint_bg.wasm', (route) => route.abort());
  await page.goto(`${origin}/examples/embed.html`);
  await page.waitForTimeout(300);
  assert.equal(await page.$eval('#inline', (el) => el.shadowRoot), null);
  assert.match(await page.innerText('#inline'), /Canada on Tuesday proposed extending/);
  await page.close();
});

test('analyze() returns the report of the evaluation format', async () => {
  const { page } = await open('/examples/csp.html', '#mounted');
  const report = await page.evaluate(async () => {
    const { analyze } = await import('/standpoint/standpoint-embed.js');
    return analyze('"We will not pay," said Ada Obi of Kenya. Kenya demanded $5 billion.');
  });
  assert.deepEqual(Object.keys(report), ['parties', 'quotes', 'numbers', 'mentions', 'positions']);
  assert.deepEqual(report.quotes[0], { start: 1, end: 17, text: 'We will not pay,', speaker: 'Ada Obi', party: 'Kenya', partial: false });
  assert.equal(report.numbers[0].value, 5e9);
  assert.equal(report.numbers[0].unit, 'USD');
  await page.close();
});

test('analyze() gives offsets in code points and each text as they cut it, beyond the BMP too', async () => {
  const { page } = await open('/examples/csp.html', '#mounted');
  const checked = await page.evaluate(async () => {
    const { analyze } = await import('/standpoint/standpoint-embed.js');
    const texts = [
      '😀 "We will not pay," said Ada Obi of Kenya. 𝔘 Kenya demanded $5 billion from Ghana.',
      'Plain: "We will not pay," said Ada Obi of Kenya. Kenya demanded $5 billion.',
      'A lone \uD800 surrogate. "We will not pay," said Ada Obi of Kenya.',
    ];
    return texts.map((text) => {
      const report = analyze(text);
      const points = [...text.toWellFormed()];
      const items = [...report.quotes, ...report.numbers, ...report.mentions, ...report.positions];
      const wrong = items.filter((i) => points.slice(i.start, i.end).join('') !== i.text);
      return { items: items.length, wrong, quote: report.quotes[0]?.text, kenya: report.parties.some((p) => p.name === 'Kenya') };
    });
  });
  for (const c of checked) {
    assert.ok(c.items >= 4, JSON.stringify(c));
    assert.deepEqual(c.wrong, []);
    assert.equal(c.quote, 'We will not pay,');
    assert.ok(c.kenya);
  }
  await page.close();
});

test('a copied link reopens the same article with the same layers, on a fresh page', async () => {
  const { page } = await open('/');
  const article = 'Peru proposed a truce. "We are ready to talk," said Peru\'s foreign minister, Elena Ruiz.\n<script>window.hacked = 1</script>';
  await page.click('text=Paste or drop an article');
  await page.fill('textarea', article);
  await page.click('button[type=submit]');
  await page.waitForFunction(() => document.querySelector('.sp-article')?.textContent.startsWith('Peru'));
  await page.click('.sp-toggle[data-layer="number"]');
  await page.click('text=Copy link');
  await page.waitForFunction(() => document.querySelector('.sp-status')?.textContent.startsWith('Link copied'));
  const url = await page.evaluate(() => location.href);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), url);
  assert.match(url, /#v=1&layers=quotes,mentions,positions&text=[\w-]+$/);
  await page.close();

  const fresh = await context.newPage();
  await fresh.goto(url);
  await fresh.waitForFunction(() => document.querySelector('.sp-article')?.textContent.startsWith('Peru'));
  assert.equal(await fresh.textContent('.sp-article'), article);
  assert.equal(await fresh.getAttribute('.sp-toggle[data-layer="number"]', 'aria-pressed'), 'false');
  assert.equal(await fresh.evaluate(() => window.hacked), undefined);
  await fresh.close();
});

test('the analysis downloads as JSON and the summary copies as Markdown', async () => {
  const { page } = await open('/');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Download JSON')]);
  assert.equal(download.suggestedFilename(), 'standpoint-analysis.json');
  const report = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.ok(report.quotes.filter((q) => q.speaker === 'Marco Rubio').length >= 4);
  assert.ok(report.numbers.some((n) => n.text === '1,000' && n.value === 1000));
  // The embed API's analyze() gives the same report, built the other way.
  const text = await page.textContent('.sp-article');
  const viaEmbed = await page.evaluate(async (t) => (await import('/standpoint/standpoint-embed.js')).analyze(t), text);
  assert.deepEqual(viaEmbed, report);
  await page.click('text=Copy summary');
  await page.waitForFunction(() => document.querySelector('.sp-status')?.textContent.startsWith('Summary copied'));
  const summary = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(summary.startsWith('# Rubio: US will not support endless Russia-Ukraine talks without progress\n'), summary);
  assert.match(summary, /## Who said what\n\n- \*\*Marco Rubio\*\* \(United States\): “/);
  assert.match(summary, /## Where each side stands\n\n- \*\*/);
  assert.match(summary, /## The figures\n\n/);
  await page.close();
});
