import { findingMessage, severityText } from '../../domain/messages/findings';
import type { Lang } from '../../domain/messages/lang';
import type { Finding } from '../../domain/validate/finding';
import type { CheckedSheet } from '../check';

/** A finding as written in JSON output: every field present, null where there is no value; the message in a language. */
export function findingJson(f: Finding, lang: Lang = 'vi') {
  return {
    sheet: f.sheet,
    cell: f.cell,
    code: f.code,
    rule: f.rule,
    severity: f.severity,
    message: lang === 'vi' ? f.message : findingMessage(f.text, lang),
    expected: f.expected ?? null,
    actual: f.actual ?? null,
  };
}

/** The findings as a CSV report (UTF-8 with BOM so Excel shows the diacritics). */
export function findingsCsv(sheets: CheckedSheet[]): string {
  const q = (v: string | number | null | undefined) => `"${String(v ?? '').replace(/"/g, '""')}"`;
  const lines = [['Trang', 'Ô', 'Mã chỉ tiêu', 'Quy tắc', 'Mức độ', 'Nội dung'].map(q).join(',')];
  for (const s of sheets)
    for (const f of s.findings) lines.push([f.sheet, f.cell, f.code, f.rule, severityText(f.severity), f.message].map(q).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
