import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { bundleForBrowser } from './bundle';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createServer } = require('../../bin/serve.js') as { createServer: () => Server };

/** Debian's Chromium, headless, with nothing that reaches for the network. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
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
async function openStandalone(browser: Browser, base: string): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true, locale: 'vi-VN' });
  const page = await context.newPage();
  await page.route('**/office.js', (route) => route.abort());
  await page.goto(`${base}/taskpane.html`);
  return page;
}

/**
 * The built page served and Chromium started for one test file. Pages open standalone, or
 * inside Excel: office.js is then the Office stand-in (test/support/office-in-page.ts), bundled
 * on first use.
 */
/** What Office adds to the pane's address (host, platform, version, language); the page knows Office opened it by this. */
export const HOST_INFO = '_host_Info=Excel$Win32$16.01$vi-VN$$$$0';

export function pageSuite(): {
  standalone: () => Promise<Page>;
  inExcel: (readyAfterMs?: number, query?: string) => Promise<Page>;
  base: () => string;
  browser: () => Browser;
} {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let fakeOffice: Promise<string> | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([serveBuiltPage(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    standalone: () => openStandalone(browser, server.url),
    base: () => server.url,
    browser: () => browser,
    /** `query`: more of the address, e.g. "&api=7&tab=check". */
    async inExcel(readyAfterMs = 0, query = '') {
      fakeOffice ??= bundleForBrowser(resolve(__dirname, 'office-in-page.ts'));
      const body = await fakeOffice;
      const page = await browser.newPage();
      await page.route('**/office.js', (route) => route.fulfill({ contentType: 'text/javascript', body }));
      await page.goto(`${server.url}/taskpane.html?${HOST_INFO}${readyAfterMs ? `&readyAfter=${readyAfterMs}` : ''}${query}`);
      return page;
    },
  };
}
