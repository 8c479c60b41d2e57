import type { Page } from 'playwright-core';
import { pageSuite } from '../support/browser';

const pages = pageSuite();

async function openSample(page: Page) {
  await page.getByRole('button', { name: 'Mở tệp mẫu (xã Bắc Sơn, quý III/2024)' }).click();
  await page.getByText('Sổ làm việc: bac-son-2024-Q3.xlsx').waitFor();
  await page.getByRole('tab', { name: 'Mục tiêu' }).click();
}

test('standalone page at 350 px: the sample commune’s report against its targets', async () => {
  const page = await pages.standalone();
  await page.setViewportSize({ width: 350, height: 900 });
  await openSample(page);
  await page.getByRole('button', { name: 'Đối chiếu mục tiêu' }).click();
  await page
    .getByText('UBND xã Bắc Sơn — cấp xã, năm 2024: 13 mục tiêu (2 đạt, 1 chưa có số liệu, 7 không có chỉ tiêu đo, 3 cán bộ đánh giá)')
    .waitFor();
  const statuses = await page.locator('li.target').evaluateAll((li) => li.map((e) => e.getAttribute('data-status')));
  expect(statuses.filter((s) => s === 'met')).toHaveLength(2);
  const own = page.locator('li.target', { hasText: 'BS2024-1' });
  expect(await own.getAttribute('data-status')).toBe('met');
  expect(await own.textContent()).toContain('≥ 98%: 120% (dinh-ky VII.5.3; tính lại từ số liệu thành phần; đơn vị ghi 100%)');
  // A quarterly report has no self-assessment to propose.
  expect(await page.getByRole('button', { name: /đề xuất vào ô trống/ }).count()).toBe(0);
  const wide = await page.evaluate(
    () =>
      Array.from(document.querySelectorAll('li.target *')).filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5).length,
  );
  expect(wide).toBe(0);
});

test('in English, the same report', async () => {
  const page = await pages.standalone();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: /^Open the sample/ }).click();
  await page
    .getByText(/bac-son-2024-Q3\.xlsx/)
    .first()
    .waitFor();
  await page.getByRole('tab', { name: 'Targets' }).click();
  await page.getByRole('button', { name: 'Hold against the targets' }).click();
  await page.getByText('UBND xã Bắc Sơn — commune, 2024: 13 targets (2 met, 1 no figure, 7 not measured, 3 for the official)').waitFor();
  expect(await page.locator('li.target', { hasText: 'D11' }).textContent()).toContain('needs the figures of 2025 (the base year)');
});
