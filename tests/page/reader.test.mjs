// The built reader page (dist/) in Debian's Chromium: what a person sees.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { openSite } from '../../scripts/browser.mjs';

const SEED = fs.readFileSync(new URL('../../src/seed.txt', import.meta.url), 'utf8');
let context, origin, close;

before(async () => {
  ({ context, origin, close } = await openSite('dist'));
});
after(() => close?.());

async function open() {
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${origin}/`);
  await page.waitForSelector('[data-kind="quote"]');
  return { page, requests, errors };
}

test('opens on the seed article, highlighted, with nothing fetched from elsewhere', async () => {
  const { page, requests, errors } = await open();
  assert.equal(await page.textContent('.sp-article'), SEED);
  const quotes = await page.$$eval('[data-kind="quote"][id]', (els) => els.map((e) => e.dataset.party));
  assert.ok(quotes.filter((p) => p === 'United States').length >= 4, `quotes: ${quotes}`);
  const numbers = await page.$$eval('[data-kind="number"]:not(.is-quiet)', (els) => els.map((e) => e.textContent));
  assert.deepEqual(numbers, ['three years', '1,000', '500 per cent', '30-day']);
  const cards = await page.$$eval('.sp-card-title', (els) => els.map((e) => e.textContent));
  assert.ok(cards.includes('United States') && cards.includes('Russia'), `cards: ${cards}`);
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin)), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a dropped HTML file is read as text: its markup never runs', async () => {
  const { page } = await open();
  const html = '<html><head><script>window.hacked = 1</script></head><body><h1>Port strike</h1>' +
    '<p>The Dockers Union said it <b>rejected</b> the offer.</p><img src="x" onerror="window.hacked = 2">' +
    '<p>“We will not go back,” union leader Ana Silva said.</p></body></html>';
  await page.setInputFiles('.sp-header input[type=file]', { name: 'story.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  await page.waitForFunction(() => document.querySelector('.sp-article')?.textContent.startsWith('Port strike'));
  assert.equal(await page.textContent('.sp-article'), 'Port strike\nThe Dockers Union said it rejected the offer.\n“We will not go back,” union leader Ana Silva said.');
  assert.equal(await page.evaluate(() => window.hacked), undefined);
  assert.equal(await page.$$eval('.sp-article img, .sp-article script, .sp-article b', (els) => els.length), 0);
  const speaker = await page.getAttribute('[data-kind="quote"][id]', 'data-label');
  assert.equal(speaker, 'Silva · Dockers Union');
  await page.close();
});

test('a file that is not text gets a clear message and the article stays', async () => {
  const { page } = await open();
  await page.setInputFiles('.sp-header input[type=file]', { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]) });
  await page.waitForSelector('[role=alert]');
  assert.match(await page.textContent('[role=alert]'), /not a text or HTML file/);
  assert.equal(await page.textContent('.sp-article'), SEED);
  await page.setInputFiles('.sp-header input[type=file]', { name: 'data.txt', mimeType: 'text/plain', buffer: Buffer.from([0x41, 0, 0x42]) });
  await page.waitForFunction(() => /binary/.test(document.querySelector('[role=alert]')?.textContent));
  assert.equal(await page.textContent('.sp-article'), SEED);
  await page.close();
});

test('j and k move between highlights and Escape closes the tooltip', async () => {
  const { page } = await open();
  await page.keyboard.press('j');
  const first = await page.evaluate(() => document.activeElement.id);
  assert.match(first, /^hl-/);
  await page.keyboard.press('j');
  const second = await page.evaluate(() => document.activeElement.id);
  assert.notEqual(second, first);
  assert.equal(await page.isVisible('#sp-tooltip'), true);
  await page.keyboard.press('Escape');
  assert.equal(await page.isVisible('#sp-tooltip'), false);
  await page.keyboard.press('k');
  assert.equal(await page.evaluate(() => document.activeElement.id), first);
  await page.close();
});

test('choosing a side dims the others', async () => {
  const { page } = await open();
  await page.click('.sp-card-title button >> text=Russia');
  assert.equal(await page.getAttribute('.sp-article', 'class'), 'sp-article is-filtered');
  const selected = await page.$$eval('.hl.is-selected', (els) => [...new Set(els.map((e) => e.dataset.party))]);
  assert.deepEqual(selected, ['Russia']);
  await page.close();
});

test('a side’s card lists its figures, and a figure jumps to its highlight', async () => {
  const { page } = await open();
  const card = page.locator('.sp-card', { has: page.locator('.sp-card-title button', { hasText: 'Russia' }) });
  const figures = await card.locator('.sp-card-figures .sp-figure-value').allTextContents();
  assert.ok(figures.includes('30 days'), `Russia's figures: ${figures}`);
  await card.locator('.sp-card-figures button', { hasText: '30 days' }).click();
  const marked = await page.$eval('.hl.is-marked', (el) => el.textContent);
  assert.equal(marked, '30-day');
  await page.close();
});

test('the paste box keeps its text when closed, and says inside it why a text is refused', async () => {
  const { page } = await open();
  await page.click('text=Paste or drop an article');
  await page.fill('textarea', 'Draft that must survive Escape.');
  await page.keyboard.press('Escape');
  await page.waitForSelector('textarea', { state: 'detached' });
  await page.click('text=Paste or drop an article');
  assert.equal(await page.inputValue('textarea'), 'Draft that must survive Escape.');
  await page.click('text=Cancel');
  await page.click('text=Paste or drop an article');
  assert.equal(await page.inputValue('textarea'), 'Draft that must survive Escape.');
  // Refused: the reason is in the box, beside the text, and the box stays.
  await page.fill('textarea', '   \n\t  ');
  await page.click('button[type=submit]');
  const problem = page.locator('[role=dialog] [role=alert]');
  assert.match(await problem.textContent(), /no text/i);
  assert.equal(await page.getAttribute('textarea', 'aria-describedby'), 'sp-paste-problem');
  assert.equal(await page.inputValue('textarea'), '   \n\t  ');
  assert.equal(await page.textContent('.sp-article'), SEED);
  await page.close();
});

test('a new article is announced, takes the focus to its title, and drops an old shared link', async () => {
  const { page } = await open();
  await page.click('text=Copy link');
  await page.waitForFunction(() => location.hash.startsWith('#v=1'));
  await page.click('text=Paste or drop an article');
  await page.fill('textarea', 'Kenya rejected the plan on Monday.');
  await page.click('button[type=submit]');
  await page.waitForFunction(() => document.querySelector('.sp-article').textContent.startsWith('Kenya'));
  await page.waitForFunction(() => /^Analysed: 0 quotes, 0 figures, 1 position\.$/.test(document.querySelector('.sp-status').textContent));
  assert.equal(await page.evaluate(() => location.hash), '');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'sp-title');
  await page.close();
});

test('a damaged shared link says so', async () => {
  const page = await context.newPage();
  await page.goto(`${origin}/#v=1&layers=quotes&text=!!!`);
  await page.waitForFunction(() => /cut short/.test(document.querySelector('[role=alert]')?.textContent));
  assert.equal(await page.textContent('.sp-article'), SEED);
  await page.close();
});

test('a hidden layer leaves the keyboard path and comes back when shown', async () => {
  const { page } = await open();
  const stops = () => page.$$eval('.sp-article [tabindex]', (els) => els.map((e) => e.dataset.kind));
  const before = await stops();
  assert.ok(before.includes('quote'));
  await page.click('.sp-toggle[data-layer=quote]');
  const hidden = await stops();
  assert.ok(!hidden.includes('quote') && hidden.length < before.length, `stops: ${hidden}`);
  assert.equal(await page.$$eval('.sp-article [data-kind=quote][aria-label]', (els) => els.length), 0);
  // j never lands on a hidden quote.
  for (let i = 0; i < hidden.length; i++) {
    await page.keyboard.press('j');
    assert.notEqual(await page.evaluate(() => document.activeElement.dataset.kind), 'quote');
  }
  await page.click('.sp-toggle[data-layer=quote]');
  assert.deepEqual(await stops(), before);
  await page.close();
});

test('a tooltip near the bottom of the window opens above its highlight', async () => {
  const { page } = await open();
  await page.setViewportSize({ width: 1280, height: 800 });
  const id = await page.evaluate(() => {
    const stops = [...document.querySelectorAll('.sp-article [tabindex]')];
    const low = stops.find((e) => { const r = e.getBoundingClientRect(); return r.bottom > innerHeight - 60 && r.bottom < innerHeight; });
    if (low) return low.id;
    // Bring one to the bottom edge.
    const el = stops[Math.floor(stops.length / 2)];
    window.scrollBy(0, el.getBoundingClientRect().bottom - innerHeight + 20);
    return el.id;
  });
  await page.evaluate((id) => document.getElementById(id).focus({ preventScroll: true }), id);
  await page.waitForSelector(`#sp-tooltip[data-for="${id}"]`);
  const { tip, mark, height } = await page.evaluate((id) => ({
    tip: document.getElementById('sp-tooltip').getBoundingClientRect().toJSON(),
    mark: document.getElementById(id).getBoundingClientRect().toJSON(),
    height: innerHeight,
  }), id);
  assert.ok(tip.bottom <= height, `tooltip ends at ${tip.bottom} in a ${height} px window`);
  assert.ok(tip.bottom <= mark.top + 1, 'above the highlight');
  await page.close();
});
