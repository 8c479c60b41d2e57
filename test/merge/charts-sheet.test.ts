import { checkTemplate } from '../../src/domain/catalogue/check';
import { chartsSheet, CHARTS_SHEET } from '../../src/domain/merge/charts-sheet';
import { mergeReports, type MergeResult } from '../../src/domain/merge/merge';
import { mergeSheets } from '../../src/domain/merge/report-sheets';
import type { CellValue, ChartPlan, SheetPlan } from '../../src/domain/sheet/plan';
import { loadTargetSet } from '../../src/domain/targets/catalogue';
import { BUILT_IN, template } from '../support/templates';
import { dinhKyFiles } from '../support/units';

/** Four communes of a province; every rate and share below is worked out by hand from these parts. */
const UNITS: [string, Record<string, CellValue>][] = [
  // On time 38/40 = 95%; online 99/100 = 99%.
  ['UBND xã An Bình', { 'III.3.1.1': 40, 'III.3.1.2': 38, 'VII.5.3.1': 100, 'VII.5.3.2': 99 }],
  // On time 20/20 = 100% (the unit wrote 50%: the chart shows the rate of its parts); online 6/5 = 120%.
  ['UBND xã Bắc Sơn', { 'III.3.1.1': 20, 'III.3.1.2': 20, 'III.3.1': 0.5, 'VII.5.3.1': 5, 'VII.5.3.2': 6 }],
  // On time 40/50 = 80%; online 150/200 = 75%.
  ['UBND phường Hồng Hà', { 'III.3.1.1': 50, 'III.3.1.2': 40, 'VII.5.3.1': 200, 'VII.5.3.2': 150 }],
  // No dossier figures; the plan 3/4 = 75%.
  ['UBND xã Cẩm Phúc', { 'I.2.1': 4, 'I.2.2': 3 }],
];

/** A province's own targets: on time ≥ 90% (met by Bắc Sơn and An Bình of three), online ≥ 100% (Bắc Sơn of three). */
const SETS = [
  loadTargetSet(
    {
      id: 'tinh-thu',
      name: 'Mục tiêu của tỉnh',
      source: 'Kế hoạch CCHC năm 2024',
      targets: [
        {
          id: 'T-DH',
          label: 'Hồ sơ giải quyết đúng hạn',
          year: 2024,
          judged: 'threshold',
          comparison: '>=',
          threshold: 0.9,
          measures: [{ template: 'dinh-ky', code: 'III.3.1' }],
        },
        {
          id: 'T-TT',
          label: 'Hồ sơ tiếp nhận trực tuyến',
          year: 2024,
          judged: 'threshold',
          comparison: '>=',
          threshold: 1,
          measures: [{ template: 'dinh-ky', code: 'VII.5.3' }],
        },
      ],
    },
    BUILT_IN,
  ),
];

async function merged(units = UNITS): Promise<MergeResult> {
  const files = await dinhKyFiles(units);
  return mergeReports(files, { catalogue: BUILT_IN, unit: 'Sở Nội vụ tỉnh Hưng Yên' });
}

const at = (plan: SheetPlan, row: number, col: number) => plan.cells.find((c) => c.row === row && c.col === col)?.value;
const rowOf = (plan: SheetPlan, text: string) => plan.cells.find((c) => c.value === text)!.row;
/** The table under a block's title: its header row, then rows until the first empty STT / code cell. */
function table(plan: SheetPlan, title: string, width: number): CellValue[][] {
  const header = rowOf(plan, title) + 2;
  const rows: CellValue[][] = [];
  for (let r = header; at(plan, r, 1) !== undefined; r++) rows.push(Array.from({ length: width }, (_, i) => at(plan, r, i + 1) ?? null));
  return rows;
}
const chartTitled = (plan: SheetPlan, title: string): ChartPlan => plan.charts!.find((c) => c.title === title)!;

const ON_TIME = 'III.3.1. Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hạn';
const ONLINE = 'VII.5.3. Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến';
const PLAN = 'I.2. Tỷ lệ hoàn thành Kế hoạch CCHC năm (Lũy kế đến thời điểm báo cáo)';
const SHARE = 'Tỷ lệ đơn vị đạt mục tiêu';

describe('the charts sheet of a consolidation', () => {
  it('follows the targets sheet among the merge’s sheets', async () => {
    const names = mergeSheets(await merged(), { targets: SETS }).map((p) => p.name);
    expect(names.slice(1)).toEqual(['Chi tiết theo đơn vị', 'Mục tiêu', CHARTS_SHEET, 'Nhật ký tổng hợp']);
  });

  it('lists dossiers on time per unit, highest first, as each unit’s parts give it; a unit without figures last and uncharted', async () => {
    const plan = chartsSheet(await merged(), SETS, 'quý III năm 2024')!;
    expect(table(plan, ON_TIME, 3)).toEqual([
      ['STT', 'Đơn vị', 'Tỷ lệ'],
      [1, 'UBND xã Bắc Sơn', 1],
      [2, 'UBND xã An Bình', 38 / 40],
      [3, 'UBND phường Hồng Hà', 40 / 50],
      [4, 'UBND xã Cẩm Phúc', null],
    ]);
    // The total from the summed parts: (38 + 20 + 40) / (40 + 20 + 50) = 98 / 110 = 89.09…%.
    expect(at(plan, rowOf(plan, ON_TIME) + 1, 1)).toBe('Tổng hợp: 89,1% (tính từ số liệu thành phần cộng lại); chưa có số liệu: 1 đơn vị.');
    const header = rowOf(plan, ON_TIME) + 2;
    expect(chartTitled(plan, ON_TIME)).toMatchObject({
      rows: { first: header + 1, last: header + 3 },
      labelCol: 2,
      valueCol: 3,
      percent: true,
    });
  });

  it('orders the online rates on their own: 99%, 75%; Bắc Sơn’s 6 / 5 = 120%, in error, listed after them and not drawn', async () => {
    const plan = chartsSheet(await merged(), SETS, 'quý III năm 2024')!;
    expect(table(plan, ONLINE, 3).slice(1, 5)).toEqual([
      [1, 'UBND xã An Bình', 99 / 100],
      [2, 'UBND phường Hồng Hà', 150 / 200],
      [3, 'UBND xã Bắc Sơn', '120% — lỗi, không xét'],
      [4, 'UBND xã Cẩm Phúc', null],
    ]);
    const header = rowOf(plan, ONLINE) + 2;
    expect(chartTitled(plan, ONLINE).rows).toEqual({ first: header + 1, last: header + 2 });
    expect(plan.cells.find((c) => c.row === header + 3 && c.col === 3)!.style).toBe('flagged-text');
    // The total keeps the merge's policy: (99 + 6 + 150) / (100 + 5 + 200) = 255 / 305 = 83.6%, and says it holds a value in error.
    expect(at(plan, rowOf(plan, ONLINE) + 1, 1)).toBe(
      'Tổng hợp: 83,6% (tính từ số liệu thành phần cộng lại, gồm số liệu lỗi của 1 đơn vị); không vẽ vì số liệu lỗi: 1 đơn vị; chưa có số liệu: 1 đơn vị.',
    );
    // The plan: Cẩm Phúc alone reported it, one bar.
    const planHeader = rowOf(plan, PLAN) + 2;
    expect(chartTitled(plan, PLAN).rows).toEqual({ first: planHeader + 1, last: planHeader + 1 });
    expect(at(plan, planHeader + 1, 3)).toBe(0.75);
  });

  it('charts the share of units meeting each target their figures settle', async () => {
    const plan = chartsSheet(await merged(), SETS, 'quý III năm 2024')!;
    expect(table(plan, SHARE, 4)).toEqual([
      ['Mã', 'Mục tiêu', 'Tỷ lệ đơn vị đạt', 'Số đơn vị đạt'],
      ['T-DH', 'Hồ sơ giải quyết đúng hạn (≥ 90%)', 2 / 3, '2/3'],
      // An Bình 99% and Hồng Hà 75% fall short; Bắc Sơn's 120% is in error, counted apart.
      ['T-TT', 'Hồ sơ tiếp nhận trực tuyến (≥ 100%)', 0, '0/2; 1 lỗi, không xét'],
    ]);
    const header = rowOf(plan, SHARE) + 2;
    expect(chartTitled(plan, SHARE)).toMatchObject({ rows: { first: header + 1, last: header + 2 }, labelCol: 1, valueCol: 3 });
  });

  it('starts a printed page at each block after the first: no chart is cut between two pages', async () => {
    const plan = chartsSheet(await merged(), SETS, 'quý III năm 2024')!;
    // Blocks in order: on time, online, the plan, the share of units meeting targets; the first starts the sheet's first page.
    expect(plan.print.breaks).toEqual([rowOf(plan, ONLINE), rowOf(plan, PLAN), rowOf(plan, SHARE)]);
    expect(rowOf(plan, ON_TIME)).toBe(4);
  });

  it('puts each chart beside its table, tall enough for its bars, never over another block', async () => {
    // Twenty communes: the on-time chart grows with its bars.
    const many = Array.from({ length: 20 }, (_, i): [string, Record<string, CellValue>] => [
      `UBND xã Số ${i + 1}`,
      { 'III.3.1.1': 100, 'III.3.1.2': 60 + i },
    ]);
    const plan = chartsSheet(await merged(many), [], 'quý III năm 2024')!;
    const charts = plan.charts!;
    expect(charts.map((c) => c.title)).toEqual([ON_TIME]);
    // One block: no page to break.
    expect(plan.print).not.toHaveProperty('breaks');
    const c = charts[0];
    expect(c.rows.last - c.rows.first + 1).toBe(20);
    expect(c.at).toEqual({ top: rowOf(plan, ON_TIME), left: 6, bottom: c.rows.last, right: 14 });
    // The highest at the top: 79/100.
    expect(at(plan, c.rows.first, 3)).toBe(0.79);
    expect(at(plan, c.rows.first, 2)).toBe('UBND xã Số 20');

    const few = chartsSheet(await merged(), SETS, 'quý III năm 2024')!;
    const boxes = few.charts!.map((x) => x.at);
    // Sixteen rows at least, from the block's title down; the next block starts below.
    for (const b of boxes) expect(b.bottom - b.top + 1).toBeGreaterThanOrEqual(16);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i].top).toBeGreaterThan(boxes[i - 1].bottom + 1);
    // The tables stay left of the charts.
    expect(Math.max(...few.cells.filter((x) => x.row > 2).map((x) => x.col))).toBeLessThan(6);
    expect(few.print.lastRow).toBe(boxes[boxes.length - 1].bottom);
  });

  it('is left out when there is nothing to draw', async () => {
    const r = await merged();
    expect(chartsSheet({ ...r, template: { ...r.template, charts: [] } }, [], 'quý III năm 2024')).toBeUndefined();
    // Rates no unit reported draw nothing: the plan (I.2) alone here, nothing with its figures gone.
    expect(chartsSheet(r, [], 'quý III năm 2024')!.charts!.map((c) => c.title.split('.')[0])).toEqual(['III', 'VII', 'I']);
    const planOnly = await merged([['UBND xã Cẩm Phúc', { 'I.2.1': 4, 'I.2.2': 3 }]]);
    expect(chartsSheet(planOnly, [], 'quý III năm 2024')!.charts!.map((c) => c.title)).toEqual([PLAN]);
    const none = await merged([['UBND xã Cẩm Phúc', { 'I.1': 4 }]]);
    expect(chartsSheet(none, [], 'quý III năm 2024')).toBeUndefined();
    // With no key rates, the targets still make a chart.
    expect(chartsSheet({ ...r, template: { ...r.template, charts: [] } }, SETS, 'quý III năm 2024')!.charts!.map((c) => c.title)).toEqual([
      SHARE,
    ]);
  });
});

describe('the charts sheet’s layout and edges', () => {
  const height = (plan: SheetPlan, row: number) => plan.rowHeights.find((h) => h.row === row)?.height;
  const set = (targets: object[]) => [loadTargetSet({ id: 'tinh-thu', name: 'Mục tiêu', source: 'Kế hoạch', targets }, BUILT_IN)];
  const target = (id: string, label: string, code: string, threshold: number) => ({
    id,
    label,
    year: 2024,
    judged: 'threshold',
    comparison: '>=',
    threshold,
    measures: [{ template: 'dinh-ky', code }],
  });

  it('heads the sheet with the form and the consolidation, lays out its columns and prints landscape, unprotected', async () => {
    const plan = chartsSheet(await merged(), SETS, 'quý III năm 2024')!;
    expect([at(plan, 1, 1), at(plan, 2, 1)]).toEqual([
      'BIỂU ĐỒ — MẪU A — THỐNG KÊ SỐ LIỆU CCHC ĐỊNH KỲ (QUÝ, 6 THÁNG, NĂM)',
      'Sở Nội vụ tỉnh Hưng Yên, quý III năm 2024: 4 đơn vị',
    ]);
    expect(plan.merges.slice(0, 2)).toEqual([
      { top: 1, left: 1, bottom: 1, right: 14 },
      { top: 2, left: 1, bottom: 2, right: 14 },
    ]);
    expect(height(plan, 1)).toBe(36);
    expect(plan.columns.map((c) => c.width)).toEqual([12, 34, 12, 12, 2, 10, 10, 10, 10, 10, 10, 10, 10, 10]);
    expect([plan.print.landscape, plan.protect, plan.freezeRows]).toEqual([true, false, 0]);
    // Each block's title and note span the table's four columns.
    const title = rowOf(plan, ON_TIME);
    expect(plan.merges).toContainEqual({ top: title, left: 1, bottom: title, right: 4 });
    expect(plan.merges).toContainEqual({ top: title + 1, left: 1, bottom: title + 1, right: 4 });
  });

  it('makes rows tall enough for what wraps in them, and no taller for one line', async () => {
    const long = 'Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết đúng hạn theo cơ chế một cửa, một cửa liên thông ở cấp xã';
    const plan = chartsSheet(await merged(), set([target('T-DAI', long, 'III.3.1', 0.9)]), 'quý III năm 2024')!;
    const header = rowOf(plan, SHARE) + 2;
    // The long label fills three lines of its 34-character column; "Tỷ lệ đơn vị đạt" two of its 12.
    expect(height(plan, header + 1)).toBe(3 * 16 + 2);
    expect(height(plan, header)).toBe(2 * 16 + 4);
    // The share note runs over two lines of the four columns; a unit's row is one line.
    expect(height(plan, rowOf(plan, SHARE) + 1)).toBe(2 * 16 + 2);
    expect(height(plan, rowOf(plan, ON_TIME) + 3)).toBeUndefined();
  });

  it('numbers every unit without a figure after the charted ones', async () => {
    const plan = chartsSheet(
      await merged([
        ['UBND xã A', { 'III.3.1.1': 10, 'III.3.1.2': 9 }],
        ['UBND xã B', { 'III.3.1.1': 10, 'III.3.1.2': 5 }],
        ['UBND xã C', { 'I.1': 1 }],
        ['UBND xã D', { 'I.1': 2 }],
      ]),
      [],
      'quý III năm 2024',
    )!;
    expect(table(plan, ON_TIME, 3).slice(1)).toEqual([
      [1, 'UBND xã A', 0.9],
      [2, 'UBND xã B', 0.5],
      [3, 'UBND xã C', null],
      [4, 'UBND xã D', null],
    ]);
    // (9 + 5) / (10 + 10) = 70%.
    expect(at(plan, rowOf(plan, ON_TIME) + 1, 1)).toBe('Tổng hợp: 70% (tính từ số liệu thành phần cộng lại); chưa có số liệu: 2 đơn vị.');
  });

  it('leaves out of the shares a target no unit’s figures settle', async () => {
    const plan = chartsSheet(
      await merged(),
      set([target('T-DH', 'Đúng hạn', 'III.3.1', 0.9), target('T-VB', 'Văn bản xử lý sau kiểm tra', 'II.2.2', 1)]),
      'quý III năm 2024',
    )!;
    expect(table(plan, SHARE, 4).map((r) => r[0])).toEqual(['Mã', 'T-DH']);
  });
});

describe('a template’s charted rates', () => {
  it('must be rates computed from the form’s indicators', () => {
    const t = template('dinh-ky');
    expect(checkTemplate(t)).toEqual([]);
    expect(checkTemplate({ ...t, charts: ['III.3.1.1', 'III.3.1', 'X.9'] })).toEqual([
      'biểu đồ: "III.3.1.1" phải là một tỷ lệ tính từ các chỉ tiêu của mẫu',
      'biểu đồ: "X.9" phải là một tỷ lệ tính từ các chỉ tiêu của mẫu',
    ]);
  });
});
