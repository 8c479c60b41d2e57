import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { readTemplateSheet } from '../../src/domain/sheet/read';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/exceljs-adapter';
import { pageSuite } from '../support/browser';
import { BUILT_IN } from '../support/templates';

const pages = pageSuite();

test('standalone page: choose a template, insert it, download the workbook', async () => {
  const page = await pages.standalone();
  await page.getByLabel('Mẫu phụ lục').selectOption('dinh-ky');
  await page.getByLabel('Đơn vị báo cáo').fill('UBND xã Bắc Sơn');
  await page.getByLabel('Kỳ báo cáo').selectOption('Q3');
  await page.getByLabel('Năm').fill('2024');
  await page.getByLabel('Số báo cáo').fill('68/BC-UBND');
  await page.getByLabel('Ngày báo cáo').fill('15/9/2024');
  await page.getByRole('button', { name: 'Chèn mẫu' }).click();
  await page.getByText('Đã chèn trang "Phụ lục 2024-Q3".').waitFor();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải xuống .xlsx' }).click()]);
  const wb = await ExcelJsWorkbook.open(ExcelJS, readFileSync(await download.path()));
  expect(await wb.sheetNames()).toEqual(['Phụ lục 2024-Q3']);
  const sheet = readTemplateSheet(await wb.readSheet('Phụ lục 2024-Q3'), BUILT_IN)!;
  expect(sheet.identity).toEqual({ templateId: 'dinh-ky', version: '1.1.0', unit: 'UBND xã Bắc Sơn', period: '2024-Q3' });
  expect(sheet.rowOf.size).toBe(121);
  const texts: unknown[] = [];
  wb.workbook.getWorksheet('Phụ lục 2024-Q3')!.eachRow((r) => r.eachCell((c) => texts.push(c.value)));
  expect(texts).toContain('(Kèm theo Báo cáo số 68/BC-UBND ngày 15/9/2024 của UBND xã Bắc Sơn)');
  // "Đã chèn trang …" is about that insert: another period typed, it goes.
  await page.getByLabel('Năm').fill('2025');
  await page.getByText('Đã chèn trang "Phụ lục 2024-Q3".').waitFor({ state: 'detached' });
});

test('inserting into an opened workbook adds a sheet and keeps the others', async () => {
  const page = await pages.standalone();
  const seed = ExcelJsWorkbook.create(ExcelJS);
  seed.workbook.addWorksheet('Phụ lục 2024-Q3').getCell('A1').value = 'có sẵn';
  const bytes = Buffer.from(await seed.toBuffer());
  await page.getByLabel('Mở tệp .xlsx').setInputFiles({
    name: 'xa-bac-son.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: bytes,
  });
  await page.getByText('Sổ làm việc: xa-bac-son.xlsx').waitFor();
  await page.getByLabel('Đơn vị báo cáo').fill('UBND xã Bắc Sơn');
  await page.getByLabel('Kỳ báo cáo').selectOption('Q3');
  await page.getByLabel('Năm').fill('2024');
  await page.getByRole('button', { name: 'Chèn mẫu' }).click();
  await page.getByText('Đã chèn trang "Phụ lục 2024-Q3 (2)".').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải xuống .xlsx' }).click()]);
  // Never the name of the file opened, so the unit's own file is not replaced in the downloads folder.
  expect(download.suggestedFilename()).toBe('xa-bac-son-cchc.xlsx');
  const wb = await ExcelJsWorkbook.open(ExcelJS, readFileSync(await download.path()));
  expect(await wb.sheetNames()).toEqual(['Phụ lục 2024-Q3', 'Phụ lục 2024-Q3 (2)']);
  expect(wb.workbook.getWorksheet('Phụ lục 2024-Q3')!.getCell('A1').value).toBe('có sẵn');
});

test('a missing unit is refused with a message; the UI switches to English', async () => {
  const page = await pages.standalone();
  await page.getByRole('button', { name: 'Chèn mẫu' }).click();
  await page.getByText('Hãy nhập đơn vị báo cáo.').waitFor();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Insert template' }).waitFor();
  expect(await page.getByLabel('Reporting unit').count()).toBe(1);
});

test('a damaged file chosen in the page gets the same words as on the command line, never the engine’s', async () => {
  const page = await pages.standalone();
  const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const good = Buffer.from(await ExcelJsWorkbook.create(ExcelJS).toBuffer());
  // The archive's end (with its directory) cut off; then a text file named .xlsx.
  await page.getByLabel('Mở tệp .xlsx').setInputFiles({ name: 'cut.xlsx', mimeType: type, buffer: good.subarray(0, good.length - 40) });
  await page.getByText('Lỗi: Tệp "cut.xlsx" bị hỏng hoặc không đúng định dạng .xlsx (không tìm thấy mục lục của tệp nén).').waitFor();
  await page.getByLabel('Mở tệp .xlsx').setInputFiles({ name: 'ghi-chu.xlsx', mimeType: type, buffer: Buffer.from('xin chào') });
  await page.getByText('Lỗi: Tệp "ghi-chu.xlsx" không phải là tệp Excel .xlsx.').waitFor();
  expect(await page.getByText(/Corrupted zip|central directory/).count()).toBe(0);
});

test('inside an Excel that takes 4 seconds to start the add-in, the page waits for it rather than running standalone', async () => {
  const page = await pages.inExcel(4000);
  await page.getByLabel('Đơn vị báo cáo').fill('UBND xã Bắc Sơn');
  await page.getByLabel('Kỳ báo cáo').selectOption('Q3');
  await page.getByLabel('Năm').fill('2024');
  await page.getByRole('button', { name: 'Chèn mẫu' }).click();
  await page.getByText('Đã chèn trang "Phụ lục 2024-Q3".').waitFor();
  // Inserted into the workbook in Excel (the stand-in), with no standalone file bar on the page.
  expect(await page.evaluate(() => (window as unknown as { __excel: { sheetNames(): string[] } }).__excel.sheetNames())).toEqual([
    'Phụ lục 2024-Q3',
  ]);
  expect(await page.getByRole('button', { name: 'Tải xuống .xlsx' }).count()).toBe(0);
});

test('opening another workbook over one with changes not downloaded asks first', async () => {
  const page = await pages.standalone();
  const sample = page.getByRole('button', { name: /^Mở tệp mẫu/ });
  await sample.click();
  await page.getByText('Sổ làm việc: bac-son-2024-Q3.xlsx').waitFor();
  // Just opened: nothing to lose, no question.
  let asked = '';
  page.on('dialog', (d) => {
    asked = d.message();
    void (asked.includes('Vẫn mở?') && d.type() === 'confirm' ? d.dismiss() : d.accept());
  });
  // A field typed is no change to the workbook; reopening starts the panels afresh, which empties it.
  await page.getByLabel('Đơn vị báo cáo').fill('chưa chèn');
  await sample.click();
  await page.waitForFunction(() => document.querySelector<HTMLInputElement>('input[placeholder^="Ví dụ: UBND"]')?.value === '');
  expect(asked).toBe('');
  // A sheet inserted: the next open asks, and declining keeps the workbook with its new sheet.
  await page.getByLabel('Đơn vị báo cáo').fill('UBND xã Bắc Sơn');
  await page.getByRole('button', { name: 'Chèn mẫu' }).click();
  await page.getByText(/^Đã chèn trang/).waitFor();
  await sample.click();
  expect(asked).toBe('Mở tệp khác sẽ đóng "bac-son-2024-Q3.xlsx" trên trang này; những thay đổi chưa tải xuống sẽ mất. Vẫn mở?');
  await page.getByText(/^Đã chèn trang/).waitFor();
  // Downloaded: nothing to lose again.
  asked = '';
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải xuống .xlsx' }).click()]);
  await sample.click();
  await page.getByText('Sổ làm việc: bac-son-2024-Q3.xlsx').waitFor();
  expect(asked).toBe('');
});
