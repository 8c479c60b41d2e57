import type { Row, Section, Template } from '../catalogue/schema';
import type { Grid } from '../sheet/read';
import type { Header } from './header';
import { alike, labelKey, matchLabel, similarity, MIN_SIMILARITY, type LabelMatch } from './label-match';
import { cellText, textKey } from './text-key';

/** How a sheet row was tied to an indicator. */
export type MappedBy = 'stt+label' | 'label';

export interface MappedRow {
  row: number;
  /** The column of the row's label (with the row, the cell a person looks at). */
  col: number;
  code: string;
  /** How alike the sheet's label and the indicator's are (1: the same words). */
  confidence: number;
  by: MappedBy;
}

export interface UnmatchedRow {
  row: number;
  col: number;
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

interface TemplateIndex {
  sections: Section[];
  all: { row: Row; section: Section }[];
  candidates: { code: string; label: string }[];
  /** Rows with rows of their own below them ("2" of "2.1", "2.2"): a label that recurs is looked for among their children. */
  parents: Set<string>;
  /** Each section's rows by the key of the STT the form shows. */
  bySttKey: Map<Section, Map<string, Row>>;
  /** Each section's own rows as candidates. */
  inSection: Map<Section, { code: string; label: string }[]>;
  sectionKeys: { section: Section; code: string; title: string }[];
  /** The keys of the indicators' labels. */
  labels: Set<string>;
}

const indexes = new WeakMap<Template, TemplateIndex>();

/** What mapping looks up in a template, worked out once per template (recognising a thousand sheets asks the same each time). */
function indexOf(template: Template): TemplateIndex {
  const known = indexes.get(template);
  if (known) return known;
  const sections = template.tables.flatMap((t) => t.sections);
  const all = sections.flatMap((s) => s.rows.map((r) => ({ row: r, section: s })));
  const index: TemplateIndex = {
    sections,
    all,
    candidates: all.map(({ row }) => ({ code: row.code, label: row.label })),
    parents: new Set(all.filter(({ row }) => all.some((x) => x.row.code.startsWith(`${row.code}.`))).map(({ row }) => row.code)),
    bySttKey: new Map(sections.map((s) => [s, new Map(s.rows.map((r) => [textKey(sttOf(r, s)), r]))])),
    inSection: new Map(sections.map((s) => [s, s.rows.map((r) => ({ code: r.code, label: r.label }))])),
    sectionKeys: sections.map((s) => ({ section: s, code: s.code ? textKey(s.code) : '', title: s.title ? labelKey(s.title) : '' })),
    labels: new Set(all.map(({ row }) => labelKey(row.label))),
  };
  indexes.set(template, index);
  return index;
}

/**
 * The one row of a label several rows share whose STT is the one written: its code in full
 * ("II.2.2.2") or the STT the form shows ("2.2.2"); undefined when the label is one row's alone
 * (the label decides) or the STT names none or several of them.
 */
function sharedLabelBySttKey(all: TemplateIndex['all'], label: string, sttKey: string): Row | undefined {
  const same = all.filter(({ row }) => labelKey(row.label) === label);
  if (same.length < 2) return undefined;
  const named = same.filter(({ row, section }) => textKey(row.code) === sttKey || textKey(sttOf(row, section)) === sttKey);
  return named.length === 1 ? named[0].row : undefined;
}

/**
 * Ties the rows below a header (up to `end`, the row before the next table) to the template's
 * indicators. A section row (its STT a section's
 * code, or its label a section's title) sets where the next STTs count from, since "1.1" recurs
 * in every section. A row is tied when its STT names an indicator of the current section whose
 * label is alike enough, or when its label alone names one clearly; otherwise it is listed as
 * unmatched with the closest indicators: never tied on a guess. Among rows of one label, the
 * children of the last parent row tied come first. An indicator tied twice is tied to neither row.
 */
export function mapRows(grid: Grid, header: Header, template: Template, end = grid.values.length): RowMapping {
  const labelCol = header.columns.find((c) => c.role === 'label')?.col;
  const sttCol = header.columns.find((c) => c.role === 'stt')?.col;
  const { all, candidates, parents, bySttKey, inSection: rowsOf, sectionKeys, labels } = indexOf(template);
  let section: Section | undefined;
  /** The last parent row tied (its children follow it). */
  let parent: string | undefined;
  const mapped: MappedRow[] = [];
  const unmatched: UnmatchedRow[] = [];
  for (let r = header.bottom + 1; r <= Math.min(end, grid.values.length); r++) {
    const cells = grid.values[r - 1] ?? [];
    const label = labelCol ? cellText(cells[labelCol - 1]) : '';
    const stt = sttCol ? cellText(cells[sttCol - 1]) : '';
    if (!label) continue;
    const sttKey = textKey(stt);
    const labelKeyOfRow = textKey(label);
    // A label typed as an indicator's is no section title; only the others are compared with the titles, slips and all.
    const byTitle =
      sectionKeys.find((s) => s.title === labelKeyOfRow) ??
      (labels.has(labelKeyOfRow) ? undefined : sectionKeys.find((s) => s.title && alike(labelKeyOfRow, s.title, MIN_SIMILARITY)));
    // An STT that is a section's code opens it, unless the label is plainly an indicator's (an STT typed a row off).
    const bySttCode = byTitle ? undefined : sectionKeys.find((s) => s.code && sttKey === s.code);
    const opened = byTitle ?? (bySttCode && (!bySttCode.title || !matchLabel(label, candidates).match) ? bySttCode : undefined);
    if (opened) {
      section = opened.section;
      parent = undefined;
      continue;
    }
    const bySttRow = section && stt ? bySttKey.get(section)!.get(sttKey) : undefined;
    const sameness = bySttRow ? similarity(labelKeyOfRow, labelKey(bySttRow.label)) : 0;
    // The STT's row is taken when its label is alike and no other row of the section is more alike (a label shared by rows is the STT's to decide).
    const closerElsewhere =
      sameness < 1 && section
        ? rowsOf.get(section)!.some((c) => c.code !== bySttRow?.code && alike(labelKeyOfRow, labelKey(c.label), sameness + Number.EPSILON))
        : false;
    if (bySttRow && sameness >= STT_LABEL_SIMILARITY && !closerElsewhere) {
      mapped.push({ row: r, col: labelCol!, code: bySttRow.code, confidence: sameness, by: 'stt+label' });
      if (parents.has(bySttRow.code)) parent = bySttRow.code;
      continue;
    }
    // A label several rows share (II.2.2.2 and II.3.2.2), its parent rows left out: the STT, written in full or as the form shows it, decides.
    const bySttOnly = stt ? sharedLabelBySttKey(all, labelKeyOfRow, sttKey) : undefined;
    if (bySttOnly) {
      mapped.push({ row: r, col: labelCol!, code: bySttOnly.code, confidence: 1, by: 'stt+label' });
      if (parents.has(bySttOnly.code)) parent = bySttOnly.code;
      continue;
    }
    const inSection = section ? rowsOf.get(section)! : candidates;
    // A label that recurs under several groups (II.2.2.2 and II.3.2.2) is looked for under the last parent row first.
    const underParent = parent ? inSection.filter((c) => c.code.startsWith(`${parent}.`)) : [];
    const inParent = underParent.length ? matchLabel(label, underParent) : undefined;
    const { match, closest } = inParent?.match ? inParent : matchLabel(label, inSection);
    if (match) mapped.push({ row: r, col: labelCol!, code: match.code, confidence: match.similarity, by: 'label' });
    else unmatched.push({ row: r, col: labelCol!, stt, label, closest });
    if (match && parents.has(match.code)) parent = match.code;
  }
  // An indicator two rows claim is given to neither: which one holds it cannot be told.
  const claims = new Map<string, number>();
  for (const m of mapped) claims.set(m.code, (claims.get(m.code) ?? 0) + 1);
  const kept = mapped.filter((m) => claims.get(m.code) === 1);
  for (const m of mapped.filter((x) => claims.get(x.code)! > 1)) {
    const cells = grid.values[m.row - 1] ?? [];
    unmatched.push({
      row: m.row,
      col: m.col,
      stt: sttCol ? cellText(cells[sttCol - 1]) : '',
      label: labelCol ? cellText(cells[labelCol - 1]) : '',
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
