import { readFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { filesWithErrors, mergeReports, type MergeResult } from '../domain/merge/merge';
import { unitsFromColumn, unitsFromText } from '../domain/merge/expected-units';
import { mergeSheets } from '../domain/merge/report-sheets';
import { catalogue, findTemplate } from '../domain/catalogue/catalogue';
import { templateRows } from '../domain/catalogue/rows';
import { parseValuesCsv } from '../domain/fill/csv';
import { planFill } from '../domain/fill/fill';
import { parsePeriod, type Period } from '../domain/period';
import { renderTemplate } from '../domain/render/template';
import { readTemplateSheet, type TemplateSheet } from '../domain/sheet/read';
import { planCompute } from '../domain/compute/plan';
import { SEVERITY_LABEL, type Finding } from '../domain/validate/finding';
import { validateSheet } from '../domain/validate/validate';
import type { ExcelJsWorkbook } from '../workbook/exceljs-adapter';
import { openWorkbook, saveWorkbook, UserError, writeNewWorkbook } from './io';
import { readUnitPath, readValues } from './read-files';

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export function listTemplates(json: boolean, io: Output): number {
  const list = catalogue().map((t) => {
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
  else for (const t of list) io.out(`${t.id.padEnd(20)} ${t.version.padEnd(7)} ${String(t.rows).padStart(4)} dòng  ${t.name}`);
  return 0;
}

export interface TemplateArgs {
  id: string;
  out: string;
  unit?: string;
  period?: string;
  reportNumber?: string;
  reportDate?: string;
}

export async function writeTemplate(a: TemplateArgs, io: Output): Promise<number> {
  const t = findTemplate(a.id);
  if (!t) throw new UserError(`Không có mẫu "${a.id}". Các mẫu: ${catalogue().map((x) => x.id).join(', ')}`);
  const period = a.period ? requirePeriod(a.period) : undefined;
  const plan = renderTemplate(t, { unit: a.unit, period, reportNumber: a.reportNumber, reportDate: a.reportDate });
  await writeNewWorkbook([plan], a.out);
  io.out(`Đã ghi mẫu ${t.id} (phiên bản ${t.version}) vào trang "${plan.name}" của ${a.out}`);
  return 0;
}

export function requirePeriod(text: string): Period {
  const p = parsePeriod(text);
  if (!p) throw new UserError(`Kỳ báo cáo "${text}" không hợp lệ: dùng dạng 2024-Q3 (quý), 2024-H1 (6 tháng) hoặc 2024 (năm).`);
  return p;
}

export interface FillArgs {
  file: string;
  values: string;
  out: string;
  sheet?: string;
  json: boolean;
}

export async function fillTemplate(a: FillArgs, io: Output): Promise<number> {
  const wb = await openWorkbook(a.file);
  const sheet = await findTemplateSheet(wb, a.file, a.sheet);
  let text: string;
  try {
    text = await readFile(a.values, 'utf8');
  } catch {
    throw new UserError(`Không đọc được tệp số liệu "${a.values}".`);
  }
  const { writes, outcomes } = planFill(sheet, sheet.template!, parseValuesCsv(text));
  await wb.patchCells(sheet.sheet, writes);
  await saveWorkbook(wb, a.out);
  const rejected = outcomes.filter((o) => o.status !== 'written');
  if (a.json) io.out(JSON.stringify({ file: a.file, sheet: sheet.sheet, out: a.out, outcomes }, null, 2));
  else {
    io.out(`Đã ghi ${outcomes.length - rejected.length}/${outcomes.length} giá trị vào trang "${sheet.sheet}" → ${a.out}`);
    for (const o of rejected) io.err(`Không ghi: ${o.message}`);
  }
  return rejected.length ? 1 : 0;
}

/** The named template sheet, or the only/first one; a clear message when there is none. */
export async function findTemplateSheet(wb: ExcelJsWorkbook, file: string, name?: string): Promise<TemplateSheet> {
  const names = await wb.sheetNames();
  if (name && !names.includes(name)) throw new UserError(`Tệp "${file}" không có trang tính "${name}".`);
  for (const n of name ? [name] : names) {
    const sheet = readTemplateSheet(await wb.readSheet(n));
    if (sheet?.template) return sheet;
    if (sheet) throw new UserError(`Trang "${n}" của tệp "${file}" dùng mẫu "${sheet.identity.templateId}" không có trong danh mục.`);
    if (name) break;
  }
  throw new UserError(`Tệp "${file}" không có trang tính nào được tạo từ mẫu CCHC (${name ? `trang "${name}"` : 'đã xem ' + names.length + ' trang'}).`);
}

/**
 * Checks one file, or every .xlsx in the folders and files given (each reported on its own; an
 * unreadable file is reported and the others are still checked). JSON: the findings of a single
 * file as a list; for several files, { file, findings | error } per file.
 */
export async function validateFiles(paths: string[], json: boolean, io: Output): Promise<number> {
  const files = await expandInputs(paths);
  const reports: { file: string; findings?: ReturnType<typeof findingRow>[]; error?: string }[] = [];
  for (const file of files) {
    try {
      const sheets = leanTemplateSheets(file);
      const findings = sheets.flatMap((s) => validateSheet(s, s.template!));
      reports.push({ file, findings: findings.map(findingRow) });
      if (!json) {
        const errors = findings.filter((f) => f.severity === 'error').length;
        for (const f of findings) io.out(`${f.sheet}!${f.cell}\t${f.code}\t${f.rule}\t${SEVERITY_LABEL[f.severity]}\t${f.message}`);
        io.out(`${file}: ${errors} lỗi, ${findings.length - errors} cảnh báo trên ${sheets.length} trang mẫu.`);
      }
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      if (files.length === 1) throw e;
      reports.push({ file, error: e.message });
      if (!json) io.err(e.message);
    }
  }
  if (json) io.out(JSON.stringify(files.length === 1 ? reports[0].findings : reports, null, 2));
  if (reports.some((r) => r.error)) return 2;
  return reports.some((r) => r.findings!.some((f) => f.severity === 'error')) ? 1 : 0;
}

function findingRow(f: Finding) {
  return { sheet: f.sheet, cell: f.cell, code: f.code, rule: f.rule, severity: f.severity, message: f.message, expected: f.expected ?? null, actual: f.actual ?? null };
}

/** Files as given, folders replaced by the files they hold that `keep` accepts (sorted; Office lock files left out). */
async function expandInputs(paths: string[], keep: (name: string) => boolean = (n) => /\.xlsx$/i.test(n)): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => undefined);
    if (info?.isDirectory()) {
      const names = (await readdir(p, { withFileTypes: true })).filter((d) => d.isFile() && keep(d.name) && !d.name.startsWith('~$') && !d.name.startsWith('.'));
      out.push(...names.map((d) => join(p, d.name)).sort());
    } else out.push(p);
  }
  return out;
}

export interface ComputeArgs {
  file: string;
  out: string;
  json: boolean;
  valuesOnly: boolean;
}

export async function computeFile(a: ComputeArgs, io: Output): Promise<number> {
  const wb = await openWorkbook(a.file);
  const changes = [];
  for (const s of await templateSheets(wb, a.file)) {
    const planned = planCompute(s, s.template!, a.valuesOnly);
    await wb.patchCells(
      s.sheet,
      planned.map((c) => (c.newFormula ? { row: c.row, col: c.col, formula: c.newFormula, result: c.newValue ?? '' } : { row: c.row, col: c.col, value: c.newValue })),
    );
    changes.push(...planned);
  }
  await saveWorkbook(wb, a.out);
  if (a.json) io.out(JSON.stringify(changes, null, 2));
  else {
    for (const c of changes) io.out(`${c.sheet}!${c.cell}\t${c.description}`);
    io.out(`Đã tính ${changes.length} ô → ${a.out}`);
  }
  return 0;
}

/** Template sheets of a file read with the lean reader (checking does not need formats). */
function leanTemplateSheets(path: string): TemplateSheet[] {
  const name = basename(path);
  const data = attempt(() => readFileSync(path));
  if (!data) throw new UserError(`Không mở được tệp "${path}": tệp không tồn tại hoặc không đọc được.`);
  let sheets: TemplateSheet[];
  try {
    sheets = readValues(name, data)
      .map(readTemplateSheet)
      .filter((s): s is TemplateSheet => !!s?.template);
  } catch (e) {
    throw new UserError((e as Error).message);
  }
  if (!sheets.length) throw new UserError(`Tệp "${name}" không có trang tính nào được tạo từ mẫu CCHC.`);
  return sheets;
}

/** The expected units: a text list (one a line) or the first sheet of an .xlsx file (one column of names). */
function readExpectedUnits(path: string): string[] {
  const data = attempt(() => readFileSync(path));
  if (!data) throw new UserError(`Không đọc được danh sách đơn vị "${path}".`);
  if (!/\.xlsx$/i.test(path)) return unitsFromText(data.toString('utf8'));
  try {
    return unitsFromColumn(readValues(basename(path), data)[0]?.values ?? []);
  } catch (e) {
    throw new UserError((e as Error).message);
  }
}

function attempt<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

/** Every template sheet of a workbook; a clear message when there is none. */
async function templateSheets(wb: ExcelJsWorkbook, file: string): Promise<TemplateSheet[]> {
  const out: TemplateSheet[] = [];
  const names = await wb.sheetNames();
  for (const n of names) {
    const s = readTemplateSheet(await wb.readSheet(n));
    if (s?.template) out.push(s);
  }
  if (!out.length) throw new UserError(`Tệp "${file}" không có trang tính nào được tạo từ mẫu CCHC (đã xem ${names.length} trang).`);
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
}

/** `cchc merge`: consolidates the units' workbooks into a new workbook; the sources are only read. */
export async function mergeFiles(a: MergeArgs, io: Output): Promise<number> {
  if (a.period) requirePeriod(a.period);
  const paths = await expandInputs(a.inputs, () => true);
  if (!paths.length) throw new UserError('Không có tệp nào để tổng hợp.');
  if (paths.some((p) => resolve(p) === resolve(a.out))) throw new UserError(`Tệp kết quả "${a.out}" là một trong các tệp nguồn: hãy ghi ra tệp khác, tệp nguồn không bao giờ bị ghi đè.`);
  // One file after the other, synchronously: it is all CPU work (helper threads gained nothing on two cores).
  const files = paths.map(readUnitPath);
  const expected = a.expected ? readExpectedUnits(a.expected) : undefined;
  let result: MergeResult;
  try {
    result = mergeReports(files, { unit: a.unit ?? 'Đơn vị tổng hợp', period: a.period, expected, excludeErrors: a.excludeErrors });
  } catch (e) {
    throw new UserError((e as Error).message);
  }
  await writeNewWorkbook(mergeSheets(result), a.out);
  const merged = result.log.filter((l) => l.status === 'đã gộp').length;
  if (a.json)
    io.out(
      JSON.stringify(
        {
          template: result.template.id,
          period: result.period,
          unit: result.unit,
          out: a.out,
          log: result.log,
          errors: result.errors.map((e) => ({ file: e.file, unit: e.unit, ...e.finding })),
          completeness: result.completeness,
          notes: result.notes,
        },
        null,
        2,
      ),
    );
  else {
    for (const l of result.log) io.out(`${l.status === 'đã gộp' ? '✓' : '✗'} ${l.file}\t${l.unit || '—'}\t${l.status}${l.reason ? `: ${l.reason}` : ''}`);
    if (result.completeness.missing.length) io.out(`Chưa nộp: ${result.completeness.missing.join(', ')}`);
    if (result.errors.length)
      io.out(`${result.errors.length} lỗi khi kiểm tra trong ${filesWithErrors(result.errors)} tệp: xem danh sách ở trang "Nhật ký tổng hợp" (hoặc --json)`);
    io.out(`Đã tổng hợp ${merged}/${files.length} tệp (${result.template.id}, kỳ ${result.period}) → ${a.out}`);
  }
  return 0;
}
