import type { Template } from '../../src/domain/catalogue/schema';
import { renderTemplate } from '../../src/domain/render/template';
import type { CellValue } from '../../src/domain/sheet/plan';
import { readTemplateSheet, type Grid, type TemplateSheet } from '../../src/domain/sheet/read';
import { template } from './templates';
import { BUILT_IN } from './templates';

interface Blank {
  grid: Grid;
  /** Number format of each cell as rendered (a typed cell keeps the format of the cell it is typed into). */
  numFmtAt: (row: number, col: number) => string | null;
}
const blanks = new Map<string, Blank>();

/**
 * The blank sheet of a template as the renderer plans it, in the reader's terms: values, formulas
 * and number formats of every cell. Kept in memory, without a file, so that hundreds of rule
 * cases (and each mutant of `npm run mutate`) run in milliseconds; writing and reading the same
 * sheets through both adapters is tested on real files elsewhere.
 */
function blankSheet(t: Template, unit: string): Blank {
  const key = `${t.id}|${unit}`;
  let blank = blanks.get(key);
  if (!blank) {
    const plan = renderTemplate(t, { unit });
    const grid: Grid = { name: plan.name, values: [], formulas: [], numFmts: [] };
    const numFmt = new Map<string, string | null>();
    for (const c of plan.cells) {
      const style = plan.styles[c.style];
      numFmt.set(`${c.row},${c.col}`, style?.numFmt ?? null);
      if ((c.value === undefined || c.value === null || c.value === '') && c.formula === undefined) continue;
      put(grid, c.row, c.col, c.formula === undefined ? (c.value ?? null) : (c.result ?? null), c.formula ?? null, style?.numFmt ?? null);
    }
    blank = { grid, numFmtAt: (row, col) => numFmt.get(`${row},${col}`) ?? null };
    blanks.set(key, blank);
  }
  return blank;
}

function put(grid: Grid, row: number, col: number, value: CellValue, formula: string | null, numFmt: string | null): void {
  for (const [g, v] of [
    [grid.values, value],
    [grid.formulas, formula],
    [grid.numFmts, numFmt],
  ] as [unknown[][], unknown][]) {
    while (g.length < row) g.push([]);
    const line = g[row - 1];
    while (line.length < col) line.push(null);
    line[col - 1] = v;
  }
}

/** "I.2" names the template's single value column; "5@y2016" names a column. */
export const keyOf = (code: string) => (code.includes('@') ? code : `${code}@value`);

/**
 * A template sheet (of the catalogue, or a template given as data) with cells typed as an official types them (numbers, or text such as "80%",
 * "17.465"), put into a copy of the blank sheet's grid; number formats stay those of the cells.
 */
export async function typedSheet(
  id: string | Template,
  cells: Record<string, CellValue>,
  unit = 'UBND huyện Ân Thi',
): Promise<TemplateSheet> {
  const t = typeof id === 'string' ? template(id) : id;
  const { grid: blank, numFmtAt } = blankSheet(t, unit);
  const grid: Grid = {
    name: blank.name,
    values: blank.values.map((r) => [...r]),
    formulas: blank.formulas.map((r) => [...r]),
    numFmts: blank.numFmts.map((r) => [...r]),
  };
  const located = readTemplateSheet(blank, BUILT_IN)!;
  for (const [code, value] of Object.entries(cells)) {
    const c = located.cells.get(keyOf(code));
    if (!c) throw new Error(`${t.id} has no value cell ${code}`);
    // Typing over a formula removes it, as in Excel.
    put(grid, c.row, c.col, value, null, numFmtAt(c.row, c.col));
  }
  return readTemplateSheet(grid, BUILT_IN)!;
}
