import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { checkWorkbook } from '../app/check';
import { applyCompute, previewCompute } from '../app/compute';
import { fillWorkbook } from '../app/fill';
import { requirePeriod, templatePlan } from '../app/insert';
import { findingJson } from '../app/outputs/findings';
import { mergeJson } from '../app/outputs/merge-json';
import { exportWorkbook } from '../app/export';
import { gridSource } from '../app/port';
import { longCsv, type LongRow } from '../domain/export/long-format';
import { recogniseWorkbook, type SheetKind } from '../app/recognise';
import { recognitionJson } from '../app/outputs/recognition-json';
import {
  notRecognisedText,
  ownSheetText,
  recognisedAsText,
  recognitionCountsText,
  tiedRowText,
  unmatchedRowText,
} from '../domain/messages/recognition';
import { address } from '../domain/sheet/plan';
import { requireTemplateSheets } from '../app/template-sheets';
import { builtInCatalogue } from '../domain/catalogue/catalogue';
import { templateRows } from '../domain/catalogue/rows';
import { InputError, isInputError } from '../domain/errors';
import { groupsFromColumn, groupsFromText, unitsFromColumn, unitsFromText } from '../domain/merge/expected-units';
import { filesWithErrors, mergeReports } from '../domain/merge/merge';
import { mergeSheets } from '../domain/merge/report-sheets';
import { computeChangeText, fillOutcomeText } from '../domain/messages/fill-compute';
import { findingGroupText, findingMessage, severityText } from '../domain/messages/findings';
import { listedFindings } from '../domain/validate/listed';
import type { Lang } from '../domain/messages/lang';
import { logReasonText, logStatusText, notUsedLine, recognitionText, throughLine, unexpectedLine } from '../domain/messages/merge-log';
import { internalErrorText, type Problem } from '../domain/messages/problems';
import { problemLine, shown } from './shown';
import { openWorkbook, saveWorkbook, writeNewWorkbook, writeText } from './io';
import { readUnitPaths, readValues } from './read-files';
import { readBounded, readInput, readTextFile } from './input-files';
import { LIMITS } from '../adapters/lean-reader/limits';
import { refuseInputAsOutput, requireExtension } from './output-file';
import type { Conversions } from './convert';
import { cliTexts } from './texts';
import { applyAssessments, workbookTargets } from '../app/targets';
import { targetsJson } from '../app/outputs/targets-json';
import { builtInTargets, loadTargetSet, targetsOf } from '../domain/targets/catalogue';
import type { Level } from '../domain/catalogue/schema';
import {
  resultNoteText,
  targetStatusText,
  targetsSummaryText,
  thresholdText,
  assessmentText,
  breakdownHeadingText,
} from '../domain/messages/targets';
import { statusCounts } from '../domain/targets/report';
import { compareWithPrevious } from '../app/previous';
import type { Succession } from '../domain/merge/previous';
import { successionFromRows, successionFromText } from '../domain/merge/succession';
import { parseDay, type Day, type DeadlineRules } from '../domain/merge/deadlines';
import { loadDeadlineRules } from '../domain/merge/deadline-rules';
import type { Timing, UnitFile } from '../domain/merge/merge';

export interface Output {
  out(text: string): void;
  err(text: string): void;
  /** What a person waiting should know (LibreOffice started): only where one is watching (a terminal). */
  progress?(text: string): void;
}

/** Where a command writes and in which language it speaks. */
export interface Cli {
  io: Output;
  lang: Lang;
}

/** The conversions of one command: one time for them all, and a word when LibreOffice starts (it may take a while). */
function converter({ io, lang }: Cli): Conversions {
  return { progress: (files, format) => io.progress?.(cliTexts(lang).converting(files, format)) };
}

export function listTemplates(json: boolean, { io, lang }: Cli): number {
  const list = builtInCatalogue().templates.map((t) => {
    const rows = templateRows(t);
    return {
      id: t.id,
      version: t.version,
      name: t.name,
      title: t.title,
      periodKind: t.periodKind,
      sections: t.tables.reduce((n, tb) => n + tb.sections.length, 0),
      rows: rows.length,
      derived: rows.filter((r) => r.formula).length,
    };
  });
  if (json) io.out(JSON.stringify(list, null, 2));
  else for (const t of list) io.out(`${t.id.padEnd(20)} ${t.version.padEnd(7)} ${cliTexts(lang).rows(t.rows).padStart(9)}  ${t.name}`);
  return 0;
}

export interface TemplateArgs {
  id: string;
  out: string;
  unit?: string;
  period?: string;
  reportNumber?: string;
  reportDate?: string;
  addons?: boolean;
}

export async function writeTemplate(a: TemplateArgs, { io, lang }: Cli): Promise<number> {
  requireExtension(a.out, 'xlsx');
  const plan = templatePlan(builtInCatalogue(), {
    templateId: a.id,
    unit: a.unit,
    period: a.period,
    reportNumber: a.reportNumber,
    reportDate: a.reportDate,
    addons: a.addons,
  });
  await writeNewWorkbook([plan], a.out);
  const t = builtInCatalogue().find(a.id)!;
  io.out(cliTexts(lang).templateWritten(t.id, t.version, plan.name, a.out));
  return 0;
}

export interface FillArgs {
  file: string;
  values: string;
  out: string;
  sheet?: string;
  json: boolean;
}

export async function fillTemplate(a: FillArgs, { io, lang }: Cli): Promise<number> {
  requireExtension(a.out, 'xlsx');
  refuseInputAsOutput(a.out, [a.file, a.values]);
  const wb = await openWorkbook(a.file);
  const text = readTextFile(a.values, { code: 'values-unreadable', file: a.values });
  const { sheet, outcomes } = await fillWorkbook(wb, builtInCatalogue(), a.file, { name: a.values, text }, a.sheet);
  await saveWorkbook(wb, a.out, () => io.err(cliTexts(lang).objectsDropped(a.out)));
  // A ratio or total of an export is left to its formula: said, not an error.
  const rejected = outcomes.filter((o) => o.status !== 'written' && o.status !== 'computed');
  const say = cliTexts(lang);
  if (a.json) {
    const listed = outcomes.map((o) => ({ ...o, message: fillOutcomeText(o, lang) }));
    io.out(JSON.stringify({ file: a.file, sheet, out: a.out, outcomes: listed }, null, 2));
  } else {
    io.out(say.valuesWritten(outcomes.filter((o) => o.status === 'written').length, outcomes.length, sheet, a.out));
    for (const o of outcomes.filter((x) => x.status === 'computed' || x.separator)) io.out(fillOutcomeText(o, lang));
    for (const o of rejected) io.err(say.notWritten(fillOutcomeText(o, lang)));
  }
  return rejected.length ? 1 : 0;
}

/**
 * Checks one file, or every .xlsx in the folders and files given (each reported on its own; an
 * unreadable file is reported and the others are still checked). JSON: the findings of a single
 * file as a list; for several files, { file, findings | error } per file.
 */
export async function validateFiles(paths: string[], json: boolean, { io, lang }: Cli): Promise<number> {
  const converting = converter({ io, lang });
  const say = cliTexts(lang);
  const files = await expandInputs(paths);
  const reports: { file: string; findings?: ReturnType<typeof findingJson>[]; error?: string }[] = [];
  for (const file of files) {
    try {
      const source = gridSource(await readValues(basename(file), readInput(file), converting));
      const checked = await checkWorkbook(source, builtInCatalogue());
      if (!checked.sheets.length) throw new InputError({ code: 'no-template-sheet', file: basename(file), looked: checked.others.length });
      const findings = checked.sheets.flatMap((s) => s.findings);
      reports.push({ file, findings: findings.map((f) => findingJson(f, lang)) });
      if (!json) {
        const errors = findings.filter((f) => f.severity === 'error').length;
        for (const s of checked.sheets.filter((x) => x.recognised)) {
          const r = s.recognised!;
          io.out(
            recognisedAsText(
              { sheet: s.sheet, template: s.template.id, version: s.template.version, unit: s.unit, period: s.period },
              lang,
            ),
          );
          io.out(
            `  ${recognitionCountsText({ tied: r.tied, unmatched: r.unmatched.length, missing: r.missing.length, confidence: r.confidence }, lang)}`,
          );
        }
        for (const line of listedFindings(findings)) {
          const f = 'finding' in line ? line.finding : line.group[0];
          const text = 'finding' in line ? findingMessage(f.text, lang) : findingGroupText(line.group, lang);
          const code = 'finding' in line ? f.code : '…';
          io.out(`${f.sheet}!${f.cell}\t${code}\t${f.rule}\t${severityText(f.severity, lang).toLocaleLowerCase(lang)}\t${text}`);
        }
        io.out(say.fileSummary(file, errors, findings.length - errors, checked.sheets.length));
      }
    } catch (e) {
      if (!isInputError(e) || files.length === 1) throw e;
      const error = problemLine(e.problem, lang);
      reports.push({ file, error });
      if (!json) io.err(error);
    }
  }
  if (json) io.out(JSON.stringify(files.length === 1 ? reports[0].findings : reports, null, 2));
  if (reports.some((r) => r.error)) return 2;
  return reports.some((r) => r.findings!.some((f) => f.severity === 'error')) ? 1 : 0;
}

/**
 * `cchc export`: every value of the template sheets of the files given (the add-in's and those
 * typed by hand) in long format, one CSV row per unit, period, template, indicator and column,
 * with the file and cell it came from. Every file is named with what it gave; a file that cannot
 * be read is said so (exit 2) and the others are still exported.
 */
export async function exportFiles(paths: string[], csv: string, { io, lang }: Cli): Promise<number> {
  const converting = converter({ io, lang });
  const files = await expandInputs(paths);
  requireExtension(csv, 'csv');
  refuseInputAsOutput(csv, files);
  const say = cliTexts(lang);
  const rows: LongRow[] = [];
  let unreadable = false;
  for (const file of files) {
    try {
      const got = await exportWorkbook(
        gridSource(await readValues(basename(file), readInput(file), converting)),
        builtInCatalogue(),
        basename(file),
      );
      if (!got.sheets.length) throw new InputError({ code: 'no-template-sheet', file: basename(file), looked: got.others.length });
      rows.push(...got.rows);
      io.out(say.exported(file, got.rows.length, got.sheets));
    } catch (e) {
      if (!isInputError(e)) throw e;
      unreadable = true;
      io.err(problemLine(e.problem, lang));
    }
  }
  writeText(csv, longCsv(rows));
  io.out(say.exportWritten(rows.length, csv));
  return unreadable ? 2 : 0;
}

/**
 * `cchc recognise`: what each sheet of each file is, and for a sheet typed by hand the row and
 * column each indicator was found in, with what could not be tied. Exit code 0 when every file
 * holds a template sheet (written by the add-in or recognised), 1 when one holds none, 2 when a
 * file cannot be read.
 */
export async function recogniseFiles(paths: string[], json: boolean, { io, lang }: Cli): Promise<number> {
  const converting = converter({ io, lang });
  const files = await expandInputs(paths);
  const reports: ReturnType<typeof recognitionJson>[] = [];
  let unreadable = false;
  for (const file of files) {
    try {
      const kinds = await recogniseWorkbook(gridSource(await readValues(basename(file), readInput(file), converting)), builtInCatalogue());
      reports.push(recognitionJson(file, kinds, lang));
      if (!json) for (const line of recognitionLines(kinds, lang)) io.out(line);
    } catch (e) {
      if (!isInputError(e) || files.length === 1) throw e;
      unreadable = true;
      io.err(problemLine(e.problem, lang));
    }
  }
  if (json) io.out(JSON.stringify(files.length === 1 ? reports[0] : reports, null, 2));
  if (unreadable) return 2;
  return reports.every((r) => r.sheets.some((s) => s.kind !== 'other')) ? 0 : 1;
}

function recognitionLines(kinds: SheetKind[], lang: Lang): string[] {
  return kinds.flatMap((k) => {
    if ('own' in k) return [ownSheetText(k.sheet, k.own, lang)];
    if (!('recognition' in k)) return [notRecognisedText(k.sheet, lang)];
    const r = k.recognition;
    const t = r.template;
    return [
      recognisedAsText(
        { sheet: k.sheet, template: t.id, version: t.version, unit: r.heading.unit ?? '', period: r.heading.period ?? '' },
        lang,
      ),
      `  ${recognitionCountsText({ tied: r.rows.length, unmatched: r.unmatched.length, missing: r.missing.length, confidence: r.confidence }, lang)}`,
      ...[
        ...r.rows.map((x) => ({ row: x.row, text: `  ${address(x.row, x.col)}\t${tiedRowText(x, lang)}` })),
        ...r.unmatched.map((u) => ({
          row: u.row,
          text: `  ${address(u.row, u.col)}\t${unmatchedRowText({ label: u.label, ...(u.closest[0] ? { closest: u.closest[0] } : {}) }, lang)}`,
        })),
      ]
        .sort((a, b) => a.row - b.row)
        .map((x) => x.text),
    ];
  });
}

/**
 * Files as given, folders replaced by every file they hold (sorted; Office lock files and hidden
 * files left out, links followed, subfolders not entered): each then gets an outcome, so a file
 * that is not a workbook, a broken link or a loop is named, never passed over. A folder with
 * nothing to read is refused.
 */
async function expandInputs(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => undefined);
    if (!info?.isDirectory()) {
      out.push(p);
      continue;
    }
    const names = (await readdir(p)).filter((n) => !n.startsWith('~$') && !n.startsWith('.')).sort();
    const files: string[] = [];
    for (const name of names) {
      const path = join(p, name);
      // A link that leads nowhere (or round in a loop) is kept: reading it says so.
      if (!(await stat(path).catch(() => undefined))?.isDirectory()) files.push(path);
    }
    if (!files.length) throw new InputError({ code: 'folder-empty', folder: p });
    out.push(...files);
  }
  return out;
}

export interface ComputeArgs {
  file: string;
  out: string;
  json: boolean;
  valuesOnly: boolean;
}

export async function computeFile(a: ComputeArgs, { io, lang }: Cli): Promise<number> {
  requireExtension(a.out, 'xlsx');
  refuseInputAsOutput(a.out, [a.file]);
  const wb = await openWorkbook(a.file);
  await requireTemplateSheets(wb, builtInCatalogue(), a.file);
  const changes = await previewCompute(wb, builtInCatalogue(), undefined, a.valuesOnly);
  await applyCompute(wb, changes);
  await saveWorkbook(wb, a.out, () => io.err(cliTexts(lang).objectsDropped(a.out)));
  if (a.json)
    io.out(
      JSON.stringify(
        changes.map((c) => ({ ...c, description: computeChangeText(c, lang) })),
        null,
        2,
      ),
    );
  else {
    for (const c of changes) io.out(`${c.sheet}!${c.cell}\t${computeChangeText(c, lang)}`);
    io.out(cliTexts(lang).computed(changes.length, a.out));
  }
  return 0;
}

/** A list given as a workbook (units, successions): its bytes within the reader's bound, or the problem naming it. */
function readListWorkbook(path: string, problem: Problem): Buffer {
  return readBounded(path, LIMITS.fileBytes, problem);
}

/**
 * The expected units and the group of each where given: a text list (one a line, the group after
 * a tab, ";" or ",") or the first sheet of an .xlsx file (a column of names, the groups right of it).
 */
async function readExpectedUnits(path: string): Promise<{ units: string[]; groups: Map<string, string> }> {
  const problem: Problem = { code: 'units-unreadable', file: path };
  if (!/\.xlsx$/i.test(path)) {
    const text = readTextFile(path, problem);
    return { units: unitsFromText(text), groups: groupsFromText(text) };
  }
  const data = readListWorkbook(path, problem);
  const values = (await readValues(basename(path), data))[0]?.values ?? [];
  return { units: unitsFromColumn(values), groups: groupsFromColumn(values) };
}

/** `--unit-of "Bac Son.xlsx=UBND xã Bắc Sơn"`, given once per file. */
function givenUnits(list: string[]): Record<string, { unit: string }> {
  const out: Record<string, { unit: string }> = {};
  for (const item of list) {
    const at = item.indexOf('=');
    if (at <= 0 || !item.slice(at + 1).trim()) throw new InputError({ code: 'usage', usage: '--unit-of "TỆP.xlsx=UBND xã …"' });
    out[item.slice(0, at).trim()] = { unit: item.slice(at + 1).trim() };
  }
  return out;
}

export interface MergeArgs {
  inputs: string[];
  out: string;
  unit?: string;
  period?: string;
  expected?: string;
  excludeErrors: boolean;
  json: boolean;
  /** "FILE=UNIT" for files whose sheet names no unit. */
  unitOf?: string[];
  /** The previous period's consolidated workbook, and the unit-succession list its units map by. */
  previous?: string;
  succession?: string;
  /** "UNIT=15/9/2024": the day a unit sent its report, where its file's date will not do. */
  submitted?: string[];
  /** This period's due day ("05/9/2024": reports from that day on are late) and data window ("15/6/2024-14/9/2024"). */
  dueBefore?: string;
  window?: string;
  /** A province's deadline rules (JSON), over the defaults. */
  deadlines?: string;
}

/** A province's deadline rules from a JSON file. */
function readDeadlines(path: string): DeadlineRules {
  const file = basename(path);
  const text = readTextFile(path, { code: 'deadlines-unreadable', file });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new InputError({ code: 'deadlines-unreadable', file });
  }
  return loadDeadlineRules(data, file);
}

/** The deadlines and submission days given on the command line. */
function timingOf(a: MergeArgs): Timing {
  const day = (text: string, usage: string) => {
    const d = parseDay(text);
    if (d === undefined) throw new InputError({ code: 'usage', usage });
    return d;
  };
  const submitted: Record<string, Day> = {};
  for (const item of a.submitted ?? []) {
    const at = item.lastIndexOf('=');
    if (at <= 0) throw new InputError({ code: 'usage', usage: '--submitted "UBND xã …=15/9/2024"' });
    submitted[item.slice(0, at).trim()] = day(item.slice(at + 1), '--submitted "UBND xã …=15/9/2024"');
  }
  const window = a.window?.split(/\s*[-–]\s*(?=\d{1,2}[/.])/);
  const windowUsage = '--window 15/6/2024-14/9/2024';
  if (window && window.length !== 2) throw new InputError({ code: 'usage', usage: windowUsage });
  const span = window && { from: day(window[0], windowUsage), to: day(window[1], windowUsage) };
  // A window that ends before it begins is a typing slip, not an empty period.
  if (span && span.to < span.from) throw new InputError({ code: 'usage', usage: windowUsage });
  return {
    submitted,
    ...(a.deadlines ? { rules: readDeadlines(a.deadlines) } : {}),
    ...(a.dueBefore ? { dueBefore: day(a.dueBefore, '--due-before 05/9/2024') } : {}),
    ...(span ? { window: span } : {}),
  };
}

/** A unit-succession list: a CSV text or the first sheet of an .xlsx file (new unit, earlier unit, date). */
async function readSuccession(path: string): Promise<Succession[]> {
  const problem: Problem = { code: 'succession-unreadable', file: basename(path) };
  if (!/\.xlsx$/i.test(path)) return successionFromText(readTextFile(path, problem));
  return successionFromRows((await readValues(basename(path), readListWorkbook(path, problem)))[0]?.values ?? []);
}

/** When no file can be merged, each is named with why before the merge's own message. */
function withEachFileSaid<T>(files: UnitFile[], { io, lang }: Cli, merge: () => T): T {
  try {
    return merge();
  } catch (e) {
    if (isInputError(e) && e.problem.code === 'merge-nothing-readable')
      for (const f of files) {
        const id = f.report?.identity;
        const why = f.unreadable
          ? 'problem' in f.unreadable
            ? problemLine(f.unreadable.problem, lang)
            : internalErrorText(f.unreadable.internal, lang)
          : cliTexts(lang).notChosen(id?.templateId ?? '', id?.period ?? '');
        io.err(`✗ ${shown(f.file)}\t${why}`);
      }
    throw e;
  }
}

/** `cchc merge`: consolidates the units' workbooks into a new workbook; the sources are only read. */
export async function mergeFiles(a: MergeArgs, { io, lang }: Cli): Promise<number> {
  const converting = converter({ io, lang });
  if (a.period) requirePeriod(a.period);
  const paths = await expandInputs(a.inputs);
  if (!paths.length) throw new InputError({ code: 'merge-no-files' });
  requireExtension(a.out, 'xlsx');
  refuseInputAsOutput(a.out, [...paths, a.expected, a.previous, a.succession, a.deadlines]);
  // One file after the other, synchronously: it is all CPU work (helper threads gained nothing on two cores).
  const given = givenUnits(a.unitOf ?? []);
  const names = new Set(paths.map((p) => basename(p)));
  const unknown = Object.keys(given).find((f) => !names.has(basename(f)));
  if (unknown !== undefined) throw new InputError({ code: 'unit-of-unknown-file', file: unknown });
  const files = await readUnitPaths(paths, converting);
  const expected = a.expected ? await readExpectedUnits(a.expected) : undefined;
  const result = withEachFileSaid(files, { io, lang }, () =>
    mergeReports(files, {
      catalogue: builtInCatalogue(),
      unit: a.unit ?? 'Đơn vị tổng hợp',
      period: a.period,
      expected: expected?.units,
      excludeErrors: a.excludeErrors,
      given,
      timing: timingOf(a),
    }),
  );
  const previous = a.previous
    ? compareWithPrevious(
        result,
        basename(a.previous),
        await readValues(basename(a.previous), readInput(a.previous), converting),
        builtInCatalogue(),
        a.succession ? await readSuccession(a.succession) : [],
      )
    : undefined;
  const sheets = mergeSheets(result, {
    targets: builtInTargets(builtInCatalogue()),
    ...(previous ? { previous } : {}),
    ...(expected?.groups.size ? { groups: expected.groups } : {}),
  });
  await writeNewWorkbook(sheets, a.out);
  const merged = result.log.filter((l) => l.status === 'merged').length;
  const say = cliTexts(lang);
  if (a.json) io.out(JSON.stringify(mergeJson(result, a.out, lang), null, 2));
  else {
    for (const l of result.log) {
      const said = [l.recognised && recognitionText(l.recognised, lang), l.why && logReasonText(l.why, lang)].filter(Boolean).join('; ');
      const reason = said ? `: ${said}` : '';
      io.out(
        `${l.status === 'merged' ? '✓' : '✗'} ${shown(l.file)}\t${shown(l.unit) || '—'}\t${logStatusText(l.status, lang)}${shown(reason)}`,
      );
    }
    if (result.completeness.missing.length) io.out(say.notSubmitted(result.completeness.missing));
    const c = result.completeness;
    for (const line of [throughLine(c, lang), notUsedLine(c, lang), unexpectedLine(c, lang)]) if (line) io.out(line);
    if (result.errors.length) io.out(say.mergeErrors(result.errors.length, filesWithErrors(result.errors)));
    if (previous) io.out(say.previous(previous.period, previous.comparison.appeared, previous.comparison.vanished));
    if (result.timeliness?.late.length) io.out(say.late(result.timeliness.late.map((l) => `${l.unit} (${l.days})`)));
    if (result.outliers.length) io.out(say.outliers(result.outliers.length, new Set(result.outliers.map((o) => o.unit)).size));
    io.out(say.merged(merged, files.length, result.template.id, result.period, a.out));
  }
  return 0;
}

export interface TargetsArgs {
  file: string;
  json: boolean;
  level?: Level;
  /** A province's own target files (JSON). */
  targets: string[];
  /** Where to write the workbook with the self-assessment proposals; nothing is written without it. */
  out?: string;
}

/** A province's own target set from a JSON file, checked against the templates. */
function readTargetSet(path: string) {
  const problem: Problem = { code: 'targets-unreadable', file: basename(path) };
  const text = readTextFile(path, problem);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new InputError(problem);
  }
  return loadTargetSet(data, builtInCatalogue());
}

/** `cchc targets`: each unit's report in a file against the targets, and the self-assessment proposals (written with --out). */
export async function targetsFile(a: TargetsArgs, { io, lang }: Cli): Promise<number> {
  const converting = converter({ io, lang });
  if (a.out) {
    requireExtension(a.out, 'xlsx');
    refuseInputAsOutput(a.out, [a.file, ...a.targets]);
  }
  const sets = targetsOf([...builtInTargets(builtInCatalogue()), ...a.targets.map(readTargetSet)]);
  // Only a file to write into is opened as a workbook; any other is read as received (.xls, .ods, hand-made sheets).
  const wb = a.out ? await openWorkbook(a.file) : undefined;
  const source = wb ?? gridSource(await readValues(basename(a.file), readInput(a.file), converting));
  const units = await workbookTargets(source, builtInCatalogue(), sets, a.level ? { level: a.level } : {});
  if (!units.length) throw new InputError({ code: 'no-template-sheet', file: basename(a.file) });
  let filled = 0;
  if (wb && a.out) {
    for (const u of units) filled += await applyAssessments(wb, u.assessments);
    await saveWorkbook(wb, a.out, () => io.err(cliTexts(lang).objectsDropped(a.out!)));
  }
  if (a.json) {
    io.out(
      JSON.stringify(
        units.map((u) => targetsJson(u, lang)),
        null,
        2,
      ),
    );
    return 0;
  }
  const say = cliTexts(lang);
  units.forEach((u, i) => {
    if (u.within && units[i - 1]?.within !== u.within)
      io.out(breakdownHeadingText(u.within, u.sheets[0], units.filter((x) => x.within === u.within).length, lang));
    io.out(targetsSummaryText({ ...u, counts: statusCounts(u.results) }, lang));
    for (const r of u.results)
      io.out(
        `  ${targetStatusText(r.status, lang)}\t${r.target.id}\t${r.target.year}\t${r.target.label}\t${thresholdText(r.target, lang, r.threshold)}\t${resultNoteText(r, lang)}`,
      );
    for (const x of u.assessments) io.out(`  ${x.sheet}!${address(x.row, x.col)}\t${x.code}\t${assessmentText(x, lang)}`);
  });
  if (a.out) io.out(say.assessed(filled, a.out));
  return 0;
}
