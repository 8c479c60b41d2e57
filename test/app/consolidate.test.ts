import { consolidate } from '../../src/app/merge';
import { planGrid } from '../support/plan-grid';
import { dinhKyFiles } from '../support/units';
import { BUILT_IN } from '../support/templates';

/** The one merge use case: what every host writes, the merge, its comparison and its sheets. */
const opts = { catalogue: BUILT_IN, unit: 'Sở Nội vụ tỉnh Hưng Yên' };
const fig = (received: number, online: number) => ({ 'VII.5.3.1': received, 'VII.5.3.2': online });

test('merges, lays out the result sheets, and compares with the previous period only when one is given', async () => {
  const before = consolidate(await dinhKyFiles([['UBND xã A', fig(10, 5)]], '2024'), opts);
  expect(before.previous).toBeUndefined();
  expect(before.sheets.map((s) => s.name)).not.toContain('So với kỳ trước');
  const now = await dinhKyFiles(
    [
      ['UBND xã A', fig(20, 15)],
      ['UBND xã B', fig(10, 10)],
    ],
    '2025',
  );
  const c = consolidate(now, opts, {
    previous: { file: 'tong-hop-2024.xlsx', grids: before.sheets.map(planGrid), successions: [] },
    groups: new Map([
      ['UBND xã A', 'Phía Bắc'],
      ['UBND xã B', 'Phía Nam'],
    ]),
  });
  // 30 received, 25 online: the rate from the summed parts.
  expect(c.result.values.get('VII.5.3.1@value')).toBe(30);
  expect(c.result.derived.get('VII.5.3@value')).toBeCloseTo(25 / 30, 12);
  expect(c.previous?.period).toBe('2024');
  expect(c.previous?.comparison.appeared).toEqual(['UBND xã B']);
  const names = c.sheets.map((s) => s.name);
  expect(names).toEqual(expect.arrayContaining(['Chi tiết theo đơn vị', 'Nhật ký tổng hợp', 'So với kỳ trước']));
  // The groups reach the breakdown: a subtotal row per group.
  const breakdown = c.sheets.find((s) => s.name === 'Chi tiết theo đơn vị')!;
  const texts = breakdown.cells.map((x) => x.value).filter((v): v is string => typeof v === 'string');
  expect(texts.some((t) => t.includes('Phía Bắc'))).toBe(true);
});
