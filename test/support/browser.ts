import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createServer } = require('../../bin/serve.js') as { createServer: () => Server };

/** Debian's Chromium, headless, with nothing that reaches for the network. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Serves the built page on a free loopback port. */
export async function serveBuiltPage(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

/** The page outside Office: the office.js request fails, as it does on a machine without Office. */
export async function openStandalone(browser: Browser, base: string): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true, locale: 'vi-VN' });
  const page = await context.newPage();
  await page.route('**/office.js', (route) => route.abort());
  await page.goto(`${base}/taskpane.html`);
  return page;
}
