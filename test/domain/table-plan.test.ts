import { tablePlan, type TableColumn } from '../../src/domain/render/table';
import { FONT, STYLES } from '../../src/domain/render/styles';
import type { SheetPlan } from '../../src/domain/sheet/plan';

// Capacities of a line, as wrappedLines counts them: width 5 → 5 characters, 10 → 12, 8 → 9, 26 → 34.
const COLUMNS: TableColumn[] = [
  { header: 'STT', width: 5, kind: 'text' },
  { header: 'Đơn vị báo cáo', width: 10, kind: 'text' }, // "Đơn vị báo" | "cáo": 2 lines
  { header: 'Số liệu', width: 8, kind: 'count' },
  { header: 'Tỷ lệ', width: 8, kind: 'percent' },
];
const NOTE = 'Ghi chú: số liệu của xã Hai chưa được kiểm tra lại';

describe('a report table (breakdowns and logs), laid out by hand', () => {
  let plan: SheetPlan;
  // Made in each test, not once for the suite, so that mutation testing knows which tests run it.
  beforeEach(() => {
    plan = tablePlan('Chi tiết', ['BẢNG CHI TIẾT', 'Kỳ 2024-Q3'], COLUMNS, [
      { cells: [1, 'UBND xã Một', 7, 0.5], flagged: [false, false, true, false] },
      // Bold text cells; a cell of another kind than its column. "Tổng cộng các" overflows 12: 2 lines.
      { cells: ['', 'Tổng cộng các đơn vị', 12, 0.25], kinds: [undefined, undefined, undefined, 'count'], bold: true },
      // Runs from column B to the last: 34 characters a line, so 2 lines (5 in column B alone).
      { cells: [null, NOTE], spanFrom: 1 },
      // Spanning from the last-but-one column would merge a cell with itself: laid out as a plain row.
      { cells: [2, 'UBND xã Hai', 3, 'x'], spanFrom: 3 },
    ]);
  });

  test('cells: titles, header, values with their styles, the line under the table carried across', () => {
    expect(plan.cells).toEqual([
      { row: 1, col: 1, value: 'BẢNG CHI TIẾT', style: 'title' },
      { row: 2, col: 1, value: 'Kỳ 2024-Q3', style: 'note-line' },
      { row: 4, col: 1, value: 'STT', style: 'header' },
      { row: 4, col: 2, value: 'Đơn vị báo cáo', style: 'header' },
      { row: 4, col: 3, value: 'Số liệu', style: 'header' },
      { row: 4, col: 4, value: 'Tỷ lệ', style: 'header' },
      { row: 5, col: 1, value: 1, style: 'plain-text' },
      { row: 5, col: 2, value: 'UBND xã Một', style: 'plain-text' },
      { row: 5, col: 3, value: 7, style: 'flagged-count' },
      { row: 5, col: 4, value: 0.5, style: 'plain-percent' },
      { row: 6, col: 1, value: '', style: 'label-bold' },
      { row: 6, col: 2, value: 'Tổng cộng các đơn vị', style: 'label-bold' },
      { row: 6, col: 3, value: 12, style: 'plain-count' },
      { row: 6, col: 4, value: 0.25, style: 'plain-count' },
      { row: 7, col: 1, value: null, style: 'plain-text' },
      { row: 7, col: 2, value: NOTE, style: 'plain-text' },
      { row: 7, col: 3, value: null, style: 'plain-text' },
      { row: 7, col: 4, value: null, style: 'plain-text' },
      { row: 8, col: 1, value: 2, style: 'plain-text' },
      { row: 8, col: 2, value: 'UBND xã Hai', style: 'plain-text' },
      { row: 8, col: 3, value: 3, style: 'plain-count' },
      { row: 8, col: 4, value: 'x', style: 'plain-percent' },
    ]);
    for (const c of plan.cells) expect(STYLES[c.style]).toBeDefined();
  });

  test('merges, heights and the page', () => {
    expect(plan.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 4 },
      { top: 2, left: 1, bottom: 2, right: 4 },
      { top: 7, left: 2, bottom: 7, right: 4 },
    ]);
    // Header: 2 lines × 16 + 4; rows: lines × 16 + 2. A capital counts half as much again: "UBND xã Một"
    // is 6 + 1 + 2 + 1 + 3.5 = 13.5 characters, over the 12 of width 10, so 2 lines (as are rows 6–8).
    expect(plan.rowHeights).toEqual([
      { row: 4, height: 36 },
      { row: 5, height: 34 },
      { row: 6, height: 34 },
      { row: 7, height: 34 },
      { row: 8, height: 34 },
    ]);
    expect(plan).toMatchObject({
      name: 'Chi tiết',
      columns: [{ width: 5 }, { width: 10 }, { width: 8 }, { width: 8 }],
      validations: [],
      freezeRows: 4,
      print: { landscape: true, titleRows: [4, 4], firstCol: 1, lastRow: 8, lastCol: 4 },
      protect: false,
      font: FONT,
    });
  });

  test('a one-column table merges nothing', () => {
    const one = tablePlan('Một cột', ['Tiêu đề'], [{ header: 'Tên', width: 30, kind: 'text' }], [{ cells: ['a'] }]);
    expect(one.merges).toEqual([]);
    expect(one.rowHeights).toEqual([{ row: 3, height: 20 }]);
    expect(one.print.lastRow).toBe(4);
  });
});

test('a bold line is as tall as its bold words: fewer letters fit a line than in a plain one', () => {
  const columns: TableColumn[] = [
    { header: 'STT', width: 5, kind: 'count' },
    { header: 'Tệp', width: 15, kind: 'text' },
    { header: 'Đơn vị', width: 10, kind: 'text' },
  ];
  // 31 letters over the last two columns (25 units): a plain line holds 25 × 1.35 − 1 = 32, a bold one 25 × 0.9 × 1.35 − 1 = 29.
  const text = 'abcdefghij abcdefghij abcdefghi';
  expect(text).toHaveLength(31);
  const plan = tablePlan('T', ['Tiêu đề'], columns, [
    { cells: [null, text], spanFrom: 1 },
    { cells: [null, text], spanFrom: 1, bold: true },
  ]);
  // Title on row 1, header on 3, the lines on 4 and 5.
  expect(plan.rowHeights.filter((h) => h.row > 3)).toEqual([{ row: 5, height: 2 * 16 + 2 }]);
});
