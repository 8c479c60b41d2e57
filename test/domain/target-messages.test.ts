import type { Assessment } from '../../src/domain/targets/assess';
import type { TargetStatus } from '../../src/domain/targets/evaluate';
import type { TargetResult } from '../../src/domain/targets/report';
import type { Target } from '../../src/domain/targets/schema';
import {
  assessmentText,
  breakdownHeadingText,
  levelText,
  measuredText,
  missingText,
  resultNoteText,
  targetStatusText,
  targetsSummaryText,
  thresholdText,
} from '../../src/domain/messages/targets';

/** What the office reads beside each target: the texts written out by hand, in both languages. */
const target = (over: Partial<Target> = {}): Target => ({
  id: 'T1',
  label: 'Tỷ lệ hồ sơ đúng hạn',
  year: 2025,
  judged: 'threshold',
  comparison: '>=',
  threshold: 0.8,
  ...over,
});
const result = (t: Target, status: TargetStatus, over: Partial<TargetResult> = {}): TargetResult => ({
  set: { id: 'kh', name: 'Kế hoạch', source: 'Kế hoạch 2025', targets: [t] },
  target: t,
  status,
  ...over,
});
const measure = (value: number | null, over: Partial<NonNullable<TargetResult['measure']>> = {}) => ({
  template: 'dinh-ky',
  code: 'VII.5.3',
  key: 'value',
  value,
  ...over,
});

describe('statuses and levels', () => {
  test('each status in both languages', () => {
    const vi = ['met', 'not-met', 'no-data', 'no-measure', 'judge', 'level-unknown'].map((s) => targetStatusText(s as TargetStatus));
    expect(vi).toEqual(['Đạt', 'Không đạt', 'Chưa có số liệu', 'Không có chỉ tiêu đo', 'Cán bộ đánh giá', 'Chưa rõ cấp']);
    const en = ['met', 'not-met', 'no-data', 'no-measure', 'judge', 'level-unknown'].map((s) => targetStatusText(s as TargetStatus, 'en'));
    expect(en).toEqual(['Met', 'Not met', 'No figure', 'Not measured', 'For the official', 'Level not known']);
  });

  test('levels', () => {
    expect([levelText('tinh'), levelText('huyen'), levelText('xa')]).toEqual(['cấp tỉnh', 'cấp huyện', 'cấp xã']);
    expect([levelText('tinh', 'en'), levelText('huyen', 'en'), levelText('xa', 'en')]).toEqual(['province', 'district', 'commune']);
  });
});

describe('thresholds', () => {
  test('every comparison, a count, a goal without a figure', () => {
    expect(thresholdText(target({ comparison: '<', threshold: 0.05 }))).toBe('< 5%');
    expect(thresholdText(target({ comparison: '<=', threshold: 0.05 }))).toBe('≤ 5%');
    expect(thresholdText(target({ threshold: 1234, unit: 'number' }))).toBe('≥ 1.234');
    expect(thresholdText(target({ threshold: 1234, unit: 'number' }), 'en')).toBe('≥ 1,234');
    expect(thresholdText(target({ comparison: 'between', threshold: 0.3, upTo: 0.555 }), 'en')).toBe('30%–55.5%');
    expect(thresholdText(target({ comparison: 'reduction', threshold: 0.1, baseYear: 2025 }), 'en')).toBe('down ≥ 10% from 2025');
    expect(thresholdText(target({ judged: 'roadmap' }), 'en')).toBe('per the roadmap');
    expect(thresholdText(target({ judged: 'qualitative', comparison: undefined, threshold: undefined }))).toBe('—');
  });

  test("by level: the levels given, or the unit's level's own threshold", () => {
    const perLevel = target({ threshold: undefined, byLevel: { xa: 0.3 } });
    expect(thresholdText(perLevel)).toBe('≥ 30% (cấp xã)');
    expect(thresholdText(perLevel, 'en')).toBe('≥ 30% (commune)');
    expect(thresholdText(target({ threshold: undefined, byLevel: { tinh: 0.8, xa: 0.3 } }), 'vi', 0.3)).toBe('≥ 30%');
  });
});

describe('the value measured', () => {
  test('nothing measured, or an empty indicator: nothing to say', () => {
    expect(measuredText(result(target(), 'no-measure'))).toBe('');
    expect(measuredText(result(target(), 'no-data', { measure: measure(null) }))).toBe('');
  });

  test('a rate, with its form and indicator', () => {
    const r = result(target(), 'met', { measure: measure(0.855) });
    expect(measuredText(r)).toBe('85,5% (dinh-ky VII.5.3)');
    expect(measuredText(r, 'en')).toBe('85.5% (dinh-ky VII.5.3)');
  });

  test("a year's column, the closest indicator, what the unit wrote", () => {
    const r = result(target(), 'met', { measure: measure(0.85, { template: 'tong-ket', code: '6.3', key: 'y2019', approximate: true }) });
    expect(measuredText(r)).toBe('85% (tong-ket 6.3; năm 2019; chỉ tiêu gần nhất của mẫu)');
    expect(measuredText(r, 'en')).toBe('85% (tong-ket 6.3; year 2019; the closest indicator of the form)');
    const written = (reported: number | string | null) => result(target(), 'met', { measure: measure(0.9, { reported }) });
    expect(measuredText(written('đạt'))).toBe('90% (dinh-ky VII.5.3; tính lại từ số liệu thành phần; đơn vị ghi "đạt")');
    expect(measuredText(written(null), 'en')).toBe('90% (dinh-ky VII.5.3; recomputed from its parts; the unit wrote (empty))');
    expect(measuredText(written(1))).toBe('90% (dinh-ky VII.5.3; tính lại từ số liệu thành phần; đơn vị ghi 100%)');
  });

  test('a reduction: counts, then the base year and the fall', () => {
    const t = target({ comparison: 'reduction', threshold: 0.1, baseYear: 2025 });
    const r = result(t, 'met', { measure: measure(1350, { code: 'II.1' }), base: 1500, reduction: 0.1 });
    expect(measuredText(r)).toBe('1.350 (dinh-ky II.1; năm 2025: 1.500, giảm 10%)');
    expect(measuredText(r, 'en')).toBe('1,350 (dinh-ky II.1; 2025: 1,500, down 10%)');
    // Without its base year's figure, only the value.
    expect(measuredText(result(t, 'no-data', { measure: measure(1350, { code: 'II.1' }) }))).toBe('1.350 (dinh-ky II.1)');
  });
});

describe('why a target has no outcome', () => {
  test('no form measures it: the forms that would, once each', () => {
    const t = target({
      measures: [
        { template: 'dinh-ky', code: 'VII.5.3' },
        { template: 'dinh-ky', code: 'VII.5.3' },
        { template: 'par-index', code: '6.3' },
      ],
    });
    expect(missingText(result(t, 'no-measure'))).toBe('cần trang của mẫu có chỉ tiêu dinh-ky VII.5.3 hoặc par-index 6.3');
    expect(missingText(result(t, 'no-measure'), 'en')).toBe('needs a sheet of a form with dinh-ky VII.5.3 or par-index 6.3');
    expect(missingText(result(target(), 'no-measure'))).toBe('các mẫu không có chỉ tiêu đo mục tiêu này');
    expect(missingText(result(target(), 'no-measure'), 'en')).toBe('no form has an indicator for this target');
  });

  test('no figure: the empty cell, or for a reduction with a value the base year', () => {
    const reduction = target({ comparison: 'reduction', threshold: 0.1, baseYear: 2025 });
    expect(missingText(result(reduction, 'no-data', { measure: measure(1350) }))).toBe('cần số liệu năm 2025 (kỳ gốc)');
    expect(missingText(result(reduction, 'no-data', { measure: measure(1350) }), 'en')).toBe('needs the figures of 2025 (the base year)');
    expect(missingText(result(reduction, 'no-data', { measure: measure(null) }))).toBe('ô VII.5.3 đang trống');
    expect(missingText(result(target(), 'no-data', { measure: measure(null) }), 'en')).toBe('VII.5.3 is empty');
  });

  test('for the official, a level not known; nothing for an outcome', () => {
    expect(missingText(result(target(), 'judge'))).toBe('mục tiêu không có ngưỡng số: đơn vị chủ trì đánh giá');
    expect(missingText(result(target(), 'judge'), 'en')).toBe('a goal with no figure: the office in charge judges it');
    expect(missingText(result(target(), 'level-unknown'))).toBe('ngưỡng theo cấp: chưa rõ đơn vị thuộc cấp nào');
    expect(missingText(result(target(), 'level-unknown'), 'en')).toBe('the threshold depends on the level, which is not known');
    expect(missingText(result(target(), 'met', { measure: measure(0.9) }))).toBe('');
  });

  test('beside a target: the value, and why there is no outcome when there is none', () => {
    expect(resultNoteText(result(target(), 'met', { measure: measure(0.9) }))).toBe('90% (dinh-ky VII.5.3)');
    expect(resultNoteText(result(target(), 'not-met', { measure: measure(0.5) }))).toBe('50% (dinh-ky VII.5.3)');
    expect(resultNoteText(result(target(), 'no-data', { measure: measure(null) }))).toBe('ô VII.5.3 đang trống');
    expect(resultNoteText(result(target(), 'level-unknown', { measure: measure(0.5) }))).toBe(
      '50% (dinh-ky VII.5.3); ngưỡng theo cấp: chưa rõ đơn vị thuộc cấp nào',
    );
  });
});

describe('a self-assessment row', () => {
  const met = result(target(), 'met', { measure: measure(0.9), threshold: 0.8 });
  const judged = result(target({ label: 'Chất lượng', judged: 'qualitative', comparison: undefined, threshold: undefined }), 'judge');
  const row = (over: Partial<Assessment>): Assessment => ({
    template: 'par-index',
    code: '8.1',
    key: 'result',
    written: null,
    proposal: 'Đạt',
    state: 'proposed',
    grounds: [met, judged],
    partial: false,
    ...over,
  });
  const ground = 'Tỷ lệ hồ sơ đúng hạn: 90% (dinh-ky VII.5.3) — ngưỡng ≥ 80% → Đạt';
  const groundEn = 'Tỷ lệ hồ sơ đúng hạn: 90% (dinh-ky VII.5.3) — threshold ≥ 80% → Met';

  test('proposed: the answer and its grounds, goals without a figure left out', () => {
    expect(assessmentText(row({}))).toBe(`Đề xuất: Đạt. ${ground}.`);
    expect(assessmentText(row({}), 'en')).toBe(`Proposed: Met (Đạt). ${groundEn}.`);
  });

  test('agrees, and part of the goal for the office', () => {
    const r = row({ state: 'agrees', proposal: 'Không đạt', written: 'Không đạt', partial: true });
    expect(assessmentText(r)).toBe(`Khớp số liệu: Không đạt. ${ground}. Phần mục tiêu không có ngưỡng số do đơn vị chủ trì đánh giá.`);
    expect(assessmentText(r, 'en')).toBe(
      `Agrees with the figures: Not met (Không đạt). ${groundEn}. The part of the goal with no figure is for the office in charge.`,
    );
  });

  test("the official's answer against the figures is kept", () => {
    const r = row({ state: 'override', proposal: 'Không đạt', written: 'Đạt' });
    expect(assessmentText(r)).toBe(`Cán bộ ghi "Đạt", số liệu cho thấy Không đạt: giữ nguyên đánh giá của cán bộ. ${ground}.`);
    expect(assessmentText(r, 'en')).toBe(
      `The official wrote "Đạt", the figures say Not met (Không đạt): the official's answer is kept. ${groundEn}.`,
    );
  });

  test('open: figures missing, or nothing but goals for the office', () => {
    const empty = result(target(), 'no-data', { measure: measure(null), threshold: 0.8 });
    expect(assessmentText(row({ state: 'open', proposal: null, grounds: [empty] }))).toBe(
      'Chưa đủ số liệu để đề xuất. Tỷ lệ hồ sơ đúng hạn: ô VII.5.3 đang trống — ngưỡng ≥ 80% → Chưa có số liệu.',
    );
    expect(assessmentText(row({ state: 'open', proposal: null, grounds: [empty] }), 'en')).toBe(
      'Not enough figures to propose. Tỷ lệ hồ sơ đúng hạn: VII.5.3 is empty — threshold ≥ 80% → No figure.',
    );
    expect(assessmentText(row({ state: 'open', proposal: null, grounds: [judged] }))).toBe(
      'Mục tiêu không có ngưỡng số: đơn vị chủ trì đánh giá.',
    );
    expect(assessmentText(row({ state: 'open', proposal: null, grounds: [judged] }), 'en')).toBe(
      'A goal with no figure: the office in charge judges it.',
    );
  });
});

describe("a unit's targets in one line, and the breakdown's heading", () => {
  test('level, year, the total and each status counted, in the statuses’ order', () => {
    const u = { unit: 'UBND xã Bắc Sơn', level: 'xa' as const, year: 2024, counts: { 'no-data': 1, 'not-met': 1, met: 2 } };
    expect(targetsSummaryText(u)).toBe('UBND xã Bắc Sơn — cấp xã, năm 2024: 4 mục tiêu (2 đạt, 1 không đạt, 1 chưa có số liệu)');
    expect(targetsSummaryText(u, 'en')).toBe('UBND xã Bắc Sơn — commune, 2024: 4 targets (2 met, 1 not met, 1 no figure)');
  });

  test('a level not known, one target, none', () => {
    expect(targetsSummaryText({ unit: 'Sở A', counts: { judge: 1 } })).toBe('Sở A — chưa rõ cấp: 1 mục tiêu (1 cán bộ đánh giá)');
    expect(targetsSummaryText({ unit: 'Sở A', counts: { judge: 1 } }, 'en')).toBe('Sở A — level not known: 1 target (1 for the official)');
    expect(targetsSummaryText({ unit: 'Sở A', level: 'tinh', counts: { met: 0 } })).toBe('Sở A — cấp tỉnh: 0 mục tiêu');
  });

  test('the breakdown heading names the consolidation, its units and sheet', () => {
    expect(breakdownHeadingText('UBND tỉnh Thử', 'Chi tiết', 2)).toBe(
      'Từng đơn vị trong tổng hợp của UBND tỉnh Thử (2 đơn vị, trang "Chi tiết"): các mục tiêu đo được bằng số liệu',
    );
    expect(breakdownHeadingText('UBND tỉnh Thử', 'Chi tiết', 1, 'en')).toBe(
      'Each unit of UBND tỉnh Thử\'s consolidation (1 unit, sheet "Chi tiết"): the targets its figures measure',
    );
    expect(breakdownHeadingText('UBND tỉnh Thử', 'Chi tiết', 2, 'en')).toContain('(2 units, sheet');
  });
});
