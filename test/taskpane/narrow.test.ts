import type { Page } from 'playwright-core';
import { pageSuite } from '../support/browser';
import { template } from '../support/templates';
import { templateXlsx } from '../support/workbooks';
import { parsePeriod } from '../../src/domain/period';

/** The task pane at Excel's width (350 px): nothing wider than the pane on any tab, and nothing lost when switching tabs. */
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const pages = pageSuite();
const TABS = {
  vi: ['Chèn mẫu', 'Kiểm tra', 'Tính toán', 'Tổng hợp', 'Mục tiêu'],
  en: ['Insert', 'Check', 'Compute', 'Consolidate', 'Targets'],
};

/** Visible elements that reach past the pane, or whose content overflows their own box. */
const overflow = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.body.querySelectorAll('*'))
      .filter((e) => (e as HTMLElement).offsetParent !== null || e.tagName === 'BODY')
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && (r.right > window.innerWidth + 0.5 || (e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1));
      })
      .map(
        (e) =>
          `${e.tagName.toLowerCase()} ${Math.round(e.getBoundingClientRect().right)} ${e.scrollWidth}/${e.clientWidth}: ${(e.textContent ?? '').slice(0, 40)}`,
      ),
  );

async function unitFile(name: string, unit: string) {
  const { bytes } = await templateXlsx(template('dinh-ky'), { unit, period: parsePeriod('2024-Q3') });
  return { name, mimeType: XLSX, buffer: Buffer.from(bytes) };
}

test.each(['vi', 'en'] as const)('at 350 px every tab fits the pane, with the sample open and checked (%s)', async (lang) => {
  const page = await pages.standalone();
  await page.setViewportSize({ width: 350, height: 900 });
  if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
  const [insert, check, compute, merge, targets] = TABS[lang];
  await page.getByRole('button', { name: lang === 'vi' ? /^Mở tệp mẫu/ : /^Open the sample/ }).click();
  await page
    .getByText(/bac-son-2024-Q3\.xlsx/)
    .first()
    .waitFor();
  await page.getByRole('tab', { name: check }).click();
  await page.getByRole('button', { name: check, exact: true }).click();
  await page
    .getByText(lang === 'vi' ? /I\.2 ghi 80%/ : /I\.2 holds 80%/)
    .first()
    .waitFor();
  await page.getByRole('tab', { name: targets }).click();
  await page.getByRole('button', { name: lang === 'vi' ? 'Đối chiếu mục tiêu' : 'Hold against the targets' }).click();
  await page.locator('li.target').first().waitFor();
  for (const tab of [insert, check, compute, merge, targets]) {
    await page.getByRole('tab', { name: tab }).click();
    // The selected tab's indicator slides across: measured once it has settled.
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
    expect([tab, await overflow(page)]).toEqual([tab, []]);
  }
  // The four tabs stand on one line: the tab list is no taller than one tab.
  const [list, first] = await Promise.all([page.getByRole('tablist').boundingBox(), page.getByRole('tab').first().boundingBox()]);
  expect(list!.height).toBeLessThanOrEqual(first!.height + 2);
});

test('switching tabs keeps the files chosen for a merge, the unit typed and the check results', async () => {
  const page = await pages.standalone();
  await page.setViewportSize({ width: 350, height: 900 });
  await page.getByRole('button', { name: /^Mở tệp mẫu/ }).click();
  await page
    .getByText(/bac-son-2024-Q3\.xlsx/)
    .first()
    .waitFor();
  await page.getByRole('tab', { name: 'Kiểm tra' }).click();
  await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
  await page.getByText('I.2 ghi 80% nhưng 5/7 nhiệm vụ = 71,4%').waitFor();

  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  await page
    .locator('input[type=file][multiple]')
    .setInputFiles([await unitFile('xa-mot.xlsx', 'UBND xã Một'), await unitFile('xa-hai.xlsx', 'UBND xã Hai')]);
  await page.getByLabel('Đơn vị tổng hợp').fill('UBND tỉnh Thử Nghiệm');
  await page.getByText('xa-hai.xlsx').waitFor();

  await page.getByRole('tab', { name: 'Kiểm tra' }).click();
  await page.getByText('I.2 ghi 80% nhưng 5/7 nhiệm vụ = 71,4%').waitFor({ timeout: 2000 });
  await page.getByRole('tab', { name: 'Chèn mẫu' }).click();
  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  await page.getByText('xa-hai.xlsx').waitFor({ timeout: 2000 });
  expect(await page.getByLabel('Đơn vị tổng hợp').inputValue()).toBe('UBND tỉnh Thử Nghiệm');

  // Another workbook opened: the results of the first are not shown for it.
  await page.getByLabel('Mở tệp .xlsx').setInputFiles(await unitFile('xa-mot.xlsx', 'UBND xã Một'));
  await page.getByText('Sổ làm việc: xa-mot.xlsx').waitFor();
  await page.getByRole('tab', { name: 'Kiểm tra' }).click();
  expect(await page.getByText('I.2 ghi 80% nhưng 5/7 nhiệm vụ = 71,4%').count()).toBe(0);
});
