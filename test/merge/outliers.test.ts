import ExcelJS from 'exceljs';
import { mergeReports, type MergeResult } from '../../src/domain/merge/merge';
import { findOutliers, listedOutliers, modifiedZ, type Outlier } from '../../src/domain/merge/outliers';
import type { CellValue } from '../../src/domain/sheet/plan';
import { MARK_FILL } from '../../src/domain/validate/marks';
import { mergeJson } from '../../src/app/outputs/merge-json';
import type { UnitFile } from '../../src/app/merge';
import { breakdownRows, written } from '../support/breakdown';
import { BUILT_IN } from '../support/templates';
import { dinhKyFiles } from '../support/units';

describe('the modified z-score', () => {
  it('is 0.6745 (x − median) / MAD', () => {
    // Median 3; deviations 2 1 0 1 97, their median (the MAD) 1.
    const z = modifiedZ([1, 2, 3, 4, 100]);
    expect(z[4]).toBeCloseTo(0.6745 * 97, 12);
    expect(z[0]).toBeCloseTo(-0.6745 * 2, 12);
    expect(z[2]).toBe(0);
  });

  it('falls back on the mean absolute deviation when most values are alike', () => {
    // Median 5, MAD 0; mean absolute deviation 4 / 5 = 0.8.
    expect(modifiedZ([5, 5, 5, 5, 9])[4]).toBeCloseTo(4 / (1.253314 * 0.8), 12);
    expect(modifiedZ([7, 7, 7, 7, 7])).toEqual([0, 0, 0, 0, 0]);
  });
});

/** A small deterministic generator: the same communes every run. */
function generator(seed: number) {
  let s = seed;
  return (lo: number, hi: number) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return lo + (hi - lo) * (s / 2 ** 31);
  };
}

/**
 * Thirty communes: staff 15–30, dossiers received 100–300 of which 85–95% online, dossiers done
 * 18–22 per staff member, all on time. Uniform spreads hold no value past |z| = 1.35 by themselves.
 * Planted: commune 7 takes 20% of its dossiers online; commune 19 reports 200 dossiers done per staff member.
 */
function communes(planted: boolean): [string, Record<string, CellValue>][] {
  const rnd = generator(42);
  return Array.from({ length: 30 }, (_, i) => {
    const n = i + 1;
    const staff = Math.round(rnd(15, 30));
    const received = Math.round(rnd(100, 300));
    const online = Math.round(received * (planted && n === 7 ? 0.2 : rnd(0.85, 0.95)));
    const done = Math.round(staff * (planted && n === 19 ? 200 : rnd(18, 22)));
    return [`UBND xã Số ${n}`, { 'IV.2.1': staff, 'VII.5.3.1': received, 'VII.5.3.2': online, 'III.3.1.1': done, 'III.3.1.2': done }];
  });
}

const mergeFiles = (files: UnitFile[]) => mergeReports(files, { catalogue: BUILT_IN, unit: 'Sở Nội vụ tỉnh Hưng Yên' });

async function merge(units: [string, Record<string, CellValue>][]): Promise<MergeResult> {
  return mergeFiles(await dinhKyFiles(units));
}

describe('values far from the other units’', () => {
  let planted: MergeResult;
  let book: ExcelJS.Workbook;
  let files: UnitFile[];
  beforeAll(async () => {
    files = await dinhKyFiles(communes(true));
  });
  // Merged and written in each test, so that each test is one run of the merge.
  beforeEach(async () => {
    planted = mergeFiles(files);
    book = await written(planted);
  });

  it('finds the planted ones: a low online rate, dossiers done far beyond the commune’s staff', () => {
    const found = planted.outliers.map((o) => `${o.unit} ${o.code}`);
    // In template order: III before VII; the dossiers done on time equal those done, so they stand out too.
    expect(found).toEqual(['UBND xã Số 19 III.3.1.1', 'UBND xã Số 19 III.3.1.2', 'UBND xã Số 7 VII.5.3']);
    const low = planted.outliers.find((o) => o.code === 'VII.5.3')!;
    expect(low.z).toBeLessThan(-3.5);
    expect(low.among).toBe(30);
    const high = planted.outliers.find((o) => o.code === 'III.3.1.1')!;
    expect(high.perSize).toBeCloseTo(high.value / (communes(true)[18][1]['IV.2.1'] as number), 12);
    expect(high.z).toBeGreaterThan(3.5);
  });

  it('flags none without them, and the staff count itself is never compared', async () => {
    expect((await merge(communes(false))).outliers).toEqual([]);
    expect(planted.outliers.some((o) => o.code === 'IV.2.1')).toBe(false);
  });

  it('says nothing about fewer than five units', async () => {
    expect((await merge(communes(true).slice(4, 8))).outliers).toEqual([]);
  });

  it('compares a unit’s counts only when its size is known', () => {
    const units = planted.units.map((u) =>
      u.unit === 'UBND xã Số 19' ? { ...u, values: new Map([...u.values].filter(([k]) => k !== 'IV.2.1@value')) } : u,
    );
    expect(findOutliers(planted.template, units).some((o) => o.unit === 'UBND xã Số 19')).toBe(false);
  });

  it('marks them amber in the breakdown and lists them per unit in the log, with the method', () => {
    const { units, rows, fills } = breakdownRows(book.getWorksheet('Chi tiết theo đơn vị')!);
    const at = units.indexOf('UBND xã Số 7') + 2;
    expect(fills.get('VII.5.3')![at]).toBe(`FF${MARK_FILL.warning}`);
    expect(fills.get('VII.5.3')![units.indexOf('UBND xã Số 8') + 2]).toBeUndefined();
    expect(rows.get('VII.5.3')![at]).toBeCloseTo(
      (communes(true)[6][1]['VII.5.3.2'] as number) / (communes(true)[6][1]['VII.5.3.1'] as number),
      12,
    );
    const log: string[] = [];
    book.getWorksheet('Nhật ký tổng hợp')!.eachRow((r) => log.push(r.values ? (r.values as unknown[]).filter(Boolean).join(' | ') : ''));
    const text = log.join('\n');
    expect(text).toContain(`Giá trị khác thường so với các đơn vị khác: ${planted.outliers.length} giá trị ở 2 đơn vị`);
    expect(text).toContain('|z| > 3,5');
    expect(text).toMatch(
      /UBND xã Số 7 \| VII\.5\.3 \| cảnh báo \| Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến: VII\.5\.3 = 2\d(,\d)?%: trung vị của 30 đơn vị 9\d(,\d)?%, z = −\d/,
    );
    expect(text).toMatch(/III\.3\.1\.1 = [\d.]+, tức 20\d(,\d+)? trên một người của IV\.2\.1: trung vị của 30 đơn vị (19|20|21)(,\d+)?/);
  });

  it('are in the JSON output with their message', () => {
    const json = mergeJson(planted, 'out.xlsx', 'en');
    expect(json.outliers.find((o) => o.code === 'VII.5.3')!.message).toMatch(
      /^VII\.5\.3 = \d+(\.\d)?%: the median of 30 units is 9\d(\.\d)?%, z = −/,
    );
  });
});

describe('which units are compared, by hand', () => {
  const dinhKy = BUILT_IN.find('dinh-ky')!;
  /** A unit as the merge holds it: its staff, its dossiers done, and its online rate as recomputed or as written. */
  const unit = (
    n: number,
    staff: number | null,
    done: number | null,
    rate: number | null,
    written: 'derived' | 'reported' = 'derived',
  ) => ({
    unit: `UBND xã ${n}`,
    file: `xa-${n}.xlsx`,
    values: new Map<string, CellValue>([
      ['IV.2.1@value', staff],
      ['III.3.1.1@value', done],
    ]),
    derived: new Map(written === 'derived' ? [['VII.5.3@value', rate]] : []),
    reportedDerived: new Map<string, CellValue>(written === 'reported' ? [['VII.5.3@value', rate]] : []),
  });
  // Rates 0.9 0.9 0.91 0.89 0.2: median 0.9, deviations 0 0 0.01 0.01 0.7, MAD 0.01; z of 0.2 = 0.6745 × −0.7 / 0.01.
  // Dossiers done per staff member 20 20 21 19 200 (staff 10): median 20, MAD 1, z of 200 = 0.6745 × 180.
  const five = () => [
    unit(1, 10, 200, 0.9),
    unit(2, 10, 200, 0.9),
    unit(3, 10, 210, 0.91, 'reported'),
    unit(4, 10, 190, 0.89),
    unit(5, 10, 2000, 0.2),
  ];

  it('five units are enough; a rate written where none is recomputed counts; counts are compared per staff member', () => {
    const found = findOutliers(dinhKy, five());
    expect(found.map((o) => [o.unit, o.code, o.among])).toEqual([
      ['UBND xã 5', 'III.3.1.1', 5],
      ['UBND xã 5', 'VII.5.3', 5],
    ]);
    const [done, rate] = found;
    expect(done).toMatchObject({ file: 'xa-5.xlsx', key: 'value', value: 2000, perSize: 200, median: 20 });
    expect(done.z).toBeCloseTo(0.6745 * 180, 9);
    expect(rate).toMatchObject({ value: 0.2, median: 0.9 });
    expect(rate.z).toBeCloseTo((0.6745 * -0.7) / 0.01, 6);
    expect(rate).not.toHaveProperty('perSize');
  });

  it('a unit without a figure, with one that is no finite number, or with no staff, is not counted among them', () => {
    const units = five();
    units[0] = unit(1, 0, 200, Number.POSITIVE_INFINITY);
    // Four units left for each figure: nothing said.
    expect(findOutliers(dinhKy, units)).toEqual([]);
    units[0] = unit(1, null, null, null);
    expect(findOutliers(dinhKy, units)).toEqual([]);
  });

  it('a form with no size compares its rates alone', () => {
    const noSize = { ...dinhKy, size: undefined };
    expect(findOutliers(noSize, five()).map((o) => o.code)).toEqual(['VII.5.3']);
  });

  it('a small gap is no alarm, however large its z: four units alike and a fifth one off', () => {
    // Rates 0.9 ×4 and 0.85: MAD 0, mean absolute deviation 0.01, z = −0.05 / (1.253314 × 0.01) = −3.99, past 3.5;
    // but 5 points, where most units are alike (the gap doubled to 20 points), is nothing to call about.
    // Dossiers done per staff member 20 ×4 and 21 (one more dossier per member, 10 in all): 5% over the median, not half.
    const units = [1, 2, 3, 4].map((n) => unit(n, 10, 200, 0.9));
    units.push(unit(5, 10, 210, 0.85));
    expect(modifiedZ([0.9, 0.9, 0.9, 0.9, 0.85])[4]).toBeLessThan(-3.5);
    expect(findOutliers(dinhKy, units)).toEqual([]);
  });

  it('a gross value is still flagged: 0.5% where the others are 90–95%', () => {
    // Rates 0.005 0.90 0.92 0.93 0.95: median 0.92, deviations 0.915 0.02 0 0.01 0.03, MAD 0.02; z = 0.6745 × −0.915 / 0.02 = −30.9.
    const units = [unit(1, 10, 200, 0.005), unit(2, 10, 200, 0.9), unit(3, 10, 200, 0.92), unit(4, 10, 200, 0.93), unit(5, 10, 200, 0.95)];
    const found = findOutliers(dinhKy, units);
    expect(found.map((o) => [o.unit, o.code])).toEqual([['UBND xã 1', 'VII.5.3']]);
    expect(found[0].z).toBeCloseTo((0.6745 * -0.915) / 0.02, 9);
  });

  it('where most units are alike, twice the gap is needed: 25 points is flagged, 15 is not', () => {
    const alike = (last: number) => [...[1, 2, 3, 4].map((n) => unit(n, 10, 200, 0.9)), unit(5, 10, 200, last)];
    expect(findOutliers(dinhKy, alike(0.65)).map((o) => o.unit)).toEqual(['UBND xã 5']);
    expect(findOutliers(dinhKy, alike(0.75))).toEqual([]);
  });

  it('counts: half the median per staff member away and at least 5 dossiers', () => {
    // Staff 10 and 200 dossiers (20 per member) in four units; the fifth has 2 staff. 100 dossiers (50 per member) is
    // 30 over the median and 60 over the 40 the median gives it: flagged. 60 (30 per member) is 10 over, half of 20,
    // and 20 dossiers over its 40; MAD 0 doubles both: half becomes the whole median, and 10 is short of it.
    const with5 = (done: number) => [...[1, 2, 3, 4].map((n) => unit(n, 10, 200, 0.9)), unit(5, 2, done, 0.9)];
    expect(findOutliers(dinhKy, with5(100)).map((o) => [o.unit, o.code])).toEqual([['UBND xã 5', 'III.3.1.1']]);
    expect(findOutliers(dinhKy, with5(60))).toEqual([]);
  });

  it('a value in error (or computed from one) is neither compared nor flagged', () => {
    const units: ReturnType<typeof unit>[] = five();
    // Unit 5's rate and count are the planted outliers; its parts of the rate are in error.
    const inError = { ...units[4], errorCells: new Set(['VII.5.3.2@value', 'III.3.1.1@value']) };
    expect(findOutliers(dinhKy, [...units.slice(0, 4), inError])).toEqual([]);
  });
});

describe('how many outliers are listed', () => {
  const o = (unit: string, code: string, z: number): Outlier => ({
    unit,
    file: `${unit}.xlsx`,
    code,
    key: 'value',
    value: 1,
    median: 0,
    z,
    among: 5,
  });
  it('at most three per unit, its most unusual, in their order; the rest counted', () => {
    const all = [o('A', 'I.1', 4), o('A', 'I.2', -9), o('A', 'I.3', 5), o('A', 'I.4', 20), o('A', 'I.5', 3.6), o('B', 'I.1', 4)];
    const { outliers, more } = listedOutliers(all);
    expect(outliers.map((x) => `${x.unit} ${x.code}`)).toEqual(['A I.2', 'A I.3', 'A I.4', 'B I.1']);
    expect(more).toEqual([{ unit: 'A', count: 2 }]);
    expect(listedOutliers(all.slice(0, 3)).more).toEqual([]);
  });
});
