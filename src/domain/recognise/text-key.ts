/**
 * A label as recognition compares it: lower case, without Vietnamese diacritics (đ → d), with
 * punctuation and runs of spaces as one space. "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn (%)" and
 * "ty le  ho so tthc giai quyet dung han" have the same key.
 */
export function textKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
