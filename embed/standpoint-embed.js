// Standpoint, embedded: the <standpoint-reader> element and the mount and
// analyze functions. One ES module, no globals but the element's name.
//
//   <script type="module" src="/standpoint/standpoint-embed.js"></script>
//   <standpoint-reader layers="quotes positions" panel theme="auto">
//     Article text…
//   </standpoint-reader>
//
// The engine loads before the element is defined: until then, or if it
// cannot load, the element's own text stays on the page as plain text.
// Nothing is fetched after these files but an article named by `src`.

import init, { Widget, analyzeCompact, textFromHtml } from './standpoint.js';

await init({ module_or_path: new URL('./standpoint_bg.wasm', import.meta.url) });

const STYLESHEET = new URL('./standpoint.css', import.meta.url).href;
const THEMES = ['light', 'dark', 'auto'];

/** The analysis of `text`, as the JSON report object. */
export function analyze(text) {
  // As the engine reads it: a lone surrogate is U+FFFD there.
  const t = String(text ?? '').toWellFormed();
  return unpack(t, analyzeCompact(t));
}

/**
 * The report object from the engine's compact form (see `analyzeCompact`
 * in src/widget.rs): each item's text is sliced from `text`, where
 * offsets in code points are offsets in UTF-16 units unless the text has
 * characters beyond them.
 */
function unpack(text, { ints, values, strings }) {
  let unit = (codePoint) => codePoint;
  if (/[\uD800-\uDFFF]/.test(text)) {
    const units = [];
    let u = 0;
    for (const c of text) {
      units.push(u);
      u += c.length;
    }
    units.push(u);
    unit = (codePoint) => units[codePoint];
  }
  // Plain loops and object literals of one shape each: on a long article,
  // spreads and mapping callbacks took a seventh of the whole call.
  let k = 5;
  const maybe = (n) => (n === 0 ? null : strings[n - 1]);
  const slice = (start, end) => text.slice(unit(start), unit(end));
  const parties = [];
  for (let i = 0; i < ints[0]; i++, k += 2) {
    parties.push({ name: strings[ints[k]], mentions: ints[k + 1] });
  }
  const quotes = [];
  for (let i = 0; i < ints[1]; i++, k += 5) {
    const start = ints[k];
    const end = ints[k + 1];
    quotes.push({
      start, end, text: slice(start, end),
      speaker: maybe(ints[k + 2]), party: maybe(ints[k + 3]), partial: ints[k + 4] === 1,
    });
  }
  const numbers = [];
  for (let i = 0; i < ints[2]; i++, k += 4) {
    const start = ints[k];
    const end = ints[k + 1];
    const value = values[i];
    numbers.push({
      start, end, text: slice(start, end),
      value: Number.isNaN(value) ? null : value, unit: maybe(ints[k + 2]), kind: strings[ints[k + 3]],
    });
  }
  const mentions = [];
  for (let i = 0; i < ints[3]; i++, k += 3) {
    const start = ints[k];
    const end = ints[k + 1];
    mentions.push({ start, end, text: slice(start, end), party: strings[ints[k + 2]] });
  }
  const positions = [];
  for (let i = 0; i < ints[4]; i++, k += 4) {
    const start = ints[k];
    const end = ints[k + 1];
    positions.push({
      start, end, text: slice(start, end), party: strings[ints[k + 2]], stance: strings[ints[k + 3]],
    });
  }
  return { parties, quotes, numbers, mentions, positions };
}

/** Options as the engine takes them: layers as one string, the rest checked. */
function normalise(options) {
  const layers = options.layers;
  return {
    text: String(options.text ?? ''),
    layers: layers == null ? undefined : Array.isArray(layers) ? layers.join(' ') : String(layers),
    panel: Boolean(options.panel),
    theme: THEMES.includes(options.theme) ? options.theme : 'auto',
    problem: options.problem == null ? undefined : String(options.problem),
  };
}

/**
 * Renders a widget into `element`'s shadow root. Returns a handle:
 * `update(options)` changes any of the options, `destroy()` removes it.
 */
export function mount(element, options = {}) {
  if (!(element instanceof Element)) throw new TypeError('Standpoint: mount() needs an element');
  let shadow = element.shadowRoot;
  if (!shadow) {
    try {
      shadow = element.attachShadow({ mode: 'open' });
    } catch {
      throw new TypeError(`Standpoint: cannot mount on <${element.localName}>; use a <div>, <section> or <article>`);
    }
  }
  shadow.replaceChildren();
  const style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = STYLESHEET;
  const root = document.createElement('div');
  // Unstyled until the stylesheet is in: shown only then.
  root.hidden = true;
  style.addEventListener('load', () => { root.hidden = false; }, { once: true });
  style.addEventListener('error', () => { root.hidden = false; }, { once: true });
  shadow.append(style, root);

  let current = normalise(options);
  let widget = new Widget(root, current.text, current.layers, current.panel, current.theme, current.problem);
  return {
    update(changes = {}) {
      if (!widget) return;
      current = normalise({ ...current, ...changes });
      widget.update(current.text, current.layers, current.panel, current.theme, current.problem);
    },
    destroy() {
      if (!widget) return;
      widget.destroy();
      widget.free();
      widget = null;
      shadow.replaceChildren();
    },
  };
}

class StandpointReader extends HTMLElement {
  static observedAttributes = ['layers', 'panel', 'theme', 'src'];

  #handle = null;
  #observer = null;
  /** The article fetched from `src`, or why it could not be. */
  #fetched = null;

  connectedCallback() {
    if (this.#handle) return;
    this.#handle = mount(this, this.#options());
    // The element's text is the article: follow its changes.
    this.#observer = new MutationObserver(() => this.#refresh());
    this.#observer.observe(this, { childList: true, characterData: true, subtree: true });
    if (this.hasAttribute('src')) this.#load();
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#observer = null;
    this.#handle?.destroy();
    this.#handle = null;
  }

  attributeChangedCallback(name, before, after) {
    if (!this.#handle || before === after) return;
    if (name === 'src') this.#load();
    else this.#refresh();
  }

  #options() {
    const fetched = this.hasAttribute('src') ? this.#fetched : null;
    return {
      text: fetched ? fetched.text : textFromHtml(this.innerHTML),
      problem: fetched?.problem,
      layers: this.getAttribute('layers') ?? undefined,
      panel: this.hasAttribute('panel') && this.getAttribute('panel') !== 'false',
      theme: this.getAttribute('theme') ?? 'auto',
    };
  }

  #refresh() {
    this.#handle?.update(this.#options());
  }

  /** Reads the article named by `src`: same origin only. */
  async #load() {
    const src = this.getAttribute('src');
    if (!src) {
      this.#fetched = null;
      this.#refresh();
      return;
    }
    const url = new URL(src, document.baseURI);
    let fetched;
    if (url.origin !== location.origin) {
      fetched = { text: '', problem: `${src} is on another site, and Standpoint reads articles from this site only` };
    } else {
      try {
        const response = await fetch(url, { credentials: 'same-origin' });
        if (!response.ok) throw new Error(`${src} answered ${response.status}`);
        const body = await response.text();
        const html = (response.headers.get('content-type') ?? '').includes('html');
        fetched = { text: html ? textFromHtml(body) : body };
      } catch (error) {
        fetched = { text: '', problem: error instanceof Error && error.message.includes(src) ? error.message : `${src} could not be fetched` };
      }
    }
    // A newer `src` may have been set while this one loaded.
    if (this.getAttribute('src') !== src) return;
    this.#fetched = fetched;
    this.#refresh();
  }
}

if (!customElements.get('standpoint-reader')) {
  customElements.define('standpoint-reader', StandpointReader);
}
