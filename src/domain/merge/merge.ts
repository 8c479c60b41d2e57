import type { Catalogue } from '../catalogue/catalogue';
import { rowsByCode } from '../catalogue/rows';
import type { Template } from '../catalogue/schema';
import { computeDerived, rowValueKeys } from '../compute/derive';
import type { Num } from '../expr';
import { cellKey } from '../sheet/identity';
import { EXCEL_NUMBER_MAX, type CellValue } from '../sheet/plan';
import type { Finding } from '../validate/finding';
import { formatCodeCounts, parseCodeCounts } from './code-counts';
import { asNumber, type UnitReport } from './unit-report';
import { parsePeriod } from '../period';
import { InputError } from '../errors';
import {
  coversText,
  logReasonText,
  recognitionText,
  type Completeness,
  type LogReason,
  type LogStatus,
  type RecognitionNote,
} from '../messages/merge-log';
import type { Problem } from '../messages/problems';
import { valueCell } from '../cells/value-cells';
import { findOutliers, listedOutliers, type Outlier } from './outliers';
import { nearestName, unitKey } from '../units/identity';
import { dayOfTime, timeliness, type Day, type DeadlineRules, type Timeliness } from './deadlines';

export type { LogStatus };

/** One received file, read or not. */
export interface UnitFile {
  file: string;
  size: number;
  /** Last modification time (ms); the newer file wins when a unit sent two. */
  modified: number;
  checksum: string;
  /** The day the report in the file is dated, where its heading says. */
  reportDay?: Day;
  /** The file's template sheet prepared for merging, or why the file could not be used. */
  report?: UnitReport;
  /** Why the file could not be used: a problem of the file, or a bug of the add-in (its detail). */
  unreadable?: { problem: Problem } | { internal: string };
  /** For a consolidation received as a unit's file: the units its breakdown holds. */
  consolidates?: string[];
}

export interface MergeOptions {
  /** The templates the files may use. */
  catalogue: Catalogue;
  /** The consolidating unit, e.g. "UBND huyện Ân Thi". */
  unit: string;
  /** Period code; by default the period most files report. */
  period?: string;
  templateId?: string;
  /** Units expected to report (completeness). */
  expected?: string[];
  /** Leave out files whose check finds errors (merged by default, errors listed). */
  excludeErrors?: boolean;
  /** When reports were due and which days the figures cover (the defaults otherwise), and the day each unit sent its report where its file's date will not do. */
  timing?: Timing;
  /** The unit or period of files whose sheet does not name them, as the person merging gives them, by file name (or its last part). */
  given?: Record<string, { unit?: string; period?: string }>;
}

export interface LogEntry {
  file: string;
  unit: string;
  period: string;
  template: string;
  version: string;
  size: number;
  checksum: string;
  status: LogStatus;
  /** Why, as facts (`logReasonText` words it), and in Vietnamese. */
  why?: LogReason;
  reason: string;
  errors: number;
  warnings: number;
  /** Present for a sheet typed by hand and recognised. */
  recognised?: RecognitionNote;
  /** For a consolidation merged as one unit: the units its figures are of. */
  covers?: string[];
}

export interface MergedUnit {
  unit: string;
  file: string;
  /** What the unit reported, read by kind (numbers, code values, texts), by cell key. */
  values: Map<string, number | string | null>;
  /** The unit's derived values computed from its own parts. */
  derived: Map<string, Num>;
  /** The derived cells as the unit reported them (the breakdown shows these, the recomputed ones beside where they differ). */
  reportedDerived: Map<string, number | string | null>;
  /** Cell keys of the unit's values that the check found in error. */
  errorCells: Set<string>;
}

/** An error the check found in a file that was merged or left out for its errors. */
export interface FileError {
  file: string;
  unit: string;
  finding: Finding;
}

export interface MergeResult {
  template: Template;
  period: string;
  unit: string;
  /** Inputs of the consolidated sheet by cell key (sums, code counts); derived cells follow from them. */
  values: Map<string, CellValue>;
  /** Consolidated derived values, recomputed from the summed parts. */
  derived: Map<string, Num>;
  /** How many units gave a value, by cell key. */
  reported: Map<string, number>;
  units: MergedUnit[];
  /** Units' values far from the others' (warnings for the office to check with the unit), at most a few per unit. */
  outliers: Outlier[];
  /** Units with more unusual values than are listed, and how many more. */
  outliersNotListed: { unit: string; count: number }[];
  /** Who sent late, or a file older than the period; undefined for a period it cannot read. */
  timeliness?: Timeliness;
  log: LogEntry[];
  /** Every error found in the files checked for this merge, file by file. */
  errors: FileError[];
  completeness: Completeness;
  /** What was not carried into the total, and why. */
  notes: string[];
}

/** One collator for all comparisons: `localeCompare` with a locale builds one per call, a tenth of a 1,000-unit merge. */
const UNIT_ORDER = new Intl.Collator('vi', { numeric: true });

/**
 * Names in the order people expect ("xã 2" before "xã 10", Vietnamese letters in their place),
 * and a total order, so that the result never depends on the order the files came in.
 */
export function byName(a: string, b: string): number {
  return UNIT_ORDER.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Why a file that was not read cannot be used. */
function unreadableReason(f: UnitFile): LogReason {
  const u = f.unreadable ?? { internal: 'no report and no reason' };
  return 'problem' in u ? { code: 'unreadable', problem: u.problem } : { code: 'internal', detail: u.internal };
}

/** How many files the listed errors come from. */
export function filesWithErrors(errors: FileError[]): number {
  return new Set(errors.map((e) => e.file)).size;
}

/**
 * Consolidates the reports of subordinate units into one report of the same template: counts
 * and money are summed, ratios recomputed from the summed parts (never summed or averaged),
 * coded answers counted per code, texts kept per unit; blanks are not zeros. The result does not
 * depend on the order of the files, and every file and every value left out is logged.
 */
export function mergeReports(files: UnitFile[], opts: MergeOptions): MergeResult {
  const sorted = [...files].sort((a, b) => byName(a.file, b.file)).map((f) => withGiven(f, opts.given));
  const readable = sorted.filter((f) => f.report);
  const target = chooseTarget(readable, opts);
  const notes: string[] = [];
  const recognition = new Map<UnitFile, RecognitionNote>();
  for (const f of readable.filter((x) => x.report!.recognised)) {
    const { recognised, identity } = f.report!;
    const given = givenFor(f.file, opts.given);
    recognition.set(f, {
      confidence: recognised!.confidence,
      tied: recognised!.tied,
      unmatched: recognised!.unmatched.length,
      missing: recognised!.missing.length,
      ...(!recognised!.periodNamed && !given?.period ? { periodAssumed: target.period } : {}),
      ...(!recognised!.unitNamed && given?.unit ? { unitGiven: identity.unit } : {}),
      ...(!recognised!.periodNamed && given?.period ? { periodGiven: identity.period } : {}),
    });
    if (!identity.period && !recognised!.periodNamed) identity.period = target.period;
  }
  const template = opts.catalogue.find(target.templateId);
  if (!template)
    throw new InputError({ code: 'template-unknown', template: target.templateId, known: opts.catalogue.templates.map((t) => t.id) });
  const log: LogEntry[] = [];
  const entry = (f: UnitFile, status: LogStatus, why: LogReason | undefined, errors = 0, warnings = 0): LogEntry => ({
    file: f.file,
    unit: f.report?.identity.unit ?? '',
    period: f.report?.identity.period ?? '',
    template: f.report?.identity.templateId ?? '',
    version: f.report?.identity.version ?? '',
    size: f.size,
    checksum: f.checksum,
    status,
    ...(why ? { why } : {}),
    reason: [
      recognition.get(f) && recognitionText(recognition.get(f)!),
      status === 'merged' && f.consolidates?.length && coversText(f.consolidates),
      why && logReasonText(why),
    ]
      .filter(Boolean)
      .join('; '),
    errors,
    warnings,
    ...(recognition.has(f) ? { recognised: recognition.get(f) } : {}),
    ...(status === 'merged' && f.consolidates?.length ? { covers: f.consolidates } : {}),
  });

  // Candidates: the right template and period, one file per unit (the newest).
  const candidates: UnitFile[] = [];
  for (const f of sorted) {
    if (!f.report) log.push(entry(f, 'skipped', unreadableReason(f)));
    else if (f.report.identity.templateId !== template.id)
      log.push(entry(f, 'skipped', { code: 'other-template', template: f.report.identity.templateId, expected: template.id }));
    else if (f.report.identity.period && !parsePeriod(f.report.identity.period))
      log.push(entry(f, 'skipped', { code: 'period-invalid', period: f.report.identity.period }));
    else if (f.report.identity.period !== target.period)
      log.push(entry(f, 'skipped', { code: 'other-period', period: f.report.identity.period, expected: target.period }));
    else if (!f.report.identity.unit) log.push(entry(f, 'skipped', { code: 'no-unit' }));
    else if (unitKey(f.report.identity.unit) === unitKey(opts.unit)) log.push(entry(f, 'skipped', { code: 'own-file', unit: opts.unit }));
    else candidates.push(f);
  }
  const byUnit = new Map<string, UnitFile[]>();
  for (const f of candidates) {
    const key = unitKey(f.report!.identity.unit);
    const list = byUnit.get(key);
    if (list) list.push(f);
    else byUnit.set(key, [f]);
  }
  const duplicates: string[] = [];
  const taken: UnitFile[] = [];
  for (const [, list] of [...byUnit].sort(([a], [b]) => byName(a, b))) {
    list.sort((a, b) => b.modified - a.modified || byName(a.file, b.file));
    taken.push(list[0]);
    if (list.length > 1) duplicates.push(list[0].report!.identity.unit);
    for (const older of list.slice(1))
      log.push(entry(older, 'skipped', { code: 'duplicate', unit: older.report!.identity.unit, newer: list[0].file }));
  }

  const covered = takeOnce(taken, (f, why) => log.push(entry(f, 'skipped', why)));

  const rows = rowsByCode(template);
  const units: MergedUnit[] = [];
  const errorList: FileError[] = [];
  for (const f of taken.filter((x) => !covered.skipped.has(x))) {
    const { identity, values, derived, reportedDerived, errors, errorCells, warnings } = f.report!;
    errorList.push(...errors.map((finding) => ({ file: f.file, unit: identity.unit, finding })));
    if (opts.excludeErrors && errors.length) {
      log.push(entry(f, 'skipped', { code: 'errors-excluded', errors: errors.length }, errors.length, warnings));
      continue;
    }
    notes.push(...f.report!.notes);
    units.push({ unit: identity.unit, file: f.file, values, derived, reportedDerived, errorCells: new Set(errorCells) });
    log.push(entry(f, 'merged', errors.length ? { code: 'errors-kept', errors: errors.length } : undefined, errors.length, warnings));
  }

  // Consolidate input cells kind by kind.
  const values = new Map<string, CellValue>();
  const reported = new Map<string, number>();
  const keysOf = rowValueKeys(template);
  for (const row of rows.values()) {
    for (const key of keysOf.get(row.code) ?? []) {
      const { kind, codes = [], derived: definition } = valueCell(template, row.code, key)!;
      const k = cellKey(row.code, key);
      // A derived cell counts the units that reported a figure in it or whose own parts give it one.
      const derivedCell = !!definition;
      const given = units
        .map((u) => (derivedCell ? (u.reportedDerived.get(k) ?? u.derived.get(k)) : u.values.get(k)))
        .filter((v): v is number | string => v !== null && v !== undefined);
      reported.set(k, given.length);
      if (kind === 'group' || kind === 'text' || derivedCell) continue;
      if (kind === 'code') {
        const counts = new Map<string, number>();
        let answered = 0;
        for (const v of given) {
          const parsed = typeof v === 'string' ? parseCodeCounts(v) : undefined;
          if (parsed) {
            answered += parsed.answered;
            for (const [label, n] of parsed.counts) counts.set(label, (counts.get(label) ?? 0) + n);
          } else {
            const label = codes.find((c) => c.value === v)?.label ?? String(v);
            counts.set(label, (counts.get(label) ?? 0) + 1);
            answered++;
          }
        }
        if (answered)
          values.set(
            k,
            formatCodeCounts(
              counts,
              answered,
              codes.map((c) => c.label),
            ),
          );
        continue;
      }
      const numbers = given.filter((v): v is number => typeof v === 'number');
      if (kind === 'percent') {
        if (numbers.length)
          notes.push(
            `${row.code}: tỷ lệ không có tử số, mẫu số trong mẫu nên không cộng, không lấy trung bình; xem số liệu từng đơn vị ở trang chi tiết`,
          );
        continue;
      }
      if (!numbers.length) continue;
      const sum = numbers.reduce((s, v) => s + v, 0);
      // Figures each within what Excel holds can still sum past it: never a total of Infinity.
      if (Number.isFinite(sum) && Math.abs(sum) <= EXCEL_NUMBER_MAX) values.set(k, sum);
      else
        notes.push(
          `${row.code}: tổng của các đơn vị vượt quá số lớn nhất Excel chứa được, không ghi tổng; xem số liệu từng đơn vị ở trang chi tiết`,
        );
    }
  }
  const derived = computeDerived(template, (code, key) => asNumber(values.get(cellKey(code, key))));
  const listed = listedOutliers(findOutliers(template, units));

  return {
    template,
    period: target.period,
    unit: opts.unit,
    values,
    derived,
    reported,
    units,
    outliers: listed.outliers,
    outliersNotListed: listed.more,
    ...timelinessOf(target.period, units, sorted, opts.timing),
    log: log.sort((a, b) => byName(a.file, b.file)),
    errors: errorList,
    completeness: completenessOf(opts.expected ?? [], units, log, duplicates, covered.through),
    notes: [...new Set(notes)],
  };
}

/**
 * Nothing counted twice. A consolidation received among the units' files (its breakdown names its
 * units) stands for its units: a unit's own file whose unit it holds is left out, logged with the
 * consolidation it is in; a consolidation sharing a unit with one taken before it (in file-name
 * order) is left out whole. A roll-up of consolidations that share no unit merges as any files.
 */
function takeOnce(
  taken: UnitFile[],
  skip: (f: UnitFile, why: LogReason) => void,
): { skipped: Set<UnitFile>; through: Completeness['through'] } {
  const skipped = new Set<UnitFile>();
  const through: Completeness['through'] = [];
  const holder = new Map<string, UnitFile>();
  const consolidations = taken.filter((f) => f.consolidates?.length).sort((a, b) => byName(a.file, b.file));
  for (const c of consolidations) {
    const shared = c.consolidates!.filter((u) => holder.has(unitKey(u)));
    if (shared.length) {
      skip(c, { code: 'overlaps-consolidation', units: shared, file: holder.get(unitKey(shared[0]))!.file });
      skipped.add(c);
      continue;
    }
    for (const u of c.consolidates!) holder.set(unitKey(u), c);
  }
  for (const c of consolidations)
    if (!skipped.has(c)) for (const u of c.consolidates!) through.push({ unit: u, file: c.file, consolidation: c.report!.identity.unit });
  for (const f of taken) {
    const c = holder.get(unitKey(f.report!.identity.unit));
    if (!c || c === f || f.consolidates?.length) continue;
    skip(f, { code: 'in-consolidation', unit: f.report!.identity.unit, consolidation: c.report!.identity.unit, file: c.file });
    skipped.add(f);
  }
  return { skipped, through };
}

/**
 * Completeness against the list: a unit is one unit however its name is typed (`unitKey`); a
 * unit whose file was left out sent something, and says why; a file that could not be read is
 * tied to a listed unit by its file name ("UBND xã Ba.xlsx"). A name only near a listed one is
 * proposed, never counted as that unit.
 */
function completenessOf(
  listed: string[],
  units: MergedUnit[],
  log: LogEntry[],
  duplicates: string[],
  through: Completeness['through'],
): Completeness {
  const expected = listed.map((u) => u.trim()).filter(Boolean);
  const expectedKeys = new Set(expected.map(unitKey));
  const submitted = units.map((u) => u.unit);
  const submittedKeys = new Set(submitted.map(unitKey));
  const notUsed: Completeness['notUsed'] = [];
  const named = new Map(expected.map((u) => [unitKey(u), u]));
  for (const e of log) {
    // The consolidating unit's own file, a unit's older copy and a unit's copy inside a consolidation say nothing of who sent.
    if (e.status !== 'skipped' || ['own-file', 'duplicate', 'in-consolidation'].includes(e.why?.code ?? '')) continue;
    const stem = e.file
      .split(/[\\/]/)
      .pop()!
      .replace(/\.[^.]*$/, '');
    const unit = e.unit || named.get(unitKey(stem));
    if (!unit || submittedKeys.has(unitKey(unit)) || notUsed.some((n) => unitKey(n.unit) === unitKey(unit))) continue;
    notUsed.push({ unit, file: e.file, ...(e.why ? { why: e.why } : {}) });
  }
  const sent = new Set([...submittedKeys, ...notUsed.map((n) => unitKey(n.unit)), ...through.map((t) => unitKey(t.unit))]);
  const missing = expected.filter((u) => !sent.has(unitKey(u)));
  // A consolidation standing for listed units is no stranger to the list.
  const standsFor = new Set(through.filter((t) => expectedKeys.has(unitKey(t.unit))).map((t) => unitKey(t.consolidation)));
  const unexpected = expected.length ? submitted.filter((u) => !expectedKeys.has(unitKey(u)) && !standsFor.has(unitKey(u))) : [];
  const proposed = unexpected.flatMap((unit) => {
    const listed = nearestName(unit, missing);
    return listed ? [{ unit, listed }] : [];
  });
  return {
    expected,
    submitted,
    missing,
    notUsed: notUsed.filter((n) => !expected.length || expectedKeys.has(unitKey(n.unit))),
    through,
    duplicates,
    unexpected,
    proposed,
  };
}

/** What the person merging gave for a file: by its name as listed, or by its last part ("Bac Son.xlsx" for "nhan/Bac Son.xlsx"). */
function givenFor(file: string, given: MergeOptions['given']): { unit?: string; period?: string } | undefined {
  if (!given) return undefined;
  const last = file.split(/[\\/]/).pop() ?? file;
  return given[file] ?? given[last];
}

/** A file with the unit and period the person merging gave put in place of the sheet's own (a copy: the file's report is left as read). */
function withGiven(f: UnitFile, given: MergeOptions['given']): UnitFile {
  const g = givenFor(f.file, given);
  if (!f.report) return f;
  const identity = { ...f.report.identity, ...(g?.unit ? { unit: g.unit.trim() } : {}), ...(g?.period ? { period: g.period.trim() } : {}) };
  return { ...f, report: { ...f.report, identity } };
}

/** The template and period to consolidate: as asked, or those most files report. */
function chooseTarget(files: UnitFile[], opts: MergeOptions): { templateId: string; period: string } {
  const count = new Map<string, number>();
  // A sheet typed by hand that names no period takes the merge's: it has no say in which one, unless no file names one.
  const voters = files.some((f) => f.report!.identity.period || !f.report!.recognised)
    ? files.filter((f) => f.report!.identity.period || !f.report!.recognised)
    : files;
  for (const f of voters) {
    const id = f.report!.identity;
    if (opts.templateId && id.templateId !== opts.templateId) continue;
    if (opts.period && id.period !== opts.period) continue;
    // A period cell that holds no period (typed over, damaged) is never the one merged.
    if (id.period && !parsePeriod(id.period)) continue;
    const k = `${id.templateId}|${id.period}`;
    count.set(k, (count.get(k) ?? 0) + 1);
  }
  const best = [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  if (!best) {
    if (opts.templateId && opts.period) return { templateId: opts.templateId, period: opts.period };
    throw new InputError({ code: 'merge-nothing-readable' });
  }
  const [templateId, period] = best[0].split('|');
  return { templateId, period };
}

/** What a merge is told of deadlines: rules, this period's due day or window as decided, days units sent their reports. */
export interface Timing {
  rules?: DeadlineRules;
  dueBefore?: Day;
  window?: { from: Day; to: Day };
  /** The day a unit sent its report, by unit name. */
  submitted?: Record<string, Day>;
}

/** Each merged unit's submission day: as given for it, else the day its report is dated, else its file's date (0: none known). */
function timelinessOf(period: string, units: MergedUnit[], files: UnitFile[], timing: Timing = {}): { timeliness?: Timeliness } {
  const p = parsePeriod(period);
  if (!p) return {};
  const given = new Map(Object.entries(timing.submitted ?? {}).map(([u, d]) => [unitKey(u), d]));
  const subs = units.map((u) => {
    const day = given.get(unitKey(u.unit));
    if (day !== undefined) return { unit: u.unit, file: u.file, day, source: 'given' as const };
    const file = files.find((f) => f.file === u.file);
    if (file?.reportDay !== undefined) return { unit: u.unit, file: u.file, day: file.reportDay, source: 'report' as const };
    const modified = file?.modified ?? 0;
    return modified > 0
      ? { unit: u.unit, file: u.file, day: dayOfTime(modified), source: 'file' as const }
      : { unit: u.unit, file: u.file, source: 'file' as const };
  });
  return { timeliness: timeliness(p, subs, timing.rules, timing) };
}
