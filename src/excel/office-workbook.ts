import { uniqueSheetName } from '../domain/render/names';
import { address, colLetter, type CellStyle, type CellValue, type SheetPlan, type Validation } from '../domain/sheet/plan';
import { MARK_FILL, MARK_STORE_SHEET, type CellMark } from '../domain/validate/marks';
import type { CellPatch, SheetGrid, WorkbookPort } from '../workbook/port';

/** `Excel.run` in the add-in; a recording double in tests. */
export type ExcelRunner = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Office.js wants address lists short; a few thousand characters per RangeAreas is safe. */
const MAX_AREAS_ADDRESS = 2000;
const BORDERS = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;
const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

/**
 * The workbook port over the open workbook in Excel. Each operation is one `Excel.run` with a
 * constant number of `context.sync()` calls whatever the size of the sheet: values and formulas
 * go in one 2-D write, formats once per style over a RangeAreas, validations once per rule.
 */
export class OfficeWorkbook implements WorkbookPort {
  /** `comments`: the host has ExcelApi 1.10, so marks carry a comment with their messages. */
  constructor(
    private readonly run: ExcelRunner,
    private readonly features: { comments: boolean } = { comments: false },
  ) {}

  sheetNames(): Promise<string[]> {
    return this.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name');
      await ctx.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  readSheet(name: string): Promise<SheetGrid> {
    return this.run(async (ctx) => {
      const used = ctx.workbook.worksheets.getItem(name).getUsedRangeOrNullObject();
      used.load('values,formulas,numberFormat,rowIndex,columnIndex');
      await ctx.sync();
      if (used.isNullObject) return { name, values: [], formulas: [], numFmts: [] };
      const pad = <T>(rows: T[][], empty: T, map: (v: T) => T = (v) => v): T[][] => [
        ...Array.from({ length: used.rowIndex }, () => []),
        ...rows.map((r) => [...Array.from({ length: used.columnIndex }, () => empty), ...r.map(map)]),
      ];
      return {
        name,
        values: pad<CellValue>(used.values as CellValue[][], null, (v) => (v === '' ? null : v)),
        formulas: pad<string | null>(used.formulas as (string | null)[][], null, (f) => (typeof f === 'string' && f.startsWith('=') ? f.slice(1) : null)),
        numFmts: pad<string | null>(used.numberFormat as string[][], null),
      };
    });
  }

  addSheet(plan: SheetPlan): Promise<string> {
    return this.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name');
      await ctx.sync();
      const name = uniqueSheetName(plan.name, sheets.items.map((s) => s.name));
      const ws = sheets.add(name);
      ctx.application.suspendApiCalculationUntilNextSync();
      writeContent(ws, plan);
      writeLook(ws, plan);
      if (plan.protect) ws.protection.protect({ allowFormatRows: true });
      await ctx.sync();
      return name;
    });
  }

  patchCells(sheet: string, patches: CellPatch[]): Promise<void> {
    return this.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.protection.load('protected');
      await ctx.sync();
      const wasProtected = ws.protection.protected;
      if (wasProtected) ws.protection.unprotect();
      for (const p of patches) {
        ws.getRange(address(p.row, p.col)).formulas = [[typeof p.formula === 'string' ? `=${p.formula}` : ((p.value ?? '') as string)]];
      }
      if (wasProtected) ws.protection.protect({ allowFormatRows: true });
      await ctx.sync();
    });
  }

  markCells(sheet: string, marks: CellMark[]): Promise<void> {
    return this.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.protection.load('protected');
      const ranges = marks.map((m) => ws.getRange(address(m.row, m.col)));
      ranges.forEach((r) => r.format.fill.load('color'));
      const stored = await storedMarks(ctx);
      const known = new Set(stored.rows.map((r) => `${r[0]}!${r[1]}`));
      const added: string[][] = [];
      const wasProtected = ws.protection.protected;
      if (wasProtected) ws.protection.unprotect();
      marks.forEach((m, i) => {
        const a = address(m.row, m.col);
        const fresh = !known.has(`${sheet}!${a}`);
        if (fresh) added.push([sheet, a, ranges[i].format.fill.color ?? '', this.features.comments ? '1' : '']);
        ranges[i].format.fill.color = `#${MARK_FILL[m.severity]}`;
        if (fresh && this.features.comments) ctx.workbook.comments.add(`'${sheet}'!${a}`, m.message);
      });
      if (added.length) {
        const store = stored.sheet ?? ctx.workbook.worksheets.add(MARK_STORE_SHEET);
        store.visibility = 'VeryHidden';
        store.getRange(`A${stored.rows.length + 1}:D${stored.rows.length + added.length}`).values = added;
      }
      if (wasProtected) ws.protection.protect({ allowFormatRows: true });
      await ctx.sync();
    });
  }

  clearMarks(sheet: string): Promise<number> {
    return this.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.protection.load('protected');
      const stored = await storedMarks(ctx);
      if (!stored.sheet) return 0;
      const mine = stored.rows.filter((r) => r[0] === sheet);
      const wasProtected = ws.protection.protected;
      if (wasProtected) ws.protection.unprotect();
      for (const [, a, color, comment] of mine) {
        const fill = ws.getRange(a).format.fill;
        if (!color || color.toUpperCase() === '#FFFFFF') fill.clear();
        else fill.color = color;
        if (comment === '1') ctx.workbook.comments.getItemByCell(`'${sheet}'!${a}`).delete();
      }
      const kept = stored.rows.filter((r) => r[0] !== sheet);
      stored.sheet.getRange(`A1:D${stored.rows.length}`).clear();
      if (kept.length) stored.sheet.getRange(`A1:D${kept.length}`).values = kept;
      if (wasProtected) ws.protection.protect({ allowFormatRows: true });
      await ctx.sync();
      return mine.length;
    });
  }

  selectCell(sheet: string, row: number, col: number): Promise<void> {
    return this.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address(row, col)).select();
      await ctx.sync();
    });
  }
}

/** The hidden sheet of marks and its rows [sheet, address, previous fill, comment added]; two syncs. */
async function storedMarks(ctx: Excel.RequestContext): Promise<{ sheet?: Excel.Worksheet; rows: string[][] }> {
  const store = ctx.workbook.worksheets.getItemOrNullObject(MARK_STORE_SHEET);
  await ctx.sync();
  if (store.isNullObject) return { rows: [] };
  const used = store.getUsedRangeOrNullObject(true);
  used.load('values');
  await ctx.sync();
  return { sheet: store, rows: used.isNullObject ? [] : (used.values as unknown[][]).map((r) => r.map((v) => String(v ?? ''))) };
}

/** All values and formulas in one write, number formats in another. */
function writeContent(ws: Excel.Worksheet, plan: SheetPlan): void {
  const rows = Math.max(...plan.cells.map((c) => c.row));
  const cols = plan.columns.length;
  const formulas: (string | number | boolean)[][] = Array.from({ length: rows }, () => Array(cols).fill(''));
  const formats: string[][] = Array.from({ length: rows }, () => Array(cols).fill('General'));
  for (const c of plan.cells) {
    formulas[c.row - 1][c.col - 1] = c.formula !== undefined ? `=${c.formula}` : (c.value ?? '');
    formats[c.row - 1][c.col - 1] = plan.styles[c.style].numFmt ?? 'General';
  }
  const block = ws.getRangeByIndexes(0, 0, rows, cols);
  block.numberFormat = formats;
  block.formulas = formulas;
}

function writeLook(ws: Excel.Worksheet, plan: SheetPlan): void {
  ws.getRange(`A1:${colLetter(plan.columns.length)}${plan.print.lastRow}`).format.font.name = plan.font;
  for (const [style, addresses] of addressesByStyle(plan)) {
    for (const chunk of chunks(addresses)) applyStyle(ws.getRanges(chunk), plan.styles[style], plan.font);
  }
  for (const m of plan.merges) ws.getRange(`${address(m.top, m.left)}:${address(m.bottom, m.right)}`).merge(false);
  plan.columns.forEach((c, i) => {
    const col = ws.getRange(`${colLetter(i + 1)}:${colLetter(i + 1)}`);
    col.format.columnWidth = Math.round(c.width * 5.6 + 4);
    if (c.hidden) col.columnHidden = true;
  });
  for (const h of plan.rowHeights) ws.getRange(`${h.row}:${h.row}`).format.rowHeight = h.height;
  const byRule = new Map<string, { rule: Validation; cells: string[] }>();
  for (const v of plan.validations) {
    const key = JSON.stringify(v.rule);
    const entry = byRule.get(key) ?? byRule.set(key, { rule: v.rule, cells: [] }).get(key)!;
    entry.cells.push(address(v.row, v.col));
  }
  for (const { rule, cells } of byRule.values()) {
    for (const chunk of chunks(cells)) setValidation(ws.getRanges(chunk).dataValidation, rule);
  }
  if (plan.freezeRows) ws.freezePanes.freezeRows(plan.freezeRows);
  const layout = ws.pageLayout;
  layout.orientation = plan.print.landscape ? 'Landscape' : 'Portrait';
  layout.paperSize = 'A4';
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  layout.setPrintArea(`${address(1, plan.print.firstCol)}:${address(plan.print.lastRow, plan.print.lastCol)}`);
  layout.setPrintTitleRows(`$${plan.print.titleRows[0]}:$${plan.print.titleRows[1]}`);
}

/** Cell addresses per style, runs of adjacent cells in a row collapsed to "B9:F9". */
function addressesByStyle(plan: SheetPlan): Map<string, string[]> {
  const sorted = [...plan.cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const out = new Map<string, string[]>();
  for (let i = 0; i < sorted.length; ) {
    const start = sorted[i];
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1].row === start.row && sorted[j + 1].col === sorted[j].col + 1 && sorted[j + 1].style === start.style) j++;
    const end = sorted[j];
    const list = out.get(start.style) ?? out.set(start.style, []).get(start.style)!;
    list.push(j > i ? `${address(start.row, start.col)}:${address(end.row, end.col)}` : address(start.row, start.col));
    i = j + 1;
  }
  return out;
}

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

function applyStyle(target: Excel.RangeAreas, s: CellStyle, font: string): void {
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
    for (const edge of BORDERS) {
      const b = f.borders.getItem(edge);
      b.style = 'Continuous';
      b.weight = 'Thin';
      b.color = '#000000';
    }
  }
}

function setValidation(dv: Excel.DataValidation, rule: Validation): void {
  dv.clear();
  if (rule.type === 'list') dv.rule = { list: { inCellDropDown: true, source: rule.values.join(',') } };
  else {
    const basic: Excel.BasicDataValidation =
      rule.max === undefined ? { operator: 'GreaterThanOrEqualTo', formula1: rule.min } : { operator: 'Between', formula1: rule.min, formula2: rule.max };
    dv.rule = rule.type === 'whole' ? { wholeNumber: basic } : { decimal: basic };
  }
  dv.prompt = { showPrompt: true, title: 'Nhập số liệu', message: rule.prompt };
  dv.errorAlert = { showAlert: true, style: 'Stop', title: 'Giá trị không hợp lệ', message: rule.prompt };
}
