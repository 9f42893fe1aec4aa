// Takes the README's screenshots from the built site.
// Usage: node scripts/screenshot.mjs [dist] [docs]
//   docs/reader.png   the reader page on the seed article
//   docs/embed.png    two widgets on a host page with its own styles
import { serve } from './serve.mjs';
import { launch } from './browser.mjs';

const [root = 'dist', docs = 'docs'] = process.argv.slice(2);
const server = await serve(root);
const origin = `http://127.0.0.1:${server.address().port}`;
const context = await launch();
try {
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${origin}/`);
  await page.waitForSelector('[data-kind="quote"]');
  await page.focus('[data-kind="number"][tabindex]');
  await page.screenshot({ path: `${docs}/reader.png` });
  console.log(`wrote ${docs}/reader.png`);

  await page.setViewportSize({ width: 1000, height: 1500 });
  await page.goto(`${origin}/examples/embed.html`);
  await page.waitForFunction(() => document.querySelector('#from-file').shadowRoot?.querySelector('[data-kind="quote"]'));
  await page.screenshot({ path: `${docs}/embed.png`, fullPage: false });
  console.log(`wrote ${docs}/embed.png`);
} finally {
  await context.close();
  server.close();
}
