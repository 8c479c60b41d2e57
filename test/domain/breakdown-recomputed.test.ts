import { catalogueOf } from '../../src/domain/catalogue/catalogue';
import { mergeReports, type UnitFile } from '../../src/domain/merge/merge';
import type { Num } from '../../src/domain/expr';
import { BREAKDOWN_SHEET } from '../../src/domain/merge/breakdown-layout';
import { mergeSheets } from '../../src/domain/sheets/report-sheets';
import { planGrid } from '../support/plan-grid';
import { smallForm } from '../support/small-forms';

/**
 * Beside a derived row, the breakdown shows what a unit's own parts give only where the figure it
 * sent would read differently: a rate to the tenth of a percent shown (0.05 points), a count to a
 * billionth of itself. Figures worked out by hand:
 *   Một: 1,000,000 and 2 received; T = 1,000,002 from its parts, sent 1,000,002.0008 (a difference
 *        of 0.0008, under a billionth of a million); R = 2/1,000,000, sent 0.0003 (0.0298 points).
 *   Hai: 7 and 5; T = 12, sent 13; R = 5/7 = 71.43%, sent 72% (0.57 points).
 *   Ba:  4 and 2; T = 6, sent the word "sáu"; R = 50%, its formula left alone.
 *   Bốn: 4 and 1; T = 5, its formula left alone; R = 25%, the cell cleared.
 */
const form = smallForm('tong-ty-le', 'Tổng và tỷ lệ', [
  { code: 'A', label: 'Hồ sơ tiếp nhận', kind: 'count', unit: 'hồ sơ' },
  { code: 'B', label: 'Hồ sơ trễ hạn', kind: 'count', unit: 'hồ sơ' },
  { code: 'T', label: 'Tổng', kind: 'count', unit: 'hồ sơ', formula: '[A] + [B]' },
  { code: 'R', label: 'Tỷ lệ trễ hạn', kind: 'percent', formula: '[B] / [A]' },
]);

function unit(name: string, a: number, b: number, sent: Record<string, number | string | null>): UnitFile {
  const file = `${name}.xlsx`;
  return {
    file,
    size: 1,
    modified: 1,
    checksum: file,
    report: {
      identity: { templateId: form.id, version: form.version, unit: `UBND xã ${name}`, period: '2024-Q3' },
      values: new Map([
        ['A@value', a],
        ['B@value', b],
      ]),
      derived: new Map<string, Num>([
        ['T@value', a + b],
        ['R@value', b / a],
      ]),
      reportedDerived: new Map(Object.entries(sent).map(([code, v]) => [`${code}@value`, v])),
      errors: [],
      errorCells: [],
      warnings: 0,
      notes: [],
    },
  };
}

const result = mergeReports(
  [
    unit('Một', 1_000_000, 2, { T: 1_000_002.0008, R: 0.0003 }),
    unit('Hai', 7, 5, { T: 13, R: 0.72 }),
    unit('Ba', 4, 2, { T: 'sáu' }),
    unit('Bốn', 4, 1, { R: null }),
  ],
  { catalogue: catalogueOf([form]), unit: 'UBND huyện Thử', period: '2024-Q3' },
);
const plan = mergeSheets(result).find((p) => p.name === BREAKDOWN_SHEET)!;
const grid = planGrid(plan);
const row = (first: string) => grid.values.findIndex((r) => r[0] === first);

test('the units are laid out in name order after the five columns of each row', () => {
  expect(grid.values[row('Mã chỉ tiêu')]).toEqual([
    'Mã chỉ tiêu',
    'Chỉ tiêu',
    'Đơn vị tính',
    'Tổng hợp',
    'Số đơn vị có số liệu',
    'UBND xã Ba',
    'UBND xã Bốn',
    'UBND xã Hai',
    'UBND xã Một',
  ]);
});

test('a count sent off by less than a billionth of itself is taken as sent; a word or another count is recomputed', () => {
  // Sent as each unit's sheet holds it: Ba's word, Bốn's formula (its parts' 5).
  expect(grid.values[row('T')].slice(2)).toEqual(['hồ sơ', 1_000_025, 4, 'sáu', 5, 13, 1_000_002.0008]);
  expect(grid.values[row('T tính lại')]).toEqual([
    'T tính lại',
    '– Tính lại từ số liệu thành phần của đơn vị (chỉ ghi ở đơn vị báo cáo khác kết quả tính lại)',
    'hồ sơ',
    null,
    null,
    6,
    null,
    12,
  ]);
});

test('a rate sent within 0.05 points is taken as sent; one further off, or cleared, is recomputed, as a rate', () => {
  const r = row('R tính lại');
  // The row is cut after its last value: Một's 0.0003 is within 0.05 points of 0.0002%.
  expect(grid.values[r]).toEqual(['R tính lại', expect.any(String), null, null, null, null, 0.25, 5 / 7]);
  expect(grid.numFmts[r].slice(6)).toEqual(['0.0%', '0.0%']);
  // The count's recomputed row is a count.
  const t = row('T tính lại');
  expect([grid.numFmts[t][5], grid.numFmts[t][7]]).toEqual(['#,##0', '#,##0']);
});
