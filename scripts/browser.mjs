// Debian's Chromium, started the way this machine allows: headless, no
// sandbox (root), and no background network traffic of its own.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from './serve.mjs';

export async function launch() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'standpoint-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1440, height: 1000 },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  });
}

/**
 * The built site at `root` served on loopback, and a browser to visit it:
 * `{ origin, context, close }`. With `clipboard`, pages may use the
 * clipboard (the share and export tests read what they copied).
 */
export async function openSite(root, { clipboard = false } = {}) {
  const server = await serve(root);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const context = await launch();
  if (clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  return {
    origin,
    context,
    close: async () => {
      await context.close();
      server.close();
    },
  };
}
