import type ExcelJS from 'exceljs';
import type { CellStyle, CellValue, SheetPlan, Validation } from '../../domain/sheet/plan';
import { address } from '../../domain/sheet/plan';
import { uniqueSheetName } from '../../domain/render/names';
import { MARK_FILL, MARK_STORE_SHEET, type CellMark } from '../../domain/validate/marks';
import { markStoreRows, readMarkStore, type StoredMark } from '../../domain/validate/mark-store';
import type { CellPatch, SheetGrid, WorkbookPort } from '../../app/port';
import { InputError } from '../../domain/errors';
import { addCharts } from './chart-parts';
import { zipEntries } from '../lean-reader/zip';

type ExcelJSModule = typeof ExcelJS;

/**
 * Parts of a package exceljs drops when it saves a workbook again: charts, drawings and pictures,
 * PivotTables (the drawings of comments it keeps).
 */
const OBJECT_PART = /^xl\/(charts\/|drawings\/drawing\d+\.xml$|media\/|pivotTables\/|pivotCache\/)/;

function holdsObjects(data: Uint8Array): boolean {
  return [...zipEntries(data).keys()].some((p) => OBJECT_PART.test(p));
}

/** The workbook port over an exceljs workbook: .xlsx files in Node and in the browser. */
export class ExcelJsWorkbook implements WorkbookPort {
  /** Sheets added with charts, drawn into the file as it is written (exceljs keeps no charts). */
  private readonly drawn: { name: string; plan: SheetPlan }[] = [];

  /**
   * @param objectsDropped the file opened held charts, pictures or PivotTables: exceljs keeps none
   *   of them, so a copy saved from it has its figures without those objects.
   */
  constructor(
    readonly workbook: ExcelJS.Workbook,
    readonly objectsDropped = false,
  ) {}

  static create(lib: ExcelJSModule): ExcelJsWorkbook {
    const wb = new lib.Workbook();
    wb.creator = 'CCHC Excel add-in';
    return new ExcelJsWorkbook(wb);
  }

  static async open(lib: ExcelJSModule, data: ArrayBuffer | Uint8Array): Promise<ExcelJsWorkbook> {
    const wb = new lib.Workbook();
    await wb.xlsx.load(data as ArrayBuffer);
    return new ExcelJsWorkbook(wb, holdsObjects(data instanceof Uint8Array ? data : new Uint8Array(data)));
  }

  async toBuffer(): Promise<Uint8Array> {
    // Fastest deflate level: a consolidated workbook of 1,000 units is written in a third less
    // time for a file about a fifth larger.
    const data = new Uint8Array(
      await this.workbook.xlsx.writeBuffer({ zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } }),
    );
    return addCharts(
      data,
      this.drawn.filter((d) => this.workbook.getWorksheet(d.name)),
    );
  }

  async sheetNames(): Promise<string[]> {
    return this.workbook.worksheets.map((w) => w.name);
  }

  async readSheet(name: string): Promise<SheetGrid> {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) throw new InputError({ code: 'sheet-missing', sheet: name });
    const values: CellValue[][] = [];
    const formulas: (string | null)[][] = [];
    const numFmts: (string | null)[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const { value, formula } = readCell(cell);
        (values[r - 1] ??= [])[c - 1] = value;
        (formulas[r - 1] ??= [])[c - 1] = formula;
        (numFmts[r - 1] ??= [])[c - 1] = cell.numFmt ?? null;
      });
    });
    return { name, values: dense(values), formulas: dense(formulas), numFmts: dense(numFmts) };
  }

  async addSheet(plan: SheetPlan): Promise<string> {
    const name = uniqueSheetName(plan.name, await this.sheetNames());
    await fillSheet(this.workbook.addWorksheet(name, sheetOptions(plan)), plan);
    if (plan.charts?.length) this.drawn.push({ name, plan });
    return name;
  }

  async patchCells(sheet: string, patches: CellPatch[]): Promise<void> {
    const ws = this.workbook.getWorksheet(sheet);
    if (!ws) throw new InputError({ code: 'sheet-missing', sheet });
    for (const p of patches) {
      const cell = ws.getCell(p.row, p.col);
      cell.value = typeof p.formula === 'string' ? { formula: p.formula, result: p.result ?? undefined } : (p.value ?? null);
    }
  }

  async markCells(sheet: string, marks: CellMark[]): Promise<void> {
    const ws = this.sheet(sheet);
    const stored = this.storedMarks();
    const known = new Set(stored.map((m) => `${m.sheet}!${m.address}`));
    for (const m of marks) {
      const cell = ws.getCell(m.row, m.col);
      if (!known.has(`${sheet}!${cell.address}`)) {
        const fill = cell.style.fill;
        stored.push({
          sheet,
          address: cell.address,
          fill: solidColour(fill),
          note: noteText(cell.note),
          attached: 'note',
          exactFill: fill ? JSON.stringify(fill) : null,
        });
        known.add(`${sheet}!${cell.address}`);
      }
      // A fresh style object: exceljs shares style objects between cells.
      cell.style = { ...cell.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${MARK_FILL[m.severity]}` } } };
      cell.note = m.message;
    }
    this.writeStore(stored);
  }

  async clearMarks(sheet: string): Promise<number> {
    const ws = this.sheet(sheet);
    const stored = this.storedMarks();
    const mine = stored.filter((m) => m.sheet === sheet);
    for (const m of mine) {
      const cell = ws.getCell(m.address);
      const style: Partial<ExcelJS.Style> = { ...cell.style };
      if (m.exactFill) style.fill = JSON.parse(m.exactFill) as ExcelJS.Fill;
      else if (m.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${m.fill.slice(1)}` } };
      else delete style.fill;
      cell.style = style;
      // A comment added in Excel is saved with a note standing in for it, which is what a file shows.
      if (m.attached) {
        if (m.note) cell.note = m.note;
        else removeNote(cell);
      }
    }
    if (mine.length) this.writeStore(stored.filter((m) => m.sheet !== sheet));
    return mine.length;
  }

  /** The marks remembered in the hidden store sheet, whichever host wrote them. */
  private storedMarks(): StoredMark[] {
    const store = this.workbook.getWorksheet(MARK_STORE_SHEET);
    if (!store) return [];
    const rows: string[][] = [];
    store.eachRow((row) => rows.push([1, 2, 3, 4, 5, 6].map((i) => cellText(row.getCell(i).value))));
    return readMarkStore(rows);
  }

  private writeStore(marks: StoredMark[]): void {
    const old = this.workbook.getWorksheet(MARK_STORE_SHEET);
    if (old) this.workbook.removeWorksheet(old.id);
    if (marks.length) this.workbook.addWorksheet(MARK_STORE_SHEET, { state: 'veryHidden' }).addRows(markStoreRows(marks));
  }

  async removeSheet(name: string): Promise<void> {
    this.workbook.removeWorksheet(this.sheet(name).id);
  }

  async selectCell(): Promise<void> {
    // A file has no selection to show; the standalone page lists the finding instead.
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) throw new InputError({ code: 'sheet-missing', sheet: name });
    return ws;
  }
}

/**
 * exceljs has no call to remove a note: assigning undefined still writes an empty one, and a note
 * written once stays in the value's model. Drop the note and rebuild the value.
 */
/** "#RRGGBB" of a plain solid fill; null for no fill or one a colour does not describe. */
function solidColour(fill: ExcelJS.Fill | undefined): string | null {
  if (fill?.type !== 'pattern' || fill.pattern !== 'solid') return null;
  const argb = fill.fgColor?.argb;
  return argb && /^[0-9A-F]{8}$/i.test(argb) ? `#${argb.slice(2).toUpperCase()}` : null;
}

/** The text of a note, plain or rich. */
function noteText(note: ExcelJS.Cell['note'] | undefined): string | null {
  if (!note) return null;
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('') || null;
}

function removeNote(cell: ExcelJS.Cell): void {
  (cell as unknown as { _comment?: unknown })._comment = undefined;
  const value = cell.value;
  cell.value = null;
  cell.value = value;
}

function readCell(cell: ExcelJS.Cell): { value: CellValue; formula: string | null } {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return { value: null, formula: null };
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return { value: v, formula: null };
  if (v instanceof Date) return { value: formatDate(v), formula: null };
  const o = v as Record<string, unknown>;
  if ('formula' in o || 'sharedFormula' in o) {
    // `cell.result`, not `value.result`: exceljs drops a result of 0 from the value object.
    const result = cell.result as unknown;
    const value =
      result === undefined || result === null
        ? null
        : result instanceof Date
          ? formatDate(result)
          : typeof result === 'object'
            ? errorText(result)
            : (result as CellValue);
    return { value, formula: typeof o.formula === 'string' ? o.formula : (cell.formula ?? null) };
  }
  if ('richText' in o) return { value: (o.richText as { text: string }[]).map((t) => t.text).join(''), formula: null };
  if ('text' in o) return { value: String(o.text), formula: null };
  if ('error' in o) return { value: String(o.error), formula: null };
  // Any other object exceljs may hand back is kept as its JSON, never as "[object Object]".
  return { value: JSON.stringify(v), formula: null };
}

/** The text of a store cell (the store holds plain strings). */
function cellText(v: ExcelJS.CellValue): string {
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
}

function errorText(result: object): CellValue {
  return 'error' in result ? String(result.error) : null;
}

function formatDate(d: Date): string {
  return `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;
}

function dense<T>(rows: T[][]): T[][] {
  const out: T[][] = [];
  for (let r = 0; r < rows.length; r++) {
    const src = rows[r] ?? [];
    out.push(Array.from({ length: src.length }, (_, c) => src[c] ?? (null as T)));
  }
  return out;
}

/** What a sheet of exceljs, in memory or streamed, offers to write a plan. */
type PlanTarget = Pick<ExcelJS.Worksheet, 'getColumn' | 'getRow' | 'getCell' | 'mergeCells' | 'protect'>;

/** Frozen header and print setup of a plan's sheet: given when the sheet is created (a streamed sheet writes them first). */
export function sheetOptions(plan: SheetPlan): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    views: plan.freezeRows ? [{ state: 'frozen', xSplit: 0, ySplit: plan.freezeRows, topLeftCell: `A${plan.freezeRows + 1}` }] : [],
    pageSetup: {
      paperSize: 9,
      orientation: plan.print.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printArea: `${address(1, plan.print.firstCol)}:${address(plan.print.lastRow, plan.print.lastCol)}`,
      ...(plan.print.titleRows ? { printTitlesRow: `${plan.print.titleRows[0]}:${plan.print.titleRows[1]}` } : {}),
      margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  };
}

/** Writes a sheet plan into a new exceljs sheet made with sheetOptions(plan): cells and styles, merges, heights, validations, protection. */
export async function fillSheet(ws: PlanTarget, plan: SheetPlan): Promise<void> {
  plan.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    if (c.hidden) col.hidden = true;
  });
  const styleCache = new Map<string, Partial<ExcelJS.Style>>();
  for (const p of plan.cells) {
    const cell = ws.getRow(p.row).getCell(p.col); // (ws.getCell(r, c) parses an address it has just built)
    cell.value = p.formula !== undefined ? { formula: p.formula, result: p.result ?? undefined } : (p.value ?? null);
    let style = styleCache.get(p.style);
    if (!style) {
      style = toExcelJsStyle(plan.styles[p.style], plan.font);
      styleCache.set(p.style, style);
    }
    cell.style = style;
  }
  for (const m of plan.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  for (const h of plan.rowHeights) ws.getRow(h.row).height = h.height;
  // exceljs breaks a page after the row it is given.
  for (const r of plan.print.breaks ?? []) ws.getRow(r - 1).addPageBreak();
  for (const v of plan.validations) ws.getCell(v.row, v.col).dataValidation = toDataValidation(v.rule);
  for (const n of plan.notes ?? []) ws.getCell(n.row, n.col).note = n.text;
  if (plan.protect) await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: false, formatRows: true });
}

function toExcelJsStyle(s: CellStyle, fontName: string): Partial<ExcelJS.Style> {
  const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
  return {
    font: {
      name: fontName,
      size: s.size ?? 12,
      bold: !!s.bold,
      italic: !!s.italic,
      underline: !!s.underline,
      color: { argb: `FF${s.color ?? '000000'}` },
    },
    alignment: { horizontal: s.h, vertical: s.v, wrapText: !!s.wrap },
    ...(s.border ? { border: { top: thin, left: thin, bottom: thin, right: thin } } : {}),
    ...(s.fill ? { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${s.fill}` } } } : {}),
    ...(s.numFmt ? { numFmt: s.numFmt } : {}),
    protection: { locked: s.locked },
  };
}

function toDataValidation(v: Validation): ExcelJS.DataValidation {
  const common = {
    allowBlank: true,
    showInputMessage: true,
    promptTitle: 'Nhập số liệu',
    prompt: v.prompt,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Giá trị không hợp lệ',
    error: v.prompt,
  } as const;
  if (v.type === 'list') return { ...common, type: 'list', formulae: [`"${v.values.join(',')}"`] };
  if (v.max === undefined) return { ...common, type: v.type, operator: 'greaterThanOrEqual', formulae: [v.min] };
  return { ...common, type: v.type, operator: 'between', formulae: [v.min, v.max] };
}
