import { rowsByCode } from '../catalogue/rows';
import { rowValueKeys } from '../compute/derive';
import { thresholdText } from '../messages/targets';
import { formatPercentVi } from '../number/parse';
import { FONT, STYLES } from '../render/styles';
import { wrappedLines } from '../render/template';
import { cellKey } from '../sheet/identity';
import type { CellValue, ChartPlan, PlannedCell, SheetPlan } from '../sheet/plan';
import type { TargetSet } from '../targets/schema';
import { targetTallies } from '../targets/tally';
import { valueInError } from '../cells/in-error';
import { byName, type MergeResult } from './merge';
import { unitFigure } from './outliers';

export const CHARTS_SHEET = 'Biểu đồ';

/** Columns A–D hold each chart's figures, E is a gap, F–N the chart. */
const WIDTHS = [12, 34, 12, 12, 2, 10, 10, 10, 10, 10, 10, 10, 10, 10];
const TABLE_COLS = 4;
const CHART_LEFT = 6;
/** A chart is never shorter than this many rows, however few its bars. */
const CHART_MIN_ROWS = 16;

/** One table of figures with the chart drawn from it. */
interface Block {
  title: string;
  note: string;
  headers: string[];
  rows: { cells: CellValue[]; styles: string[] }[];
  /** The first `bars` rows (one at least) are charted: labels from `labelCol`, values from `valueCol` (1-based). */
  chart: { series: string; labelCol: number; valueCol: number; bars: number };
}

/**
 * "Biểu đồ" of a consolidation, for leaders who would rather look than read 121 rows: each key
 * rate of the template (its `charts`) per unit, highest first, and the share of units meeting each
 * target their figures settle. The figures sit beside each chart, which is drawn from them.
 * Undefined when there is nothing to draw.
 */
export function chartsSheet(r: MergeResult, sets: readonly TargetSet[], when: string): SheetPlan | undefined {
  const blocks = [...rateBlocks(r), ...targetBlocks(r, sets)];
  if (!blocks.length) return undefined;
  const last = WIDTHS.length;
  const cells: PlannedCell[] = [
    { row: 1, col: 1, value: `BIỂU ĐỒ — ${r.template.name.toLocaleUpperCase('vi')}`, style: 'title' },
    { row: 2, col: 1, value: `${r.unit}, ${when}: ${r.units.length} đơn vị`, style: 'note-line' },
  ];
  const merges: SheetPlan['merges'] = [1, 2].map((row) => ({ top: row, left: 1, bottom: row, right: last }));
  const rowHeights: SheetPlan['rowHeights'] = [{ row: 1, height: 36 }];
  const charts: ChartPlan[] = [];
  const tableWidth = WIDTHS.slice(0, TABLE_COLS).reduce((a, b) => a + b, 0);
  let top = 4;
  // Each chart after the first starts a printed page: a chart is never cut between two pages.
  const breaks: number[] = [];
  for (const b of blocks) {
    if (top > 4) breaks.push(top);
    const lines: [string, string][] = [
      [b.title, 'table-title'],
      [b.note, 'footer'],
    ];
    lines.forEach(([text, style], i) => {
      cells.push({ row: top + i, col: 1, value: text, style });
      merges.push({ top: top + i, left: 1, bottom: top + i, right: TABLE_COLS });
      const n = wrappedLines(text, tableWidth);
      if (n > 1) rowHeights.push({ row: top + i, height: n * 16 + 2 });
    });
    const header = top + 2;
    b.headers.forEach((h, i) => cells.push({ row: header, col: i + 1, value: h, style: 'header' }));
    rowHeights.push({ row: header, height: Math.max(...b.headers.map((h, i) => wrappedLines(h, WIDTHS[i]))) * 16 + 4 });
    b.rows.forEach((row, i) => {
      row.cells.forEach((value, c) => cells.push({ row: header + 1 + i, col: c + 1, value, style: row.styles[c] }));
      const n = Math.max(...row.cells.map((v, c) => (typeof v === 'string' ? wrappedLines(v, WIDTHS[c]) : 1)));
      if (n > 1) rowHeights.push({ row: header + 1 + i, height: n * 16 + 2 });
    });
    const end = Math.max(header + b.rows.length, top + CHART_MIN_ROWS - 1);
    charts.push({
      title: b.title,
      series: b.chart.series,
      rows: { first: header + 1, last: header + b.chart.bars },
      labelCol: b.chart.labelCol,
      valueCol: b.chart.valueCol,
      percent: true,
      at: { top, left: CHART_LEFT, bottom: end, right: last },
    });
    top = end + 3;
  }
  return {
    name: CHARTS_SHEET,
    columns: WIDTHS.map((width) => ({ width })),
    cells,
    styles: STYLES,
    merges,
    rowHeights,
    validations: [],
    freezeRows: 0,
    print: { landscape: true, firstCol: 1, lastRow: top - 3, lastCol: last, ...(breaks.length ? { breaks } : {}) },
    protect: false,
    font: FONT,
    charts,
  };
}

/** Each key rate some unit reported, per unit, highest first; the units without one listed after, uncharted. */
function rateBlocks(r: MergeResult): Block[] {
  const rows = rowsByCode(r.template);
  return (r.template.charts ?? []).flatMap((code) =>
    (rowValueKeys(r.template).get(code) ?? []).flatMap((key): Block[] => {
      const k = cellKey(code, key);
      const label = `${code}. ${rows.get(code)?.label ?? ''}`;
      const figures = r.units.map((u) => ({
        unit: u.unit,
        value: unitFigure(u, k, true),
        inError: valueInError(r.template, u, code, key),
      }));
      // A rate in error is never drawn among the others: listed after them, flagged.
      const shown = figures
        .filter((f) => f.value !== undefined && !f.inError)
        .sort((a, b) => b.value! - a.value! || byName(a.unit, b.unit));
      const wrong = figures.filter((f) => f.value !== undefined && f.inError);
      // A rate no unit reported is left out: there is nothing to draw.
      if (!shown.length) return [];
      const blank = figures.filter((f) => f.value === undefined).map((f) => f.unit);
      const total = r.derived.get(k);
      const note = [
        `Tổng hợp: ${typeof total === 'number' ? formatPercentVi(total) : 'chưa tính được'} (tính từ số liệu thành phần cộng lại${wrong.length ? `, gồm số liệu lỗi của ${wrong.length} đơn vị` : ''})`,
        wrong.length ? `không vẽ vì số liệu lỗi: ${wrong.length} đơn vị` : '',
        blank.length ? `chưa có số liệu: ${blank.length} đơn vị` : '',
      ]
        .filter(Boolean)
        .join('; ');
      return [
        {
          title: label,
          note: `${note}.`,
          headers: ['STT', 'Đơn vị', 'Tỷ lệ'],
          rows: [
            ...shown.map((f, i) => ({ cells: [i + 1, f.unit, f.value!], styles: ['stt', 'label', 'plain-percent'] })),
            ...wrong.map((f, i) => ({
              cells: [shown.length + i + 1, f.unit, `${formatPercentVi(f.value!)} — lỗi, không xét`],
              styles: ['stt', 'label', 'flagged-text'],
            })),
            ...blank.map((unit, i) => ({
              cells: [shown.length + wrong.length + i + 1, unit, null],
              styles: ['stt', 'label', 'plain-percent'],
            })),
          ],
          chart: { series: label, labelCol: 2, valueCol: 3, bars: shown.length },
        },
      ];
    }),
  );
}

/** The share of units meeting each target that their figures settle. */
function targetBlocks(r: MergeResult, sets: readonly TargetSet[]): Block[] {
  const judged = targetTallies(r, sets).filter((t) => t.judged > 0);
  if (!judged.length) return [];
  const title = 'Tỷ lệ đơn vị đạt mục tiêu';
  return [
    {
      title,
      note: 'Mỗi đơn vị so với ngưỡng của cấp mình và mục tiêu riêng của mình; chỉ tính các đơn vị đã có số liệu không lỗi (đơn vị có số liệu lỗi ghi riêng; chi tiết ở trang Mục tiêu).',
      headers: ['Mã', 'Mục tiêu', 'Tỷ lệ đơn vị đạt', 'Số đơn vị đạt'],
      rows: judged.map(({ first, met, judged: n, inError: wrong }) => ({
        cells: [
          first.target.id,
          `${first.target.label} (${thresholdText(first.target)})`,
          met / n,
          `${met}/${n}${wrong ? `; ${wrong} lỗi, không xét` : ''}`,
        ],
        styles: ['label', 'label', 'plain-percent', 'stt'],
      })),
      chart: { series: title, labelCol: 1, valueCol: 3, bars: judged.length },
    },
  ];
}
