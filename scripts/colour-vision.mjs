// The reader as people with colour-vision deficiencies see it, through
// Chromium's own simulation (Emulation.setEmulatedVisionDeficiency): to
// check that the layers stay apart by shape when their hues do not.
// Usage: node scripts/colour-vision.mjs [dist] [docs]
//   docs/vision-protanopia.png, docs/vision-deuteranopia.png,
//   docs/vision-tritanopia.png, docs/vision-achromatopsia.png
import { serve } from './serve.mjs';
import { launch } from './browser.mjs';

const [root = 'dist', docs = 'docs'] = process.argv.slice(2);
const DEFICIENCIES = ['protanopia', 'deuteranopia', 'tritanopia', 'achromatopsia'];
const server = await serve(root);
const origin = `http://127.0.0.1:${server.address().port}`;
const context = await launch();
try {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${origin}/`);
  await page.waitForSelector('[data-kind="quote"]');
  const cdp = await context.newCDPSession(page);
  for (const type of DEFICIENCIES) {
    await cdp.send('Emulation.setEmulatedVisionDeficiency', { type });
    const path = `${docs}/vision-${type}.png`;
    await page.screenshot({ path });
    console.log(`wrote ${path}`);
  }
} finally {
  await context.close();
  server.close();
}
