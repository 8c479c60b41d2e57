import type { Row, Template } from './schema';

/** Rows of a template in sheet order, with their section's attribute defaults applied. */
export function templateRows(t: Template): Row[] {
  return t.tables.flatMap((table) =>
    table.sections.flatMap((s) => s.rows.map((r) => (s.attrs ? { ...r, attrs: { ...s.attrs, ...r.attrs } } : r))),
  );
}
