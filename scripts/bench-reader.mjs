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
  await page.goto(`${origin}/`, { waitUntil: 'commit' });
  // One observer rather than a poll every frame, which would add work to
  // the very page it times.
  const ms = await page.evaluate(() => new Promise((resolve) => {
    const seen = () => performance.getEntriesByName('standpoint:highlighted')[0];
    if (seen()) resolve(seen().startTime);
    else new PerformanceObserver(() => seen() && resolve(seen().startTime)).observe({ type: 'mark' });
  }));
  await page.close();
  return ms;
}

async function pasted(context, origin, text) {
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => performance.getEntriesByName('standpoint:highlighted').length > 0);
  await page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  await page.click('text=Paste or drop an article');
  // As a paste leaves it: the whole text in the box at once. (Playwright's
  // fill types it in through the input pipeline, which takes minutes for 1 MB.)
  await page.evaluate((t) => {
    const area = document.querySelector('textarea');
    area.value = t;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  const figures = await page.evaluate(() => new Promise((resolve) => {
    // The seed article is highlighted too, and the pasted text begins with
    // it: the new article is on screen once there are more paragraphs.
    const paragraphs = () => document.querySelectorAll('.sp-article > .sp-p').length;
    const before = paragraphs();
    const marks = performance.getEntriesByName('standpoint:highlighted').length;
    let first = null;
    let start;
    const watch = () => {
      const highlighted = !document.querySelector('textarea') && paragraphs() > before
        && document.querySelector('.sp-article [data-kind="quote"]');
      if (highlighted) first = performance.now() - start;
      else requestAnimationFrame(watch);
    };
    // The reader marks the moment the whole article is in the page; reading
    // textContent every frame would itself hold the page up.
    new PerformanceObserver((list, observer) => {
      const all = performance.getEntriesByName('standpoint:highlighted');
      if (all.length > marks) {
        observer.disconnect();
        resolve({ first, whole: all[all.length - 1].startTime - start });
      }
    }).observe({ type: 'mark' });
    start = performance.now();
    document.querySelector('button[type=submit]').click();
    requestAnimationFrame(watch);
  }));
  const whole = await page.evaluate(() => document.querySelector('.sp-article').textContent);
  if (whole !== text) throw new Error('the pasted article is not wholly in the page');
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
