import { catalogueOf } from '../../src/domain/catalogue/catalogue';
import { builtInTargets, loadTargetSet, targetsOf } from '../../src/domain/targets/catalogue';
import { appliesToLevel, evaluateTarget } from '../../src/domain/targets/evaluate';
import { measuredValue, type Figures } from '../../src/domain/targets/figures';
import { assessments } from '../../src/domain/targets/assess';
import { statusCounts, targetResults } from '../../src/domain/targets/report';
import type { CellValue } from '../../src/domain/sheet/plan';
import type { Target } from '../../src/domain/targets/schema';
import { levelOfUnit } from '../../src/domain/units/level';
import { thresholdText } from '../../src/domain/messages/targets';
import { BUILT_IN, template } from '../support/templates';

const target = (over: Partial<Target>): Target => ({
  id: 'T1',
  label: 'Tỷ lệ',
  year: 2025,
  judged: 'threshold',
  comparison: '>=',
  threshold: 0.8,
  ...over,
});
/** A report's figures as plain maps, the way a unit report or a merge holds them. */
const figuresOf = (
  values: Record<string, CellValue> = {},
  derived: Record<string, number | null> = {},
  reported: Record<string, number | string | null> = {},
): Figures => ({
  values: new Map(Object.entries(values)),
  derived: new Map(Object.entries(derived)),
  reportedDerived: new Map(Object.entries(reported)),
});

const status = (t: Partial<Target>, value: number | null | undefined, more: { base?: number | null } = {}) =>
  evaluateTarget(target(t), { value, ...more }).status;

describe('a target held against a value', () => {
  it('≥ is met at the threshold itself and not a hair below', () => {
    expect(status({}, 0.8)).toBe('met');
    expect(status({}, 0.7999)).toBe('not-met');
    // 80% typed as 80 and read as 80/100 carries a rounding error: still 80%.
    expect(status({}, 80 / 100 - 1e-12)).toBe('met');
  });

  it('> ("trên 80%") is not met at exactly 80%', () => {
    expect(status({ comparison: '>' }, 0.8)).toBe('not-met');
    expect(status({ comparison: '>' }, 0.8001)).toBe('met');
  });

  it('= 100% is met by 100% only', () => {
    expect(status({ comparison: '=', threshold: 1 }, 1)).toBe('met');
    expect(status({ comparison: '=', threshold: 1 }, 0.999)).toBe('not-met');
    expect(status({ comparison: '=', threshold: 1 }, 1.2)).toBe('not-met');
  });

  it('< ("dưới 5%") and ≤', () => {
    expect(status({ comparison: '<', threshold: 0.05 }, 0.05)).toBe('not-met');
    expect(status({ comparison: '<', threshold: 0.05 }, 0.049)).toBe('met');
    expect(status({ comparison: '<=', threshold: 0.05 }, 0.05)).toBe('met');
    expect(status({ comparison: '<=', threshold: 0.05 }, 0.051)).toBe('not-met');
  });

  it('a range includes both ends', () => {
    const between = { comparison: 'between' as const, threshold: 0.3, upTo: 0.5 };
    expect([0.29, 0.3, 0.4, 0.5, 0.51].map((v) => status(between, v))).toEqual(['not-met', 'met', 'met', 'met', 'not-met']);
  });

  it('a reduction from a base year: 200 → 180 is 10% fewer, 200 → 181 is 9.5%', () => {
    const reduction = { comparison: 'reduction' as const, threshold: 0.1, baseYear: 2025, year: 2030 };
    const met = evaluateTarget(target(reduction), { value: 180, base: 200 });
    expect(met).toMatchObject({ status: 'met', base: 200, value: 180 });
    expect(met.reduction).toBeCloseTo(0.1, 12);
    expect(evaluateTarget(target(reduction), { value: 181, base: 200 }).reduction).toBeCloseTo(0.095, 12);
    expect(status(reduction, 181, { base: 200 })).toBe('not-met');
    // A rise is no reduction.
    expect(status(reduction, 220, { base: 200 })).toBe('not-met');
    // Without the base year's figure, or with none to fall from, nothing can be said.
    expect(status(reduction, 180)).toBe('no-data');
    expect(status(reduction, 180, { base: null })).toBe('no-data');
    expect(status(reduction, 0, { base: 0 })).toBe('no-data');
  });

  it('an empty indicator is no data; nothing to measure by is said apart', () => {
    expect(status({}, null)).toBe('no-data');
    expect(status({}, undefined)).toBe('no-measure');
  });

  it('goals with no figure are for the official, whatever value there is', () => {
    expect(status({ judged: 'qualitative', comparison: undefined, threshold: undefined }, 0.5)).toBe('judge');
    expect(status({ judged: 'roadmap', comparison: undefined, threshold: undefined }, 1)).toBe('judge');
  });

  it('a threshold per level: 80% / 60% / 30%', () => {
    const perLevel = target({ threshold: undefined, byLevel: { tinh: 0.8, huyen: 0.6, xa: 0.3 } });
    expect(evaluateTarget(perLevel, { value: 0.35, level: 'xa' })).toMatchObject({ status: 'met', threshold: 0.3 });
    expect(evaluateTarget(perLevel, { value: 0.35, level: 'huyen' })).toMatchObject({ status: 'not-met', threshold: 0.6 });
    expect(evaluateTarget(perLevel, { value: 0.35 }).status).toBe('level-unknown');
    expect(thresholdText(perLevel)).toBe('≥ 80% / 60% / 30% (cấp tỉnh / cấp huyện / cấp xã)');
  });

  it('targets set for some levels only', () => {
    const commune = target({ levels: ['xa'] });
    expect([appliesToLevel(commune, 'xa'), appliesToLevel(commune, 'huyen'), appliesToLevel(commune, undefined)]).toEqual([
      true,
      false,
      true,
    ]);
    const noCommune = target({ threshold: undefined, byLevel: { tinh: 0.8, huyen: 0.6 } });
    expect(appliesToLevel(noCommune, 'xa')).toBe(false);
    expect(appliesToLevel(noCommune, 'tinh')).toBe(true);
  });

  it('thresholds read as the forms write them', () => {
    expect(thresholdText(target({ comparison: '>' }))).toBe('> 80%');
    expect(thresholdText(target({ comparison: '=', threshold: 1 }), 'en')).toBe('= 100%');
    expect(thresholdText(target({ comparison: 'between', threshold: 0.3, upTo: 0.5 }))).toBe('30%–50%');
    expect(thresholdText(target({ comparison: 'reduction', threshold: 0.1, baseYear: 2025 }))).toBe('giảm ≥ 10% so với năm 2025');
    expect(thresholdText(target({ judged: 'roadmap' }))).toBe('theo lộ trình');
  });
});

describe('the level of a unit, from its name', () => {
  it.each([
    ['UBND xã Bắc Sơn', 'xa'],
    ['UBND xã Bắc Sơn, huyện Ân Thi', 'xa'],
    ['Ủy ban nhân dân phường Hồng Hà', 'xa'],
    ['Đặc khu Phú Quốc', 'xa'],
    ['UBND thị trấn Tô Hạp', 'xa'],
    ['UBND thị xã Sơn Tây', 'huyen'],
    ['UBND huyện Khánh Sơn', 'huyen'],
    ['Phòng Lao động – Thương binh và Xã hội huyện Khánh Sơn', 'huyen'],
    ['Sở Nội vụ tỉnh Khánh Hòa', 'tinh'],
    ['SỞ TƯ PHÁP', 'tinh'],
    ['UBND tỉnh Bình Định', 'tinh'],
    ['Trung tâm cơ sở dữ liệu', undefined],
    ['UBND thành phố Hà Nội', 'tinh'],
    ['Phòng Tư pháp', 'huyen'],
    ['UBND', undefined],
    // Spaces doubled or of another kind are one space.
    ['UBND thị  xã Mỹ\u00a0Hào', 'huyen'],
    ['UBND THỊ\tXÃ Mỹ Hào', 'huyen'],
    // The word that comes first in the name decides, whatever the order the words are looked for.
    ['UBND huyện Ân Thi (xã Bắc Sơn cũ)', 'huyen'],
    ['Sở Nội vụ, phòng Tổ chức', 'tinh'],
  ])('%s', (name, level) => expect(levelOfUnit(name)).toBe(level));
});

describe('target sets as data', () => {
  const sets = builtInTargets(BUILT_IN);
  const byId = new Map(sets.flatMap((s) => s.targets.map((t) => [t.id, t] as const)));

  it('hold the 18 targets of the 2021–2030 programme, 15 of them with a figure', () => {
    const d = sets.find((s) => s.id === 'ct-khanh-son-2021-2030')!.targets;
    expect(d.map((t) => t.id)).toEqual(Array.from({ length: 18 }, (_, i) => `D${String(i + 1).padStart(2, '0')}`));
    expect(d.filter((t) => t.judged === 'threshold')).toHaveLength(15);
    expect(d.filter((t) => t.judged === 'roadmap').map((t) => t.id)).toEqual(['D03', 'D12', 'D13']);
    expect(byId.get('D11')).toMatchObject({ comparison: 'reduction', threshold: 0.1, baseYear: 2025, year: 2030 });
    expect(byId.get('D15')).toMatchObject({ threshold: 0.6, levels: ['xa'] });
  });

  it('tie every row of Phụ lục 8 and of the district’s mục 8 to at least one target', () => {
    const assessed = (tpl: string) =>
      new Set(sets.flatMap((s) => s.targets.flatMap((t) => (t.assesses ?? []).filter((a) => a.template === tpl).map((a) => a.code))));
    expect([...assessed('tong-ket-pl8')].sort((a, b) => Number(a) - Number(b))).toEqual(
      Array.from({ length: 16 }, (_, i) => String(i + 1)),
    );
    expect(assessed('tong-ket-huyen-pl2').size).toBe(12);
    expect(byId.get('2020-HL-TTHC')).toMatchObject({ comparison: '>', threshold: 0.8 });
    expect(byId.get('2020-HS-CONG-VIEC')!.byLevel).toEqual({ tinh: 0.8, huyen: 0.6, xa: 0.3 });
  });

  it('hold a commune’s own target for that commune', () => {
    const own = sets.find((s) => s.unit === 'UBND xã Bắc Sơn')!;
    expect(own.targets[0]).toMatchObject({ threshold: 0.98, measures: [{ template: 'dinh-ky', code: 'VII.5.3' }] });
  });

  const base = { id: 'tinh-x', name: 'Mục tiêu của tỉnh', source: 'Kế hoạch' };
  const problem = (t: Partial<Target>) => {
    try {
      loadTargetSet({ ...base, targets: [target(t)] }, BUILT_IN);
      return '';
    } catch (e) {
      return String((e as Error).message);
    }
  };

  it('a province’s own set loads when it is right', () => {
    const set = loadTargetSet({ ...base, targets: [target({ measures: [{ template: 'dinh-ky', code: 'III.3.1' }] })] }, BUILT_IN);
    expect(set.targets[0].measures![0].code).toBe('III.3.1');
  });

  it.each<[string, Partial<Target>, string]>([
    ['an indicator that does not exist', { measures: [{ template: 'dinh-ky', code: 'IX.9' }] }, 'không có chỉ tiêu IX.9'],
    ['a count measuring a percentage', { measures: [{ template: 'dinh-ky', code: 'III.3.1.1' }] }, 'không phải là tỷ lệ'],
    ['a threshold with no comparison', { comparison: undefined }, 'thiếu cách so sánh'],
    ['both a threshold and thresholds per level', { byLevel: { xa: 0.3 } }, 'đúng một trong'],
    ['a range with no upper end', { comparison: 'between' }, 'upTo'],
    ['a range upside down', { comparison: 'between', upTo: 0.5, threshold: 0.6 }, 'upTo'],
    ['a range of one point', { comparison: 'between', upTo: 0.6, threshold: 0.6 }, 'upTo'],
    ['a range with no lower end', { comparison: 'between', upTo: 0.6, threshold: undefined }, 'upTo'],
    ['a reduction with no base year', { comparison: 'reduction' }, 'năm gốc'],
    ['a reduction from a later year', { comparison: 'reduction', baseYear: 2026 }, 'năm gốc'],
    ['a reduction from its own year', { comparison: 'reduction', baseYear: 2025 }, 'năm gốc'],
    ['a goal with no figure given a threshold', { judged: 'qualitative' }, 'không có so sánh'],
    ['a goal with no figure given a comparison alone', { judged: 'qualitative', threshold: undefined }, 'không có so sánh'],
    ['a goal with no figure given a threshold alone', { judged: 'roadmap', comparison: undefined }, 'không có so sánh'],
    [
      'a goal with no figure given thresholds per level',
      { judged: 'qualitative', comparison: undefined, threshold: undefined, byLevel: { xa: 0.3 } },
      'không có so sánh',
    ],
    [
      'a goal with no figure given an indicator',
      { judged: 'qualitative', comparison: undefined, threshold: undefined, measures: [{ template: 'dinh-ky', code: 'III.3.1' }] },
      'không có so sánh',
    ],
    ['a number of units measured by a rate', { unit: 'number', measures: [{ template: 'dinh-ky', code: 'III.3.1' }] }, 'không phải là số'],
    ['a row that is no self-assessment', { assesses: [{ template: 'dinh-ky', code: 'I.2' }] }, 'không có dòng tự đánh giá I.2'],
    ['an unknown template', { measures: [{ template: 'mau-x', code: '1' }] }, 'mẫu mau-x'],
  ])('a set is refused for %s', (_, t, words) => {
    expect(problem(t)).toContain(words);
    expect(problem(t)).toContain('T1');
  });

  it('a reduction, or a number of units, is measured by a count or a sum of money', () => {
    const counted = (t: Partial<Target>) => loadTargetSet({ ...base, targets: [target(t)] }, BUILT_IN).targets[0].measures![0].code;
    expect(counted({ unit: 'number', measures: [{ template: 'dinh-ky', code: 'III.3.1.1' }] })).toBe('III.3.1.1');
    expect(counted({ comparison: 'reduction', baseYear: 2020, measures: [{ template: 'dinh-ky', code: 'III.3.1.1' }] })).toBe('III.3.1.1');
    expect(problem({ comparison: 'reduction', baseYear: 2020, measures: [{ template: 'dinh-ky', code: 'III.3.1' }] })).toContain(
      'chỉ tiêu III.3.1 của mẫu dinh-ky không phải là số',
    );
  });

  it('a set that is not one says where each shape problem is; one without an id is named "?"', () => {
    expect(() => loadTargetSet(null, BUILT_IN)).toThrow('Danh sách mục tiêu "?" không hợp lệ');
    expect(() => loadTargetSet({ id: 7, targets: [] }, BUILT_IN)).toThrow('Danh sách mục tiêu "?" không hợp lệ');
    expect(() => loadTargetSet({ ...base, targets: [{ ...target({}), year: 'x', threshold: 'y' }] }, BUILT_IN)).toThrow(
      /không hợp lệ: targets\.0\.year: [^;]+; targets\.0\.threshold: [^;]+$/,
    );
    expect(() =>
      loadTargetSet({ ...base, targets: [target({ comparison: undefined }), target({ id: 'T2', comparison: 'between' })] }, BUILT_IN),
    ).toThrow('không hợp lệ: T1: thiếu cách so sánh; T2: khoảng cần "upTo" lớn hơn ngưỡng');
  });

  it('an id given twice, in one set or across sets, is refused', () => {
    expect(() => loadTargetSet({ ...base, targets: [target({}), target({})] }, BUILT_IN)).toThrow('"T1" bị trùng');
    const one = loadTargetSet({ ...base, targets: [target({})] }, BUILT_IN);
    expect(() => targetsOf([one, { ...one, id: 'tinh-y' }])).toThrow('đã có trong "tinh-x"');
    expect(() => loadTargetSet({ ...base, targets: [] }, BUILT_IN)).toThrow('Danh sách mục tiêu "tinh-x" không hợp lệ');
  });

  it('a set checked against other templates names what they lack', () => {
    const onlyPl1 = catalogueOf([template('tong-ket-pl1')]);
    expect(() => builtInTargets(onlyPl1)).toThrow('D11: không có chỉ tiêu IV.3.1 trong mẫu dinh-ky');
  });
});

describe('the value a target is measured by', () => {
  const pl1 = template('tong-ket-pl1');

  it('is the target year’s column of a form with a column per year', () => {
    const s = { template: pl1, figures: figuresOf({ '6.3@y2019': 0.85, '6.3@y2020': 0.9 }) };
    expect(measuredValue(s, '6.3', 2020)).toEqual({ value: 0.9, key: 'y2020' });
    expect(measuredValue(s, '6.3', 2019)).toEqual({ value: 0.85, key: 'y2019' });
  });

  it('else the last earlier year with a value, never a later one', () => {
    const s = { template: pl1, figures: figuresOf({ '6.3@y2016': 0.7, '6.3@y2018': 0.8, '6.3@y2020': null }) };
    expect(measuredValue(s, '6.3', 2020)).toEqual({ value: 0.8, key: 'y2018' });
    expect(measuredValue(s, '6.3', 2017)).toEqual({ value: 0.7, key: 'y2016' });
    expect(measuredValue(s, '6.3', 2015)).toEqual({ value: null, key: 'y2015' });
    expect(measuredValue(s, '6.3', 2014)).toBeUndefined();
  });

  it('is a ratio recomputed from its parts, with the figure the unit wrote when that differs', () => {
    const dinhKy = template('dinh-ky');
    const s = (rep: Record<string, number | null>) => ({ template: dinhKy, figures: figuresOf({}, { 'VII.5.3@value': 1.2 }, rep) });
    expect(measuredValue(s({ 'VII.5.3@value': 1 }), 'VII.5.3', 2024)).toEqual({ value: 1.2, key: 'value', reported: 1 });
    expect(measuredValue(s({ 'VII.5.3@value': 1.2 }), 'VII.5.3', 2024)).toEqual({ value: 1.2, key: 'value' });
    expect(measuredValue(s({}), 'VII.5.3', 2024)).toEqual({ value: 1.2, key: 'value' });
    // Parts missing: the figure written stands.
    const written = { template: dinhKy, figures: figuresOf({}, { 'VII.5.3@value': null }, { 'VII.5.3@value': 0.9 }) };
    expect(measuredValue(written, 'VII.5.3', 2024)).toEqual({ value: 0.9, key: 'value' });
    expect(measuredValue({ template: dinhKy, figures: figuresOf({ 'VII.3@value': 'x' }) }, 'VII.3', 2024)).toEqual({
      value: null,
      key: 'value',
    });
  });
});

describe('the self-assessment of Phụ lục 8, from the figures of Phụ lục 1 and 7', () => {
  const sets = builtInTargets(BUILT_IN);
  // Worked out inside each test, where mutation testing sees which test ran it.
  const assess = () =>
    assessments(
      {
        unit: 'UBND tỉnh Bình Định',
        level: 'tinh',
        sheets: [
          { template: template('tong-ket-pl8'), figures: figuresOf({ '5@value': 'Không đạt', '8@value': 'Đạt', '16@value': 1 }) },
          { template: template('tong-ket-pl1'), figures: figuresOf({ '6.3@y2019': 0.85 }) },
          { template: template('tong-ket-pl7'), figures: figuresOf({ '1@y2020': 0.95, '13@y2020': 0.98 }) },
        ],
      },
      sets,
    );
  const row = (code: string) => assess().find((r) => r.code === code)!;

  it('has the 16 goals and nothing of the other sheets', () => {
    expect(
      assess()
        .map((r) => `${r.template} ${r.code}`)
        .sort(),
    ).toEqual(Array.from({ length: 16 }, (_, i) => `tong-ket-pl8 ${i + 1}`).sort());
  });

  it('proposes Đạt where every target with a threshold is met, and says nothing is left to judge', () => {
    expect(row('2')).toMatchObject({ proposal: 'Đạt', state: 'proposed', written: null, partial: false, key: 'value' });
  });

  it('proposes Không đạt where one target with a value is not met, whatever the others lack', () => {
    expect(row('11')).toMatchObject({ proposal: 'Không đạt', state: 'proposed' });
    expect(row('11').grounds.map((g) => g.status)).toEqual(['no-measure', 'no-measure', 'not-met']);
  });

  it('proposes nothing where a met target stands beside targets with no figure', () => {
    expect(row('13')).toMatchObject({ proposal: null, state: 'open' });
    expect(row('13').grounds.map((g) => g.status)).toEqual(['met', 'no-measure', 'no-measure']);
  });

  it('knows the answers written: agreeing, overriding, and a number that is no answer', () => {
    expect(row('8')).toMatchObject({ state: 'agrees', written: 'Đạt' });
    expect(row('5')).toMatchObject({ state: 'override', written: 'Không đạt', proposal: 'Đạt' });
    expect(row('16')).toMatchObject({ written: null, state: 'open' });
  });

  it('leaves a goal with no figure to the official, as a partial one', () => {
    expect(row('1')).toMatchObject({ proposal: null, state: 'open', partial: true });
  });

  it('holds per-level thresholds at the unit’s level only', () => {
    const commune = assessments(
      { unit: 'UBND xã A', level: 'xa', sheets: [{ template: template('tong-ket-pl8'), figures: figuresOf() }] },
      sets,
    ).find((r) => r.code === '13')!;
    expect(commune.grounds.find((g) => g.target.id === '2020-HS-CONG-VIEC')!.threshold).toBe(0.3);
  });
});

describe('the targets held against a report', () => {
  const sets = builtInTargets(BUILT_IN);
  const dinhKy = template('dinh-ky');
  // Bắc Sơn's online dossiers: 6 / 5 recomputed, 100% written; staff of the public units 180 now.
  const bacSon = { template: dinhKy, figures: figuresOf({ 'IV.3.1@value': 180 }, { 'VII.5.3@value': 1.2 }, { 'VII.5.3@value': 1 }) };
  const ids = (u: Parameters<typeof targetResults>[0]) => targetResults(u, sets).map((r) => r.target.id);

  it('of a commune in 2024: its own target, the nearest step of each series, none of another level', () => {
    expect(ids({ unit: 'UBND xã Bắc Sơn', level: 'xa', year: 2024, sheets: [bacSon] }).sort()).toEqual(
      ['BS2024-1', 'D01', 'D02', 'D03', 'D04', 'D05', 'D09', 'D11', 'D12', 'D13', 'D15', 'D16', 'D17'].sort(),
    );
    expect(ids({ unit: 'UBND xã Khác', level: 'xa', year: 2024, sheets: [bacSon] })).not.toContain('BS2024-1');
    expect(ids({ unit: 'UBND huyện Khánh Sơn', level: 'huyen', year: 2024, sheets: [bacSon] })).toContain('D14');
  });

  it('of a report with no year: every target of the sets that measure its form', () => {
    const all = ids({ unit: 'UBND xã A', sheets: [bacSon] });
    expect(all).toEqual(expect.arrayContaining(['D04', 'D07', '2020-HS-TRUC-TUYEN', 'PAR-A.VIII.5']));
  });

  it('of a form no target measures or assesses: none', () => {
    expect(ids({ unit: 'UBND tỉnh', sheets: [{ template: template('tong-ket-pl3'), figures: figuresOf() }] })).toEqual([]);
  });

  it('finds the measuring form among others', () => {
    const u = { unit: 'UBND xã A', year: 2024, sheets: [{ template: template('tong-ket-pl1'), figures: figuresOf() }, bacSon] };
    expect(targetResults(u, sets).find((r) => r.target.id === 'D17')).toMatchObject({
      status: 'met',
      measure: { code: 'VII.5.3', reported: 1 },
    });
  });

  it('counts a reduction from the base year’s figures when they are given: 200 in 2025, 180 now', () => {
    const base = new Map([[2025, [{ template: dinhKy, figures: figuresOf({ 'IV.3.1@value': 200 }) }]]]);
    const d11 = targetResults({ unit: 'UBND xã A', year: 2026, sheets: [bacSon], baseYears: base }, sets).find(
      (r) => r.target.id === 'D11',
    )!;
    expect(d11).toMatchObject({ status: 'met', base: 200, value: 180 });
    expect(d11.reduction).toBeCloseTo(0.1, 12);
    const none = targetResults({ unit: 'UBND xã A', year: 2026, sheets: [bacSon] }, sets).find((r) => r.target.id === 'D11')!;
    expect(none).toMatchObject({ status: 'no-data', value: 180 });
  });

  it('counts the statuses', () => {
    const results = targetResults({ unit: 'UBND xã Bắc Sơn', level: 'xa', year: 2024, sheets: [bacSon] }, sets);
    expect(statusCounts(results)).toEqual({ met: 2, 'no-data': 1, judge: 3, 'no-measure': 7 });
  });
});

describe('loading a set: the edges', () => {
  const base = { id: 'tinh-x', name: 'Mục tiêu', source: 'Kế hoạch' };
  const refused = (t: Partial<Target>) => () => loadTargetSet({ ...base, targets: [target(t)] }, BUILT_IN);
  it('a range whose ends meet, a reduction from its own year, a qualitative goal with a measure', () => {
    expect(refused({ comparison: 'between', upTo: 0.8 })).toThrow('upTo');
    expect(refused({ comparison: 'reduction', baseYear: 2025 })).toThrow('năm gốc');
    expect(
      refused({ judged: 'roadmap', comparison: undefined, threshold: undefined, measures: [{ template: 'dinh-ky', code: 'VII.5.3' }] }),
    ).toThrow('không có so sánh');
    expect(refused({ judged: 'qualitative', comparison: undefined })).toThrow('không có so sánh');
  });

  it('a plain number measured by a count is right; by a rate it is not', () => {
    expect(() =>
      loadTargetSet(
        { ...base, targets: [target({ unit: 'number', threshold: 10, measures: [{ template: 'dinh-ky', code: 'I.1' }] })] },
        BUILT_IN,
      ),
    ).not.toThrow();
    expect(refused({ unit: 'number', measures: [{ template: 'dinh-ky', code: 'VII.5.3' }] })).toThrow('không phải là số');
  });

  it('a set that is not one is named by its id, or "?"', () => {
    expect(() => loadTargetSet({ id: 'tinh-y', targets: [] }, BUILT_IN)).toThrow('Danh sách mục tiêu "tinh-y" không hợp lệ: name:');
    expect(() => loadTargetSet(null, BUILT_IN)).toThrow('Danh sách mục tiêu "?" không hợp lệ');
  });

  it('a level-dependent target with no threshold of its own and no levels is unknown, never a crash', () => {
    expect(evaluateTarget(target({ threshold: undefined }), { value: 1, level: 'xa' }).status).toBe('level-unknown');
  });

  it('an indicator a form does not have, or a column that is no year, measures nothing', () => {
    const pl1 = template('tong-ket-pl1');
    expect(measuredValue({ template: pl1, figures: figuresOf() }, 'IX.9', 2020)).toBeUndefined();
    expect(builtInTargets(BUILT_IN)).toBe(builtInTargets(BUILT_IN));
  });
});
