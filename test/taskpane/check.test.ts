import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { MARK_FILL } from '../../src/domain/validate/marks';
import { pageSuite } from '../support/browser';

const pages = pageSuite();

async function downloadWorkbook(page: Page): Promise<ExcelJS.Workbook> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải xuống .xlsx' }).click()]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(await d.path()) as unknown as ArrayBuffer);
  return wb;
}

test('standalone page: check the Bắc Sơn sample, download the report, clear the marks', async () => {
  const page = await pages.standalone();
  await page.getByRole('button', { name: 'Mở tệp mẫu (xã Bắc Sơn, quý III/2024)' }).click();
  await page.getByText('Sổ làm việc: bac-son-2024-Q3.xlsx').waitFor();
  await page.getByRole('tab', { name: 'Kiểm tra' }).click();
  await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
  await page.getByText('8 lỗi, 16 cảnh báo trên 1 trang mẫu').waitFor();
  // The seven empty inputs in one line; the section lists the rest one by one.
  await page.getByText('7 chỉ tiêu chưa có số liệu: I.1, I.5, I.5.1, I.5.2, I.6, VII.3, VII.4.2.3').waitFor();
  await page.getByText('I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH — 1 lỗi, 1 cảnh báo').waitFor();
  await page.getByText('I.2 ghi 80% nhưng 5/7 nhiệm vụ = 71,4%').waitFor();
  // There is no sheet to select a cell in: a finding shows its cell and is no button.
  expect(await page.locator('button.finding').count()).toBe(0);
  expect(await page.locator('li.finding[data-cell="E12"]').innerText()).toContain('E12');

  const [report] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải báo cáo kiểm tra (.csv)' }).click(),
  ]);
  const csv = readFileSync(await report.path(), 'utf8');
  expect(csv.split('\r\n').filter(Boolean)).toHaveLength(1 + 24);
  expect(csv).toContain('"Phụ lục 2024-Q3","E12","I.2","R01","Lỗi","I.2 ghi 80% nhưng 5/7 nhiệm vụ = 71,4%"');

  const marked = await downloadWorkbook(page);
  const ws = marked.getWorksheet('Phụ lục 2024-Q3')!;
  expect((ws.getCell('E12').fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${MARK_FILL.error}`);
  expect(JSON.stringify(ws.getCell('E12').note)).toContain('71,4%');

  await page.getByRole('button', { name: 'Xóa đánh dấu' }).click();
  await page.getByText('Đã xóa đánh dấu, khôi phục 22 ô.').waitFor();
  const clean = (await downloadWorkbook(page)).getWorksheet('Phụ lục 2024-Q3')!;
  expect((clean.getCell('E12').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFEDEDED');
  expect(clean.getCell('E12').note).toBeUndefined();
});

test('inside Excel: check the active sheet, click a finding to select its cell, clear the marks', async () => {
  const page = await pages.inExcel();
  await page.getByLabel('Đơn vị báo cáo').fill('UBND xã Bắc Sơn');
  await page.getByLabel('Kỳ báo cáo').selectOption('Q3');
  await page.getByLabel('Năm').fill('2024');
  await page.getByRole('button', { name: 'Chèn mẫu' }).click();
  await page.getByText('Đã chèn trang "Phụ lục 2024-Q3".').waitFor();
  await page.getByRole('tab', { name: 'Kiểm tra' }).click();
  await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
  await page.getByText(/0 lỗi, \d+ cảnh báo trên 1 trang mẫu/).waitFor();
  await page.locator('button.finding[data-cell="E11"]').click();
  await page.waitForFunction(
    () => (window as unknown as { __excel: { selection: () => string } }).__excel.selection() === 'Phụ lục 2024-Q3!E11',
  );
  const marked = await page.evaluate(() => {
    const e = (window as unknown as { __excel: Record<string, (...a: unknown[]) => unknown> }).__excel;
    return { fill: e.fill('Phụ lục 2024-Q3', 11, 5), comments: (e.comments() as string[]).length };
  });
  expect(marked.fill).toBe(`#${MARK_FILL.warning}`);
  expect(marked.comments).toBe(0); // the double reports ExcelApi 1.9 only: fill, no comment
  await page.getByRole('button', { name: 'Xóa đánh dấu' }).click();
  await page.getByText(/Đã xóa đánh dấu, khôi phục \d+ ô\./).waitFor();
  expect(
    await page.evaluate(() =>
      (window as unknown as { __excel: { fill: (...a: unknown[]) => unknown } }).__excel.fill('Phụ lục 2024-Q3', 11, 5),
    ),
  ).toBe('#FFF7D6');
});

test('in English, findings and computed changes are worded in English (the form’s own words kept)', async () => {
  const page = await pages.standalone();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Open the sample (Bắc Sơn commune, Q3 2024)' }).click();
  await page.getByText('Workbook: bac-son-2024-Q3.xlsx').waitFor();
  await page.getByRole('tab', { name: 'Check' }).click();
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await page.getByText('8 errors, 16 warnings in 1 template sheet').waitFor();
  await page.getByText('I.2 holds 80% but 5/7 nhiệm vụ = 71.4%').waitFor();
  await page.getByText('VII.5.3 holds 100% but 6/5 hồ sơ = 120% (over 100%)').waitFor();
  expect(await page.getByText('ghi 80%').count()).toBe(0);
  await page.getByRole('tab', { name: 'Compute' }).click();
  await page.getByRole('button', { name: 'Preview the cells to compute' }).click();
  await page.getByText('I.2: 80% → 71.4% (=I.2.2 / I.2.1)').waitFor();
  await page.getByText('I.3.2: 0% → (empty) (=I.3.3.1 / I.3.3)').waitFor();
});
