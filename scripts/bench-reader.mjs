// The reader in Chromium, for `make bench` (scripts/bench.mjs):
//   - from navigation to the seed article fully highlighted (the reader
//     marks `standpoint:highlighted` once the whole article is in the DOM);
//   - a pasted 1 MB article: from the click on "Analyse" to the first
//     highlighted screen painted, to the whole article in the DOM, and the
//     longest main-thread task meanwhile (Long Tasks API).
// Returns rows of [measure, figure, budget].

const RUNS = 5;

/** Navigation start to the seed article wholly highlighted in the DOM, in ms. */
async function seedHighlighted(context, origin) {
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => performance.getEntriesByName('standpoint:highlighted').length > 0);
  const ms = await page.evaluate(() => performance.getEntriesByName('standpoint:highlighted')[0].startTime);
  await page.close();
  return ms;
}

async function pasted(context, origin, text) {
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.waitForSelector('[data-kind="quote"]');
  await page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  await page.click('text=Paste or drop an article');
  await page.fill('textarea', text);
  const figures = await page.evaluate((length) => new Promise((resolve) => {
    const article = () => document.querySelector('.sp-article');
    let first = null;
    const start = performance.now();
    window.__longest = 0;
    const watch = () => {
      const a = article();
      const done = a && a.textContent.length === length;
      const highlighted = a && a.querySelector('[data-kind="quote"]') && !document.querySelector('textarea');
      if (highlighted && first === null) first = performance.now() - start;
      if (done) {
        resolve({ first, whole: performance.now() - start });
      } else {
        requestAnimationFrame(watch);
      }
    };
    document.querySelector('button[type=submit]').click();
    requestAnimationFrame(watch);
  }), text.length);
  // Let any last task finish before reading the longest one.
  await page.waitForTimeout(200);
  figures.longest = await page.evaluate(() => window.__longest);
  await page.close();
  return figures;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(0)} ms`;

export async function readerFigures(context, origin, megabyte) {
  const seed = [];
  for (let i = 0; i < RUNS; i++) seed.push(await seedHighlighted(context, origin));
  const big = await pasted(context, origin, megabyte);
  return [
    [`Reader, navigation to the seed article highlighted (median of ${RUNS})`, ms(median(seed)), '≤ 100 ms'],
    ['Reader, 1 MB pasted: first highlighted screen', ms(big.first), '≤ 1 s'],
    ['Reader, 1 MB pasted: the whole article in the page', ms(big.whole), ''],
    ['Reader, 1 MB pasted: longest main-thread task', ms(big.longest), '≤ 100 ms'],
  ];
}
