import type { Catalogue } from '../domain/catalogue/catalogue';
import type { Template } from '../domain/catalogue/schema';
import type { RecognitionFacts } from '../domain/sheet/read';
import type { Finding } from '../domain/validate/finding';
import { marksFor } from '../domain/validate/marks';
import { validateSheet } from '../domain/validate/validate';
import type { SheetSource, WorkbookPort } from './port';
import { templateSheets } from './template-sheets';
import { BREAKDOWN_SHEET, CONSOLIDATED_PREFIX, LOG_SHEET } from '../domain/merge/report-sheets';

export interface CheckedSheet {
  sheet: string;
  template: Template;
  findings: Finding[];
  /** Present for a sheet typed by hand and recognised. */
  recognised?: RecognitionFacts;
  unit: string;
  period: string;
}

export interface CheckResult {
  sheets: CheckedSheet[];
  /** Sheets looked at that are not template sheets. */
  others: string[];
}

/** "Kiểm tra": validates the template sheets among `names` (all by default). */
export async function checkWorkbook(source: SheetSource, catalogue: Catalogue, names?: string[]): Promise<CheckResult> {
  const { sheets, others } = await templateSheets(source, catalogue, names);
  // A workbook a merge wrote holds its breakdown and log beside the consolidated sheet.
  const all = await source.sheetNames();
  const merged = all.includes(BREAKDOWN_SHEET) && all.includes(LOG_SHEET);
  return {
    sheets: sheets.map((s) => ({
      sheet: s.sheet,
      template: s.template!,
      findings: validateSheet(s, s.template!, { consolidated: merged && !s.recognised && s.sheet.startsWith(CONSOLIDATED_PREFIX) }),
      unit: s.identity.unit,
      period: s.identity.period,
      ...(s.recognised ? { recognised: s.recognised } : {}),
    })),
    others,
  };
}

/** Checks and marks each finding's cell, the marks of an earlier check cleared first. */
export async function checkAndMark(port: WorkbookPort, catalogue: Catalogue, names: string[]): Promise<CheckResult> {
  const result = await checkWorkbook(port, catalogue, names);
  for (const s of result.sheets) {
    await port.clearMarks(s.sheet);
    await port.markCells(s.sheet, marksFor(s.findings));
  }
  return result;
}

/** Findings grouped by the template section of their indicator, in sheet order. */
export function groupBySection(checked: CheckedSheet): { title: string; findings: Finding[] }[] {
  const sectionOf = new Map<string, string>();
  for (const table of checked.template.tables)
    for (const s of table.sections) {
      const title = [s.code, s.title].filter(Boolean).join('. ') || table.title || checked.template.title;
      for (const r of s.rows) sectionOf.set(r.code, title);
    }
  const groups = new Map<string, Finding[]>();
  for (const f of checked.findings) {
    const title = sectionOf.get(f.code.split('@')[0]) ?? '';
    groups.set(title, [...(groups.get(title) ?? []), f]);
  }
  return [...groups].map(([title, findings]) => ({ title, findings }));
}
