/**
 * How a template sheet carries its identity. Column A of every template sheet is hidden (and
 * the sheet protected): A1 holds "cchc:<template id>@<version>", A2 the reporting unit, A3 the
 * period code; each indicator row holds its code in column A, and the last header row of each
 * table holds "#cols key@E;key@F…", mapping value-column keys to sheet columns. Plain cells
 * survive save and reopen in Excel and LibreOffice alike, so validation and merge can
 * recognise a sheet whatever saved it, and map versions by indicator code.
 */
export const MARKER_PREFIX = 'cchc:';
export const COLS_PREFIX = '#cols ';

export interface SheetIdentity {
  templateId: string;
  version: string;
  unit: string;
  period: string;
}

export function markerText(id: SheetIdentity): string {
  return `${MARKER_PREFIX}${id.templateId}@${id.version}`;
}

export function parseMarker(text: unknown): { templateId: string; version: string } | undefined {
  if (typeof text !== 'string' || !text.startsWith(MARKER_PREFIX)) return undefined;
  const m = /^([a-z0-9-]+)@(\d+\.\d+\.\d+)$/.exec(text.slice(MARKER_PREFIX.length).trim());
  return m ? { templateId: m[1], version: m[2] } : undefined;
}

export function colsText(map: { key: string; col: string }[]): string {
  return COLS_PREFIX + map.map((m) => `${m.key}@${m.col}`).join(';');
}

export function parseCols(text: unknown): { key: string; col: string }[] | undefined {
  if (typeof text !== 'string' || !text.startsWith(COLS_PREFIX)) return undefined;
  return text
    .slice(COLS_PREFIX.length)
    .split(';')
    .map((p) => p.split('@'))
    .filter((p) => p.length === 2 && /^[A-Z]+$/.test(p[1]))
    .map(([key, col]) => ({ key, col }));
}

const keys = new Map<string, Map<string, string>>();

/**
 * The key of a value cell: indicator code and value-column key. The same string is handed out
 * for the same pair, so that checking and merging thousands of files look cells up without
 * building and hashing a new string each time.
 */
export function cellKey(code: string, key: string): string {
  let byColumn = keys.get(code);
  // Stryker disable next-line ConditionalExpression: a cache; without it the same keys are made afresh, equal in value.
  if (!byColumn) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: emptying the cache early or never changes no key.
    if (keys.size > 100_000) keys.clear();
    keys.set(code, (byColumn = new Map<string, string>()));
  }
  let k = byColumn.get(key);
  // Stryker disable next-line ConditionalExpression: a key made afresh equals the cached one.
  if (k === undefined) byColumn.set(key, (k = `${code}@${key}`));
  return k;
}
