import ExcelJS from 'exceljs';
import { renderTemplate } from '../../src/domain/render/template';
import type { CellValue } from '../../src/domain/sheet/plan';
import { readTemplateSheet, type Grid, type TemplateSheet } from '../../src/domain/sheet/read';
import { ExcelJsWorkbook } from '../../src/workbook/exceljs-adapter';
import { readGrids } from '../../src/workbook/lean-reader';
import { template } from './workbooks';

interface Blank {
  grid: Grid;
  /** Number format of each cell as written (empty cells keep theirs in the file but are not read). */
  numFmtAt: (row: number, col: number) => string | null;
}
const blanks = new Map<string, Promise<Blank>>();

/** The blank sheet of a template as a received file holds it: written to .xlsx by the exceljs adapter, read back by the lean reader. */
function blankSheet(id: string, unit: string): Promise<Blank> {
  const key = `${id}|${unit}`;
  let blank = blanks.get(key);
  if (!blank) {
    blank = (async () => {
      const plan = renderTemplate(template(id), { unit });
      const wb = ExcelJsWorkbook.create(ExcelJS);
      const name = await wb.addSheet(plan);
      const grid = readGrids(`${id}.xlsx`, await wb.toBuffer()).find((g) => g.name === name)!;
      const styleAt = new Map(plan.cells.map((c) => [`${c.row},${c.col}`, c.style]));
      return { grid, numFmtAt: (row, col) => plan.styles[styleAt.get(`${row},${col}`) ?? '']?.numFmt ?? null };
    })();
    blanks.set(key, blank);
  }
  return blank;
}

/** "I.2" names the template's single value column; "5@y2016" names a column. */
export const keyOf = (code: string) => (code.includes('@') ? code : `${code}@value`);

/**
 * A template sheet with cells typed as an official types them (numbers, or text such as "80%",
 * "17.465"): the blank sheet of a real file, with the typed cells put into a copy of its grid.
 * Typing over a formula removes it, as in Excel; number formats stay those of the file.
 */
export async function typedSheet(id: string, cells: Record<string, CellValue>, unit = 'UBND huyện Ân Thi'): Promise<TemplateSheet> {
  const { grid: blank, numFmtAt } = await blankSheet(id, unit);
  const grid: Grid = {
    name: blank.name,
    values: blank.values.map((r) => [...r]),
    formulas: blank.formulas.map((r) => [...r]),
    numFmts: blank.numFmts.map((r) => [...r]),
  };
  const located = readTemplateSheet(blank)!;
  for (const [code, value] of Object.entries(cells)) {
    const c = located.cells.get(keyOf(code));
    if (!c) throw new Error(`${id} has no value cell ${code}`);
    for (const g of [grid.values, grid.formulas, grid.numFmts]) while (g.length < c.row) g.push([]);
    const put = <T>(line: (T | null)[], v: T | null) => {
      while (line.length < c.col) line.push(null);
      line[c.col - 1] = v;
    };
    put(grid.values[c.row - 1], value);
    put(grid.formulas[c.row - 1], null);
    put(grid.numFmts[c.row - 1], numFmtAt(c.row, c.col));
  }
  return readTemplateSheet(grid)!;
}
