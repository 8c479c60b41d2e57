import { InputError } from '../../domain/errors';
import { uniqueSheetName } from '../../domain/render/names';
import { address, colLetter, type CellStyle, type CellValue, type SheetPlan, type Validation } from '../../domain/sheet/plan';
import { MARK_FILL, MARK_STORE_SHEET, type CellMark } from '../../domain/validate/marks';
import { markColour, markStoreRows, readMarkStore, type StoredMark } from '../../domain/validate/mark-store';
import type { CellPatch, SheetGrid, WorkbookPort } from '../../app/port';
import { ExcelFailure, excelCode } from './excel-failure';

/** `Excel.run` in the add-in; a recording double in tests. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** A cell of a sheet as comments and notes take it: the name quoted, a quote inside it written twice. */
function cellRef(sheet: string, a: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${a}`;
}

/**
 * The cells of a sheet holding a comment, by address ("E13"), each with its comment: two syncs
 * (the comments, then where each is). A reviewer may have added or deleted comments since a check.
 */
async function commentsByCell(context: Excel.RequestContext, ws: Excel.Worksheet): Promise<Map<string, Excel.Comment>> {
  const comments = ws.comments;
  comments.load('items');
  await context.sync();
  const places = comments.items.map((c) => {
    const place = c.getLocation();
    place.load('address');
    return { comment: c, place };
  });
  if (places.length) await context.sync();
  return new Map(places.map(({ comment, place }) => [place.address.split('!').pop()!.replace(/\$/g, ''), comment]));
}

/** Cells read per sync: values, formulas and formats of 20,000 cells stay well under 5 MB. */
const READ_BLOCK_CELLS = 20_000;

/** Office.js wants address lists short; a few thousand characters per RangeAreas is safe. */
const MAX_AREAS_ADDRESS = 2000;
const BORDERS = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;
const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
/** As the exceljs adapter protects: rows may be resized (wrapped text), nothing else. */
const PROTECTION: Excel.WorksheetProtectionOptions = { allowFormatRows: true };

/** Whether the host has an ExcelApi requirement set ("1.8"): Office.context.requirements.isSetSupported. */
export type SupportsExcelApi = (version: string) => boolean;

/**
 * What the add-in does differently by requirement set. Office 2019 stops at 1.7: it gets no
 * drop-downs or input rules (1.8), one format call per area instead of per style (RangeAreas,
 * 1.9), no print setup (1.9), no comments on marks (1.10) and no notes (1.18).
 */
export interface OfficeFeatures {
  dataValidation: boolean;
  rangeAreas: boolean;
  pageLayout: boolean;
  comments: boolean;
  notes: boolean;
}

export function officeFeatures(supports: SupportsExcelApi): OfficeFeatures {
  return {
    dataValidation: supports('1.8'),
    rangeAreas: supports('1.9'),
    pageLayout: supports('1.9'),
    comments: supports('1.10'),
    notes: supports('1.18'),
  };
}

/** What an action could not do in this Excel, for the pane to say (the rest was done). */
export type OfficeNotice = { kind: 'print-setup-failed'; sheet: string; excelCode: string };

/** Rows past the values whose formats are still read: an empty input table at the end of a form. */
const FORMAT_ROWS_PAST_VALUES = 1000;
/** Columns past the values whose formats are still read (a format across whole rows reaches column XFD). */
const FORMAT_COLUMNS_PAST_VALUES = 50;

/**
 * The workbook port over the open workbook in Excel. Each operation is one `Excel.run` with a
 * constant number of `context.sync()` calls whatever the size of the sheet: values and formulas
 * go in one 2-D write, formats once per style over a RangeAreas, validations once per rule.
 */
export class OfficeWorkbook implements WorkbookPort {
  private readonly features: OfficeFeatures;
  private notices: OfficeNotice[] = [];

  /** `supports` tells the host's requirement sets: with 1.10 marks carry a comment, with 1.18 notes a file writer added are taken off again. */
  constructor(
    private readonly run: ExcelRunner,
    supports: SupportsExcelApi,
  ) {
    this.features = officeFeatures(supports);
  }

  /** What the actions since the last call could not do; the list starts afresh. */
  takeNotices(): OfficeNotice[] {
    const taken = this.notices;
    this.notices = [];
    return taken;
  }

  sheetNames(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  readSheet(name: string): Promise<SheetGrid> {
    return this.run(async (context) => {
      // The cells holding values, and how far formats reach: a border down whole columns makes the
      // full used range a million rows. Number formats of empty input cells are kept by reading the
      // formatted part too, but never more than FORMAT_ROWS_PAST_VALUES rows past the values.
      const ws = context.workbook.worksheets.getItem(name);
      const valued = ws.getUsedRangeOrNullObject(true);
      const formatted = ws.getUsedRangeOrNullObject(false);
      for (const r of [valued, formatted]) r.load('rowIndex,columnIndex,rowCount,columnCount');
      await context.sync();
      if (valued.isNullObject) return { name, values: [], formulas: [], numFmts: [] };
      const bottom = Math.max(
        valued.rowIndex + valued.rowCount,
        Math.min(formatted.rowIndex + formatted.rowCount, valued.rowIndex + valued.rowCount + FORMAT_ROWS_PAST_VALUES),
      );
      const right = Math.max(
        valued.columnIndex + valued.columnCount,
        Math.min(formatted.columnIndex + formatted.columnCount, valued.columnIndex + valued.columnCount + FORMAT_COLUMNS_PAST_VALUES),
      );
      const used = {
        rowIndex: Math.min(valued.rowIndex, formatted.rowIndex),
        columnIndex: Math.min(valued.columnIndex, formatted.columnIndex),
      };
      const [rowCount, columnCount] = [bottom - used.rowIndex, right - used.columnIndex];
      // Blocks of rows, each read in its own sync: a response stays under Excel on the web's 5 MB
      // (a breakdown of thousands of units is millions of cells).
      const rowsPerBlock = Math.max(1, Math.floor(READ_BLOCK_CELLS / columnCount));
      const values: CellValue[][] = [];
      const formulas: unknown[][] = [];
      const numFmts: (string | null)[][] = [];
      for (let top = 0; top < rowCount; top += rowsPerBlock) {
        const block = ws.getRangeByIndexes(used.rowIndex + top, used.columnIndex, Math.min(rowsPerBlock, rowCount - top), columnCount);
        block.load('values,formulas,numberFormat');
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        values.push(...(block.values as CellValue[][]));
        formulas.push(...(block.formulas as unknown[][]));
        numFmts.push(...(block.numberFormat as (string | null)[][]));
      }
      // Aligned at A1: rows and columns before the used range are empty.
      const fromA1 = <T>(rows: T[][]): T[][] => [
        ...Array.from({ length: used.rowIndex }, () => Array<T>(used.columnIndex + (rows[0]?.length ?? 0)).fill(null as T)),
        ...rows.map((r) => [...Array<T>(used.columnIndex).fill(null as T), ...r]),
      ];
      return {
        name,
        values: fromA1(values.map((r) => r.map((v) => (v === '' ? null : v)))),
        // Text kept with a quote prefix reads back from `formulas` without it; a real formula's text never equals its value.
        formulas: fromA1(
          formulas.map((r, i) => r.map((f, j) => (typeof f === 'string' && f.startsWith('=') && f !== values[i][j] ? f.slice(1) : null))),
        ),
        numFmts: fromA1(numFmts),
      };
    });
  }

  addSheet(plan: SheetPlan): Promise<string> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      const name = uniqueSheetName(
        plan.name,
        sheets.items.map((s) => s.name),
      );
      const ws = sheets.add(name);
      for (const [i, block] of contentBlocks(plan).entries()) {
        // Each block is one request, kept under Excel on the web's 5 MB limit.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        if (i) await context.sync();
        context.application.suspendApiCalculationUntilNextSync();
        block(ws);
      }
      writeLook(ws, plan, this.features);
      writeCharts(ws, plan, this.features);
      writeNotes(context, name, plan, this.features);
      await context.sync();
      // Print setup before protection, in a sync of its own: a host that refuses a setting (page
      // setup varies across Excel's platforms) cannot undo the sheet, and the user is told.
      if (this.features.pageLayout) {
        writePageLayout(ws, plan);
        try {
          await context.sync();
        } catch (e) {
          this.notices.push({ kind: 'print-setup-failed', sheet: name, excelCode: excelCode(e) });
        }
      }
      if (plan.protect) {
        ws.protection.protect(PROTECTION);
        try {
          await context.sync();
        } catch (e) {
          throw new ExcelFailure('protect', excelCode(e), name);
        }
      }
      return name;
    });
  }

  patchCells(sheet: string, patches: CellPatch[]): Promise<void> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      const protection = loadProtection(ws, sheet);
      await context.sync();
      await protection.around(context, () => {
        for (const p of patches) {
          ws.getRange(address(p.row, p.col)).formulas = [[typeof p.formula === 'string' ? `=${p.formula}` : typed(p.value ?? null)]];
        }
      });
    });
  }

  markCells(sheet: string, marks: CellMark[]): Promise<void> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      const protection = loadProtection(ws, sheet);
      const ranges = marks.map((m) => ws.getRange(address(m.row, m.col)));
      ranges.forEach((r) => r.format.fill.load('color'));
      const stored = await storedMarks(context);
      // A cell that already holds a comment (a reviewer's) keeps it: adding one would fail the whole batch.
      const commented = this.features.comments ? await commentsByCell(context, ws) : new Map<string, Excel.Comment>();
      const known = new Set(stored.marks.map((m) => `${m.sheet}!${m.address}`));
      const all = [...stored.marks];
      await protection.around(context, () => {
        marks.forEach((m, i) => {
          const a = address(m.row, m.col);
          const fresh = !known.has(`${sheet}!${a}`);
          const comment = fresh && this.features.comments && !commented.has(a);
          if (fresh) {
            all.push({
              sheet,
              address: a,
              fill: markColour(ranges[i].format.fill.color ?? ''),
              note: null,
              attached: comment ? 'comment' : null,
              exactFill: null,
            });
            known.add(`${sheet}!${a}`);
          }
          ranges[i].format.fill.color = `#${MARK_FILL[m.severity]}`;
          if (comment) context.workbook.comments.add(cellRef(sheet, a), m.message);
        });
        if (all.length > stored.marks.length) writeStore(context, stored, all);
      });
    });
  }

  clearMarks(sheet: string): Promise<number> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      const protection = loadProtection(ws, sheet);
      const stored = await storedMarks(context);
      const mine = stored.marks.filter((m) => m.sheet === sheet);
      if (!mine.length) return 0;
      // Notes a file writer added (a workbook checked in the standalone page): found in one more sync.
      const notes = this.features.notes
        ? mine.filter((m) => m.attached === 'note').map((m) => context.workbook.notes.getItemOrNullObject(cellRef(sheet, m.address)))
        : [];
      if (notes.length) await context.sync();
      // Comments the marks added, where they still are: a reviewer may have deleted some.
      const comments = mine.some((m) => m.attached === 'comment') ? await commentsByCell(context, ws) : new Map<string, Excel.Comment>();
      await protection.around(context, () => {
        for (const n of notes) if (!n.isNullObject) n.delete();
        for (const m of mine) {
          const range = ws.getRange(m.address);
          if (m.fill) range.format.fill.color = m.fill;
          else range.format.fill.clear();
          if (m.attached === 'comment') comments.get(m.address)?.delete();
          if (m.attached === 'note' && m.note && this.features.notes) context.workbook.notes.add(cellRef(sheet, m.address), m.note);
        }
        writeStore(
          context,
          stored,
          stored.marks.filter((m) => m.sheet !== sheet),
        );
      });
      return mine.length;
    });
  }

  removeSheet(name: string): Promise<void> {
    return this.run(async (context) => {
      context.workbook.worksheets.getItem(name).delete();
      await context.sync();
    });
  }

  selectCell(sheet: string, row: number, col: number): Promise<void> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address(row, col)).select();
      await context.sync();
    });
  }
}

/** The hidden sheet of marks and the marks it holds (any version of the store); two syncs. */
async function storedMarks(context: Excel.RequestContext): Promise<{ sheet?: Excel.Worksheet; rows: number; marks: StoredMark[] }> {
  const store = context.workbook.worksheets.getItemOrNullObject(MARK_STORE_SHEET);
  await context.sync();
  if (store.isNullObject) return { rows: 0, marks: [] };
  const used = store.getUsedRangeOrNullObject(true);
  used.load('values');
  await context.sync();
  const rows = used.isNullObject
    ? []
    : (used.values as unknown[][]).map((r) => r.map((v) => (v === null || v === undefined ? '' : String(v as string | number | boolean))));
  return { sheet: store, rows: rows.length, marks: readMarkStore(rows) };
}

/** Replaces the store's rows with `marks` (queued; the caller syncs). */
function writeStore(context: Excel.RequestContext, stored: { sheet?: Excel.Worksheet; rows: number }, marks: StoredMark[]): void {
  const store = stored.sheet ?? context.workbook.worksheets.add(MARK_STORE_SHEET);
  store.visibility = 'VeryHidden';
  if (stored.rows) store.getRange(`A1:F${stored.rows}`).clear();
  const rows = markStoreRows(marks);
  if (marks.length) store.getRange(`A1:F${rows.length}`).values = rows.map((r) => r.map((v) => typed(v)));
}

/**
 * Reads a sheet's protection in the coming sync, so a write can lift it and put it back with the
 * same options. Lifting is a sync of its own: Excel answers a sheet protected with a password
 * (the user's own) with InvalidArgument, which is said to the user; any other refusal is named as
 * what it is. Putting it back is a sync of its own too, run whether the writes went through or
 * not: a failed batch never leaves the sheet unprotected.
 */
function loadProtection(ws: Excel.Worksheet, sheet: string): { around(context: Excel.RequestContext, write: () => void): Promise<void> } {
  ws.protection.load('protected,options');
  return {
    async around(context, write) {
      const lifted = ws.protection.protected ? ws.protection.options : undefined;
      if (lifted) {
        ws.protection.unprotect();
        try {
          await context.sync();
        } catch (e) {
          const code = excelCode(e);
          throw code === 'InvalidArgument' ? new InputError({ code: 'sheet-password', sheet }) : new ExcelFailure('unprotect', code, sheet);
        }
      }
      try {
        write();
        await context.sync();
      } catch (e) {
        throw new ExcelFailure('write', excelCode(e), sheet);
      } finally {
        if (lifted) {
          ws.protection.protect(lifted);
          await context.sync().catch((e: unknown) => {
            throw new ExcelFailure('protect', excelCode(e), sheet);
          });
        }
      }
    },
  };
}

/**
 * A plain value as written through `formulas`. Excel reads a written string as if it were typed:
 * "1.1" would become a number, "15/9/2024" a date, "- x" a formula. A leading apostrophe keeps it
 * text, as exceljs stores it; strings that do not plainly read as text get one.
 */
function typed(v: CellValue): string | number | boolean {
  if (v === null) return '';
  if (typeof v !== 'string' || v === '') return v;
  const plainText = /^\p{L}/u.test(v) && !/\d\s*$/.test(v) && !/^(true|false)$/i.test(v);
  return plainText ? v : `'${v}`;
}

/** The block A1:last planned cell. */
function extent(plan: SheetPlan): { rows: number; cols: number } {
  let rows = plan.print.lastRow;
  let cols = plan.columns.length;
  for (const c of plan.cells) {
    rows = Math.max(rows, c.row);
    cols = Math.max(cols, c.col);
  }
  return { rows, cols };
}

/** What one request may carry: Excel on the web refuses requests over 5 MB. */
const REQUEST_BYTES = 2_000_000;

/**
 * The sheet's values and formulas as 2-D writes, then its number formats (formats after
 * content, so a text format "@" cannot turn a formula into text): one block of rows for any
 * usual sheet, more when a very wide sheet (a breakdown of thousands of units) would make one
 * request too large. Each block is sent by its own sync.
 */
function contentBlocks(plan: SheetPlan): ((ws: Excel.Worksheet) => void)[] {
  const { rows, cols } = extent(plan);
  const formulas: (string | number | boolean)[][] = Array.from({ length: rows }, () => Array<string>(cols).fill(''));
  const formats: string[][] = Array.from({ length: rows }, () => Array<string>(cols).fill('General'));
  for (const c of plan.cells) {
    formulas[c.row - 1][c.col - 1] = c.formula !== undefined ? `=${c.formula}` : typed(c.value ?? null);
    formats[c.row - 1][c.col - 1] = plan.styles[c.style].numFmt ?? 'General';
  }
  const blocks: ((ws: Excel.Worksheet) => void)[] = [];
  for (let top = 0; top < rows;) {
    let bottom = top;
    for (let bytes = 0; bottom < rows && (bottom === top || bytes < REQUEST_BYTES); bottom++)
      bytes += JSON.stringify(formulas[bottom]).length + JSON.stringify(formats[bottom]).length;
    const [from, count] = [top, bottom - top];
    blocks.push((ws) => {
      const block = ws.getRangeByIndexes(from, 0, count, cols);
      block.formulas = formulas.slice(from, from + count);
      block.numberFormat = formats.slice(from, from + count);
    });
    top = bottom;
  }
  return blocks;
}

/** A plan's notes: as notes where the host has them (ExcelApi 1.18), else as comments (1.10), else left out. */
function writeNotes(
  context: Excel.RequestContext,
  sheet: string,
  plan: SheetPlan,
  features: Pick<OfficeFeatures, 'comments' | 'notes'>,
): void {
  for (const n of plan.notes ?? []) {
    const at = cellRef(sheet, address(n.row, n.col));
    if (features.notes) context.workbook.notes.add(at, n.text);
    else if (features.comments) context.workbook.comments.add(at, n.text);
  }
}

/**
 * A plan's charts through the charts API (ExcelApi 1.1; series x-values and a reversed category
 * axis 1.7; number formats 1.8, left to Excel's own before), drawn as the file writer draws them:
 * horizontal bars from the first row down, values written on the bars and no value axis, no legend.
 */
function writeCharts(ws: Excel.Worksheet, plan: SheetPlan, features: OfficeFeatures): void {
  for (const c of plan.charts ?? []) {
    const column = (col: number) => ws.getRange(`${address(c.rows.first, col)}:${address(c.rows.last, col)}`);
    const chart = ws.charts.add('BarClustered', column(c.valueCol), 'Columns');
    chart.title.text = c.title;
    chart.legend.visible = false;
    chart.format.font.name = plan.font;
    const series = chart.series.getItemAt(0);
    series.name = c.series;
    series.setXAxisValues(column(c.labelCol));
    chart.axes.categoryAxis.reversePlotOrder = true;
    chart.axes.valueAxis.visible = false;
    chart.axes.valueAxis.minimum = 0;
    if (c.percent) chart.axes.valueAxis.maximum = 1;
    chart.dataLabels.showValue = true;
    if (features.dataValidation) chart.dataLabels.numberFormat = c.percent ? '0%' : '#,##0';
    chart.setPosition(address(c.at.top, c.at.left), address(c.at.bottom, c.at.right));
  }
}

/**
 * Styles, merges, sizes and input rules. With RangeAreas (1.9) each style is one call over all its
 * cells; before, one call per area, still in the same sync. Without data validation (before 1.8)
 * the form has no drop-downs: the check still finds every value the rules refuse.
 */
function writeLook(ws: Excel.Worksheet, plan: SheetPlan, features: OfficeFeatures): void {
  const { rows, cols } = extent(plan);
  // Each target with the addresses it covers ("B9:F9,B11").
  const areas = (list: string[]): [Excel.RangeAreas | Excel.Range, string][] =>
    features.rangeAreas ? chunks(list).map((chunk) => [ws.getRanges(chunk), chunk]) : list.map((a) => [ws.getRange(a), a]);
  ws.getRangeByIndexes(0, 0, rows, cols).format.font.name = plan.font;
  for (const [style, addresses] of addressesByStyle(plan)) {
    for (const [target, text] of areas(addresses)) applyStyle(target, plan.styles[style], plan.font, text.includes(':'));
  }
  for (const m of plan.merges) ws.getRange(`${address(m.top, m.left)}:${address(m.bottom, m.right)}`).merge(false);
  plan.columns.forEach((c, i) => {
    const col = ws.getRange(`${colLetter(i + 1)}:${colLetter(i + 1)}`);
    // Excel column width in characters of the default font (7 px each + 5 px padding), in points.
    col.format.columnWidth = Math.round((c.width * 7 + 5) * 0.75 * 100) / 100;
    if (c.hidden) col.columnHidden = true;
  });
  for (const h of plan.rowHeights) ws.getRange(`${h.row}:${h.row}`).format.rowHeight = h.height;
  const byRule = new Map<string, { rule: Validation; cells: string[] }>();
  for (const v of plan.validations) {
    const key = JSON.stringify(v.rule);
    const entry = byRule.get(key) ?? byRule.set(key, { rule: v.rule, cells: [] }).get(key)!;
    entry.cells.push(address(v.row, v.col));
  }
  if (features.dataValidation) {
    for (const { rule, cells } of byRule.values()) for (const [target] of areas(cells)) setValidation(target.dataValidation, rule);
  }
  if (plan.freezeRows) ws.freezePanes.freezeRows(plan.freezeRows);
}

/** The print setup (queued; the caller syncs). Only documented values: fit to one page wide, the height left to Excel. */
function writePageLayout(ws: Excel.Worksheet, plan: SheetPlan): void {
  const layout = ws.pageLayout;
  layout.orientation = plan.print.landscape ? 'Landscape' : 'Portrait';
  layout.paperSize = 'A4';
  layout.zoom = { horizontalFitToPages: 1 };
  // The exceljs adapter's margins, in points (inches × 72).
  layout.leftMargin = 36;
  layout.rightMargin = 28.8;
  layout.topMargin = 43.2;
  layout.bottomMargin = 43.2;
  layout.headerMargin = 21.6;
  layout.footerMargin = 21.6;
  layout.setPrintArea(`${address(1, plan.print.firstCol)}:${address(plan.print.lastRow, plan.print.lastCol)}`);
  if (plan.print.titleRows) layout.setPrintTitleRows(`$${plan.print.titleRows[0]}:$${plan.print.titleRows[1]}`);
  // A page break goes before the range's top-left cell (ExcelApi 1.9, as the rest of the print setup).
  for (const r of plan.print.breaks ?? []) ws.horizontalPageBreaks.add(`A${r}`);
}

/** Cell addresses per style, runs of adjacent cells in a row collapsed to "B9:F9". */
function addressesByStyle(plan: SheetPlan): Map<string, string[]> {
  const sorted = [...plan.cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const out = new Map<string, string[]>();
  for (let i = 0; i < sorted.length;) {
    const start = sorted[i];
    let j = i;
    while (
      j + 1 < sorted.length &&
      sorted[j + 1].row === start.row &&
      sorted[j + 1].col === sorted[j].col + 1 &&
      sorted[j + 1].style === start.style
    )
      j++;
    const end = sorted[j];
    const list = out.get(start.style) ?? out.set(start.style, []).get(start.style)!;
    list.push(j > i ? `${address(start.row, start.col)}:${address(end.row, end.col)}` : address(start.row, start.col));
    i = j + 1;
  }
  return out;
}

/** Comma-joined address lists, each under MAX_AREAS_ADDRESS characters. */
function chunks(addresses: string[]): string[] {
  const out: string[] = [];
  let cur = '';
  for (const a of addresses) {
    if (cur && cur.length + a.length + 1 > MAX_AREAS_ADDRESS) {
      out.push(cur);
      cur = '';
    }
    cur = cur ? `${cur},${a}` : a;
  }
  if (cur) out.push(cur);
  return out;
}

function applyStyle(target: Excel.RangeAreas | Excel.Range, s: CellStyle, font: string, multiCell: boolean): void {
  const f = target.format;
  f.font.name = font;
  f.font.size = s.size ?? 12;
  f.font.bold = !!s.bold;
  f.font.italic = !!s.italic;
  f.font.underline = s.underline ? 'Single' : 'None';
  f.font.color = `#${s.color ?? '000000'}`;
  if (s.fill) f.fill.color = `#${s.fill}`;
  if (s.h) f.horizontalAlignment = H_ALIGN[s.h];
  if (s.v) f.verticalAlignment = V_ALIGN[s.v];
  f.wrapText = !!s.wrap;
  f.protection.locked = s.locked;
  if (s.border) {
    // Inside borders exist only where some area spans several cells.
    for (const edge of multiCell ? BORDERS : BORDERS.slice(0, 4)) {
      const b = f.borders.getItem(edge);
      b.style = 'Continuous';
      b.weight = 'Thin';
      b.color = '#000000';
    }
  }
}

function setValidation(dv: Excel.DataValidation, rule: Validation): void {
  if (rule.type === 'list') dv.rule = { list: { inCellDropDown: true, source: rule.values.join(',') } };
  else {
    const basic: Excel.BasicDataValidation =
      rule.max === undefined
        ? { operator: 'GreaterThanOrEqualTo', formula1: rule.min }
        : { operator: 'Between', formula1: rule.min, formula2: rule.max };
    dv.rule = rule.type === 'whole' ? { wholeNumber: basic } : { decimal: basic };
  }
  dv.prompt = { showPrompt: true, title: 'Nhập số liệu', message: rule.prompt };
  dv.errorAlert = { showAlert: true, style: 'Stop', title: 'Giá trị không hợp lệ', message: rule.prompt };
}
