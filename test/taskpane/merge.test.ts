import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { cellKey } from '../../src/domain/sheet/identity';
import type { CellValue } from '../../src/domain/sheet/plan';
import { parsePeriod } from '../../src/domain/period';
import { renderTemplate } from '../../src/domain/render/template';
import { readTemplateSheet } from '../../src/domain/sheet/read';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/exceljs-adapter';
import { pageSuite } from '../support/browser';
import { mergeReports } from '../../src/domain/merge/merge';
import { mergeSheets } from '../../src/domain/merge/report-sheets';
import { readUnitFile } from '../../src/app/merge';
import { readGrids } from '../../src/adapters/lean-reader/lean-reader';
import { template, BUILT_IN } from '../support/templates';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const pages = pageSuite();

async function commune(i: number): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const wb = ExcelJsWorkbook.create(ExcelJS);
  const values = new Map<string, CellValue>([
    [cellKey('I.2.1', 'value'), 4 + i],
    [cellKey('I.2.2', 'value'), i],
    [cellKey('I.5', 'value'), i % 2],
  ]);
  await wb.addSheet(renderTemplate(template('dinh-ky'), { unit: `UBND xã Số ${i}`, period: parsePeriod('2024-Q3'), values }));
  return { name: `xa-${i}.xlsx`, mimeType: XLSX, buffer: Buffer.from(await wb.toBuffer()) };
}

async function chooseAndMerge(page: Page) {
  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  const files = [
    await commune(1),
    await commune(2),
    await commune(3),
    { name: 'hong.xlsx', mimeType: XLSX, buffer: Buffer.from('không phải excel') },
  ];
  await page.locator('input[type=file][multiple]').setInputFiles(files);
  await page.getByText('Đã chọn 4 tệp').waitFor();
  await page.getByLabel('Đơn vị tổng hợp').fill('UBND huyện Ân Thi');
  await page.getByLabel('Danh sách đơn vị phải nộp (không bắt buộc)').fill('UBND xã Số 1\nUBND xã Số 2\nUBND xã Số 3\nUBND xã Số 4');
  await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
  await page
    .getByText('Đã tổng hợp 3/4 tệp vào các trang: Tổng hợp 2024-Q3, Chi tiết theo đơn vị, Mục tiêu, Biểu đồ, Nhật ký tổng hợp.')
    .waitFor();
  await page.getByText('Chưa nộp: UBND xã Số 4').waitFor();
  // Communes 1 and 3 answered a survey (I.5 = 1) without its figures: errors, merged all the same.
  await page.getByText(/^\d+ lỗi khi kiểm tra trong 2 tệp: xem danh sách ở trang Nhật ký tổng hợp/).waitFor();
  await page.getByRole('progressbar').waitFor();
  await page.getByText('Xong', { exact: true }).waitFor();
  await page.getByText('Tệp "hong.xlsx" không phải là tệp Excel .xlsx.', { exact: false }).waitFor();
}

test('standalone page: choose files, merge with progress, download the result sheets', async () => {
  const page = await pages.standalone();
  await chooseAndMerge(page);
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải xuống .xlsx' }).click()]);
  const wb = await ExcelJsWorkbook.open(ExcelJS, readFileSync(await d.path()));
  expect(await wb.sheetNames()).toEqual(['Tổng hợp 2024-Q3', 'Chi tiết theo đơn vị', 'Mục tiêu', 'Biểu đồ', 'Nhật ký tổng hợp']);
  const sheet = readTemplateSheet(await wb.readSheet('Tổng hợp 2024-Q3'), BUILT_IN)!;
  expect(sheet.cells.get('I.2.1@value')!.raw).toBe(5 + 6 + 7);
  expect(sheet.cells.get('I.2.2@value')!.raw).toBe(6);
  expect(sheet.cells.get('I.2@value')!.raw).toBeCloseTo(6 / 18, 12);
  expect(sheet.cells.get('I.5@value')!.raw).toBe('2/3 đơn vị: Có; 1/3 đơn vị: Không');
  expect(sheet.identity.unit).toBe('UBND huyện Ân Thi');
  // The page made this workbook: it is named after the consolidating unit and period.
  expect(d.suggestedFilename()).toBe('tong-hop-huyen-an-thi-2024-Q3.xlsx');
  // What was said of that merge goes once its inputs change.
  await page.getByLabel('Đơn vị tổng hợp').fill('UBND huyện Kim Động');
  await page.getByText(/^Đã tổng hợp 3\/4 tệp/).waitFor({ state: 'detached' });
  expect(await page.getByText('Chưa nộp: UBND xã Số 4').count()).toBe(0);
});

test('standalone page: a workbook opened keeps its own name, marked as worked on, after a merge into it', async () => {
  const page = await pages.standalone();
  await page.getByRole('button', { name: 'Mở tệp mẫu (xã Bắc Sơn, quý III/2024)' }).click();
  await page.getByText('Sổ làm việc: bac-son-2024-Q3.xlsx').waitFor();
  await chooseAndMerge(page);
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải xuống .xlsx' }).click()]);
  expect(d.suggestedFilename()).toBe('bac-son-2024-Q3-cchc.xlsx');
});

test('inside Excel: the result sheets are written with a bounded number of syncs', async () => {
  const page = await pages.inExcel();
  await page.getByText('Đang chạy trong Excel.').waitFor();
  const before = await page.evaluate(() => (window as unknown as { __excel: { syncCount: () => number } }).__excel.syncCount());
  await chooseAndMerge(page);
  const after = await page.evaluate(() => {
    const x = (window as unknown as { __excel: Record<string, (...a: unknown[]) => unknown> }).__excel;
    return {
      syncs: x.syncCount() as number,
      names: x.sheetNames() as string[],
      charts: x.charts('Biểu đồ') as { title: string; source: string; xValues: string }[],
    };
  });
  expect(after.names).toEqual(['Tổng hợp 2024-Q3', 'Chi tiết theo đơn vị', 'Mục tiêu', 'Biểu đồ', 'Nhật ký tổng hợp']);
  // The key rates drawn through the charts API from the sheet's own cells: the plan's completion of
  // the three communes (three bars, values in C, names in B); no dossier figures, no chart of them.
  expect(after.charts).toHaveLength(1);
  const [plan] = after.charts;
  expect(plan.title).toBe('I.2. Tỷ lệ hoàn thành Kế hoạch CCHC năm (Lũy kế đến thời điểm báo cáo)');
  const [, first, last] = /^C(\d+):C(\d+)$/.exec(plan.source)!.map(Number);
  expect([last - first, plan.xValues]).toEqual([2, `B${first}:B${last}`]);
  // One to list the sheets for the expected-units picker, five sheets of three syncs each (the
  // names, the sheet, its print setup), the protected consolidation a fourth (its protection), and
  // one to show the result: whatever the number of files.
  expect(after.syncs - before).toBeLessThanOrEqual(18);
});

test('standalone page: the expected units are taken from a one-column sheet of the open workbook', async () => {
  const page = await pages.standalone();
  const list = new ExcelJS.Workbook();
  list.addWorksheet('Ghi chú').getCell('A1').value = 'Báo cáo quý III';
  list.addWorksheet('Danh sách xã').addRows([['Đơn vị'], ['UBND xã Số 1'], ['UBND xã Số 2'], ['UBND xã Số 9']]);
  const buffer = Buffer.from(await list.xlsx.writeBuffer());
  await page.getByLabel('Mở tệp .xlsx').setInputFiles({ name: 'danh-sach.xlsx', mimeType: XLSX, buffer });
  await page.getByText('Sổ làm việc: danh-sach.xlsx').waitFor();
  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  await page.getByLabel('hoặc lấy danh sách từ một trang tính (một cột tên đơn vị)').selectOption('Danh sách xã');
  // The heading is left out; the list stays editable in the text box.
  const units = 'UBND xã Số 1\nUBND xã Số 2\nUBND xã Số 9';
  await page.waitForFunction((v) => document.querySelector('textarea')?.value === v, units);
  await page.locator('input[type=file][multiple]').setInputFiles([await commune(1), await commune(2)]);
  await page.getByLabel('Đơn vị tổng hợp').fill('UBND huyện Ân Thi');
  await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
  await page.getByText('Chưa nộp: UBND xã Số 9').waitFor();
  await page.getByText('Kết quả mới chỉ nằm trong sổ làm việc trên trang này: bấm “Tải xuống .xlsx” để lưu.').waitFor();
});

test('standalone page at 350 px: the previous period picked, X compared with the communes it was made of', async () => {
  const page = await pages.standalone();
  await page.setViewportSize({ width: 350, height: 1200 });
  // The previous consolidation: communes 1 and 2, which became commune 9 (I.2.1: 5 + 6 = 11 tasks then).
  const before = ExcelJsWorkbook.create(ExcelJS);
  const read = [];
  for (const i of [1, 2]) {
    const f = await commune(i);
    read.push(readUnitFile({ file: f.name, size: f.buffer.length, modified: 0, checksum: f.name }, f.buffer, readGrids, BUILT_IN));
  }
  for (const plan of mergeSheets(mergeReports(read, { catalogue: BUILT_IN, unit: 'Sở Nội vụ tỉnh Hưng Yên' }))) await before.addSheet(plan);
  const nine = await commune(9);
  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  await page.locator('input[type=file][multiple]').setInputFiles([nine]);
  await page.getByLabel('Đơn vị tổng hợp').fill('Sở Nội vụ tỉnh Hưng Yên');
  await page.getByLabel('Tệp tổng hợp kỳ trước (không bắt buộc)').setInputFiles({
    name: 'tong-hop-truoc.xlsx',
    mimeType: XLSX,
    buffer: Buffer.from(await before.toBuffer()),
  });
  await page.getByLabel('Danh sách sắp xếp đơn vị (không bắt buộc)').fill('UBND xã Số 9, UBND xã Số 1; UBND xã Số 2, 01/7/2025');
  await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
  await page.getByText(/Đã tổng hợp 1\/1 tệp vào các trang: .*So với kỳ trước/).waitFor();
  const wide = await page.evaluate(
    () => Array.from(document.querySelectorAll('main *')).filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5).length,
  );
  expect(wide).toBe(0);
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải xuống .xlsx' }).click()]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(await d.path()) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('So với kỳ trước')!;
  let tasks: unknown[] = [];
  ws.eachRow((row) => {
    if (row.getCell(1).value === 'I.2.1') tasks = [row.getCell(3).value, row.getCell(4).value, row.getCell(6).value];
  });
  // Then 5 + 6 = 11 tasks, now 13: two more.
  expect(tasks).toEqual([11, 13, 2]);
});
