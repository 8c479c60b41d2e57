/** Reporting periods: a quarter ("2024-Q3"), the first half ("2024-H1") or a year ("2024"). */
export type Period =
  { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 } | { kind: 'half'; year: number } | { kind: 'year'; year: number };

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

export function parsePeriod(text: string): Period | undefined {
  const s = text.trim().toUpperCase();
  let m = /^(\d{4})-Q([1-4])$/.exec(s);
  if (m) return { kind: 'quarter', year: Number(m[1]), quarter: Number(m[2]) as 1 | 2 | 3 | 4 };
  m = /^(\d{4})-H1$/.exec(s);
  if (m) return { kind: 'half', year: Number(m[1]) };
  m = /^(\d{4})$/.exec(s);
  if (m) return { kind: 'year', year: Number(m[1]) };
  return undefined;
}

export function periodCode(p: Period): string {
  if (p.kind === 'quarter') return `${p.year}-Q${p.quarter}`;
  if (p.kind === 'half') return `${p.year}-H1`;
  return String(p.year);
}

/** "quý III năm 2024", "6 tháng đầu năm 2024", "năm 2024". */
export function periodLabel(p: Period): string {
  if (p.kind === 'quarter') return `quý ${ROMAN[p.quarter - 1]} năm ${p.year}`;
  if (p.kind === 'half') return `6 tháng đầu năm ${p.year}`;
  return `năm ${p.year}`;
}
