import { perTemplate, templateRows } from '../catalogue/rows';
import type { Row, Template } from '../catalogue/schema';
import { evaluate, parseExpr, type Expr, type Num } from '../expr';
import { valueCells } from '../cells/value-cells';
import { cellKey } from '../sheet/identity';

export interface DerivedDefinition {
  row: Row;
  expr: Expr;
}

/** Derived indicators of a template with their parsed expressions. */
export const derivedDefinitions: (t: Template) => readonly DerivedDefinition[] = perTemplate((t) =>
  templateRows(t)
    .filter((r) => r.formula)
    .map((row) => ({ row, expr: parseExpr(row.formula!) })),
);

/** Value-column keys of the table each row code belongs to. */
export const rowValueKeys: (t: Template) => ReadonlyMap<string, readonly string[]> = perTemplate((t) => {
  const out = new Map<string, string[]>();
  for (const table of t.tables) {
    const keys = table.columns.filter((c) => c.role === 'value').map((c) => c.key);
    for (const s of table.sections) for (const r of s.rows) out.set(r.code, keys);
  }
  return out;
});

/**
 * Computes every derived cell from the input cells: `input(code, key)` gives an input value
 * (derived cells' own contents are ignored, except `pinned` ones: derived cells whose formula
 * was replaced by a typed value, which then count as inputs). Returns derived values by cell key.
 */
export function computeDerived(
  t: Template,
  input: (code: string, key: string) => Num,
  pinned: ReadonlySet<string> = new Set(),
): Map<string, Num> {
  const cells = valueCells(t);
  const out = new Map<string, Num>();
  const valueOf = (code: string, key: string): Num => {
    const k = cellKey(code, key);
    const derived = cells.get(k)?.derived;
    if (!derived || pinned.has(k)) return input(code, key);
    if (!out.has(k))
      out.set(
        k,
        evaluate(derived, (c) => valueOf(c, key)),
      );
    return out.get(k)!;
  };
  for (const [k, cell] of cells) if (cell.derived && !pinned.has(k)) valueOf(cell.code, cell.key);
  return out;
}
