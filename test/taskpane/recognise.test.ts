import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/exceljs-adapter';
import { readTemplateSheet } from '../../src/domain/sheet/read';
import { MARK_STORE_SHEET } from '../../src/domain/validate/marks';
import { pageSuite } from '../support/browser';
import { gridXlsx, handMade, sampleData } from '../support/hand-made';
import { BUILT_IN, template } from '../support/templates';

/** Hand-made appendices in the task pane (350 px): recognised when checked, converted, confirmed before a merge. */
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const pages = pageSuite();
const T = template('dinh-ky');
const BAC_SON = sampleData('bac-son-2024-Q3.csv');
const NHAT_QUAN = sampleData('xa-nhat-quan-2024-Q3.csv');
const TITLE = 'THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH QUÝ III NĂM 2024';

/** The elements under `selector` that reach past the 350 px pane, or whose content reaches past their own box (inline elements have none). */
const overflow = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) =>
    els
      .flatMap((el) => [el, ...Array.from(el.querySelectorAll('*'))])
      .filter((e) => e.getBoundingClientRect().right > 350 || (e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1))
      .map((e) => e.outerHTML.slice(0, 80)),
  );

async function handMadeFile(name: string, heading: string[], data = BAC_SON) {
  const { grid } = handMade(T, data, { columns: ['stt', 'label', 'unit', 'value', 'note'], heading });
  return { name, mimeType: XLSX, buffer: await gridXlsx(grid) };
}

test('check a hand-made sheet: said to be recognised, converted to the standard template beside it, exported in long format', async () => {
  const page = await pages.standalone();
  await page.setViewportSize({ width: 350, height: 900 });
  await page.getByLabel('Mở tệp .xlsx').setInputFiles(await handMadeFile('bac-son-tu-lap.xlsx', ['UBND XÃ BẮC SƠN', TITLE]));
  await page.getByText('Sổ làm việc: bac-son-tu-lap.xlsx').waitFor();
  await page.getByRole('tab', { name: 'Kiểm tra' }).click();
  await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
  await page.getByText('Trang "Phụ lục": nhận dạng là mẫu dinh-ky (phiên bản 1.1.0); đơn vị: UBND xã Bắc Sơn; kỳ: 2024-Q3').waitFor();
  await page.getByText('121 dòng nhận ra (độ tin cậy thấp nhất 100%), 0 dòng không nhận ra, thiếu 0 chỉ tiêu của mẫu').waitFor();
  // The same inconsistency as in the add-in's own sheet: 80% typed for 5 of 7 tasks.
  await page.getByText('I.2 ghi 80% nhưng 5/7 nhiệm vụ = 71,4%').waitFor();
  // At 350 px the recognition note wraps inside the pane.
  expect(await overflow(page, '.recognised')).toEqual([]);

  const [exported] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Xuất số liệu dạng dài (.csv)' }).click(),
  ]);
  const csv = readFileSync(await exported.path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toMatch(
    /\r\nUBND xã Bắc Sơn,2024-Q3,dinh-ky,1\.1\.0,I\.2\.1,value,Số nhiệm vụ đề ra trong kế hoạch,Nhiệm vụ,7,,,bac-son-tu-lap\.xlsx,Phụ lục,D\d+\r\n/,
  );

  await page.getByRole('button', { name: 'Chuyển sang mẫu chuẩn' }).click();
  await page.getByText('Đã tạo trang "Phụ lục 2024-Q3" theo mẫu chuẩn; trang gốc giữ nguyên.').waitFor();
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải xuống .xlsx' }).click()]);
  const wb = await ExcelJsWorkbook.open(ExcelJS, readFileSync(await d.path()));
  expect((await wb.sheetNames()).filter((n) => n !== MARK_STORE_SHEET)).toEqual(['Phụ lục', 'Phụ lục 2024-Q3']);
  const converted = readTemplateSheet(await wb.readSheet('Phụ lục 2024-Q3'), BUILT_IN)!;
  expect([converted.identity.unit, converted.cells.get('I.2.1@value')!.raw, converted.cells.get('I.2.2@value')!.raw]).toEqual([
    'UBND xã Bắc Sơn',
    BAC_SON.get('I.2.1@value'),
    BAC_SON.get('I.2.2@value'),
  ]);
});

test('merge hand-made files: shown for confirmation, the unit a table does not name asked for, then merged and logged as recognised', async () => {
  const page = await pages.standalone();
  await page.setViewportSize({ width: 350, height: 900 });
  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  await page
    .locator('input[type=file][multiple]')
    .setInputFiles([
      await handMadeFile('bac-son.xlsx', ['UBND XÃ BẮC SƠN', TITLE]),
      await handMadeFile('khong-ten.xlsx', ['PHỤ LỤC'], NHAT_QUAN),
    ]);
  await page.getByLabel('Đơn vị tổng hợp').fill('UBND tỉnh Thử Nghiệm');
  await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
  await page.getByText('Bảng tự lập được nhận dạng: kiểm tra đơn vị trước khi tổng hợp').waitFor();
  expect(await page.getByLabel('Đơn vị của tệp "bac-son.xlsx"').inputValue()).toBe('UBND xã Bắc Sơn');
  expect(await overflow(page, '.merge-confirm')).toEqual([]);
  await page.getByRole('button', { name: 'Xác nhận và tổng hợp' }).click();
  await page.getByText('Hãy nhập đơn vị của tệp "khong-ten.xlsx": bảng không ghi tên đơn vị.').waitFor();
  await page.getByLabel('Đơn vị của tệp "khong-ten.xlsx"').fill('UBND xã Nhất Quán');
  // Only the table that names no period is asked for one.
  expect(await page.getByLabel(/^Kỳ báo cáo của tệp/).count()).toBe(1);
  await page.getByLabel('Kỳ báo cáo của tệp "khong-ten.xlsx"').fill('quý 3');
  await page.getByRole('button', { name: 'Xác nhận và tổng hợp' }).click();
  await page
    .getByText('Kỳ báo cáo "quý 3" của tệp "khong-ten.xlsx" không hợp lệ: ghi dạng 2024-Q3 (quý), 2024-H1 (6 tháng) hoặc 2024 (năm).')
    .waitFor();
  await page.getByLabel('Kỳ báo cáo của tệp "khong-ten.xlsx"').fill('2024-q3');
  await page.getByRole('button', { name: 'Xác nhận và tổng hợp' }).click();
  await page
    .getByText('Đã tổng hợp 2/2 tệp vào các trang: Tổng hợp 2024-Q3, Chi tiết theo đơn vị, Mục tiêu, Biểu đồ, Nhật ký tổng hợp.')
    .waitFor();
  await page
    .getByText(
      /khong-ten\.xlsx — UBND xã Nhất Quán: đã gộp \(nhận dạng từ bảng tự lập .*; bảng không ghi kỳ báo cáo, theo người tổng hợp là kỳ 2024-Q3; bảng không ghi đơn vị, theo người tổng hợp là UBND xã Nhất Quán\)/,
    )
    .waitFor();
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải xuống .xlsx' }).click()]);
  const wb = await ExcelJsWorkbook.open(ExcelJS, readFileSync(await d.path()));
  const total = readTemplateSheet(await wb.readSheet('Tổng hợp 2024-Q3'), BUILT_IN)!;
  expect(total.cells.get('I.2.1@value')!.raw).toBe((BAC_SON.get('I.2.1@value') as number) + (NHAT_QUAN.get('I.2.1@value') as number));
});
