import { pageSuite } from '../support/browser';

const pages = pageSuite();

test('inside Excel: the task pane inserts the template through Office.js in a few syncs', async () => {
  const page = await pages.inExcel();
  await page.getByText('Đang chạy trong Excel.').waitFor();
  await page.getByLabel('Mẫu phụ lục').selectOption('tong-ket-pl3');
  await page.getByLabel('Đơn vị báo cáo').fill('UBND tỉnh Bình Định');
  await page.getByRole('button', { name: 'Chèn mẫu' }).click();
  await page.getByText('Đã chèn trang "Phụ lục 3".').waitFor();

  const result = await page.evaluate(() => {
    const x = (window as unknown as { __excel: Record<string, (...a: unknown[]) => unknown> }).__excel;
    return {
      syncs: x.syncCount(),
      names: x.sheetNames(),
      marker: x.cell('Phụ lục 3', 1, 1),
      unit: x.cell('Phụ lục 3', 2, 1),
      activated: x.activated(),
    };
  });
  expect(result.names).toEqual(['Phụ lục 3']);
  expect(result.marker).toEqual({ value: 'cchc:tong-ket-pl3@1.1.0', formula: null });
  expect(result.unit).toEqual({ value: 'UBND tỉnh Bình Định', formula: null });
  expect(result.activated).toEqual(['Phụ lục 3.activate']);
  // The sheet names, the sheet, its print setup, its protection, and activating it.
  expect(result.syncs).toBeLessThanOrEqual(5);
});
