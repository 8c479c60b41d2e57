import type { Finding } from './finding';

/** A warning of one rule on this many cells or more is listed once, with its cells. */
export const GROUP_FROM = 5;

/** One line of a list of findings: a finding, or a warning repeated on many cells. */
export type ListedFinding = { finding: Finding } | { group: Finding[] };

/**
 * Findings as a person reads them: every error one by one; a warning of the same rule and kind on
 * GROUP_FROM cells or more as one line, where its first stands. The findings themselves (marks,
 * JSON, CSV) stay one a cell.
 */
export function listedFindings(findings: readonly Finding[]): ListedFinding[] {
  const keyOf = (f: Finding) => `${f.rule}|${f.text.kind}`;
  const counts = new Map<string, Finding[]>();
  for (const f of findings) if (f.severity === 'warning') counts.set(keyOf(f), [...(counts.get(keyOf(f)) ?? []), f]);
  const out: ListedFinding[] = [];
  const listed = new Set<string>();
  for (const f of findings) {
    const same = f.severity === 'warning' ? counts.get(keyOf(f))! : [];
    if (same.length < GROUP_FROM) out.push({ finding: f });
    else if (!listed.has(keyOf(f))) {
      listed.add(keyOf(f));
      out.push({ group: same });
    }
  }
  return out;
}
