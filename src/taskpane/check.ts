import type { Template } from '../domain/catalogue/schema';
import { readTemplateSheet } from '../domain/sheet/read';
import type { Finding } from '../domain/validate/finding';
import { marksFor } from '../domain/validate/marks';
import { validateSheet } from '../domain/validate/validate';
import type { WorkbookPort } from '../workbook/port';

export interface CheckedSheet {
  sheet: string;
  template: Template;
  findings: Finding[];
}

export interface CheckResult {
  sheets: CheckedSheet[];
  /** Sheets looked at that are not template sheets. */
  others: string[];
}

/** "Kiểm tra": validates the template sheets among `names` and marks their findings (old marks first cleared). */
export async function checkSheets(port: WorkbookPort, names: string[]): Promise<CheckResult> {
  const result: CheckResult = { sheets: [], others: [] };
  for (const name of names) {
    const sheet = readTemplateSheet(await port.readSheet(name));
    if (!sheet?.template) {
      result.others.push(name);
      continue;
    }
    const findings = validateSheet(sheet, sheet.template);
    await port.clearMarks(name);
    await port.markCells(name, marksFor(findings));
    result.sheets.push({ sheet: name, template: sheet.template, findings });
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

/** The findings as a CSV report (UTF-8 with BOM so Excel shows the diacritics). */
export function findingsCsv(sheets: CheckedSheet[]): string {
  const q = (v: unknown) => `"${String(v ?? '').replace(/"/g, '""')}"`;
  const lines = [['Trang', 'Ô', 'Mã chỉ tiêu', 'Quy tắc', 'Mức độ', 'Nội dung'].map(q).join(',')];
  for (const s of sheets)
    for (const f of s.findings) lines.push([f.sheet, f.cell, f.code, f.rule, f.severity === 'error' ? 'Lỗi' : 'Cảnh báo', f.message].map(q).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
