import type { Row, Template } from './schema';

const cache = new WeakMap<Template, Row[]>();

/** Rows of a template in sheet order, with their section's attribute defaults applied (computed once per template). */
export function templateRows(t: Template): Row[] {
  let rows = cache.get(t);
  if (!rows) {
    rows = t.tables.flatMap((table) => table.sections.flatMap((s) => s.rows.map((r) => (s.attrs ? { ...r, attrs: { ...s.attrs, ...r.attrs } } : r))));
    cache.set(t, rows);
  }
  return rows;
}
