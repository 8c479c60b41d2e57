import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'acorn';
import { HOST_INFO, pageSuite } from '../support/browser';

/**
 * The pane in the engines Office really uses: EdgeHTML 18 (Office 2016/2019, many Windows 10
 * installs) parses ES2017 and lacks later built-ins; Trident (Internet Explorer 11) cannot run
 * the page at all and must say so; a CDN that never answers must not hold the page.
 */
const WEB = resolve(__dirname, '../../dist/web');
const pages = pageSuite();
const OLD_ENGINE = 'Báo cáo CCHC không chạy được ở đây';

test('every script the page loads parses as ES2017, regular expressions included; the start-up check as ES5', () => {
  const scripts = readdirSync(WEB).filter((f) => f.endsWith('.js'));
  expect(scripts.length).toBeGreaterThanOrEqual(5);
  for (const f of scripts) {
    const source = readFileSync(join(WEB, f), 'utf8');
    const version = f === 'start.js' ? 5 : 2017;
    let problem = '';
    try {
      parse(source, { ecmaVersion: version, sourceType: 'script' });
    } catch (e) {
      problem = `${f}: ${String(e)}`;
    }
    expect(problem).toBe('');
  }
  // The check itself: a bundle of ES2020 does not parse as ES2017.
  expect(() => parse('a?.b ?? c', { ecmaVersion: 2017 })).toThrow();
  expect(() => parse('/(?<!x)\\p{L}/u', { ecmaVersion: 2017 })).toThrow();
});

/** Built-ins newer than EdgeHTML 18 (Edge 79 and later), taken away before the page's scripts run. */
const TAKE_AWAY = `(() => {
  const gone = [
    [Object, 'fromEntries'], [Object, 'hasOwn'], [Promise, 'allSettled'], [Promise, 'any'],
    [Array.prototype, 'flat'], [Array.prototype, 'flatMap'], [Array.prototype, 'at'], [Array.prototype, 'findLast'],
    [Array.prototype, 'findLastIndex'], [Array.prototype, 'toSorted'], [String.prototype, 'matchAll'],
    [String.prototype, 'replaceAll'], [String.prototype, 'at'], [String.prototype, 'trimStart'], [String.prototype, 'trimEnd'],
    [window, 'TextDecoder'], [window, 'TextEncoder'], [window, 'queueMicrotask'], [window, 'structuredClone'],
    [Blob.prototype, 'arrayBuffer'], [Blob.prototype, 'text'], [Intl, 'Segmenter'], [Intl, 'RelativeTimeFormat'],
    [window, 'ResizeObserver'],
  ];
  for (const [owner, name] of gone) delete owner[name];
  window.__takenAway = gone.filter(([owner, name]) => name in owner).map(([, name]) => name);
})();`;

test('without the built-ins EdgeHTML 18 lacks, the standalone page opens the sample, checks it and lists its findings', async () => {
  const context = await pages.browser().newContext({ locale: 'vi-VN' });
  await context.addInitScript(TAKE_AWAY);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${pages.base()}/taskpane.html`);
  expect(await page.evaluate(() => (window as unknown as { __takenAway: string[] }).__takenAway)).toEqual([]);
  // A message bar (Fluent UI measures it with ResizeObserver): inserting without a unit.
  await page.getByRole('button', { name: 'Chèn mẫu' }).click();
  await page.getByText('Hãy nhập đơn vị báo cáo.').waitFor();
  await page.getByRole('button', { name: 'Mở tệp mẫu (xã Bắc Sơn, quý III/2024)' }).click();
  await page.getByText('Sổ làm việc: bac-son-2024-Q3.xlsx').waitFor();
  await page.getByRole('tab', { name: 'Kiểm tra' }).click();
  await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
  await page.getByText('8 lỗi, 16 cảnh báo trên 1 trang mẫu').waitFor();
  expect(errors).toEqual([]);
  // What ran in their place: core-js and the page's own UTF-8.
  expect(
    await page.evaluate(() => [
      typeof TextDecoder,
      typeof Object.fromEntries,
      typeof Array.prototype.flat,
      typeof Blob.prototype.arrayBuffer,
    ]),
  ).toEqual(['function', 'function', 'function', 'function']);
  expect(await page.getByText(OLD_ENGINE).isVisible()).toBe(false);
  await context.close();
});

test('Internet Explorer’s engine (Trident) gets the message, never a blank pane', async () => {
  const context = await pages.browser().newContext({
    userAgent: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko',
  });
  const page = await context.newPage();
  await page.goto(`${pages.base()}/taskpane.html?${HOST_INFO}`);
  await page.getByText(OLD_ENGINE).waitFor();
  expect(await page.getByText('Microsoft Edge WebView2 Runtime', { exact: true }).isVisible()).toBe(true);
  expect(await page.locator('#root').isVisible()).toBe(false);
  await context.close();
});

test('a bundle the engine cannot parse: the message appears instead of a blank pane', async () => {
  const page = await pages.browser().newPage();
  // What EdgeHTML 18 makes of newer syntax: a SyntaxError before the first line runs.
  await page.route(/\/taskpane\.[0-9a-f]+\.js$/, (route) => route.fulfill({ contentType: 'text/javascript', body: 'let pane = ;' }));
  await page.goto(`${pages.base()}/taskpane.html`);
  await page.getByText(OLD_ENGINE).waitFor();
  await page.close();
});

test('Microsoft’s CDN never answering: the standalone page asks it nothing and shows its tabs', async () => {
  const page = await pages.browser().newPage();
  const asked: string[] = [];
  await page.route('https://appsforoffice.microsoft.com/**', (route) => {
    asked.push(route.request().url());
    return new Promise(() => undefined);
  });
  await page.goto(`${pages.base()}/taskpane.html`, { waitUntil: 'commit' });
  // Waiting on the CDN would hold the page for the 20 s Office.js limit; the tabs come long before.
  await page.getByRole('tab', { name: 'Kiểm tra' }).waitFor({ timeout: 10_000 });
  expect(asked).toEqual([]);
  await page.close();
});

test('inside Excel with Office.js blocked: a message saying what to ask the network administrator', async () => {
  const page = await pages.browser().newPage();
  await page.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
  await page.goto(`${pages.base()}/taskpane.html?${HOST_INFO}`);
  await page.getByText(/không tải được Office\.js.*https:\/\/appsforoffice\.microsoft\.com/).waitFor();
  expect(await page.getByRole('tab', { name: 'Kiểm tra' }).count()).toBe(0);
  await page.close();
});
