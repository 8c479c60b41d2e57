import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { pageSuite } from '../support/browser';

const pages = pageSuite();

async function cellI2(page: Page): Promise<ExcelJS.Cell> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải xuống .xlsx' }).click()]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(await d.path()) as unknown as ArrayBuffer);
  return wb.getWorksheet('Phụ lục 2024-Q3')!.getCell('E12');
}

test('standalone page: preview old → new, write only on confirmation, undo', async () => {
  const page = await pages.standalone();
  await page.getByRole('button', { name: 'Mở tệp mẫu (xã Bắc Sơn, quý III/2024)' }).click();
  await page.getByText('Sổ làm việc: bac-son-2024-Q3.xlsx').waitFor();
  await page.getByRole('tab', { name: 'Tính toán' }).click();
  await page.getByRole('button', { name: 'Xem trước các ô sẽ tính' }).click();
  await page.getByText('I.2: 80% → 71,4% (=I.2.2 / I.2.1)').waitFor();
  expect(await page.locator('ul.changes li').count()).toBe(11);
  expect((await cellI2(page)).value).toBe(0.8); // nothing written before confirming

  await page.getByRole('button', { name: 'Đồng ý ghi 11 ô' }).click();
  await page.getByText('Đã tính lại 11 ô.').waitFor();
  const computed = await cellI2(page);
  expect(computed.formula).toBe('IF(OR(COUNT(E14)=0,N(E13)=0),"",E14/E13)');
  expect(computed.result).toBeCloseTo(5 / 7, 12);

  // Looking again finds nothing left to compute, and what was applied can still be undone.
  await page.getByRole('button', { name: 'Xem trước các ô sẽ tính' }).click();
  await page.getByText('Không có ô nào cần tính lại.').waitFor();
  await page.getByRole('button', { name: 'Hoàn tác' }).click();
  await page.getByText('Đã khôi phục các ô như trước khi tính.').waitFor();
  const undone = await cellI2(page);
  expect(undone.formula).toBeUndefined();
  expect(undone.value).toBe(0.8);
});
