import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/exceljs-adapter';
import { parsePeriod } from '../../src/domain/period';
import { renderTemplate } from '../../src/domain/render/template';
import { cellKey } from '../../src/domain/sheet/identity';
import { launchChromium } from '../support/browser';
import { template } from '../support/templates';

/**
 * The package an IT office deploys, unpacked and served from a sub-path of a host as it would be,
 * with nothing else reachable: the standalone page works from there alone.
 */
const ROOT = resolve(__dirname, '../..');
const PREFIX = '/addin/';
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xlsx': XLSX,
};

let site: string;
let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), 'cchc-deployed-'));
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'package.js'), '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ADDIN_BASE_URL: 'https://cchc.example.gov.vn/addin/' },
  });
  expect(r.stderr).toBe('');
  site = join(out, 'unpacked');
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(join(out, `cchc-addin-${VERSION}.zip`))))) {
    mkdirSync(dirname(join(site, name)), { recursive: true });
    writeFileSync(join(site, name), bytes);
  }
  // A plain static host: the site's files under /addin/, nothing anywhere else.
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    try {
      if (!path.startsWith(PREFIX) || path.includes('..')) throw new Error('outside');
      const body = readFileSync(join(site, 'site', path.slice(PREFIX.length)));
      res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

/** The page from the host, every request elsewhere refused (and listed): no network beyond the host. */
async function open(): Promise<{ page: Page; outside: string[] }> {
  const page = await (await browser.newContext({ acceptDownloads: true, locale: 'vi-VN' })).newPage();
  const outside: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    outside.push(url);
    return route.abort('internetdisconnected');
  });
  await page.goto(`${origin}${PREFIX}taskpane.html`);
  // The page has asked its host for the version deployed.
  await page.locator('.version[data-checked="true"]').waitFor();
  return { page, outside };
}

async function commune(i: number): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const wb = ExcelJsWorkbook.create(ExcelJS);
  const values = new Map([
    [cellKey('III.3.1.1', 'value'), 10 * i],
    [cellKey('III.3.1.2', 'value'), 9 * i],
  ]);
  await wb.addSheet(renderTemplate(template('dinh-ky'), { unit: `UBND xã Số ${i}`, period: parsePeriod('2024-Q3'), values }));
  return { name: `xa-${i}.xlsx`, mimeType: XLSX, buffer: Buffer.from(await wb.toBuffer()) };
}

test('served from a sub-path with no other network, the page inserts, checks and merges', async () => {
  const { page, outside } = await open();
  await page.getByText('Đang chạy như trang web độc lập', { exact: false }).waitFor();
  await page.getByText(`Báo cáo CCHC, phiên bản ${VERSION}`).waitFor();
  // The sample workbook comes from the package, beside the page.
  await page.getByRole('button', { name: 'Mở tệp mẫu (xã Bắc Sơn, quý III/2024)' }).click();
  await page.getByText('Sổ làm việc: bac-son-2024-Q3.xlsx').waitFor();
  await page.getByRole('tab', { name: 'Kiểm tra' }).click();
  await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
  await page.getByText('8 lỗi, 16 cảnh báo trên 1 trang mẫu').waitFor();

  await page.getByRole('tab', { name: 'Chèn mẫu' }).click();
  await page.getByLabel('Mẫu phụ lục').selectOption('dinh-ky');
  await page.getByLabel('Đơn vị báo cáo').fill('UBND xã Số 9');
  await page.getByLabel('Kỳ báo cáo').selectOption('Q3');
  await page.getByLabel('Năm').fill('2024');
  await page.getByRole('button', { name: 'Chèn mẫu' }).click();
  await page.getByText('Đã chèn trang "Phụ lục 2024-Q3 (2)".').waitFor();

  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  await page.locator('input[type=file][multiple]').setInputFiles([await commune(1), await commune(2)]);
  await page.getByText('Đã chọn 2 tệp').waitFor();
  await page.getByLabel('Đơn vị tổng hợp').fill('Sở Nội vụ tỉnh Hưng Yên');
  await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
  await page.getByText(/^Đã tổng hợp 2\/2 tệp vào các trang: Tổng hợp 2024-Q3, Chi tiết theo đơn vị, /).waitFor();
  // Nothing left the host: a page Office did not open never asks Microsoft's CDN for Office.js.
  expect(outside.map((u) => new URL(u).host)).toEqual([]);
});

test('a page loaded earlier is told when a newer version is deployed on its host', async () => {
  const { page } = await open();
  await page.getByText(`Báo cáo CCHC, phiên bản ${VERSION}`).waitFor();
  expect(await page.getByText(/^Đã có phiên bản mới/).count()).toBe(0);
  const file = join(site, 'site', 'version.json');
  const before = readFileSync(file);
  writeFileSync(file, JSON.stringify({ version: '99.0.0' }));
  try {
    const { page: later } = await open();
    await later
      .getByText('Đã có phiên bản mới 99.0.0 trên máy chủ. Tải xuống sổ làm việc đang sửa, rồi tải lại trang (F5) để dùng phiên bản mới.')
      .waitFor();
    // An older version on the host (a rollback) is no news.
    writeFileSync(file, JSON.stringify({ version: '0.9.0' }));
    const { page: rolledBack } = await open();
    await rolledBack.getByText(`Báo cáo CCHC, phiên bản ${VERSION}`).waitFor();
    expect(await rolledBack.getByText(/^Đã có phiên bản mới/).count()).toBe(0);
  } finally {
    writeFileSync(file, before);
  }
});
