import { distance } from 'fastest-levenshtein';
import { textKey } from './text-key';

/** A template row a label may name, with how alike the two are (1: the same key). */
export interface LabelMatch {
  code: string;
  similarity: number;
}

/** How alike two keys are: 1 − edit distance / the longer length. */
export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - distance(a, b) / longer;
}

/** Whether two keys are at least `min` alike; the length difference alone often settles it without the edit distance. */
export function alike(a: string, b: string, min: number): boolean {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return true;
  if (1 - Math.abs(a.length - b.length) / longer < min) return false;
  return similarity(a, b) >= min;
}

const keys = new Map<string, string>();
/** The key of a template's label, worked out once (the same labels are compared with every sheet). */
export function labelKey(label: string): string {
  let k = keys.get(label);
  // Stryker disable next-line ConditionalExpression: a cache; a key worked out afresh is equal.
  if (k === undefined) keys.set(label, (k = textKey(label)));
  return k;
}

/** Rows whose lengths alone put them below this are not worth an edit distance: their likeness is at most that bound. */
const CLOSE = 0.6;

/** Below this a label is not taken for a row; a typo or two in a long label stays above it. */
export const MIN_SIMILARITY = 0.85;
/** The best row must be this much more alike than the next, or the label is ambiguous. */
export const MIN_MARGIN = 0.05;

/**
 * The row a sheet's label names among `rows` (code and label), when one is clearly it: the only
 * row of the same key, or alike enough and clearly more alike than any other. Otherwise undefined, with the closest rows for
 * the report: a wrong match is worse than none.
 */
export function matchLabel(label: string, rows: readonly { code: string; label: string }[]): { match?: LabelMatch; closest: LabelMatch[] } {
  const key = textKey(label);
  // The usual case, a label typed as the form has it (diacritics or not): the only row of that key.
  const same = rows.filter((r) => labelKey(r.label) === key);
  if (same.length === 1) return { match: { code: same[0].code, similarity: 1 }, closest: [{ code: same[0].code, similarity: 1 }] };
  // The edit distance only where the lengths leave room for a label to be alike (it is the cost of recognition).
  const ranked = rows
    .map((r) => {
      const other = labelKey(r.label);
      const bound = 1 - Math.abs(key.length - other.length) / Math.max(key.length, other.length, 1);
      return { code: r.code, similarity: bound < CLOSE ? bound : similarity(key, other) };
    })
    .sort((a, b) => b.similarity - a.similarity);
  const [best, next] = ranked;
  const closest = ranked.slice(0, 3);
  if (!best || best.similarity < MIN_SIMILARITY) return { closest };
  // The same key as one row only is that row, however alike the others.
  const exact = best.similarity === 1 && (!next || next.similarity < 1);
  if (!exact && next && best.similarity - next.similarity < MIN_MARGIN) return { closest };
  return { match: best, closest };
}
