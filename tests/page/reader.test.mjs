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
