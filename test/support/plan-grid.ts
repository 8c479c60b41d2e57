import { renderTemplate } from '../../src/domain/render/template';
import type { CellValue } from '../../src/domain/sheet/plan';
import type { Grid } from '../../src/domain/sheet/read';
import type { SheetPlan } from '../../src/domain/sheet/plan';
import { BAC_SON, template } from './templates';

/** A grid typed by hand, rows of values from A1. */
export const valuesGrid = (values: CellValue[][]): Grid => ({ name: 'Sheet1', values, formulas: [], numFmts: [] });

/** The values of a form as laid out for xã Bắc Sơn, row by row from A1 (column A holds each row's code). */
export function laidOutValues(id: string): CellValue[][] {
  const plan = renderTemplate(template(id), BAC_SON);
  const values: CellValue[][] = [];
  for (const c of plan.cells) {
    while (values.length < c.row) values.push([]);
    values[c.row - 1][c.col - 1] = c.value ?? null;
  }
  return values.map((r) => Array.from(r, (v) => v ?? null));
}

/**
 * A sheet as the lean reader reads it once exceljs has written it: each cell's value (a formula's
 * stored result), formula and number format, empty cells left out. Kept in memory so that the
 * merge's many cases (and each mutant of `npm run mutate`) cost no file; the same sheets are
 * written and read through both adapters in test/workbook/template-roundtrip.test.ts, which
 * asserts this is what the reader gives.
 */
export function planGrid(plan: SheetPlan): Grid {
  const grid: Grid = { name: plan.name, values: [], formulas: [], numFmts: [] };
  for (const c of plan.cells) {
    const value = c.formula === undefined ? (c.value ?? null) : (c.result ?? null);
    if ((value === null || value === '') && c.formula === undefined) continue;
    for (const [rows, v] of [
      [grid.values, value === '' ? null : value],
      [grid.formulas, c.formula ?? null],
      [grid.numFmts, plan.styles[c.style]?.numFmt ?? null],
    ] as [unknown[][], unknown][]) {
      while (rows.length < c.row) rows.push([]);
      const line = rows[c.row - 1];
      while (line.length < c.col - 1) line.push(null);
      line[c.col - 1] = v;
    }
  }
  return grid;
}
