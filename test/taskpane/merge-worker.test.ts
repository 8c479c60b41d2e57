import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/exceljs-adapter';
import { parsePeriod } from '../../src/domain/period';
import { renderTemplate } from '../../src/domain/render/template';
import { cellKey } from '../../src/domain/sheet/identity';
import { pageSuite } from '../support/browser';
import { template } from '../support/templates';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const pages = pageSuite();

/** A thousand communes' files (one workbook's bytes under a thousand names: reading is what is timed). */
async function thousandFiles(): Promise<{ name: string; mimeType: string; buffer: Buffer }[]> {
  const wb = ExcelJsWorkbook.create(ExcelJS);
  const values = new Map([
    [cellKey('I.2.1', 'value'), 4],
    [cellKey('I.2.2', 'value'), 3],
  ]);
  await wb.addSheet(renderTemplate(template('dinh-ky'), { unit: 'UBND xã Số 1', period: parsePeriod('2024-Q3'), values }));
  const buffer = Buffer.from(await wb.toBuffer());
  return Array.from({ length: 1000 }, (_, i) => ({ name: `xa-${String(i + 1).padStart(4, '0')}.xlsx`, mimeType: XLSX, buffer }));
}

/** How many files the progress line says are read, while reading. */
async function readCount(page: Page, timeout = 2000): Promise<number | undefined> {
  const text = await page
    .getByText(/^Đã đọc và kiểm tra \d+\/1000 tệp$/)
    .textContent({ timeout })
    .catch(() => null);
  return text ? Number(/(\d+)\//.exec(text)![1]) : undefined;
}

/**
 * The reading thread opens five files, then waits until the test lets it go on
 * (`releaseReading` in the thread): the test acts while reading is under way, whatever the machine's speed or load.
 */
async function holdReading(page: Page): Promise<void> {
  await page.route('**/reader.js*', async (route) => {
    const script = await (await route.fetch()).text();
    const shim = `{ let open; const gate = new Promise((r) => { open = r; }); self.releaseReading = open; let opened = 0;
      const read = File.prototype.arrayBuffer;
      File.prototype.arrayBuffer = function () { opened += 1; return (opened <= 5 ? Promise.resolve() : gate).then(() => read.call(this)); }; }\n`;
    await route.fulfill({ contentType: 'text/javascript', body: shim + script });
  });
}

async function startMerge(page: Page): Promise<void> {
  await holdReading(page);
  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  await page.locator('input[type=file][multiple]').setInputFiles(await thousandFiles());
  await page.getByText('Đã chọn 1000 tệp').waitFor();
  await page.getByLabel('Đơn vị tổng hợp').fill('Sở Nội vụ tỉnh Hưng Yên');
  await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
  // Reading has begun.
  await page.waitForFunction(() => /Đã đọc và kiểm tra [1-9]\d*\/1000 tệp/.test(document.body.innerText));
}

test('the pane answers while a thousand files are read on another thread', async () => {
  const page = await pages.standalone();
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(new URL(w.url()).pathname + new URL(w.url()).search));
  await startMerge(page);
  // The reading thread, its script named with the version so that an update loads the new one.
  expect(workers).toEqual([expect.stringMatching(/^\/reader\.js\?v=\d+\.\d+\.\d+$/)]);
  // A timer set now runs at once: nothing holds the page's thread.
  const delay = await page.evaluate(
    () =>
      new Promise<number>((r) => {
        const t = performance.now();
        setTimeout(() => r(performance.now() - t), 0);
      }),
  );
  await page.getByRole('tab', { name: 'Mục tiêu' }).click();
  await page.getByRole('button', { name: 'Đối chiếu mục tiêu' }).waitFor({ timeout: 2000 });
  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  expect(await readCount(page)).toBe(5);
  expect(delay).toBeLessThan(250);
  // Let go, the merge goes on to its end.
  await page.workers()[0].evaluate(() => (self as unknown as { releaseReading: () => void }).releaseReading());
  await page.getByText(/^Đã tổng hợp 1\/1000 tệp vào các trang: /).waitFor({ timeout: 120_000 });
});

test('the reading is cancelled with a click: nothing merged, the workbook unchanged', async () => {
  const page = await pages.standalone();
  await startMerge(page);
  await page.getByRole('button', { name: 'Hủy', exact: true }).click();
  await page.getByText('Đã hủy: chưa tổng hợp gì, sổ làm việc không thay đổi.').waitFor();
  expect(await readCount(page, 100)).toBeUndefined();
  expect(await page.getByRole('button', { name: 'Hủy', exact: true }).count()).toBe(0);
  // Nothing was merged, not even later.
  await page.waitForTimeout(500);
  expect(await page.getByText(/^Đã tổng hợp/).count()).toBe(0);
});
