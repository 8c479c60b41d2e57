import type { Lang } from '../../domain/messages/lang';
import { tiedRowText, unmatchedRowText } from '../../domain/messages/recognition';
import { address } from '../../domain/sheet/plan';
import type { SheetKind } from '../recognise';

/** A workbook's sheets as `cchc recognise --json` writes them: each row tied with its cell, code and confidence; what was not. */
export function recognitionJson(file: string, kinds: SheetKind[], lang: Lang) {
  return {
    file,
    sheets: kinds.map((k) => {
      if ('own' in k) return { sheet: k.sheet, kind: 'add-in', template: k.own };
      if (!('recognition' in k)) return { sheet: k.sheet, kind: 'other' };
      const r = k.recognition;
      return {
        sheet: k.sheet,
        kind: 'recognised',
        template: r.template.id,
        version: r.template.version,
        unit: r.heading.unit ?? null,
        period: r.heading.period ?? null,
        confidence: r.confidence,
        rows: r.rows.map((x) => ({
          cell: address(x.row, x.col),
          code: x.code,
          confidence: x.confidence,
          by: x.by,
          columns: Object.fromEntries(x.columns.map((c) => [c.key, address(x.row, c.col)])),
          message: tiedRowText(x, lang),
        })),
        unmatched: r.unmatched.map((u) => ({
          cell: address(u.row, u.col),
          stt: u.stt,
          label: u.label,
          closest: u.closest,
          message: unmatchedRowText({ label: u.label, ...(u.closest[0] ? { closest: u.closest[0] } : {}) }, lang),
        })),
        unmatchedColumns: r.unmatchedColumns.map((c) => ({ column: address(1, c.col).replace(/\d+$/, ''), header: c.text })),
        missing: r.missing,
      };
    }),
  };
}
