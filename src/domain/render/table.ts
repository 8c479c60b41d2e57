import type { IndicatorKindStyle } from './style-types';
import { FONT, STYLES, flaggedStyle, plainStyle, unusualStyle } from './styles';
import { cellText, type CellValue, type PlannedCell, type SheetPlan } from '../sheet/plan';
import { BOLD_FACTOR, wrappedLines } from './template';

export interface TableColumn {
  header: string;
  width: number;
  kind: IndicatorKindStyle;
}

export interface TableRow {
  cells: CellValue[];
  /** Kind per cell when it differs from the column's (e.g. a percent row in a breakdown). */
  kinds?: (IndicatorKindStyle | undefined)[];
  /** Cells to show as errors. */
  flagged?: boolean[];
  /** Cells to show as unusual (warnings); an error's mark comes first. */
  unusual?: boolean[];
  bold?: boolean;
  /** The cell at this index runs to the last column (a line of text under the table). */
  spanFrom?: number;
}

/** A plain report sheet: title lines, one header row and bordered rows (breakdowns and logs). */
export function tablePlan(
  name: string,
  titles: string[],
  columns: TableColumn[],
  rows: TableRow[],
  /** Whether the header repeats on every printed page (not where a second table follows with its own). */
  repeatHeader = true,
): SheetPlan {
  const cells: PlannedCell[] = [];
  const merges: SheetPlan['merges'] = [];
  const rowHeights: SheetPlan['rowHeights'] = [];
  const last = columns.length;
  titles.forEach((text, i) => {
    cells.push({ row: i + 1, col: 1, value: cellText(text), style: i === 0 ? 'title' : 'note-line' });
    if (last > 1) merges.push({ top: i + 1, left: 1, bottom: i + 1, right: last });
  });
  const header = titles.length + 2;
  columns.forEach((c, i) => cells.push({ row: header, col: i + 1, value: c.header, style: 'header' }));
  rowHeights.push({ row: header, height: Math.max(...columns.map((c) => wrappedLines(c.header, c.width))) * 16 + 4 });
  rows.forEach((r, ri) => {
    const row = header + 1 + ri;
    const span = r.spanFrom !== undefined && r.spanFrom < last - 1 ? r.spanFrom : undefined;
    const width = (ci: number) => (ci === span ? columns.slice(ci).reduce((w, c) => w + c.width, 0) : columns[ci].width);
    const styleAt = (ci: number) => {
      const kind = r.kinds?.[ci] ?? columns[ci].kind;
      if (r.bold && kind === 'text') return 'label-bold';
      return r.flagged?.[ci] ? flaggedStyle(kind) : r.unusual?.[ci] ? unusualStyle(kind) : plainStyle(kind);
    };
    r.cells.forEach((value, ci) => {
      if (span === undefined || ci <= span) cells.push({ row, col: ci + 1, value: cellText(value ?? null), style: styleAt(ci) });
    });
    if (span !== undefined) {
      // The merged cells keep the style, so the borders run round the whole line.
      for (let col = span + 2; col <= last; col++) cells.push({ row, col, value: null, style: styleAt(span) });
      merges.push({ top: row, left: span + 1, bottom: row, right: last });
    }
    let lines = 1;
    r.cells.forEach((v, ci) => {
      if (typeof v === 'string') lines = Math.max(lines, wrappedLines(v, width(ci) * (styleAt(ci) === 'label-bold' ? BOLD_FACTOR : 1)));
    });
    if (lines > 1) rowHeights.push({ row, height: lines * 16 + 2 });
  });
  const lastRow = header + rows.length;
  return {
    name,
    columns: columns.map((c) => ({ width: c.width })),
    cells,
    styles: STYLES,
    merges,
    rowHeights,
    validations: [],
    freezeRows: header,
    print: {
      landscape: true,
      ...(repeatHeader ? { titleRows: [header, header] as [number, number] } : {}),
      firstCol: 1,
      lastRow,
      lastCol: last,
    },
    protect: false,
    font: FONT,
  };
}
