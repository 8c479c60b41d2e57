/**
 * Reads the `code,value` files used to carry values into a template. The delimiter is "," or
 * ";" (as Excel writes CSV where the decimal mark is a comma) or a tab, taken from the first
 * line; fields may be quoted, and a quoted field may hold the delimiter, quotes ("") and line
 * breaks. A first line whose first field is "code" or "mã" is a header. A file with the header
 * of the long format `cchc export` writes (code, column, value…) is read by its columns: the
 * export of a workbook fills a template again.
 */
export interface CsvEntry {
  line: number;
  /** "I.2.1", or with its column "5@y2016". */
  code: string;
  value: string;
  /** Long format: a ratio or total its sheet's formula computed (the formula is kept, the value not written). */
  computed?: boolean;
  /** Long format: the unit whose value it is. */
  unit?: string;
  /** Long format: the value as the machine number the export wrote ("0.7142857142857143", "-3", "1.5e-7"), read exactly. */
  number?: number;
}

/** The records of a CSV text, each with the line it starts on. */
function records(text: string, d: string): { line: number; fields: string[] }[] {
  const out: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let cur = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const end = () => {
    fields.push(cur);
    if (fields.some((f) => f.trim() !== '')) out.push({ line: start, fields });
    fields = [];
    cur = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cur += ch;
      }
    } else if (ch === '"') quoted = true;
    else if (ch === d) {
      fields.push(cur);
      cur = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      end();
      line++;
      start = line;
    } else cur += ch;
  }
  end();
  return out;
}

/**
 * The records of a CSV text, its delimiter taken from the first line (see above); `comma` first:
 * a comma there wins over a semicolon (for lists whose fields hold ";"-separated names).
 */
export function csvRecords(text: string, comma = false): { recs: { line: number; fields: string[] }[]; delimiter: string } {
  const body = text.replace(/^\uFEFF/, '');
  const first = body.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const semicolon = first.includes(';') && !/^[^;]*"[^"]*;/.test(first) && !(comma && first.includes(','));
  const delimiter = first.includes('\t') ? '\t' : semicolon ? ';' : ',';
  return { recs: records(body, delimiter), delimiter };
}

/** What the export writes before a text a spreadsheet would take for a formula. */
const NEUTRALISED = /^'(?=[=+\-@\t\r])/;
/** A number as JavaScript writes one: the long format's numbers, never a Vietnamese "1.234". */
const MACHINE_NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

export function parseValuesCsv(text: string): CsvEntry[] {
  const { recs, delimiter } = csvRecords(text);
  const header = (recs[0]?.fields ?? []).map((f) => f.trim().toLowerCase());
  if (['code', 'column', 'value'].every((h) => header.includes(h))) return longEntries(recs.slice(1), header);
  const out: CsvEntry[] = [];
  for (const { line, fields } of recs) {
    const code = (fields[0] ?? '').trim();
    if (out.length === 0 && line === recs[0].line && /^(code|mã|ma)$/i.test(code)) continue;
    out.push({ line, code, value: fields.slice(1).join(delimiter).trim() });
  }
  return out;
}

function longEntries(recs: { line: number; fields: string[] }[], header: string[]): CsvEntry[] {
  const at = (fields: string[], name: string) => fields[header.indexOf(name)] ?? '';
  return recs.map(({ line, fields }) => {
    const column = at(fields, 'column').trim();
    const value = at(fields, 'value').replace(NEUTRALISED, '');
    const unreadable = at(fields, 'unreadable').trim() === 'x';
    const number = !unreadable && MACHINE_NUMBER.test(value.trim()) ? Number(value) : undefined;
    return {
      line,
      code: at(fields, 'code').trim() + (column ? `@${column}` : ''),
      value: value.trim(),
      ...(at(fields, 'computed').trim() === 'x' ? { computed: true } : {}),
      ...(header.includes('unit') ? { unit: at(fields, 'unit').trim() } : {}),
      ...(number !== undefined && Number.isFinite(number) ? { number } : {}),
    };
  });
}
