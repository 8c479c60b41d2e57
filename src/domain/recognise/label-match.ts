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
  const ranked = rows
    .map((r) => ({ code: r.code, similarity: similarity(key, textKey(r.label)) }))
    .sort((a, b) => b.similarity - a.similarity);
  const [best, next] = ranked;
  const closest = ranked.slice(0, 3);
  if (!best || best.similarity < MIN_SIMILARITY) return { closest };
  // The same key as one row only is that row, however alike the others.
  const exact = best.similarity === 1 && (!next || next.similarity < 1);
  if (!exact && next && best.similarity - next.similarity < MIN_MARGIN) return { closest };
  return { match: best, closest };
}
