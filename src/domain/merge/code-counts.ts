/**
 * How a consolidated sheet shows a coded answer: the number of units per answer, e.g.
 * "12/15 đơn vị: Có; 3/15 đơn vị: Không". The same text is read back when a consolidated sheet
 * is itself merged one level up, so counts add up district by district.
 */
const PART = /(\d+)\/(\d+) đơn vị: ([^;]+)/g;

export function formatCodeCounts(counts: Map<string, number>, answered: number, order: string[]): string {
  const labels = [...counts.keys()].sort((a, b) => rank(a, order) - rank(b, order) || a.localeCompare(b));
  return labels.map((l) => `${counts.get(l)}/${answered} đơn vị: ${l}`).join('; ');
}

export function parseCodeCounts(text: string): { counts: Map<string, number>; answered: number } | undefined {
  const parts = [...text.matchAll(PART)];
  if (!parts.length || parts.map((p) => p[0]).join('; ') !== text.trim()) return undefined;
  const answered = Number(parts[0][2]);
  if (parts.some((p) => Number(p[2]) !== answered)) return undefined;
  return { counts: new Map(parts.map((p) => [p[3].trim(), Number(p[1])])), answered };
}

function rank(label: string, order: string[]): number {
  const i = order.indexOf(label);
  return i < 0 ? order.length : i;
}
