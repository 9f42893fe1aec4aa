// Text that is hostile, or is not an article, through every way text
// reaches the reader: pasted, dropped, written in an embed element, given
// to mount(), carried in a shared link. It is shown as text, faithfully,
// and nothing in it runs, loads or navigates.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openSite } from '../../scripts/browser.mjs';

let context, origin, close;

before(async () => {
  ({ context, origin, close } = await openSite('dist', { clipboard: true }));
});
after(() => close?.());

// Each line would do something if it were ever treated as markup: set
// window.pwned, open a dialog, load an image, or navigate.
const HOSTILE = [
  '<script>window.pwned = "script"; alert("script")</script>',
  '<img src="/pwned.png" onerror="window.pwned = \'img\'; alert(\'img\')">',
  '<a href="javascript:window.pwned=\'link\';alert(\'link\')">read more</a> or javascript:alert(\'bare\')',
  '<!-- a comment that must stay --> after the comment',
  '</standpoint-reader><script>window.pwned = "escape"</script><b>out of the element</b>',
  '<svg onload="window.pwned = \'svg\'"><circle r="5"/></svg><iframe src="javascript:alert(\'frame\')"></iframe>',
];
const ARTICLE = ['Kenya rejected the plan. "We will not sign," said Ada Obi of Kenya.', ...HOSTILE].join('\n');

// The embed example is ready when both its widgets are, the one reading a file included.
const EMBED_READY = () => ['#inline', '#from-file'].every((id) => document.querySelector(id).shadowRoot?.querySelector('[data-kind="quote"]'));

/** A page, watched for anything the text could make it do. */
async function watch(path, ready = '[data-kind="quote"]') {
  const page = await context.newPage();
  const seen = { dialogs: [], requests: [], errors: [] };
  page.on('dialog', (d) => { seen.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  await page.goto(`${origin}${path}`);
  if (typeof ready === 'function') await page.waitForFunction(ready);
  else await page.waitForSelector(ready);
  await page.waitForLoadState('networkidle');
  // From here on, the text is the only thing that could ask for anything.
  page.on('request', (r) => seen.requests.push(r.url()));
  seen.url = page.url();
  return { page, seen };
}

/** The article's text and the elements it is made of, in the page or in a widget's shadow root. */
function rendered(page, host) {
  return page.evaluate((host) => {
    const root = host ? document.querySelector(host).shadowRoot : document;
    const reader = root.querySelector('.sp-reader');
    const article = root.querySelector('.sp-article');
    return {
      text: article.textContent,
      seen: article.innerText,
      tags: [...new Set([...article.querySelectorAll('*')].map((e) => e.localName))].sort(),
      foreign: reader.querySelectorAll('script, img, a, svg, iframe, b, object, embed').length,
    };
  }, host);
}

async function assertInert(page, seen, where) {
  // Give an image's error, an iframe or a timer the time to fire.
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.pwned), undefined, `${where}: the text ran`);
  assert.deepEqual(seen.dialogs, [], `${where}: a dialog opened`);
  assert.deepEqual(seen.requests, [], `${where}: the text made a request`);
  assert.deepEqual(seen.errors, [], `${where}: errors`);
}

function assertShownAsText(view, expected, where) {
  assert.equal(view.text, expected, `${where}: the article's text is the input`);
  assert.deepEqual(view.tags.filter((t) => t !== 'p' && t !== 'span'), [], `${where}: only paragraphs and highlights`);
  assert.equal(view.foreign, 0, `${where}: no element from the text`);
  for (const line of expected.split('\n')) assert.ok(view.seen.includes(line), `${where}: "${line}" is on screen`);
}

async function paste(page, text) {
  const before = await page.textContent('.sp-article');
  await page.click('text=Paste or drop an article');
  await page.fill('textarea', text);
  await page.click('button[type=submit]');
  await page.waitForSelector('textarea', { state: 'detached' });
  // The article may be analysed in a task of its own: wait until it has replaced the one before.
  await page.waitForFunction((before) => document.querySelector('.sp-article').textContent !== before, before);
}

async function drop(page, name, type, body) {
  const data = await page.evaluateHandle(({ name, type, body }) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([body], name, { type }));
    return transfer;
  }, { name, type, body });
  await page.dispatchEvent('.sp-page', 'dragover', { dataTransfer: data });
  await page.dispatchEvent('.sp-page', 'drop', { dataTransfer: data });
}

async function clickEverything(page, host) {
  // Clicking the words that look like links must not follow them.
  const scope = host ? page.locator(host) : page.locator('.sp-article');
  await scope.getByText('read more').first().click();
  await scope.getByText("javascript:alert('bare')").first().click();
}

test('pasted hostile text is shown as text and never runs', async () => {
  const { page, seen } = await watch('/');
  await paste(page, ARTICLE);
  assertShownAsText(await rendered(page), ARTICLE, 'paste');
  await clickEverything(page);
  assert.equal(page.url(), seen.url, 'no navigation');
  // Its tooltip and panel lines are text too.
  await page.focus('.sp-article [data-kind="quote"][tabindex]');
  assert.equal(await page.textContent('.sp-tooltip-heading'), 'Ada Obi');
  await assertInert(page, seen, 'paste');
  await page.close();
});

test('a dropped text file of hostile text is shown as text; a dropped HTML file is read, never run', async () => {
  const { page, seen } = await watch('/');
  await drop(page, 'story.txt', 'text/plain', ARTICLE);
  await page.waitForFunction(() => document.querySelector('.sp-article')?.textContent.startsWith('Kenya'));
  assertShownAsText(await rendered(page), ARTICLE, 'dropped .txt');
  await clickEverything(page);
  assert.equal(page.url(), seen.url, 'no navigation');

  // In an HTML file the same lines are markup: it must not run, and the
  // same lines written as text (escaped) are shown as they read.
  const escaped = HOSTILE.map((l) => `<p>${l.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</p>`).join('');
  await drop(page, 'story.html', 'text/html', `<html><body><h1>Port strike</h1>${HOSTILE.join('')}${escaped}</body></html>`);
  await page.waitForFunction(() => document.querySelector('.sp-article')?.textContent.startsWith('Port strike'));
  const view = await rendered(page);
  assert.ok(view.text.endsWith(HOSTILE.join('\n')), view.text);
  assert.ok(view.text.includes('read more'));
  // The markup's own text, one line, then the escaped lines: a script's source is not article text.
  assert.equal(view.text.split('\n')[1], "read more or javascript:alert('bare') after the commentout of the element");
  assertShownAsText(view, view.text, 'dropped .html');
  await assertInert(page, seen, 'drop');
  await page.close();
});

test("hostile text as an embed element's text, and markup inside it, are read as text", async () => {
  const { page, seen } = await watch('/examples/embed.html', EMBED_READY);
  // In an element's text a blank line ends a paragraph.
  await page.$eval('#inline', (el, text) => { el.textContent = text; }, ARTICLE.replaceAll('\n', '\n\n'));
  await page.waitForFunction(() => document.querySelector('#inline')?.shadowRoot?.querySelector('.sp-article')?.textContent.startsWith('Kenya'));
  assertShownAsText(await rendered(page, '#inline'), ARTICLE, 'element text');
  await clickEverything(page, '#inline');
  assert.equal(page.url(), seen.url, 'no navigation');
  await assertInert(page, seen, 'element text');
  await page.close();

  // A host page whose element holds markup: escaped hostile text, a comment,
  // a template's inert markup. The widget reads the text and nothing else.
  const host = await context.newPage();
  const watched = { dialogs: [], errors: [] };
  host.on('dialog', (d) => { watched.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  host.on('pageerror', (e) => watched.errors.push(String(e)));
  await host.route(`${origin}/examples/hostile.html`, (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!DOCTYPE html><html lang="en"><head><title>Hostile</title>
      <script type="module" src="../standpoint/standpoint-embed.js"></script></head><body><main>
      <standpoint-reader id="hostile" panel>
        <p>Kenya rejected the plan. "We will not sign," said Ada Obi of Kenya.</p>
        <p>&lt;script&gt;window.pwned = 1&lt;/script&gt; and &lt;/standpoint-reader&gt; stay inside</p>
        <!-- the host's own comment -->
        <p>&lt;!-- shown as text --&gt; javascript:alert(1)</p>
        <template><img src="/pwned.png" onerror="window.pwned = 'template'; alert(1)"></template>
      </standpoint-reader></main></body></html>`,
  }));
  const requests = [];
  await host.goto(`${origin}/examples/hostile.html`);
  await host.waitForFunction(() => document.querySelector('#hostile')?.shadowRoot?.querySelector('[data-kind="quote"]'));
  host.on('request', (r) => requests.push(r.url()));
  const expected = [
    'Kenya rejected the plan. "We will not sign," said Ada Obi of Kenya.',
    '<script>window.pwned = 1</script> and </standpoint-reader> stay inside',
    '<!-- shown as text --> javascript:alert(1)',
  ].join('\n');
  assertShownAsText(await rendered(host, '#hostile'), expected, 'element markup');
  await host.waitForTimeout(200);
  assert.equal(await host.evaluate(() => window.pwned), undefined);
  assert.deepEqual([watched.dialogs, watched.errors, requests], [[], [], []]);
  await host.close();
});

test('hostile text given to mount() is shown as text and never runs', async () => {
  const { page, seen } = await watch('/examples/embed.html', EMBED_READY);
  await page.evaluate(async (text) => {
    const { mount } = await import('/standpoint/standpoint-embed.js');
    const el = document.createElement('section');
    el.id = 'mounted';
    document.querySelector('main').append(el);
    mount(el, { text, panel: true });
  }, ARTICLE);
  await page.waitForFunction(() => document.querySelector('#mounted')?.shadowRoot?.querySelector('[data-kind="quote"]'));
  assertShownAsText(await rendered(page, '#mounted'), ARTICLE, 'mount');
  await clickEverything(page, '#mounted');
  assert.equal(page.url(), seen.url, 'no navigation');
  // The new widget's own stylesheet is the one thing it may ask for.
  seen.requests = seen.requests.filter((u) => u !== `${origin}/standpoint/standpoint.css`);
  await assertInert(page, seen, 'mount');
  await page.close();
});

test('hostile text and a hostile title in a shared link are shown as text and never run', async () => {
  const { page } = await watch('/');
  await paste(page, ARTICLE);
  await page.click('text=Copy link');
  await page.waitForFunction(() => document.querySelector('.sp-status')?.textContent.startsWith('Link copied'));
  const url = await page.evaluate(() => location.href);
  await page.close();

  const title = '<img src="/pwned.png" onerror="alert(\'title\')"></h1><script>window.pwned = "title"</script>';
  const titled = url.replace('&text=', `&title=${Buffer.from(title).toString('base64url')}&text=`);
  for (const link of [url, titled]) {
    const { page: fresh, seen } = await watch('/');
    await fresh.goto(link);
    await fresh.waitForFunction(() => document.querySelector('.sp-article')?.textContent.startsWith('Kenya'));
    assertShownAsText(await rendered(fresh), ARTICLE, 'shared link');
    if (link === titled) assert.equal(await fresh.textContent('h1'), title);
    await clickEverything(fresh);
    assert.equal(fresh.url(), link, 'no navigation');
    // The fragment changed, which reopened the page's article; nothing else was asked for.
    seen.requests = seen.requests.filter((u) => u !== link);
    await assertInert(fresh, seen, 'shared link');
    await fresh.close();
  }
});

// Text that is not an article: kept exactly, spaces and tabs shown, and
// highlights only where they are honest.
const TABLE = 'Country\tTariff\tChange\nChile\t12.5\t+2\nPeru\t8\t-1.25\nKenya\t30\t0\n';
const LIST = '- Chile\n- Peru\n  - Lima\n* Kenya\n\n1. First: 20 per cent\n2) Second\n';
const CODE = 'fn main() {\n    let total = 3 * 1_000;\n    println!("{} units", total); // <b>not bold</b>\n}\n\n\tif (a < b && c > d) { return "x"; }';

for (const [name, text] of [['a table of numbers', TABLE], ['a list', LIST], ['code', CODE]]) {
  test(`${name} is rendered faithfully`, async () => {
    const { page, seen } = await watch('/');
    await paste(page, text);
    const view = await rendered(page);
    assert.equal(view.text, text);
    assert.deepEqual(view.tags.filter((t) => t !== 'p' && t !== 'span'), []);
    const ws = await page.$$eval('.sp-article .sp-p', (ps) => [...new Set(ps.map((p) => getComputedStyle(p).whiteSpaceCollapse))]);
    assert.deepEqual(ws, ['preserve'], 'runs of spaces and tabs are shown');
    const highlights = await page.$$eval('.sp-article [data-kind][id]', (els) => els.map((e) => ({
      kind: e.dataset.kind, text: e.textContent, party: e.dataset.party ?? null, label: e.dataset.label ?? null,
      quiet: e.classList.contains('is-quiet'),
    })));
    for (const h of highlights) {
      // A figure has digits; an ordinal word ("First") is only marked quietly.
      if (h.kind === 'number') assert.ok(/\d/.test(h.text) || h.quiet, `a number highlight on ${h.text}`);
      if (h.kind === 'mention') assert.ok(['Chile', 'Peru', 'Kenya'].includes(h.party), JSON.stringify(h));
      assert.notEqual(h.kind, 'position', `no stance in ${name}: ${JSON.stringify(h)}`);
      if (h.kind === 'quote') assert.equal(h.label, 'unattributed', `no speaker invented: ${JSON.stringify(h)}`);
    }
    if (text === TABLE) {
      // Each figure is one cell's value, not a run across cells.
      const cells = TABLE.split(/[\t\n]/);
      const numbers = highlights.filter((h) => h.kind === 'number');
      assert.ok(numbers.length > 0);
      for (const n of numbers) assert.ok(cells.some((c) => c.endsWith(n.text)), `${n.text} is not a cell's value`);
    }
    await assertInert(page, seen, name);
    await page.close();
  });
}
