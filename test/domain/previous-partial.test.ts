import { catalogueOf } from '../../src/domain/catalogue/catalogue';
import type { Num } from '../../src/domain/expr';
import { mergeReports, type UnitFile } from '../../src/domain/merge/merge';
import { comparePeriods, type PreviousUnits } from '../../src/domain/merge/previous';
import { mapSuccessions } from '../../src/domain/merge/succession';
import { unitKey } from '../../src/domain/units/identity';
import type { MapProvince } from '../../src/domain/units/vietnam-map';
import { smallForm } from '../support/small-forms';

/**
 * Across an arrangement: a unit made of whole earlier units is compared with their sum; one that
 * took part of an earlier unit is not compared at all, and says which. Figures by hand: Một was
 * A (10) and B (20) whole, now 40: 10 more; Hai took C (5) whole and part of D (8): not compared.
 */
const form = smallForm('dem', 'Đếm', [{ code: 'N', label: 'Số hồ sơ', kind: 'count' }]);

const province: MapProvince = {
  code: '99',
  name: 'Tỉnh Thử',
  units: [
    {
      code: '00001',
      name: 'Xã Một',
      kind: 'xa',
      from: [
        { code: '10', name: 'Xã A', district: 'Huyện Cũ', province: 'Tỉnh Thử', whole: true },
        { code: '11', name: 'Xã B', district: 'Huyện Cũ', province: 'Tỉnh Thử', whole: true },
      ],
    },
    {
      code: '00002',
      name: 'Xã Hai',
      kind: 'xa',
      from: [
        { code: '12', name: 'Xã C', district: 'Huyện Cũ', province: 'Tỉnh Thử', whole: true },
        { code: '13', name: 'Xã D', district: 'Huyện Cũ', province: 'Tỉnh Thử', whole: false },
      ],
    },
  ],
};

const now = (unit: string, n: number): UnitFile => ({
  file: `${unit}.xlsx`,
  size: 1,
  modified: 1,
  checksum: unit,
  report: {
    identity: { templateId: form.id, version: form.version, unit, period: '2025-Q3' },
    values: new Map([['N@value', n]]),
    derived: new Map<string, Num>(),
    reportedDerived: new Map(),
    errors: [],
    errorCells: [],
    warnings: 0,
    notes: [],
  },
});

const then: PreviousUnits = {
  units: ['UBND xã A', 'UBND xã B', 'UBND xã C', 'UBND xã D', 'UBND xã E'],
  values: new Map(
    (
      [
        ['UBND xã A', 10],
        ['UBND xã B', 20],
        ['UBND xã C', 5],
        ['UBND xã D', 8],
        ['UBND xã E', 1],
      ] as const
    ).map(([u, n]) => [unitKey(u), new Map([['N@value', n]])]),
  ),
};

test('the map’s successions: the units taken whole, those taken in part, and the day', () => {
  expect(mapSuccessions(province, '2025-07-01')).toEqual([
    { unit: 'Xã Một', from: ['Xã A', 'Xã B'], date: '01/7/2025' },
    { unit: 'Xã Hai', from: ['Xã C'], date: '01/7/2025', partial: ['Xã D'] },
  ]);
});

test('a unit of whole earlier units is compared with their sum; one that took part of one is not, and is not "new"', () => {
  const r = mergeReports([now('UBND xã Một', 40), now('UBND xã Hai', 9)], {
    catalogue: catalogueOf([form]),
    unit: 'Sở Nội vụ tỉnh Thử',
    period: '2025-Q3',
  });
  const c = comparePeriods(r, then, mapSuccessions(province, '2025-07-01'));
  // Units in name order: Hai, Một.
  const n = c.rows.find((x) => x.code === 'N')!;
  expect(n.units.map((u) => [u.before, u.now, u.delta])).toEqual([
    [null, 9, null],
    [30, 40, 10],
  ]);
  expect(n.total).toMatchObject({ before: 44, now: 49, delta: 5 });
  expect(c.notComparable).toEqual([{ unit: 'UBND xã Hai', partial: ['Xã D'] }]);
  expect(c.appeared).toEqual([]);
  // Every earlier unit taken, whole or in part, is accounted for; E is not.
  expect(c.vanished).toEqual(['UBND xã E']);
  expect(c.predecessors).toEqual([
    { unit: 'UBND xã Hai', from: [], succession: true },
    { unit: 'UBND xã Một', from: ['Xã A', 'Xã B'], succession: true },
  ]);
});
