import { InternalError } from '../../domain/errors';
import { address, colLetter, type CellValue, type PlannedCell, type SheetPlan } from '../../domain/sheet/plan';
import { sheetParts } from './chart-parts';
import { xmlText } from './xml-text';
import type { PartEdit } from './zip-repack';

/**
 * A sheet's cells written straight as SpreadsheetML, for the large sheets of a consolidation
 * (a breakdown of 1,000 units is 135,000 cells): exceljs writes the sheet with one cell of each
 * style (its styles, columns, validations, print settings, protection), and this writes the
 * `<sheetData>` that takes the place of its own, each cell's style the index exceljs gave the
 * sample of that style, and the merged ranges. Strings are inline (`t="inlineStr"`), which
 * Excel reads as any other text.
 */

/**
 * The plan with only the first cell of each style, holding 0, without merged ranges and row
 * heights (written with the cells): what exceljs is given to write the rest of the sheet. (Its streaming writer leaves out a row whose cells are all empty, styled or not.)
 */
export function styleSamples(plan: SheetPlan): SheetPlan {
  const seen = new Set<string>();
  const cells: PlannedCell[] = [];
  for (const c of plan.cells) {
    if (seen.has(c.style)) continue;
    seen.add(c.style);
    cells.push({ row: c.row, col: c.col, value: 0, style: c.style });
  }
  return { ...plan, cells, merges: [], rowHeights: [] };
}

/**
 * Every sheet's cells written in full into the workbook exceljs wrote from `samples`
 * (`styleSamples` of each plan, in order).
 */
export function writeAllCells(workbook: PartEdit, plans: readonly SheetPlan[], samples: readonly SheetPlan[]): void {
  const parts = [...sheetParts(workbook.text('xl/workbook.xml'), workbook.text('xl/_rels/workbook.xml.rels')).values()];
  if (parts.length !== plans.length) throw new InternalError(`sheet data: ${parts.length} sheets written for ${plans.length} planned`);
  plans.forEach((plan, i) => {
    const xml = workbook.text(parts[i]);
    workbook.set(parts[i], withSheetData(xml, plan, sampleStyleIndexes(xml, samples[i].cells)));
  });
}

/** The index exceljs gave each style, read from the cells of the samples in the sheet it wrote. */
export function sampleStyleIndexes(sheetXml: string, samples: readonly PlannedCell[]): Map<string, number> {
  const indexes = new Map<string, number>();
  for (const c of samples) {
    const ref = address(c.row, c.col);
    const tag = new RegExp(`<c r="${ref}"(?: s="(\\d+)")?[ />]`).exec(sheetXml);
    if (!tag) throw new InternalError(`sheet data: exceljs wrote no cell ${ref}`);
    indexes.set(c.style, Number(tag[1] ?? 0));
  }
  return indexes;
}

/** The sheet exceljs wrote, its cells and merged ranges replaced by all the plan's. */
export function withSheetData(sheetXml: string, plan: SheetPlan, styleIndex: ReadonlyMap<string, number>): string {
  if (sheetXml.includes('<mergeCells')) throw new InternalError('sheet data: exceljs wrote merged ranges of its own');
  // exceljs's streaming writer puts the protection after the validations, which Excel reports
  // as damage; the schema (ECMA-376 §18.3.1.99) puts it right after the cells.
  const protection = /<sheetProtection\b[^>]*\/>/.exec(sheetXml)?.[0] ?? '';
  const xml = protection ? sheetXml.replace(protection, '') : sheetXml;
  const open = xml.indexOf('<sheetData');
  // "<sheetData/>" and "</sheetData>" are both 12 characters long.
  const end = xml.startsWith('<sheetData/>', open) ? open + 12 : xml.indexOf('</sheetData>', open) + 12;
  if (open === -1 || end < open + 12) throw new InternalError('sheet data: exceljs wrote a sheet without <sheetData>');
  return xml.slice(0, open) + sheetData(plan, styleIndex) + protection + mergeCells(plan) + xml.slice(end);
}

function mergeCells(plan: SheetPlan): string {
  if (!plan.merges.length) return '';
  const refs = plan.merges.map((m) => `<mergeCell ref="${address(m.top, m.left)}:${address(m.bottom, m.right)}"/>`);
  return `<mergeCells count="${refs.length}">${refs.join('')}</mergeCells>`;
}

interface Placed {
  cell?: PlannedCell;
  s: number;
}

function sheetData(plan: SheetPlan, styleIndex: ReadonlyMap<string, number>): string {
  // Rows ascending, cells ascending within a row, as the schema requires; a cell planned twice keeps the last.
  const rows = new Map<number, Placed[]>();
  const put = (row: number, col: number, cell: PlannedCell | undefined, s: number) => {
    let cells = rows.get(row);
    if (!cells) rows.set(row, (cells = []));
    cells[col] = { cell, s };
  };
  for (const c of plan.cells) {
    const s = styleIndex.get(c.style);
    if (s === undefined) throw new InternalError(`sheet data: no style index for "${c.style}"`);
    put(c.row, c.col, c, s);
  }
  // The other cells of a merged range are empty and take its first cell's style, as exceljs merges them.
  for (const m of plan.merges) {
    const s = rows.get(m.top)?.[m.left]?.s ?? 0;
    for (let row = m.top; row <= m.bottom; row++)
      for (let col = m.left; col <= m.right; col++) if (row !== m.top || col !== m.left) put(row, col, undefined, s);
  }
  const heights = new Map(plan.rowHeights.map((h) => [h.row, h.height]));
  for (const r of heights.keys()) if (!rows.has(r)) rows.set(r, []);
  const letters: string[] = [];
  const out: string[] = ['<sheetData>'];
  for (const r of [...rows.keys()].sort((a, b) => a - b)) {
    const height = heights.get(r);
    out.push(height === undefined ? `<row r="${r}">` : `<row r="${r}" ht="${height}" customHeight="1">`);
    const cells = rows.get(r)!;
    for (let col = 1; col < cells.length; col++) {
      const placed = cells[col];
      if (placed) out.push(cellXml(`${(letters[col] ??= colLetter(col))}${r}`, placed.s, placed.cell));
    }
    out.push('</row>');
  }
  out.push('</sheetData>');
  return out.join('');
}

function cellXml(ref: string, s: number, c: PlannedCell | undefined): string {
  const at = s ? `<c r="${ref}" s="${s}"` : `<c r="${ref}"`;
  if (!c) return `${at}/>`;
  if (c.formula !== undefined) {
    const f = `<f>${xmlText(c.formula)}</f>`;
    const result = c.result ?? null;
    if (result === null) return `${at}>${f}</c>`;
    if (typeof result === 'string') return `${at} t="str">${f}<v>${xmlText(result)}</v></c>`;
    if (typeof result === 'boolean') return `${at} t="b">${f}<v>${result ? 1 : 0}</v></c>`;
    return `${at}>${f}<v>${numberText(result)}</v></c>`;
  }
  const v: CellValue = c.value ?? null;
  // An empty text is an empty cell, as Excel keeps a cell emptied by typing nothing.
  if (v === null || v === '') return `${at}/>`;
  if (typeof v === 'number') return `${at}><v>${numberText(v)}</v></c>`;
  if (typeof v === 'boolean') return `${at} t="b"><v>${v ? 1 : 0}</v></c>`;
  const space = isSpace(v.charCodeAt(0)) || isSpace(v.charCodeAt(v.length - 1)) ? ' xml:space="preserve"' : '';
  return `${at} t="inlineStr"><is><t${space}>${xmlText(v)}</t></is></c>`;
}

function numberText(n: number): string {
  if (!Number.isFinite(n)) throw new InternalError(`sheet data: ${n} is not a number a cell can hold`);
  return String(n);
}

/** Spaces XML would not keep at either end of a text without xml:space (tab, line feed, return, space). */
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}
