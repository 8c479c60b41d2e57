/**
 * Reads the `code,value` files used to carry values into a template. The delimiter is "," or
 * ";" (as Excel writes CSV where the decimal mark is a comma) or a tab, taken from the first
 * line; fields may be quoted. A first line whose first field is "code" or "mã" is a header.
 */
export interface CsvEntry {
  line: number;
  code: string;
  value: string;
}

export function parseValuesCsv(text: string): CsvEntry[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const first = lines.find((l) => l.trim() !== '') ?? '';
  const delimiter = first.includes('\t') ? '\t' : first.includes(';') && !/^[^;]*"[^"]*;/.test(first) ? ';' : ',';
  const out: CsvEntry[] = [];
  lines.forEach((raw, i) => {
    if (raw.trim() === '') return;
    const fields = splitCsvLine(raw, delimiter);
    const code = (fields[0] ?? '').trim();
    if (out.length === 0 && /^(code|mã|ma)$/i.test(code)) return;
    out.push({ line: i + 1, code, value: fields.slice(1).join(delimiter).trim() });
  });
  return out;
}

function splitCsvLine(line: string, d: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === d) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}
