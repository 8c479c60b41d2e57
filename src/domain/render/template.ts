import type { CodeOption, Column, IndicatorKind, Row, Table, Template } from '../catalogue/schema';
import { computeDerived } from '../compute/derive';
import { toExcel, type Num } from '../expr';
import { periodCode, periodLabel, type Period } from '../period';
import { cellKey, colsText, markerText } from '../sheet/identity';
import { address, cellText, colLetter, type CellValue, type PlannedCell, type SheetPlan, type Validation } from '../sheet/plan';
import { STYLES, FONT, inputStyle, derivedStyle } from './styles';
import { sheetBaseName } from './names';
import { valueCell } from '../cells/value-cells';
import { InternalError } from '../errors';

export interface RenderOptions {
  /** Reporting unit, e.g. "UBND xã Bắc Sơn". */
  unit?: string;
  period?: Period;
  /** Report number, e.g. "68/BC-UBND", and date, e.g. "15/9/2024", for the "Kèm theo" line. */
  reportNumber?: string;
  reportDate?: string;
  /** Input values by cell key (code@column). */
  values?: ReadonlyMap<string, CellValue>;
  /** Sheet name instead of the template's own ("Tổng hợp 2024-Q3"). */
  sheetName?: string;
  /** Also the columns the add-in adds to the official form for convenience (units of measure…), marked as such. */
  addons?: boolean;
}

/** The line under a form that shows columns of its own: what the marking means. */
export const ADDON_NOTE = 'Cột có tiêu đề in nghiêng trên nền xám do phần mềm thêm vào cho tiện theo dõi, không thuộc mẫu chính thức.';

/** The first visible column; column A holds the hidden identity and row codes. */
const FIRST = 2;
/** Widths (in characters) the issuing unit's name and the motto need on one or two lines. */
const ISSUER_WIDTH = 24;
const MOTTO_WIDTH = 30;

interface RowCell {
  column: Column;
  sheetCol: number;
}

/** Lays out a template as the official form. Pure: same template and options, same plan. */
export function renderTemplate(template: Template, opts: RenderOptions = {}): SheetPlan {
  const t = shownColumns(template, !!opts.addons);
  const cells: PlannedCell[] = [];
  const merges: SheetPlan['merges'] = [];
  const rowHeights: SheetPlan['rowHeights'] = [];
  const validations: SheetPlan['validations'] = [];
  const notes: NonNullable<SheetPlan['notes']> = [];
  const width = Math.max(...t.tables.map((tb) => tb.columns.length));
  const lastCol = FIRST + width - 1;
  const put = (c: PlannedCell) => cells.push(c.value === undefined ? c : { ...c, value: cellText(c.value) });
  const mergeRow = (row: number, left: number, right: number) => {
    if (right > left) merges.push({ top: row, left, bottom: row, right });
  };
  const unit = opts.unit?.trim() ?? '';

  // Identity (hidden column A).
  const identity = { templateId: t.id, version: t.version, unit, period: opts.period ? periodCode(opts.period) : '' };
  put({ row: 1, col: 1, value: markerText(identity), style: 'meta' });
  put({ row: 2, col: 1, value: identity.unit, style: 'meta' });
  put({ row: 3, col: 1, value: identity.period, style: 'meta' });

  // Each column as wide as the widest table needs it.
  const widths = Array.from({ length: width }, (_, i) => Math.max(...t.tables.map((tb) => tb.columns[i]?.width ?? 0)));

  // National motto block: the issuing unit on the left, over the fewest columns it fits in; the
  // motto over the others when they are wide enough to hold it, else left out (the report it is
  // attached to carries it).
  let split = FIRST;
  for (let left = widths[0]; left < ISSUER_WIDTH && split < lastCol; split++) left += widths[split - FIRST + 1];
  put({ row: 1, col: FIRST, value: unit.toLocaleUpperCase('vi'), style: 'issuer' });
  mergeRow(1, FIRST, split);
  if (widths.slice(split - FIRST + 1).reduce((a, b) => a + b, 0) >= MOTTO_WIDTH) {
    put({ row: 1, col: split + 1, value: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', style: 'motto' });
    mergeRow(1, split + 1, lastCol);
    put({ row: 2, col: split + 1, value: 'Độc lập - Tự do - Hạnh phúc', style: 'motto-sub' });
    mergeRow(2, split + 1, lastCol);
  }

  let r = 4;
  const bannerWidth = Math.max(...t.tables.map((tb) => tb.columns.reduce((sum, c) => sum + c.width, 0)));
  /** A line across the form; `widthFactor` < 1 for capitals and larger type, which take more room. */
  const banner = (text: string, style: string, widthFactor = 1) => {
    put({ row: r, col: FIRST, value: text, style });
    mergeRow(r, FIRST, lastCol);
    const lines = wrappedLines(text, bannerWidth * widthFactor);
    if (lines > 1) rowHeights.push({ row: r, height: lines * (LINE_HEIGHT + 2) + 2 });
    r++;
  };
  banner(t.kicker.toLocaleUpperCase('vi'), 'kicker');
  const place = placeOf(unit, t.place);
  const title = (t.titleWithPeriod && opts.period ? `${t.title} ${periodLabel(opts.period)}` : t.title).replace('{place}', place);
  banner(title.toLocaleUpperCase('vi'), 'title', 0.7);
  if (hasReportLine(t)) banner(reportLine(opts, unit), 'note-line');
  if (t.subtitle) banner(t.subtitle, 'note-line');
  r++;

  // Cell addresses of every value cell, so formulas can refer to them.
  const addrOf = new Map<string, string>();
  const layouts = t.tables.map((table) => {
    const layout = tableLayout(table, r);
    for (const [code, row] of layout.rowOf)
      for (const c of layout.valueCols) addrOf.set(cellKey(code, c.column.key), address(row, c.sheetCol));
    r = layout.end + 2;
    return layout;
  });

  const inputs = opts.values ?? new Map<string, CellValue>();
  const numeric = (code: string, key: string): Num => {
    const v = inputs.get(cellKey(code, key));
    return typeof v === 'number' ? v : null;
  };
  const derived = computeDerived(t, numeric);
  let titleRows: [number, number] = [0, 0];

  t.tables.forEach((table, ti) => {
    const L = layouts[ti];
    if (table.title) {
      put({ row: L.titleRow, col: FIRST, value: table.title.replace('{place}', place), style: 'table-title' });
      mergeRow(L.titleRow, FIRST, FIRST + table.columns.length - 1);
    }
    const group = opts.period ? periodLabel(opts.period) : '……';
    const headed = { ...table, columns: table.columns.map((c) => (c.group ? { ...c, group: c.group.replace('{period}', group) } : c)) };
    writeHeader(headed, L.headerTop, L.labelRows, put, merges);
    rowHeights.push(...headerHeights(headed, L.headerTop, L.labelRows));
    if (table.numbered) {
      let n = 0;
      table.columns.forEach((c, i) =>
        put({
          row: L.headerTop + L.labelRows,
          col: FIRST + i,
          value: c.addon ? '' : `(${++n})`,
          style: c.addon ? 'header-addon' : 'column-number',
        }),
      );
    }
    const keysCell = L.headerTop + L.headerRows - 1;
    put({
      row: keysCell,
      col: 1,
      value: colsText(L.valueCols.map((v) => ({ key: v.column.key, col: colLetter(v.sheetCol) }))),
      style: 'meta',
    });
    if (ti === 0) titleRows = [L.headerTop, keysCell];

    let row = L.headerTop + L.headerRows;
    for (const section of table.sections) {
      if (section.code || section.title) {
        put({ row, col: FIRST, value: section.code ?? '', style: 'section-stt' });
        table.columns
          .slice(1)
          .forEach((_, i) => put({ row, col: FIRST + 1 + i, value: i === 0 ? (section.title ?? '') : null, style: 'section' }));
        mergeRow(row, FIRST + 1, FIRST + table.columns.length - 1);
        // A bold title over the merged columns: its own height where it wraps ("4.3 Xây dựng, vận hành, sử dụng Hệ thống …").
        const across = table.columns.slice(1).reduce((sum, c) => sum + c.width, 0);
        const lines = wrappedLines(section.title ?? '', across * BOLD_FACTOR);
        if (lines > 1) rowHeights.push({ row, height: lines * LINE_HEIGHT + 2 });
        row++;
      }
      for (const rowDef of section.rows) {
        const attrs = { ...section.attrs, ...rowDef.attrs };
        put({ row, col: 1, value: rowDef.code, style: 'meta' });
        table.columns.forEach((column, ci) => {
          const col = FIRST + ci;
          const heading = rowDef.kind === 'group' || rowDef.bold;
          switch (column.role) {
            case 'stt':
              put({ row, col, value: rowDef.stt ?? sttOf(rowDef.code, section.code), style: heading ? 'stt-bold' : 'stt' });
              break;
            case 'label':
              put({ row, col, value: rowDef.label.replace('{place}', place), style: heading ? 'label-bold' : 'label' });
              if (rowDef.doubt) notes.push({ row, col, text: rowDef.doubt });
              break;
            case 'unit':
              put({ row, col, value: rowDef.unit ?? '', style: 'unit' });
              break;
            case 'attr':
              put({ row, col, value: (attrs[column.attr!] ?? '').replace('{unit}', unit), style: 'attr' });
              break;
            case 'value':
              writeValueCell({ row, col, rowDef, column, key: cellKey(rowDef.code, column.key) });
              break;
          }
        });
        rowHeights.push(...fittedHeight(row, table, rowDef, attrs, unit));
        row++;
      }
    }
  });

  function writeValueCell(a: { row: number; col: number; rowDef: Row; column: Column; key: string }) {
    const { kind, codes, derived: expr } = valueCell(t, a.rowDef.code, a.column.key)!;
    if (kind === 'group') return put({ row: a.row, col: a.col, value: null, style: 'group-value' });
    if (expr) {
      const formula = toExcel(expr, (code) => {
        const target = addrOf.get(cellKey(code, a.column.key));
        if (!target)
          throw new InternalError(
            `Template ${t.id}: the formula of ${a.rowDef.code} refers to ${code}, which has no cell in the same column`,
          );
        return target;
      });
      const result = derived.get(a.key) ?? null;
      return put({ row: a.row, col: a.col, formula, result: result ?? '', style: derivedStyle(kind) });
    }
    put({ row: a.row, col: a.col, value: inputs.get(a.key) ?? null, style: inputStyle(kind) });
    const rule = validationFor(kind, codes);
    if (rule) validations.push({ row: a.row, col: a.col, rule });
  }

  const lastTable = layouts[layouts.length - 1];
  let lastRow = lastTable.end;
  const footer = [...(t.footer ?? []), ...(t.tables.some((tb) => tb.columns.some((c) => c.addon)) ? [ADDON_NOTE] : [])];
  if (footer.length) {
    r = lastRow + 2;
    for (const line of footer) banner(line, 'footer');
    lastRow = r - 1;
  }
  // The page turns landscape for the whole sheet's width.
  const totalWidth = widths.reduce((a, b) => a + b, 0);
  return {
    name: opts.sheetName ?? sheetBaseName(t, opts.period),
    columns: [{ width: 12, hidden: true }, ...widths.map((w) => ({ width: w }))],
    cells,
    styles: STYLES,
    merges,
    rowHeights,
    validations,
    notes,
    // One table: its header repeats on every printed page and stays in view; several: neither, as
    // the first table's header would stand over the others.
    freezeRows: t.tables.length === 1 ? titleRows[1] : 0,
    print: { landscape: totalWidth > 110, ...(t.tables.length === 1 ? { titleRows } : {}), firstCol: FIRST, lastRow, lastCol },
    protect: true,
    font: FONT,
  };
}

/** A column the add-in adds that a sheet shows only on request; its value columns (a tracking sheet's reason to be) always show. */
const optional = (c: Column) => !!c.addon && c.role !== 'value';

/** Whether the template has columns shown only on request (`RenderOptions.addons`). */
export function hasOptionalColumns(t: Template): boolean {
  return t.tables.some((tb) => tb.columns.some(optional));
}

/** The template with the columns a sheet shows: the optional ones only when asked for. */
function shownColumns(t: Template, addons: boolean): Template {
  if (addons) return t;
  return { ...t, tables: t.tables.map((tb) => ({ ...tb, columns: tb.columns.filter((c) => !optional(c)) })) };
}

interface TableLayout {
  titleRow: number;
  headerTop: number;
  /** Rows of column headings (two under group headings), then the column numbers' row if any. */
  labelRows: number;
  headerRows: number;
  end: number;
  rowOf: Map<string, number>;
  valueCols: RowCell[];
}

function tableLayout(table: Table, start: number): TableLayout {
  const titleRow = start;
  const headerTop = table.title ? start + 1 : start;
  const labelRows = table.columns.some((c) => c.group) ? 2 : 1;
  const headerRows = labelRows + (table.numbered ? 1 : 0);
  let row = headerTop + headerRows;
  const rowOf = new Map<string, number>();
  for (const s of table.sections) {
    if (s.code || s.title) row++;
    for (const r of s.rows) rowOf.set(r.code, row++);
  }
  const valueCols = table.columns.map((column, i) => ({ column, sheetCol: FIRST + i })).filter((c) => c.column.role === 'value');
  return { titleRow, headerTop, labelRows, headerRows, end: row - 1, rowOf, valueCols };
}

function writeHeader(table: Table, top: number, rows: number, put: (c: PlannedCell) => void, merges: SheetPlan['merges']): void {
  table.columns.forEach((c, i) => {
    const col = FIRST + i;
    const style = c.addon ? 'header-addon' : 'header';
    if (rows === 1 || !c.group) {
      put({ row: top, col, value: c.header, style });
      if (rows === 2) {
        put({ row: top + 1, col, value: null, style });
        merges.push({ top, left: col, bottom: top + 1, right: col });
      }
      return;
    }
    const prev = table.columns[i - 1];
    if (prev?.group !== c.group) {
      let span = 1;
      while (table.columns[i + span]?.group === c.group) span++;
      put({ row: top, col, value: c.group, style });
      for (let k = 1; k < span; k++) put({ row: top, col: col + k, value: null, style });
      if (span > 1) merges.push({ top, left: col, bottom: top, right: col + span - 1 });
    }
    put({ row: top + 1, col, value: c.header, style });
  });
}

const LINE_HEIGHT = 16;
/** Headings are bold: fewer characters fit a line. */
export const BOLD_FACTOR = 0.9;

/**
 * Heights of a table's header rows so that no heading spills out of its cell: a heading over one
 * row by its own lines, a group heading by the width of the columns it spans, and a heading merged
 * down both rows by what the two rows give it together.
 */
function headerHeights(table: Table, top: number, rows: number): { row: number; height: number }[] {
  const lines = [1, 1];
  let tall = 1;
  const fit = (text: string, width: number) => wrappedLines(text, width * BOLD_FACTOR);
  table.columns.forEach((c, i) => {
    if (rows === 1) lines[0] = Math.max(lines[0], fit(c.header, c.width));
    else if (!c.group) tall = Math.max(tall, fit(c.header, c.width));
    else {
      lines[1] = Math.max(lines[1], fit(c.header, c.width));
      if (table.columns[i - 1]?.group !== c.group) {
        const span = table.columns.slice(i).findIndex((x) => x.group !== c.group);
        const width = table.columns.slice(i, span < 0 ? undefined : i + span).reduce((sum, x) => sum + x.width, 0);
        lines[0] = Math.max(lines[0], fit(c.group, width));
      }
    }
  });
  if (rows === 2 && tall > lines[0] + lines[1]) lines[1] = tall - lines[0];
  return lines
    .slice(0, rows)
    .map((n, i) => ({ row: top + i, height: n * LINE_HEIGHT + 2 }))
    .filter((_, i) => lines[i] > 1);
}

/**
 * Spreadsheets do not grow rows for wrapped text on their own when opening a file, so a row
 * whose texts wrap gets a height from a word-wrap estimate at the column widths.
 */
function fittedHeight(
  row: number,
  table: Table,
  rowDef: Row,
  attrs: Record<string, string>,
  unit: string,
): { row: number; height: number }[] {
  const texts = table.columns.map((c) =>
    c.role === 'label'
      ? rowDef.label
      : c.role === 'unit'
        ? (rowDef.unit ?? '')
        : c.role === 'attr'
          ? (attrs[c.attr!] ?? '').replace('{unit}', unit)
          : '',
  );
  // A group or bold row's label is bold: fewer characters fit a line.
  const bold = rowDef.kind === 'group' || !!rowDef.bold;
  const lines = Math.max(
    1,
    ...texts.map((text, i) => wrappedLines(text, table.columns[i].width * (bold && table.columns[i].role === 'label' ? BOLD_FACTOR : 1))),
  );
  return lines > 1 ? [{ row, height: lines * LINE_HEIGHT + 2 }] : [];
}

/**
 * Lines a text takes in a column `width` units wide (Times New Roman 12 fits about 1.35 lower-case
 * characters per unit; a capital takes about half as much again, which "TTHC", "UBND" make
 * count), each of its own lines wrapped apart.
 */
export function wrappedLines(text: string, width: number): number {
  if (!text.includes('\n')) return wrappedLine(text, width);
  return text.split('\n').reduce((sum, line) => sum + wrappedLine(line, width), 0);
}

/** How much wider than a lower-case letter a capital is, in lower-case letters. */
const CAPITAL_EXTRA = 0.5;

function wrappedLine(text: string, width: number): number {
  const capacity = Math.max(4, Math.floor(width * 1.35) - 1);
  // Every letter capital, and still within the line: no need to measure word by word.
  if (text.length * (1 + CAPITAL_EXTRA) <= capacity) return 1;
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const len = word.length + CAPITAL_EXTRA * (word.match(/\p{Lu}/gu)?.length ?? 0);
    if (used === 0) used = len;
    else if (used + 1 + len <= capacity) used += 1 + len;
    else {
      lines++;
      used = len;
    }
    while (used > capacity) {
      lines++;
      used -= capacity;
    }
  }
  return lines;
}

/** STT shown for a row: its code without the section prefix ("I.2.1" in section I → "2.1"). */
function sttOf(code: string, section?: string): string {
  return section && code.startsWith(`${section}.`) ? code.slice(section.length + 1) : code;
}

/**
 * The place a title names: the district, town or city in the unit's name ("UBND huyện Diên Khánh" →
 * "huyện Diên Khánh"), the form's own place when no unit is given, dots to fill in otherwise.
 */
export function placeOf(unit: string, issued: string | undefined): string {
  const named = /(?:^|\s)((?:huyện|thị\s+xã|thành\s+phố|quận)\s+\S.*)$/iu.exec(unit)?.[1];
  if (named) return named.replace(/^\S+(?:\s+(?:xã|phố))?/iu, (w) => w.toLocaleLowerCase('vi'));
  return unit ? 'huyện ……' : (issued ?? 'huyện ……');
}

/** Whether a sheet of the template carries the "(Kèm theo Báo cáo số …)" line. */
export function hasReportLine(t: Template): boolean {
  return t.periodKind !== 'none' && t.attachedToReport !== false;
}

function reportLine(opts: RenderOptions, unit: string): string {
  const number = opts.reportNumber?.trim() || '……';
  const date = opts.reportDate?.trim() || '……';
  return `(Kèm theo Báo cáo số ${number} ngày ${date} của ${unit || '……'})`;
}

function validationFor(kind: IndicatorKind, codes: readonly CodeOption[] | undefined): Validation | undefined {
  switch (kind) {
    case 'code':
      return {
        type: 'list',
        values: (codes ?? []).map((c) => String(c.value)),
        prompt: (codes ?? []).map((c) => (String(c.value) === c.label ? c.label : `${c.label} = ${c.value}`)).join('; '),
      };
    case 'count':
      return { type: 'whole', min: 0, prompt: 'Nhập số nguyên không âm' };
    case 'money':
      return { type: 'decimal', min: 0, prompt: 'Nhập số tiền (triệu đồng), không âm' };
    case 'percent':
      return { type: 'decimal', min: 0, max: 1, prompt: 'Nhập tỷ lệ từ 0% đến 100%' };
    default:
      return undefined;
  }
}
