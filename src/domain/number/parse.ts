/**
 * Reading numbers the way officials type them. One policy, used everywhere a cell is read:
 *
 * - Spaces (including non-breaking and thin spaces) are ignored; "", "-", "–", "—", "…" and "x"
 *   alone mean "no value" (blank).
 * - A trailing "%" marks a percentage ("80%", "80 %", "99,8%").
 * - Vietnamese separators first: "." groups thousands and "," is the decimal mark
 *   ("17.465" = 17465, "3.598,5" = 3598.5, "99,8" = 99.8). When both marks appear, the last one
 *   is the decimal mark ("3,598.5" = 3598.5). A lone "." is a thousands separator only when every
 *   group after it has exactly three digits and the first does not start with 0 ("1.000.000");
 *   otherwise it is a decimal point ("0.8", "12.50", "0.123"). Several "," with three-digit groups
 *   are thousands separators ("1,234,567").
 * - Leading zeros are dropped ("01" = 1); a leading "+" or "-" is kept.
 * - Anything else is not a number: the result says why and, when a number can be seen in the
 *   text ("12 hồ sơ", "khoảng 20"), suggests it. Nothing unreadable ever becomes 0.
 */
export type ParsedNumber =
  | { ok: true; blank: true }
  | { ok: true; blank: false; value: number; percent: boolean }
  | { ok: false; text: string; suggestion?: number };

const BLANKS = new Set(['', '-', '–', '—', '…', '...', 'x', 'X']);
const SPACES = /[\s\u00a0\u2007\u2009\u202f]+/g;

export function parseNumberText(raw: string): ParsedNumber {
  const s = raw.replace(SPACES, '');
  if (BLANKS.has(s)) return { ok: true, blank: true };
  const percent = s.endsWith('%');
  const body = percent ? s.slice(0, -1) : s;
  const value = parsePlain(body);
  if (value !== undefined) return { ok: true, blank: false, value, percent };
  // The first number seen, spaces inside it ignored as in a number alone ("1 234 hồ sơ" → 1234).
  const seen = /[-+]?\d[\d.,]*/.exec(s);
  const suggestion = seen ? parsePlain(seen[0].replace(/[.,]$/, '')) : undefined;
  return suggestion === undefined ? { ok: false, text: raw } : { ok: false, text: raw, suggestion };
}

function parsePlain(s: string): number | undefined {
  const m = /^([-+]?)([\d.,]+)$/.exec(s);
  if (!m || !/\d/.test(m[2])) return undefined;
  const sign = m[1] === '-' ? -1 : 1;
  const digits = m[2];
  const lastDot = digits.lastIndexOf('.');
  const lastComma = digits.lastIndexOf(',');
  let normal: string;
  // Stryker disable next-line EqualityOperator: a mark at position 0 leaves no digits before it, which no branch accepts.
  if (lastDot >= 0 && lastComma >= 0) {
    // Stryker disable next-line EqualityOperator: both marks found, so they are never at the same position.
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const [int, frac, extra] = digits.split(decimal);
    if (extra !== undefined || !groupedThousands(int, group)) return undefined;
    normal = `${int.split(group).join('')}.${frac}`;
    // Stryker disable next-line EqualityOperator: a leading "," leaves no digits before it, which no branch accepts.
  } else if (lastComma >= 0) {
    const parts = digits.split(',');
    if (parts.length === 2 && parts[0] !== '' && parts[1] !== '') normal = `${parts[0]}.${parts[1]}`;
    else if (groupedThousands(digits, ',')) normal = parts.join('');
    else return undefined;
  } else if (lastDot >= 0) {
    const parts = digits.split('.');
    if (groupedThousands(digits, '.')) normal = parts.join('');
    else if (parts.length === 2 && parts[0] !== '' && parts[1] !== '') normal = digits;
    else return undefined;
  } else {
    normal = digits;
  }
  const n = Number(normal);
  return Number.isFinite(n) ? sign * n : undefined;
}

/** "1.234.567" with group "." (the text holds it): first group 1–3 digits not starting with 0 ("0.123" is a decimal), every later group exactly 3. */
function groupedThousands(s: string, group: string): boolean {
  const parts = s.split(group);
  return /^[1-9]\d{0,2}$/.test(parts[0]) && parts.slice(1).every((p) => /^\d{3}$/.test(p));
}

/** Vietnamese display of a number: "71,4", "17.465". */
export function formatNumberVi(n: number, maxDecimals = 2): string {
  const fixed = n.toFixed(maxDecimals).replace(/\.?0+$/, '');
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac ? `${grouped},${frac}` : grouped;
}

/** "71,4%" from a fraction. */
export function formatPercentVi(fraction: number, maxDecimals = 1): string {
  return `${formatNumberVi(fraction * 100, maxDecimals)}%`;
}
