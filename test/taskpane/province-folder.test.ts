import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { pageSuite } from '../support/browser';
import { tempDir } from '../support/cli';
import { LISTED, provinceFolder } from '../support/province-folder';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const pages = pageSuite();

/** The elements of the merge tab that reach past the 350 px pane. */
const overflow = (page: Page) =>
  page.locator('section').evaluateAll((els) =>
    els
      .flatMap((el) => [el, ...Array.from(el.querySelectorAll('*'))])
      .filter((e) => e.getBoundingClientRect().right > 350)
      .map((e) => e.outerHTML.slice(0, 80)),
  );

test('a province’s folder in the standalone page at 350 px: who is missing, each commune once, no judgement on a value in error, nobody late', async () => {
  const paths = await provinceFolder(join(tempDir(), 'nhan'));
  const page = await pages.standalone();
  await page.setViewportSize({ width: 350, height: 900 });
  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  await page
    .locator('input[type=file][multiple]')
    .setInputFiles(paths.map((p) => ({ name: basename(p), mimeType: XLSX, buffer: readFileSync(p) })));
  await page.getByLabel('Đơn vị tổng hợp').fill('Sở Nội vụ tỉnh Hưng Yên');
  await page.getByLabel('Danh sách đơn vị phải nộp (không bắt buộc)').fill(LISTED.join('\n'));
  await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
  const done = page.getByText(
    'Đã tổng hợp 6/9 tệp vào các trang: Tổng hợp 2024-Q3, Chi tiết theo đơn vị, Mục tiêu, Biểu đồ, Nhật ký tổng hợp.',
  );
  await done.waitFor();
  await page.getByText('Chưa nộp: UBND xã Hồng Hà', { exact: true }).waitFor();
  await page
    .getByText(
      'Gửi qua tệp tổng hợp: UBND xã An Bình, UBND xã Cẩm Phúc (trong tệp tổng hợp của UBND huyện Ân Thi, huyen-an-thi-tong-hop.xlsx)',
    )
    .waitFor();
  await page.getByText('Đã nộp nhưng không dùng: UBND xã Tân Tiến (tan-tien-quy-2.xlsx: kỳ 2024-Q2, không phải 2024-Q3)').waitFor();
  // No rule given: nobody late. The one unusual value is Phú Xuân's.
  expect(await page.locator('.merge-late').count()).toBe(0);
  expect(await page.locator('.merge-outliers').innerText()).toMatch(/^1 giá trị khác thường .*: UBND xã Phú Xuân\./);
  expect(await overflow(page)).toEqual([]);

  // The download is named after the consolidating unit and period; its targets never count Bắc Sơn's 120% as met.
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải xuống .xlsx' }).click()]);
  expect(d.suggestedFilename()).toBe('tong-hop-so-noi-vu-tinh-hung-yen-2024-Q3.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(await d.path()) as unknown as ArrayBuffer);
  const targets = wb.getWorksheet('Mục tiêu')!;
  const header = (targets.getRow(4).values as unknown[]).slice(1);
  let d17: unknown[] = [];
  targets.eachRow((row) => {
    if (row.getCell(1).value === 'D17') d17 = (row.values as unknown[]).slice(1);
  });
  expect(d17[header.indexOf('UBND xã Bắc Sơn')]).toBe('120% — lỗi, không xét');
  expect(d17[6]).toBe('0/5; 1 đơn vị số liệu lỗi, không xét');

  // What was said of that merge goes once its inputs change.
  await page.getByLabel('Đơn vị tổng hợp').fill('Sở Nội vụ tỉnh Hưng Yên (lần 2)');
  await done.waitFor({ state: 'detached' });
  expect(await page.getByText('Chưa nộp: UBND xã Hồng Hà', { exact: true }).count()).toBe(0);

  // "Mục tiêu" on the consolidation: Bắc Sơn under the total, not judged.
  await page.getByRole('tab', { name: 'Mục tiêu' }).click();
  await page.getByRole('button', { name: 'Đối chiếu mục tiêu' }).click();
  const bacSon = page.locator('.unit-targets', { hasText: 'UBND xã Bắc Sơn —' });
  await bacSon.waitFor();
  expect(await bacSon.locator('li.target', { hasText: 'D17' }).getAttribute('data-status')).toBe('in-error');
});
