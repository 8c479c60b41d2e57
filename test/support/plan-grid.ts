import { renderTemplate } from '../../src/domain/render/template';
import type { CellValue } from '../../src/domain/sheet/plan';
import type { Grid } from '../../src/domain/sheet/read';
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
