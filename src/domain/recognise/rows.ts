import type { Row, Section, Template } from '../catalogue/schema';
import type { Grid } from '../sheet/read';
import type { Header } from './header';
import { matchLabel, similarity, MIN_SIMILARITY, type LabelMatch } from './label-match';
import { textKey } from './text-key';

/** How a sheet row was tied to an indicator. */
export type MappedBy = 'stt+label' | 'label';

export interface MappedRow {
  row: number;
  code: string;
  /** How alike the sheet's label and the indicator's are (1: the same words). */
  confidence: number;
  by: MappedBy;
}

export interface UnmatchedRow {
  row: number;
  stt: string;
  label: string;
  /** The indicators it came closest to, for the person who checks. */
  closest: LabelMatch[];
}

export interface RowMapping {
  mapped: MappedRow[];
  unmatched: UnmatchedRow[];
  /** Indicator rows of the template no sheet row was tied to. */
  missing: string[];
}

/** Below this, an STT that points at a row does not confirm it: the labels must agree too. */
const STT_LABEL_SIMILARITY = 0.6;

/** The STT the form shows for a row: its code without the section's prefix ("I.2.1" in I → "2.1"). */
function sttOf(row: Row, section: Section): string {
  if (row.stt) return row.stt;
  return section.code && row.code.startsWith(`${section.code}.`) ? row.code.slice(section.code.length + 1) : row.code;
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

/**
 * Ties the rows below a header to the template's indicators. A section row (its STT a section's
 * code, or its label a section's title) sets where the next STTs count from, since "1.1" recurs
 * in every section. A row is tied when its STT names an indicator of the current section whose
 * label is alike enough, or when its label alone names one clearly; otherwise it is listed as
 * unmatched with the closest indicators: never tied on a guess. Among rows of one label, the
 * children of the last group row tied come first. An indicator tied twice is tied to neither row.
 */
export function mapRows(grid: Grid, header: Header, template: Template): RowMapping {
  const labelCol = header.columns.find((c) => c.role === 'label')?.col;
  const sttCol = header.columns.find((c) => c.role === 'stt')?.col;
  const sections = template.tables.flatMap((t) => t.sections);
  const all = sections.flatMap((s) => s.rows.map((r) => ({ row: r, section: s })));
  const candidates = all.map(({ row }) => ({ code: row.code, label: row.label }));
  let section: Section | undefined;
  /** The last group row tied (its children follow it). */
  let group: string | undefined;
  const kindOf = new Map(all.map(({ row }) => [row.code, row.kind]));
  const mapped: MappedRow[] = [];
  const unmatched: UnmatchedRow[] = [];
  for (let r = header.bottom + 1; r <= grid.values.length; r++) {
    const cells = grid.values[r - 1] ?? [];
    const label = labelCol ? text(cells[labelCol - 1]) : '';
    const stt = sttCol ? text(cells[sttCol - 1]) : '';
    if (!label) continue;
    const opened = sections.find(
      (s) => (s.code && textKey(stt) === textKey(s.code)) || (s.title && similarity(textKey(label), textKey(s.title)) >= MIN_SIMILARITY),
    );
    if (opened) {
      section = opened;
      group = undefined;
      continue;
    }
    const bySttRow = section && stt ? all.find((x) => x.section === section && textKey(sttOf(x.row, section)) === textKey(stt)) : undefined;
    const alike = bySttRow ? similarity(textKey(label), textKey(bySttRow.row.label)) : 0;
    if (bySttRow && alike >= STT_LABEL_SIMILARITY) {
      mapped.push({ row: r, code: bySttRow.row.code, confidence: alike, by: 'stt+label' });
      if (bySttRow.row.kind === 'group') group = bySttRow.row.code;
      continue;
    }
    const inSection = section ? candidates.filter((c) => section!.rows.some((x) => x.code === c.code)) : candidates;
    // A label that recurs under several groups (II.2.2.2 and II.3.2.2) is looked for under the last group row first.
    const underGroup = group ? inSection.filter((c) => c.code.startsWith(`${group}.`)) : [];
    const inGroup = underGroup.length ? matchLabel(label, underGroup) : undefined;
    const { match, closest } = inGroup?.match ? inGroup : matchLabel(label, inSection);
    if (match) mapped.push({ row: r, code: match.code, confidence: match.similarity, by: 'label' });
    else unmatched.push({ row: r, stt, label, closest });
    if (match && kindOf.get(match.code) === 'group') group = match.code;
  }
  // An indicator two rows claim is given to neither: which one holds it cannot be told.
  const claims = new Map<string, number>();
  for (const m of mapped) claims.set(m.code, (claims.get(m.code) ?? 0) + 1);
  const kept = mapped.filter((m) => claims.get(m.code) === 1);
  for (const m of mapped.filter((x) => claims.get(x.code)! > 1)) {
    const cells = grid.values[m.row - 1] ?? [];
    unmatched.push({
      row: m.row,
      stt: sttCol ? text(cells[sttCol - 1]) : '',
      label: labelCol ? text(cells[labelCol - 1]) : '',
      closest: [{ code: m.code, similarity: m.confidence }],
    });
  }
  const tied = new Set(kept.map((m) => m.code));
  return {
    mapped: kept,
    unmatched: unmatched.sort((a, b) => a.row - b.row),
    missing: all.map((x) => x.row.code).filter((c) => !tied.has(c)),
  };
}
