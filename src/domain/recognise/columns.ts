import { valueColumns } from '../catalogue/rows';
import type { Template } from '../catalogue/schema';
import type { Header, HeaderColumn } from './header';
import { matchLabel } from './label-match';

const numbersIn = (s: string) => (s.match(/\d+/g) ?? []).join(' ');

/** A sheet column tied to one of the template's value columns (by its key, "value", "y2016"). */
export interface MappedColumn {
  col: number;
  key: string;
}

/**
 * Ties a header's value columns to the template's: a form of one value column takes the sheet's
 * one value column; otherwise each by its header's words ("Nam 2016" is "Năm 2016") with the same
 * numbers, never on a guess. Columns of the sheet the template does not have are returned apart.
 */
export function mapValueColumns(header: Header, template: Template): { columns: MappedColumn[]; unmatched: HeaderColumn[] } {
  const wanted = [...valueColumns(template).values()];
  const given = header.columns.filter((c) => c.role === 'value');
  if (wanted.length === 1 && given.length === 1) return { columns: [{ col: given[0].col, key: wanted[0].key }], unmatched: [] };
  const options = wanted.map((c) => ({ code: c.key, label: c.header }));
  const columns: MappedColumn[] = [];
  const unmatched: HeaderColumn[] = [];
  for (const c of given) {
    // A year is a year: words may differ by a typo, the numbers in them may not.
    const { match } = matchLabel(
      c.text,
      options.filter((o) => numbersIn(o.label) === numbersIn(c.text)),
    );
    if (match && !columns.some((x) => x.key === match.code)) columns.push({ col: c.col, key: match.code });
    else unmatched.push(c);
  }
  return { columns, unmatched };
}
