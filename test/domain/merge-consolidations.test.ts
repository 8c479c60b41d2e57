import { catalogueOf } from '../../src/domain/catalogue/catalogue';
import { mergeReports, type UnitFile } from '../../src/domain/merge/merge';
import type { Num } from '../../src/domain/expr';
import { logEntryText } from '../../src/domain/outcome-messages/merge-log';
import { smallForm } from '../support/small-forms';

/**
 * Nothing counted twice when consolidations come among the units' files, from facts set by hand:
 * the former district Ân Thi's consolidation holds An Bình and Cẩm Phúc, whose own files came too;
 * Kim Động's holds Cẩm Phúc again and Đức Hợp; Đức Hợp and Tân Tiến sent their own. In file-name
 * order Ân Thi's is taken first, so Kim Động's is left out whole and Đức Hợp's own file is merged.
 * Totals by hand: received 200 + 100 + 50 = 350, late 30 + 5 + 1 = 36.
 */
const form = smallForm('tong-ty-le', 'Tổng và tỷ lệ', [
  { code: 'A', label: 'Hồ sơ tiếp nhận', kind: 'count' },
  { code: 'B', label: 'Hồ sơ trễ hạn', kind: 'count' },
  { code: 'R', label: 'Tỷ lệ trễ hạn', kind: 'percent', formula: '[B] / [A]' },
]);

function sent(file: string, unit: string, a: number, b: number, consolidates?: string[]): UnitFile {
  return {
    file,
    size: 1,
    modified: 1,
    checksum: file,
    ...(consolidates ? { consolidates } : {}),
    report: {
      identity: { templateId: form.id, version: form.version, unit, period: '2024-Q3' },
      values: new Map([
        ['A@value', a],
        ['B@value', b],
      ]),
      derived: new Map<string, Num>([['R@value', b / a]]),
      reportedDerived: new Map(),
      errors: [],
      errorCells: [],
      warnings: 0,
      notes: [],
    },
  };
}

const AN_BINH = 'UBND xã An Bình';
const CAM_PHUC = 'UBND xã Cẩm Phúc';
const DUC_HOP = 'UBND xã Đức Hợp';
const TAN_TIEN = 'UBND xã Tân Tiến';
const AN_THI = 'UBND huyện Ân Thi';

const result = mergeReports(
  [
    sent('tan-tien.xlsx', TAN_TIEN, 50, 1),
    sent('huyen-kim-dong.xlsx', 'UBND huyện Kim Động', 300, 40, [CAM_PHUC, DUC_HOP]),
    sent('an-binh.xlsx', AN_BINH, 100, 10),
    sent('huyen-an-thi.xlsx', AN_THI, 200, 30, [AN_BINH, CAM_PHUC]),
    sent('cam-phuc.xlsx', 'UBND xa Cam Phuc', 100, 20),
    sent('duc-hop.xlsx', DUC_HOP, 100, 5),
  ],
  {
    catalogue: catalogueOf([form]),
    unit: 'Sở Nội vụ tỉnh Hưng Yên',
    period: '2024-Q3',
    expected: [AN_BINH, CAM_PHUC, DUC_HOP, TAN_TIEN, 'UBND xã Hồng Hà'],
  },
);

test('a unit inside a consolidation taken is left out, however its name is typed; a consolidation sharing a unit is left out whole', () => {
  expect(result.log.map((l) => [l.file, l.status, l.why ?? null, l.covers ?? null])).toEqual([
    ['an-binh.xlsx', 'skipped', { code: 'in-consolidation', unit: AN_BINH, consolidation: AN_THI, file: 'huyen-an-thi.xlsx' }, null],
    [
      'cam-phuc.xlsx',
      'skipped',
      { code: 'in-consolidation', unit: 'UBND xa Cam Phuc', consolidation: AN_THI, file: 'huyen-an-thi.xlsx' },
      null,
    ],
    ['duc-hop.xlsx', 'merged', null, null],
    ['huyen-an-thi.xlsx', 'merged', null, [AN_BINH, CAM_PHUC]],
    ['huyen-kim-dong.xlsx', 'skipped', { code: 'overlaps-consolidation', units: [CAM_PHUC], file: 'huyen-an-thi.xlsx' }, null],
    ['tan-tien.xlsx', 'merged', null, null],
  ]);
  expect(result.units.map((u) => u.unit)).toEqual([AN_THI, DUC_HOP, TAN_TIEN]);
  expect([result.values.get('A@value'), result.values.get('B@value')]).toEqual([350, 36]);
  expect(result.derived.get('R@value')).toBeCloseTo(36 / 350, 12);
});

test('the log says what a consolidation merged holds, and not of one left out', () => {
  const said = (file: string) => logEntryText(result.log.find((l) => l.file === file)!);
  expect(said('huyen-an-thi.xlsx')).toBe('tệp tổng hợp của 2 đơn vị: UBND xã An Bình, UBND xã Cẩm Phúc');
  expect(said('huyen-kim-dong.xlsx')).toBe(
    'tệp tổng hợp có đơn vị cũng có trong tệp tổng hợp huyen-an-thi.xlsx (UBND xã Cẩm Phúc): không gộp, để không cộng hai lần',
  );
});

test('completeness: the units inside the consolidation sent through it; the consolidation is no stranger; a unit left out for it is not "not used"', () => {
  expect(result.completeness).toEqual({
    expected: [AN_BINH, CAM_PHUC, DUC_HOP, TAN_TIEN, 'UBND xã Hồng Hà'],
    submitted: [AN_THI, DUC_HOP, TAN_TIEN],
    missing: ['UBND xã Hồng Hà'],
    notUsed: [],
    duplicates: [],
    through: [
      { unit: AN_BINH, file: 'huyen-an-thi.xlsx', consolidation: AN_THI },
      { unit: CAM_PHUC, file: 'huyen-an-thi.xlsx', consolidation: AN_THI },
    ],
    unexpected: [],
    proposed: [],
  });
});

test('consolidations that share no unit merge side by side; a unit inside one is left out', () => {
  const r = mergeReports(
    [
      sent('a.xlsx', 'UBND huyện A', 10, 1, ['UBND xã Một']),
      sent('b.xlsx', 'UBND huyện B', 20, 2, ['UBND xã Hai']),
      sent('mot.xlsx', 'UBND xã Một', 10, 1),
    ],
    { catalogue: catalogueOf([form]), unit: 'UBND tỉnh Thử', period: '2024-Q3' },
  );
  expect(r.log.map((l) => [l.file, l.status, l.why?.code ?? null])).toEqual([
    ['a.xlsx', 'merged', null],
    ['b.xlsx', 'merged', null],
    ['mot.xlsx', 'skipped', 'in-consolidation'],
  ]);
  expect(r.values.get('A@value')).toBe(30);
});
