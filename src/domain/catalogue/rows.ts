import type { Column, Row, Section, Template } from './schema';

/** Memoises a function of a template: catalogue templates are never changed once loaded. */
export function perTemplate<T>(fn: (t: Template) => T): (t: Template) => T {
  const cache = new WeakMap<Template, T>();
  return (t) => {
    // Stryker disable next-line ConditionalExpression: computing again gives an equal value; the cache only saves time
    if (!cache.has(t)) cache.set(t, fn(t));
    return cache.get(t)!;
  };
}

/** Rows of a template in sheet order, with their section's attribute defaults applied. */
export const templateRows: (t: Template) => readonly Row[] = perTemplate((t) =>
  t.tables.flatMap((table) =>
    table.sections.flatMap((s) => s.rows.map((r) => (s.attrs ? { ...r, attrs: { ...s.attrs, ...r.attrs } } : r))),
  ),
);

/** Rows of a template by indicator code. */
export const rowsByCode: (t: Template) => ReadonlyMap<string, Row> = perTemplate((t) => new Map(templateRows(t).map((r) => [r.code, r])));

/** Value columns of a template by key (the keys of all its tables). */
export const valueColumns: (t: Template) => ReadonlyMap<string, Column> = perTemplate(
  (t) => new Map(t.tables.flatMap((table) => table.columns.filter((c) => c.role === 'value').map((c) => [c.key, c] as const))),
);

/** The ids a row's kind checks report under: its section's over the template's, by indicator code. */
export const kindCheckIds: (t: Template) => ReadonlyMap<string, NonNullable<Section['kindChecks']>> = perTemplate(
  (t) =>
    new Map(
      t.tables.flatMap((table) =>
        table.sections.flatMap((s) => s.rows.map((r) => [r.code, { ...t.kindChecks, ...s.kindChecks }] as const)),
      ),
    ),
);
