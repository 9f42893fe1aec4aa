// Every reader: the reader page and the embed examples checked by axe-core
// in both themes with the panel open and closed, the keyboard, what a
// screen reader is given, colour and print, in Debian's Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { openSite } from '../../scripts/browser.mjs';

// Evaluated in the page rather than added as a script tag: the strict-CSP
// example refuses inline scripts, and the check must see that page as it is.
const AXE = fs.readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
let context, origin, close;

before(async () => {
  ({ context, origin, close } = await openSite('dist'));
});
after(() => close?.());

async function open(path, { scheme = 'light', ready = '[data-kind="quote"]' } = {}) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`${origin}${path}`);
  if (ready) await page.waitForSelector(ready);
  return { page, errors };
}

async function openEmbed(scheme) {
  const opened = await open('/examples/embed.html', { scheme });
  await opened.page.waitForFunction(() => document.querySelector('#from-file')?.shadowRoot?.querySelector('[data-kind="quote"]'));
  return opened;
}

/** axe-core's default rules on the page as it is now; violations with where and why. */
async function axe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    const r = await window.axe.run(document);
    const nodes = (rule) => rule.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`.trim());
    return {
      violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: nodes(v) })),
      passes: Object.fromEntries(r.passes.map((p) => [p.id, p.nodes.length])),
      incomplete: Object.fromEntries(r.incomplete.map((p) => [p.id, p.nodes.length])),
    };
  });
}

function assertClean(result, where) {
  assert.deepEqual(result.violations, [], `${where}: ${JSON.stringify(result.violations, null, 2)}`);
  // Contrast must really have been measured, not skipped or left undecided everywhere.
  assert.ok(result.passes['color-contrast'] > 20, `${where}: color-contrast passed on ${result.passes['color-contrast']} nodes`);
}

/** Sets every widget on the page to a theme, with or without its panel. */
async function setWidgets(page, theme, panel) {
  await page.evaluate(({ theme, panel }) => {
    for (const el of document.querySelectorAll('standpoint-reader')) {
      el.setAttribute('theme', theme);
      el.toggleAttribute('panel', panel);
    }
  }, { theme, panel });
  await page.waitForFunction(({ theme, panel }) => [...document.querySelectorAll('standpoint-reader')].every((el) => {
    const root = el.shadowRoot.querySelector('.sp-reader');
    return root?.classList.contains(`sp-${theme}`) && Boolean(el.shadowRoot.querySelector('.sp-panel')) === panel;
  }), { theme, panel });
}

for (const scheme of ['light', 'dark']) {
  test(`axe: no violation on the reader page, ${scheme}, panel open and closed, dialog and tooltip open`, async () => {
    const { page } = await open('/', { scheme });
    assertClean(await axe(page), `reader ${scheme} with panel`);
    await page.click('.sp-header button:has-text("Side panel")');
    await page.waitForSelector('.sp-panel', { state: 'detached' });
    assertClean(await axe(page), `reader ${scheme} without panel`);
    await page.click('.sp-header button:has-text("Side panel")');
    await page.focus('.sp-article [data-kind="quote"][tabindex]');
    await page.waitForSelector('#sp-tooltip:not([hidden])');
    assertClean(await axe(page), `reader ${scheme} with a tooltip`);
    await page.click('text=Paste or drop an article');
    await page.waitForSelector('textarea');
    assertClean(await axe(page), `reader ${scheme} with the paste dialog`);
    await page.close();
  });

  test(`axe: no violation on the embed page, ${scheme}, panels open and closed`, async () => {
    const { page, errors } = await openEmbed(scheme);
    for (const panel of [true, false]) {
      await setWidgets(page, scheme, panel);
      assertClean(await axe(page), `embed ${scheme} panel ${panel}`);
    }
    assert.deepEqual(errors, []);
    await page.close();
  });

  test(`axe: no violation on the strict-CSP page, ${scheme}`, async () => {
    const { page } = await open('/examples/csp.html', { scheme, ready: null });
    await page.waitForFunction(() => document.querySelector('#mounted')?.shadowRoot?.querySelector('[data-kind="number"]'));
    await setWidgets(page, scheme, true);
    await page.evaluate((theme) => document.querySelector('#mounted').standpoint.update({ theme, panel: true }), scheme);
    await page.waitForFunction(() => document.querySelector('#mounted')?.shadowRoot?.querySelector('.sp-panel'));
    const result = await axe(page);
    assert.deepEqual(result.violations, [], JSON.stringify(result.violations, null, 2));
    assert.ok(result.passes['color-contrast'] > 5, `color-contrast passed on ${result.passes['color-contrast']} nodes`);
    await page.close();
  });
}

/** What has the focus, seen through shadow roots, and whether its focus ring shows. */
function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return null;
    // A visually hidden file input shows its focus on the button-like label around it.
    const ring = el.classList.contains('sp-visually-hidden') ? el.closest('.sp-button') : el;
    const s = getComputedStyle(ring);
    const box = ring.getBoundingClientRect();
    const root = el.getRootNode();
    const tip = root.querySelector('#sp-tooltip');
    return {
      id: el.id,
      what: `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${el.textContent.slice(0, 30)}"`,
      ring: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && !/rgba\(.*, 0\)$/.test(s.outlineColor),
      onScreen: box.width > 0 && box.height > 0,
      tip: tip && !tip.hidden ? tip.dataset.for : null,
    };
  });
}

test('Tab reaches every highlight in reading order, each opening its tooltip, with the focus always visible', async () => {
  const { page } = await open('/');
  const stops = await page.$$eval('.sp-article [tabindex]', (els) => els.map((e) => e.id));
  assert.ok(stops.length > 40, `${stops.length} highlights to reach`);
  const reached = [];
  for (let i = 0; i < stops.length + 80; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (!now) break;
    assert.ok(now.ring, `no visible focus ring on ${now.what}`);
    assert.ok(now.onScreen, `focus on something not on screen: ${now.what}`);
    if (now.id.startsWith('hl-')) {
      reached.push(now.id);
      assert.equal(now.tip, now.id, `the tooltip of ${now.id} opens on focus`);
    } else {
      assert.equal(now.tip, null, `no tooltip left open on ${now.what}`);
    }
  }
  assert.deepEqual(reached, stops);
  await page.close();
});

test('Escape closes the tooltip and keeps the focus; j / k are hinted on screen', async () => {
  const { page } = await open('/');
  const hint = page.locator('.sp-hint');
  assert.ok(await hint.isVisible());
  assert.match(await hint.textContent(), /j \/ k/);
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  const at = await focused(page);
  assert.equal(at.tip, at.id);
  await page.keyboard.press('Escape');
  const after = await focused(page);
  assert.equal(after.id, at.id);
  assert.equal(after.tip, null);
  await page.keyboard.press('k');
  assert.notEqual((await focused(page)).id, at.id);
  await page.close();
});

test('the legend, the panel and its switch work from the keyboard alone', async () => {
  const { page } = await open('/');
  // The legend: Space and Enter toggle a layer.
  await page.focus('.sp-toggle[data-layer="number"]');
  await page.keyboard.press('Space');
  assert.equal(await page.getAttribute('.sp-toggle[data-layer="number"]', 'aria-pressed'), 'false');
  assert.match(await page.getAttribute('.sp-article', 'class'), /hide-number/);
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute('.sp-toggle[data-layer="number"]', 'aria-pressed'), 'true');
  assert.doesNotMatch(await page.getAttribute('.sp-article', 'class'), /hide-number/);

  // A side's name selects it and selects it no more.
  const party = page.locator('.sp-party-button', { hasText: 'Russia' });
  await party.focus();
  await page.keyboard.press('Enter');
  assert.equal(await party.getAttribute('aria-pressed'), 'true');
  assert.match(await page.getAttribute('.sp-article', 'class'), /is-filtered/);
  await page.keyboard.press('Space');
  assert.equal(await party.getAttribute('aria-pressed'), 'false');

  // A quote in the panel takes the focus to its highlight, tooltip open.
  await page.locator('.sp-item-quote').first().focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('.hl.is-marked');
  const marked = await page.$eval('.hl.is-marked', (el) => el.id);
  await page.waitForFunction((id) => document.activeElement.id === id, marked);
  assert.equal((await focused(page)).tip, marked);

  // The panel's switch closes and reopens it.
  const toggle = page.locator('.sp-header button', { hasText: 'Side panel' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  assert.equal(await page.locator('.sp-panel').count(), 0);
  await page.keyboard.press('Enter');
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('.sp-panel').count(), 1);
  await page.close();
});

test('the paste dialog keeps the focus inside it, and gives it back on Escape', async () => {
  const { page } = await open('/');
  const opener = page.locator('.sp-header button', { hasText: 'Paste or drop an article' });
  await opener.focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('textarea');
  assert.equal(await page.evaluate(() => document.activeElement.localName), 'textarea');
  const inside = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    assert.ok(now.ring, `no visible focus ring on ${now.what}`);
    inside.push(await page.evaluate(() => Boolean(document.activeElement.closest('[role=dialog]'))));
  }
  assert.deepEqual(inside, [true, true, true, true, true, true]);
  await page.keyboard.press('Shift+Tab');
  assert.ok(await page.evaluate(() => Boolean(document.activeElement.closest('[role=dialog]'))));
  await page.keyboard.press('Escape');
  await page.waitForSelector('textarea', { state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Paste or drop an article');
  await page.close();
});

test('in a widget, Tab, j / k and Escape work inside its shadow root', async () => {
  const { page } = await openEmbed('light');
  const stops = await page.$eval('#inline', (el) => [...el.shadowRoot.querySelectorAll('.sp-article [tabindex]')].map((e) => e.id));
  await page.locator('#inline >> .sp-toggle').last().focus();
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).id, stops[0]);
  await page.keyboard.press('j');
  const second = await focused(page);
  assert.equal(second.id, stops[1]);
  assert.equal(second.tip, stops[1]);
  assert.ok(second.ring);
  await page.keyboard.press('Escape');
  assert.equal((await focused(page)).tip, null);
  await page.keyboard.press('k');
  assert.equal((await focused(page)).id, stops[0]);
  await page.close();
});

/** Chromium's accessibility tree, as a screen reader gets it: the nodes not ignored. */
async function accessibilityTree(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes.filter((n) => !n.ignored).map((n) => ({
    role: n.role?.value, name: n.name?.value ?? '',
    level: n.properties?.find((p) => p.name === 'level')?.value.value,
  }));
}

const count = (nodes, role, name) => nodes.filter((n) => n.role === role && (name === undefined || n.name === name)).length;

test('a screen reader hears each highlight once, by what it is, and finds landmarks and headings', async () => {
  const { page } = await open('/');
  const tree = await accessibilityTree(page);
  const rubio = await page.$$eval('.sp-article [data-kind="quote"][id][data-party="United States"]', (els) => els.filter((e) => e.dataset.label.startsWith('Rubio')).length);
  assert.ok(rubio >= 4, `${rubio} quotes by Rubio`);
  assert.equal(count(tree, 'group', 'quote, Marco Rubio, United States'), rubio);
  // One group per highlight, not one per piece of it.
  const highlights = await page.$$eval('.sp-article [data-hl]', (els) => new Set(els.map((e) => e.dataset.hl)).size);
  const groups = tree.filter((n) => n.role === 'group' && /^(partial quote|quote|number|party|position), /.test(n.name));
  assert.equal(groups.length, highlights);
  for (const kind of ['quote', 'number', 'party', 'position']) {
    assert.ok(groups.some((g) => g.name.startsWith(`${kind}, `)), `a ${kind} is announced`);
  }
  assert.ok(groups.some((g) => g.name === 'party, Russia'));
  assert.ok(groups.some((g) => /^number, 1,000\b/.test(g.name)), groups.filter((g) => g.name.startsWith('number')).map((g) => g.name).join('; '));
  // The label drawn before a quote is decoration: never read out as text.
  // ("Rubio · US" is never the article's own text, so it is heard only if the label is read.)
  const labels = await page.$$eval('.sp-article [data-label]', (els) => [...new Set(els.map((e) => e.dataset.label))]);
  assert.ok(labels.includes('Rubio · US'), labels.join('; '));
  const read = tree.filter((n) => n.role === 'StaticText' && n.name.includes(' · ') && labels.includes(n.name.trim()));
  assert.deepEqual(read, []);

  assert.equal(count(tree, 'banner'), 1);
  assert.equal(count(tree, 'navigation', 'Layers'), 1);
  assert.equal(count(tree, 'main', 'Article'), 1);
  assert.equal(count(tree, 'complementary', 'Where each side stands'), 1);
  const headings = tree.filter((n) => n.role === 'heading');
  assert.equal(headings[0].level, 1);
  assert.match(headings[0].name, /^Rubio: US will not support/);
  // The panel's titles are upper-cased by the stylesheet only.
  assert.ok(headings.some((h) => h.level === 2 && h.name.toLowerCase() === 'where each side stands'));
  assert.ok(headings.some((h) => h.level === 3 && h.name === 'Russia'));
  await page.close();
});

test('each widget is one landmark named after its article, so two on a page stay apart', async () => {
  const { page } = await openEmbed('light');
  const tree = await accessibilityTree(page);
  const regions = tree.filter((n) => n.role === 'region').map((n) => n.name);
  assert.equal(regions.length, 2);
  assert.match(regions[0], /^Standpoint: Canada on Tuesday proposed/);
  assert.match(regions[1], /^Standpoint: /);
  assert.notEqual(regions[0], regions[1]);
  assert.equal(count(tree, 'main'), 1, "the host's own main, and none from the widgets");
  assert.equal(count(tree, 'navigation'), 0);
  assert.equal(count(tree, 'complementary'), 0);
  const quotes = await page.$$eval('standpoint-reader', (els) => els.map((el) => el.shadowRoot.querySelectorAll('.sp-article [data-kind="quote"][id]').length));
  assert.ok(quotes[0] >= 3 && quotes[1] >= 4, `${quotes} quotes`);
  assert.equal(tree.filter((n) => n.role === 'group' && /^(partial )?quote, /.test(n.name)).length, quotes[0] + quotes[1]);
  await page.close();
});

/** WCAG's contrast ratio of two computed colours ("rgb(…)" or "rgba(…)", opaque). */
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/[\d.]+/g).slice(0, 3).map((v) => Number(v) / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test('quote labels (drawn by CSS, which axe cannot measure) read at 4.5:1 in both themes, for every party colour', async () => {
  for (const scheme of ['light', 'dark']) {
    const { page } = await open('/', { scheme });
    // Every party colour, not only those the seed article happens to use.
    const pairs = await page.evaluate(() => {
      const quote = document.querySelector('.sp-article .hl-quote[data-label]');
      const out = [];
      for (const c of ['1', '2', '3', '4', '5', '6', '7', 'other']) {
        quote.className = quote.className.replace(/sp-party-\w+/g, '') + ` sp-party-${c}`;
        const s = getComputedStyle(quote, '::before');
        out.push([c, s.color, s.backgroundColor]);
      }
      return out;
    });
    for (const [c, fg, bg] of pairs) {
      assert.ok(contrast(fg, bg) >= 4.5, `${scheme} party ${c}: ${fg} on ${bg} is ${contrast(fg, bg).toFixed(2)}:1`);
    }
    await page.close();
  }
});

/** Each layer's look without its colours: what is left when hue is not seen. */
function shapes(page) {
  return page.evaluate(() => {
    const shape = (el) => {
      const s = getComputedStyle(el);
      const before = getComputedStyle(el, '::before').content;
      return {
        fill: s.backgroundColor !== 'rgba(0, 0, 0, 0)',
        band: s.backgroundImage !== 'none',
        weight: Number(s.fontWeight) >= 600,
        line: `${s.textDecorationLine} ${s.textDecorationStyle}`,
        rule: ['Left', 'Right', 'Bottom'].map((side) => (parseFloat(s[`border${side}Width`]) > 0 ? s[`border${side}Style`] : 'none')).join(' '),
        label: before !== 'none' && before !== 'normal',
      };
    };
    const first = (kind) => document.querySelector(`.sp-article [data-kind="${kind}"][data-label], .sp-article [data-kind="${kind}"][tabindex]`);
    return Object.fromEntries(['quote', 'number', 'mention', 'position'].map((k) => [k, shape(first(k))]));
  });
}

function assertDistinct(looks, where) {
  const seen = Object.entries(looks).map(([k, v]) => [k, JSON.stringify(v)]);
  for (const [k, v] of seen) {
    assert.equal(seen.filter(([, w]) => w === v).length, 1, `${where}: ${k} looks like another layer without colour: ${v}`);
  }
}

test('the layers differ in shape as well as colour, on screen and in print', async () => {
  const { page } = await open('/');
  const screen = await shapes(page);
  assertDistinct(screen, 'screen');
  assert.ok(screen.quote.fill && screen.quote.label, 'quotes are shaded and labelled');
  assert.ok(screen.number.weight && screen.number.line === 'underline dotted', 'numbers are bold and dotted');
  assert.equal(screen.mention.line, 'underline solid', 'parties are underlined');
  assert.ok(screen.position.band, 'positions are marked under the clause');
  await page.emulateMedia({ media: 'print' });
  const print = await shapes(page);
  assertDistinct(print, 'print');
  await page.close();
});

test('printed, highlights keep their shapes without background graphics, and the panel follows the article', async () => {
  const { page } = await open('/');
  await page.emulateMedia({ media: 'print' });
  const looks = await shapes(page);
  for (const [kind, look] of Object.entries(looks)) {
    assert.ok(!look.fill && !look.band, `${kind} relies on a background in print: ${JSON.stringify(look)}`);
  }
  assert.equal(looks.quote.rule, 'solid solid none', 'quotes are bracketed');
  assert.ok(looks.quote.label, 'quotes keep their label');
  assert.equal(looks.position.rule, 'none none dashed', 'positions are ruled under the clause');
  assert.ok(looks.number.weight && looks.number.line === 'underline dotted');
  assert.equal(looks.mention.line, 'underline solid');
  const label = await page.$eval('.sp-article .hl-quote[data-label]', (el) => {
    const s = getComputedStyle(el, '::before');
    return { bg: s.backgroundColor, border: s.borderTopStyle };
  });
  assert.deepEqual(label, { bg: 'rgba(0, 0, 0, 0)', border: 'solid' });

  const layout = await page.evaluate(() => {
    const box = (sel) => document.querySelector(sel).getBoundingClientRect();
    const shown = (sel) => [...document.querySelectorAll(sel)].some((el) => getComputedStyle(el).display !== 'none');
    return {
      article: box('.sp-article'), panel: box('.sp-panel'),
      buttons: shown('.sp-header .sp-actions'), tooltip: shown('.sp-tooltip'), hint: shown('.sp-hint'),
    };
  });
  assert.ok(layout.panel.top >= layout.article.bottom, `panel at ${layout.panel.top}, article ends at ${layout.article.bottom}`);
  assert.ok(Math.abs(layout.panel.left - layout.article.left) < 2, 'the panel is under the article, not beside it');
  assert.deepEqual([layout.buttons, layout.tooltip, layout.hint], [false, false, false]);

  const pdf = await page.pdf({ format: 'A4' });
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  assert.ok(pdf.length > 20_000, `${pdf.length} bytes of PDF`);

  // A reader in the dark theme prints dark ink on the paper, not light ink.
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const ink = await page.$eval('.sp-article', (el) => getComputedStyle(el).color);
  assert.ok(contrast(ink, 'rgb(255, 255, 255)') >= 7, `printed ink ${ink}`);
  await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
  const screenInk = await page.$eval('.sp-article', (el) => getComputedStyle(el).color);
  assert.ok(contrast(screenInk, 'rgb(255, 255, 255)') < 2, `the dark theme on screen has light ink: ${screenInk}`);
  await page.close();
});
