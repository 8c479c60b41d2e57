import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/exceljs-adapter';
import { fillWorkbook } from '../../src/app/fill';
import { applyAssessments, workbookTargets, type UnitTargets } from '../../src/app/targets';
import { renderTemplate } from '../../src/domain/render/template';
import { builtInTargets } from '../../src/domain/targets/catalogue';
import { assessmentText, measuredText, missingText, targetStatusText } from '../../src/domain/messages/targets';
import { MARK_FILL } from '../../src/domain/validate/marks';
import { BAC_SON, BUILT_IN, template } from '../support/templates';
import { openXlsx } from '../support/workbooks';
import { dinhKyFiles } from '../support/units';
import { readGrids } from '../../src/adapters/lean-reader/lean-reader';
import { gridSource } from '../../src/app/port';
import { mergeReports } from '../../src/domain/merge/merge';
import { mergeSheets } from '../../src/domain/merge/report-sheets';
import type { CellValue } from '../../src/domain/sheet/plan';

const SETS = builtInTargets(BUILT_IN);
const BAC_SON_CSV = readFileSync(resolve(__dirname, '../../assets/samples/bac-son-2024-Q3.csv'), 'utf8');

/** A workbook with a sheet of each template, each filled from `code,value` lines, written and read back. */
async function workbook(unit: string, sheets: { id: string; csv: string }[], period = BAC_SON.period): Promise<ExcelJsWorkbook> {
  const wb = ExcelJsWorkbook.create(ExcelJS);
  for (const s of sheets) {
    const t = template(s.id);
    const name = await wb.addSheet(renderTemplate(t, { unit, ...(t.periodKind === 'none' ? {} : { period }) }));
    if (s.csv) await fillWorkbook(wb, BUILT_IN, 'x.xlsx', { name: 'v.csv', text: s.csv }, name);
  }
  return ExcelJsWorkbook.open(ExcelJS, await wb.toBuffer());
}

const outcomes = (u: UnitTargets) => Object.fromEntries(u.results.map((r) => [r.target.id, r.status]));

describe('the targets of a commune’s quarterly report (Bắc Sơn, quý III/2024)', () => {
  let u: UnitTargets;
  let wb: ExcelJsWorkbook;
  beforeAll(async () => {
    wb = await workbook(BAC_SON.unit, [{ id: 'dinh-ky', csv: BAC_SON_CSV }]);
  });
  // Judged in each test, so that each test is one run of the targets.
  beforeEach(async () => {
    [u] = await workbookTargets(wb, BUILT_IN, SETS);
  });

  it('is read as a commune’s report of 2024', () => {
    expect(u).toMatchObject({ unit: 'UBND xã Bắc Sơn', level: 'xa', year: 2024 });
  });

  it('holds the targets not yet over, the nearest year of each, for a commune', () => {
    // By hand: of D01–D18, D14 is the district's, D06 D07 D08 D10 D18 are 2030 steps of series whose
    // 2025 step comes first; the 2020 sets are over; the commune's own target is for 2024.
    expect(Object.keys(outcomes(u)).sort()).toEqual(
      ['BS2024-1', 'D01', 'D02', 'D03', 'D04', 'D05', 'D09', 'D11', 'D12', 'D13', 'D15', 'D16', 'D17'].sort(),
    );
  });

  it('never judges VII.5.3 = 6 / 5 = 120%: its part VII.5.3.2 is in error (6 online of 5 received), so it is shown, not met', () => {
    const own = u.results.find((r) => r.target.id === 'BS2024-1')!;
    expect(own).toMatchObject({ status: 'in-error', threshold: 0.98, measure: { code: 'VII.5.3', reported: 1, inError: true } });
    expect(own.measure!.value).toBeCloseTo(1.2, 12);
    expect(measuredText(own)).toBe('120% (dinh-ky VII.5.3; tính lại từ số liệu thành phần; đơn vị ghi 100%)');
    expect(targetStatusText(own.status)).toBe('Không xét vì số liệu lỗi');
    expect(missingText(own)).toBe('ô VII.5.3 (hoặc số liệu thành phần của nó) có lỗi khi kiểm tra: sửa rồi đánh giá lại');
  });

  it('says what each other target lacks', () => {
    const o = outcomes(u);
    expect(o.D17).toBe('in-error');
    // IV.3.1 holds 0 people; the 2025 figure the fall is counted from is not at hand.
    expect(o.D11).toBe('no-data');
    expect(missingText(u.results.find((r) => r.target.id === 'D11')!)).toBe('cần số liệu năm 2025 (kỳ gốc)');
    expect([o.D01, o.D02, o.D04, o.D05, o.D09, o.D15, o.D16]).toEqual(Array(7).fill('no-measure'));
    expect([o.D03, o.D12, o.D13]).toEqual(['judge', 'judge', 'judge']);
  });
});

describe('a report of 2026 counts against the 2030 steps', () => {
  it('the 2025 targets are over; each series moves to its next step', async () => {
    const wb = await workbook('UBND phường Hồng Hà', [{ id: 'dinh-ky', csv: 'VII.5.3.1,200\nVII.5.3.2,150\nIII.3.1.1,10\nIII.3.1.2,10' }], {
      kind: 'year',
      year: 2026,
    });
    const [u] = await workbookTargets(wb, BUILT_IN, SETS);
    expect(u.level).toBe('xa');
    // The commune's own 2024 target is Bắc Sơn's, not Hồng Hà's; the series step to 2030.
    expect(Object.keys(outcomes(u)).sort()).toEqual(['D06', 'D07', 'D08', 'D10', 'D11', 'D18'].sort());
  });
});

describe('the self-assessment of Phụ lục 8 proposed from Phụ lục 1 and 7', () => {
  const province = 'UBND tỉnh Bình Định';
  let before: UnitTargets;
  let written: ExcelJS.Workbook;
  let after: UnitTargets;
  let pl8: string;
  let given: Uint8Array;
  beforeAll(async () => {
    const wb = await workbook(province, [
      // Satisfaction 85% last measured in 2019; e-documents 95% and one-stop dossiers 98% in 2020.
      { id: 'tong-ket-pl1', csv: '6.3@y2019,85%' },
      { id: 'tong-ket-pl7', csv: '1@y2020,95%\n13@y2020,98%' },
      // The official has answered two rows already.
      { id: 'tong-ket-pl8', csv: '5,Không đạt\n8,Đạt' },
    ]);
    given = await wb.toBuffer();
  });
  // Judged, applied and judged again in each test, so that each test is one run of them.
  beforeEach(async () => {
    const wb = await ExcelJsWorkbook.open(ExcelJS, given);
    [before] = await workbookTargets(wb, BUILT_IN, SETS);
    pl8 = before.assessments[0].sheet;
    await applyAssessments(wb, before.assessments);
    written = await openXlsx(await wb.toBuffer());
    [after] = await workbookTargets(await ExcelJsWorkbook.open(ExcelJS, await wb.toBuffer()), BUILT_IN, SETS);
  });
  const row = (u: UnitTargets, code: string) => u.assessments.find((a) => a.code === code)!;

  it('has every one of the 16 goals, for a province', () => {
    expect(before.level).toBe('tinh');
    expect(before.assessments.map((a) => a.code).sort((a, b) => Number(a) - Number(b))).toEqual(
      Array.from({ length: 16 }, (_, i) => String(i + 1)),
    );
  });

  it('proposes "Đạt" for satisfaction > 80% from the 2019 figure, showing value and threshold', () => {
    expect(row(before, '2')).toMatchObject({ state: 'proposed', proposal: 'Đạt', written: null });
    expect(assessmentText(row(before, '2'))).toBe(
      'Đề xuất: Đạt. Mức độ hài lòng của nhân dân, doanh nghiệp về thủ tục hành chính: 85% (tong-ket-pl1 6.3; năm 2019) — ngưỡng > 80% → Đạt.',
    );
  });

  it('proposes "Không đạt" when one part of a goal is not met: 98% of dossiers through the one-stop system against 100%', () => {
    const r = row(before, '11');
    expect(r).toMatchObject({ state: 'proposed', proposal: 'Không đạt' });
    expect(r.grounds.map((g) => [g.target.id, g.status])).toEqual([
      ['2020-HS-TRUC-TUYEN', 'no-measure'],
      ['2020-DVC-TICH-HOP', 'no-measure'],
      ['2020-MOT-CUA-DT', 'not-met'],
    ]);
  });

  it('keeps an official’s other answer and marks it; an answer that agrees is noted', () => {
    expect(row(before, '5')).toMatchObject({ state: 'override', proposal: 'Đạt', written: 'Không đạt' });
    expect(row(before, '8')).toMatchObject({ state: 'agrees', proposal: 'Đạt', written: 'Đạt' });
  });

  it('leaves for the official what the figures do not settle', () => {
    // Goal 13: e-documents met, but the level's threshold of work files and the document axis have no figure.
    expect(row(before, '13')).toMatchObject({ state: 'open', proposal: null });
    expect(row(before, '1')).toMatchObject({ state: 'open', partial: true, grounds: [{ status: 'judge' }] });
  });

  it('writes the proposals into the empty cells only, and marks each row it settled', () => {
    const ws = written.getWorksheet(pl8)!;
    const cell = (code: string) => ws.getCell(row(before, code).row, row(before, code).col);
    expect([cell('2').value, cell('11').value, cell('5').value, cell('8').value, cell('13').value]).toEqual([
      'Đạt',
      'Không đạt',
      'Không đạt',
      'Đạt',
      null,
    ]);
    const fill = (code: string) => (cell(code).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect([fill('2'), fill('5'), fill('8')]).toEqual([`FF${MARK_FILL.info}`, `FF${MARK_FILL.warning}`, `FF${MARK_FILL.info}`]);
    expect(cell('5').note as string).toContain('Cán bộ ghi "Không đạt", số liệu cho thấy Đạt: giữ nguyên đánh giá của cán bộ.');
    expect(cell('13').note).toBeUndefined();
  });

  it('read again, the proposals written agree and the override stays one', () => {
    expect(['2', '11', '5', '8'].map((c) => row(after, c).state)).toEqual(['agrees', 'agrees', 'override', 'agrees']);
  });
});

describe('the district’s mục 8 proposed from its own mục 1 and 7', () => {
  it('satisfaction 78% is not above 80%; 100% one-stop and 40% online of a 35% quota meet goal 9', async () => {
    const wb = await workbook('UBND huyện Khánh Sơn', [
      { id: 'tong-ket-huyen-pl2', csv: 'M1.6.3@y2020,78%\nM7.13@y2020,100%\nM7.11@y2020,40%\nM7.1@y2020,"89,9%"' },
    ]);
    const [u] = await workbookTargets(wb, BUILT_IN, SETS);
    const state = (code: string) => {
      const a = u.assessments.find((x) => x.code === code)!;
      return [a.state, a.proposal];
    };
    expect(u.level).toBe('huyen');
    expect([state('M8.2'), state('M8.4'), state('M8.9'), state('M8.7'), state('M8.12')]).toEqual([
      ['proposed', 'Không đạt'],
      ['proposed', 'Không đạt'],
      ['proposed', 'Đạt'],
      ['proposed', 'Không đạt'],
      ['open', null],
    ]);
  });
});

describe('the order targets are listed in', () => {
  it('not met, met, lacking a figure, for the official, not measured; in catalogue order within each', async () => {
    const wb = await workbook(BAC_SON.unit, [{ id: 'dinh-ky', csv: BAC_SON_CSV.replace('VII.5.3.2,6', 'VII.5.3.2,4') }]);
    const [u] = await workbookTargets(wb, BUILT_IN, SETS);
    // 4 / 5 = 80% online: short of both 100% (D17) and 98% (the commune's own).
    expect(u.results.map((r) => `${r.status} ${r.target.id}`)).toEqual([
      'not-met D17',
      'not-met BS2024-1',
      'no-data D11',
      'judge D03',
      'judge D12',
      'judge D13',
      ...['D01', 'D02', 'D04', 'D05', 'D09', 'D15', 'D16'].map((id) => `no-measure ${id}`),
    ]);
  });
});

describe('a consolidation’s units, each held against its targets from the breakdown', () => {
  // As the merge's "Mục tiêu" sheet holds them: online 99/100, 6/5, 150/200 and none; Bắc Sơn's own 98% for Bắc Sơn alone.
  const UNITS: [string, Record<string, CellValue>][] = [
    ['UBND xã An Bình', { 'VII.5.3.1': 100, 'VII.5.3.2': 99 }],
    ['UBND xã Bắc Sơn', { 'VII.5.3.1': 5, 'VII.5.3.2': 6, 'VII.5.3': 1 }],
    ['UBND phường Hồng Hà', { 'VII.5.3.1': 200, 'VII.5.3.2': 150 }],
    ['UBND xã Cẩm Phúc', { 'I.2.1': 4, 'I.2.2': 4 }],
  ];

  it('lists each unit after the total, its measured targets with their values, in the breakdown’s order', async () => {
    const files = await dinhKyFiles(UNITS);
    const wb = ExcelJsWorkbook.create(ExcelJS);
    for (const plan of mergeSheets(mergeReports(files, { catalogue: BUILT_IN, unit: 'Sở Nội vụ tỉnh Hưng Yên' }))) await wb.addSheet(plan);
    const found = await workbookTargets(gridSource(readGrids('tong-hop.xlsx', await wb.toBuffer())), BUILT_IN, SETS);
    expect(found.map((u) => [u.unit, u.within ?? null])).toEqual([
      ['Sở Nội vụ tỉnh Hưng Yên', null],
      ...[...UNITS.map(([u]) => u)].sort((a, b) => a.localeCompare(b, 'vi')).map((u) => [u, 'Sở Nội vụ tỉnh Hưng Yên']),
    ]);
    const of = (unit: string) => {
      const u = found.find((x) => x.unit === unit && x.within)!;
      return Object.fromEntries(
        u.results.filter((r) => r.target.id !== 'D11').map((r) => [r.target.id, [r.status, r.measure?.value ?? null]]),
      );
    };
    expect(of('UBND xã An Bình')).toEqual({ D17: ['not-met', expect.closeTo(0.99, 12)] });
    // Recomputed from its parts (6 / 5), as the merge does, whatever the unit wrote; the log lists VII.5.3.2 in error, so it is not judged.
    expect(of('UBND xã Bắc Sơn')).toEqual({
      D17: ['in-error', expect.closeTo(1.2, 12)],
      'BS2024-1': ['in-error', expect.closeTo(1.2, 12)],
    });
    expect(of('UBND phường Hồng Hà')).toEqual({ D17: ['not-met', 0.75] });
    expect(of('UBND xã Cẩm Phúc')).toEqual({ D17: ['no-data', null] });
    const bacSon = found.find((x) => x.unit === 'UBND xã Bắc Sơn')!;
    expect([bacSon.level, bacSon.year, bacSon.sheets, bacSon.assessments]).toEqual(['xa', 2024, ['Chi tiết theo đơn vị'], []]);
    // Only what the figures measure: no target left for the official or without an indicator.
    expect(found.filter((u) => u.within).every((u) => u.results.every((r) => r.measure))).toBe(true);
  });
});
