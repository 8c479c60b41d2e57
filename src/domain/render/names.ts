import type { Template } from '../catalogue/schema';
import { periodCode, type Period } from '../period';

const FORBIDDEN = /[\\/?*[\]:]/g;
const MAX = 31;

/** Base sheet name: the template's short label plus the period ("Phụ lục 2024-Q3"). */
export function sheetBaseName(t: Template, period?: Period): string {
  const base = (t.sheetName ?? t.kicker) + (period && t.periodKind !== 'none' ? ` ${periodCode(period)}` : '');
  return base.replace(FORBIDDEN, '-').slice(0, MAX).trim();
}

/** A name not yet taken (Excel compares sheet names case-insensitively): "X", "X (2)", … */
export function uniqueSheetName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLocaleLowerCase('vi')));
  const clean = base.replace(FORBIDDEN, '-').slice(0, MAX).trim() || 'Sheet';
  if (!used.has(clean.toLocaleLowerCase('vi'))) return clean;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = clean.slice(0, MAX - suffix.length).trimEnd() + suffix;
    if (!used.has(name.toLocaleLowerCase('vi'))) return name;
  }
}
