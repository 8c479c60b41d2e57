/**
 * A label as recognition compares it: lower case, without Vietnamese diacritics (đ → d), with
 * punctuation and runs of spaces as one space. "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn (%)" and
 * "ty le  ho so tthc giai quyet dung han" have the same key.
 */
export function textKey(s: string): string {
  let k = known.get(s);
  if (k === undefined) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: emptying the cache early or never changes no key.
    if (known.size > 50_000) known.clear();
    known.set(s, (k = keyOf(s)));
  }
  return k;
}

/** Keys already worked out: the same labels come back in every unit's sheet. */
const known = new Map<string, string>();

function keyOf(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A cell as recognition reads it: text trimmed, a number as written ("2.1" typed as 2.1), anything else nothing. */
export const cellText = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
