// Takes the README's screenshot of the reader on the seed article.
// Usage: node scripts/screenshot.mjs [dist] [out.png] [light|dark]
import { serve } from './serve.mjs';
import { launch } from './browser.mjs';

const [root = 'dist', out = 'docs/reader.png', scheme = 'light'] = process.argv.slice(2);
const server = await serve(root);
const context = await launch();
try {
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForSelector('[data-kind="quote"]');
  await page.focus('[data-kind="number"][tabindex]');
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await context.close();
  server.close();
}
