import { perTemplate } from '../catalogue/rows';
import type { CodeOption, Column, IndicatorKind, Row, Template } from '../catalogue/schema';
import { parseExpr, type Expr } from '../expr';
import { cellKey } from '../sheet/identity';

/**
 * What a value cell of a template holds: the indicator (row) in one value column. A column with a
 * kind of its own (a status column beside the figures) decides the cell's kind and codes and
 * holds inputs only; in the row's own columns the row decides, and a derived row's cells are
 * computed from its definition. A heading row holds nothing in any column.
 */
export interface ValueCell {
  code: string;
  key: string;
  row: Row;
  column: Column;
  kind: IndicatorKind;
  codes?: readonly CodeOption[];
  /** The derived definition, for the cells that are computed. */
  derived?: Expr;
  unit?: string;
}

/** Every value cell of a template by cell key (code@column), in sheet order. */
export const valueCells: (t: Template) => ReadonlyMap<string, ValueCell> = perTemplate((t) => {
  const out = new Map<string, ValueCell>();
  for (const table of t.tables) {
    const columns = table.columns.filter((c) => c.role === 'value');
    for (const section of table.sections)
      for (const row of section.rows) {
        const derived = row.formula ? parseExpr(row.formula) : undefined;
        for (const column of columns)
          out.set(cellKey(row.code, column.key), {
            code: row.code,
            key: column.key,
            row,
            column,
            kind: row.kind === 'group' ? 'group' : (column.kind ?? row.kind),
            codes: column.codes ?? row.codes,
            derived: column.kind ? undefined : derived,
            unit: column.kind ? undefined : row.unit,
          });
      }
  }
  return out;
});

/** The value cell of an indicator in a column, if the template has it. */
export function valueCell(t: Template, code: string, key: string): ValueCell | undefined {
  return valueCells(t).get(cellKey(code, key));
}
