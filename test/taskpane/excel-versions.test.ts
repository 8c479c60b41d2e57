import { pageSuite } from '../support/browser';

/** The pane inside Excel at Office 2019's requirement set and at a newer one, opened by each ribbon button, in Office's language. */
const pages = pageSuite();

test('at ExcelApi 1.7 the pane says what this Excel lacks, inserts a template, and the self-test passes every step', async () => {
  const page = await pages.inExcel(0, '&api=7');
  await page.getByText('Đang chạy trong Excel.').waitFor();
  const shortfalls = await page.locator('.shortfalls').innerText();
  expect(shortfalls).toContain('danh sách chọn');
  expect(shortfalls).toContain('thiết lập trang in');
  expect(shortfalls).toContain('chú thích');
  await page.getByLabel('Đơn vị báo cáo').fill('UBND xã Bắc Sơn');
  await page.getByRole('button', { name: 'Chèn mẫu' }).click();
  await page.getByText(/^Đã chèn trang "Phụ lục/).waitFor();

  await page.getByRole('button', { name: 'Tự kiểm tra' }).click();
  await page.getByRole('button', { name: 'Tự kiểm tra', exact: true }).last().click();
  await page.getByRole('button', { name: 'Sao chép kết quả' }).waitFor();
  const steps = await page
    .locator('tr[data-step]')
    .evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-step'), r.getAttribute('data-ok')]));
  expect(steps).toEqual(['insert', 'fill', 'check', 'clear-marks', 'compute', 'merge', 'remove'].map((s) => [s, 'true']));
  const report = await page.locator('#self-test-report').inputValue();
  expect(report).toContain('ExcelApi: 1.7');
  expect(report).toContain('Excel PC 16.0.10827.20181');
  // The user's sheet stays; the scratch sheets are gone.
  const names = await page.evaluate(() => (window as unknown as { __excel: { sheetNames(): string[] } }).__excel.sheetNames());
  expect(names[0]).toMatch(/^Phụ lục/);
});

test('at a newer set nothing is said lacking', async () => {
  const page = await pages.inExcel(0, '&api=18');
  await page.getByText('Đang chạy trong Excel.').waitFor();
  expect(await page.locator('.shortfalls').count()).toBe(0);
});

test.each([
  ['check', 'Kiểm tra'],
  ['merge', 'Tổng hợp'],
])('a ribbon button opens the pane at its tab (?tab=%s)', async (tab, name) => {
  const page = await pages.inExcel(0, `&tab=${tab}`);
  await page.getByRole('tab', { name, selected: true }).waitFor();
});

test('the pane speaks Office’s language, and a language the user chooses is remembered', async () => {
  const page = await pages.inExcel(0, '&displayLanguage=en-US');
  await page.getByText('Running in Excel.').waitFor();
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await page.getByText('Đang chạy trong Excel.').waitFor();
  await page.reload();
  await page.getByText('Đang chạy trong Excel.').waitFor();
});

test('below ExcelApi 1.7 (Office 2016) the pane says what it needs and points to the standalone page', async () => {
  const page = await pages.inExcel(0, '&api=6');
  await page.getByText(/chưa có ExcelApi 1\.7 .*dùng trang độc lập/).waitFor();
  expect(await page.getByRole('tab').count()).toBe(0);
});

test('a refusal while clearing marks is said in the pane with what Excel’s code means, and the sheet stays protected', async () => {
  const page = await pages.inExcel();
  await page.getByLabel('Đơn vị báo cáo').fill('UBND xã Bắc Sơn');
  await page.getByRole('button', { name: 'Chèn mẫu' }).click();
  const inserted = await page.getByText(/^Đã chèn trang "/).innerText();
  const sheet = /"(.+)"/.exec(inserted)![1];
  await page.getByRole('tab', { name: 'Kiểm tra' }).click();
  await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
  await page.getByRole('button', { name: 'Xóa đánh dấu' }).waitFor();
  // The user is typing in a cell: Excel refuses to unprotect the sheet.
  await page.evaluate(
    (s) =>
      (window as unknown as { __excel: { failNext(c: string, e: string): void } }).__excel.failNext(
        `${s}.unprotect`,
        'InvalidOperationInCellEditMode',
      ),
    sheet,
  );
  await page.getByRole('button', { name: 'Xóa đánh dấu' }).click();
  await page.getByText(`Lỗi: Excel không cho gỡ bảo vệ trang "${sheet}": Excel đang ở chế độ sửa ô`, { exact: false }).waitFor();
  expect(
    await page.evaluate((s) => (window as unknown as { __excel: { isProtected(n: string): boolean } }).__excel.isProtected(s), sheet),
  ).toBe(true);
});
