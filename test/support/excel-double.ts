import { address, parseAddress } from '../../src/domain/sheet/plan';

/**
 * A hand-written double of the Excel JavaScript API, limited to what the add-in uses and shaped
 * like the real objects, at a chosen ExcelApi requirement set (1.7, Office 2019's, up to 1.18):
 * an API of a later set fails its sync with ApiNotFound, as Excel answers. It keeps the API's discipline:
 * - calls only queue work; it happens at `context.sync()`, in call order, and a failing
 *   operation rejects the sync and drops the rest of the batch;
 * - reading a property that was not `load`ed and synced throws PropertyNotLoaded, and so does
 *   `isNullObject` before a sync; `Excel.run` fails if the batch ends with work never synced;
 * - written strings are read as if typed ("1.1" becomes a number, "=…" a formula, "'x" stays
 *   text), 2-D arrays must match the range, locked cells of a protected sheet refuse writes,
 *   `protect` fails on a protected sheet, merges may not overlap, a list source is ≤ 255 chars;
 * - a batch sent by one sync carries at most 5 MB (Excel on the web's request limit), counted
 *   as the JSON of the arrays written plus the calls; what one sync loads is at most 5 MB too
 *   (the response limit), counted as the JSON of the properties read;
 * - a sheet's used range counts cells that are only formatted (a border down a whole column
 *   reaches row 1,048,576: `formattedTo`), unless it is asked for values only;
 * - `failNext` makes the next operation whose call starts with a given text fail, for the
 *   batches the add-in must survive (a write refused after a sheet's protection was lifted).
 * It records every call, counts syncs and keeps a cell model per sheet to compare with exceljs
 * output. Formulas are stored, not calculated: a formula cell reads back as "".
 */

export type Side = 'top' | 'bottom' | 'left' | 'right';

export interface ValidationModel {
  rule?: Excel.DataValidationRule;
  prompt?: Excel.DataValidationPrompt;
  errorAlert?: Excel.DataValidationErrorAlert;
}

export interface DoubleCell {
  /** As `Range.values` gives it: "" when empty. */
  value: string | number | boolean;
  /** Without "=". */
  formula?: string;
  numFmt: string;
  font: { name?: string; size?: number; bold?: boolean; italic?: boolean; underline?: string; color?: string };
  fill?: string;
  h?: string;
  v?: string;
  wrap?: boolean;
  locked: boolean;
  /** Sides with a continuous border. */
  borders: Set<Side>;
  validation?: ValidationModel;
}

export interface DoubleSheet {
  name: string;
  /** Keyed "row,col", 1-based. */
  cells: Map<string, DoubleCell>;
  /** "B1:C1" per merged area. */
  merges: string[];
  /** Points, by 1-based column. */
  columnWidths: Map<number, number>;
  hiddenColumns: Set<number>;
  rowHeights: Map<number, number>;
  frozenRows: number;
  protected: boolean;
  protectOptions?: Excel.WorksheetProtectionOptions;
  /** Set when the sheet was protected with a password (the user's own). */
  password?: string;
  visibility: string;
  /** The last row and column something formats (whole-column borders, fills): the used range reaches them. */
  formattedTo?: { row: number; col: number };
  /** Charts added (ExcelApi 1.1–1.8), in order. */
  charts: DoubleChart[];
  layout: {
    orientation?: string;
    paperSize?: string;
    zoom?: Excel.PageLayoutZoomOptions;
    margins: Record<string, number>;
    printArea?: string;
    titleRows?: string;
    /** Rows a printed page starts at (manual horizontal page breaks). */
    breaks?: number[];
  };
}

export interface DoubleChart {
  type: string;
  /** The source range's address ("C7:C20"), and how it is split into series. */
  source: string;
  seriesBy: string;
  /** One name per series; a series' category (x-axis) values as a range address. */
  series: { name?: string; xValues?: string }[];
  title?: string;
  legendVisible?: boolean;
  reversePlotOrder?: boolean;
  valueAxis: { visible?: boolean; minimum?: number; maximum?: number; numberFormat?: string };
  dataLabels: { showValue?: boolean; numberFormat?: string };
  font?: string;
  /** Where `setPosition` put it: the top-left cell and the bottom-right one it covers. */
  position?: { start: string; end?: string };
}

interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

type Op = () => void;

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;
const BORDER_SIDES: Record<string, (a: Area, row: number, col: number) => Side[]> = {
  EdgeTop: (a, r) => (r === a.top ? ['top'] : []),
  EdgeBottom: (a, r) => (r === a.bottom ? ['bottom'] : []),
  EdgeLeft: (a, _r, c) => (c === a.left ? ['left'] : []),
  EdgeRight: (a, _r, c) => (c === a.right ? ['right'] : []),
  InsideHorizontal: (a, r) => [...(r > a.top ? (['top'] as const) : []), ...(r < a.bottom ? (['bottom'] as const) : [])],
  InsideVertical: (a, _r, c) => [...(c > a.left ? (['left'] as const) : []), ...(c < a.right ? (['right'] as const) : [])],
};

function fail(code: string, message: string): never {
  throw Object.assign(new Error(`${code}: ${message}`), { code });
}

function parseArea(text: string): Area {
  const s = text.replace(/\$/g, '').trim().toUpperCase();
  if (/^\d+:\d+$/.test(s)) {
    const [top, bottom] = s.split(':').map(Number);
    return { top, left: 1, bottom, right: MAX_COL };
  }
  if (/^[A-Z]+:[A-Z]+$/.test(s)) {
    const [left, right] = s.split(':').map((c) => parseAddress(`${c}1`).col);
    return { top: 1, left, bottom: MAX_ROW, right };
  }
  const [p, q] = s.split(':');
  const a = parseAddress(p);
  const b = q ? parseAddress(q) : a;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

const areaText = (a: Area) =>
  a.top === a.bottom && a.left === a.right ? address(a.top, a.left) : `${address(a.top, a.left)}:${address(a.bottom, a.right)}`;
const isWhole = (a: Area) => a.bottom - a.top >= MAX_ROW - 1 || a.right - a.left >= MAX_COL - 1;
const overlaps = (a: Area, b: Area) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

function excelSerial(y: number, m: number, d: number): number | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** What Excel (en-US) stores when a string is written to `values` or `formulas`, as if typed. */
function typeIn(input: unknown, numFmt: string): { value: string | number | boolean; formula?: string } {
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input };
  const s = String(input);
  if (s === '') return { value: '' };
  if (s.startsWith("'")) return { value: s.slice(1) };
  if (numFmt === '@') return { value: s };
  if (s.startsWith('=')) return { value: '', formula: s.slice(1) };
  const t = s.trim();
  const num = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
  if (num.test(t)) return { value: Number(t) };
  if (/%$/.test(t) && num.test(t.slice(0, -1))) return { value: Number(t.slice(0, -1)) / 100 };
  if (/^\(\d+\.?\d*\)$/.test(t)) return { value: -Number(t.slice(1, -1)) };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true' };
  const date = /^(\d{1,2})[/-](\d{1,2})(?:[/-](\d{4}))?$/.exec(t);
  const serial = date && excelSerial(Number(date[3] ?? new Date().getFullYear()), Number(date[1]), Number(date[2]));
  if (serial !== undefined && serial !== null) return { value: serial };
  if (/^[+-]/.test(t)) return { value: '', formula: t };
  return { value: s };
}

/**
 * A sheet-qualified cell address as comments and notes take it: "'Phụ lục 2024-Q3'!E13", a quote
 * in the name written twice ("'Xã ''A'''!B2"), or an unquoted name without spaces. Excel refuses
 * anything else (a lone quote inside a quoted name, a range, no sheet) and a sheet it does not have.
 */
function commentCell(book: Book, text: string): string {
  const m = /^(?:'((?:[^']|'')+)'|([^'\s!]+))!\$?([A-Z]{1,3})\$?(\d+)$/.exec(text);
  if (!m) fail('InvalidArgument', `cell address "${text}"`);
  const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const sheet = book.find(name) ?? fail('ItemNotFound', `sheet "${name}" of "${text}"`);
  return `'${sheet.name.replace(/'/g, "''")}'!${m[3]}${m[4]}`;
}

/** The recorder shared by every batch: sheets, calls, syncs. */
class Book {
  readonly sheets = new Map<string, DoubleSheet>();
  readonly calls: string[] = [];
  readonly comments = new Map<string, string>();
  /** Notes (ExcelApi 1.18), by "'Sheet'!A1" as comments are. */
  readonly notes = new Map<string, string>();
  syncs = 0;
  /** Size of the largest request sent. */
  largestPayload = 0;
  /** Size of the largest response. */
  largestResponse = 0;
  selection = '';
  active = '';
  /** Operations to refuse once, by the start of their call text, with Excel's error code. */
  faults: { call: string; code: string }[] = [];

  /** `api`: the minor version of the ExcelApi set the host has (7 for Office 2019). */
  constructor(readonly api: number) {}

  /** Fails as Excel does when an API is newer than the host. */
  need(minor: number, what: string): void {
    if (this.api < minor) fail('ApiNotFound', `${what} needs ExcelApi 1.${minor}; this host has 1.${this.api}`);
  }

  find(name: string): DoubleSheet | undefined {
    const key = name.toLocaleLowerCase();
    return [...this.sheets.values()].find((s) => s.name.toLocaleLowerCase() === key);
  }

  create(name: string): DoubleSheet {
    if (!name || name.length > 31 || /[\\/?*[\]:]/.test(name) || /^'|'$/.test(name)) fail('InvalidArgument', `sheet name "${name}"`);
    if (this.find(name)) fail('ItemAlreadyExists', `sheet "${name}"`);
    const sheet: DoubleSheet = {
      name,
      cells: new Map(),
      merges: [],
      columnWidths: new Map(),
      hiddenColumns: new Set(),
      rowHeights: new Map(),
      frozenRows: 0,
      protected: false,
      visibility: 'Visible',
      charts: [],
      layout: { margins: {} },
    };
    this.sheets.set(name, sheet);
    return sheet;
  }
}

/** One `Excel.run`: its own queue of work waiting for `sync()`. */
/** Excel on the web refuses a request over 5 MB. */
export const PAYLOAD_LIMIT = 5_000_000;

class Batch {
  /** Work waiting for sync: recorded calls and the proxies' own lookups. */
  queue: Op[] = [];
  /** Recorded calls queued since the last sync. */
  unsynced = 0;
  /** Size of the request the next sync sends. */
  payload = 0;
  /** Size of what the sync being run sends back (the properties loaded). */
  response = 0;
  constructor(readonly book: Book) {}

  /** Records a call and queues its effect; `data` is what the call sends besides its name. */
  enqueue(call: string, op: Op, data = 0): void {
    this.book.calls.push(call);
    const faults = this.book.faults;
    this.queue.push(() => {
      const fault = faults.findIndex((f) => call.startsWith(f.call));
      if (fault >= 0) fail(faults.splice(fault, 1)[0].code, `${call} refused`);
      op();
    });
    this.unsynced++;
    this.payload += call.length + data;
  }

  async sync(): Promise<void> {
    const payload = this.payload;
    this.payload = 0;
    this.book.largestPayload = Math.max(this.book.largestPayload, payload);
    if (payload > PAYLOAD_LIMIT) {
      this.queue = [];
      this.unsynced = 0;
      fail('RequestPayloadSizeLimitExceeded', `a request of ${payload} bytes`);
    }
    this.book.syncs++;
    this.unsynced = 0;
    this.book.calls.push('sync');
    const ops = this.queue;
    this.queue = [];
    this.response = 0;
    for (const op of ops) op();
    this.book.largestResponse = Math.max(this.book.largestResponse, this.response);
    if (this.response > PAYLOAD_LIMIT) fail('ResponsePayloadSizeLimitExceeded', `a response of ${this.response} bytes`);
  }
}

/** About the JSON size of a loaded property (arrays of values); proxies of collections count nothing. */
function responseSize(v: unknown): number {
  if (Array.isArray(v)) return v.reduce((n: number, x) => n + 1 + responseSize(x), 2);
  if (typeof v === 'string') return v.length + 2;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v).length;
  return 4;
}

interface PropSpec {
  /** Loadable: read at sync time by `load`. */
  read?: () => unknown;
  write?: (v: never) => void;
}

/**
 * Defines a proxy's properties: writes queue work, reads need a load and a sync first.
 * Returns the object's `load`.
 */
function defineProps(
  batch: Batch,
  target: object,
  label: string,
  specs: Record<string, PropSpec>,
  preloaded: Record<string, unknown> = {},
) {
  const loaded = new Map<string, unknown>(Object.entries(preloaded));
  for (const [name, spec] of Object.entries(specs)) {
    Object.defineProperty(target, name, {
      enumerable: true,
      get: () => {
        if (!loaded.has(name)) fail('PropertyNotLoaded', `${label}.${name}`);
        return loaded.get(name);
      },
      set: spec.write ? (v: never) => spec.write!(v) : () => fail('InvalidArgument', `${label}.${name} is read-only`),
    });
  }
  return (props?: string | string[]) => {
    const names =
      props === undefined
        ? Object.keys(specs).filter((n) => specs[n].read)
        : (Array.isArray(props) ? props : props.split(',')).map((p) => p.trim());
    for (const n of names) if (!specs[n]?.read) fail('InvalidArgument', `${label} cannot load "${n}"`);
    batch.enqueue(`${label}.load ${names.join(',')}`, () =>
      names.forEach((n) => {
        const v = specs[n].read!();
        batch.response += responseSize(v);
        loaded.set(n, v);
      }),
    );
  };
}

/** A sheet found at sync time, as the real proxy resolves its path then. */
interface SheetRef {
  label: string;
  get(): DoubleSheet;
  orNull(): DoubleSheet | undefined;
}

function cellOf(sheet: DoubleSheet, row: number, col: number): DoubleCell {
  const key = `${row},${col}`;
  let c = sheet.cells.get(key);
  if (!c) sheet.cells.set(key, (c = { value: '', numFmt: 'General', font: {}, locked: true, borders: new Set() }));
  return c;
}

function eachCell(sheet: DoubleSheet, areas: Area[], fn: (c: DoubleCell, row: number, col: number, area: Area) => void): void {
  for (const a of areas) {
    if (isWhole(a)) fail('NotImplemented', `double: cell formats on whole rows or columns (${areaText(a)})`);
    for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) fn(cellOf(sheet, r, c), r, c, a);
  }
}

/** Refuses a change that sheet protection forbids. */
function guard(sheet: DoubleSheet, what: 'content' | 'format' | 'rows' | 'columns', areas: Area[] = []): void {
  if (!sheet.protected) return;
  const o = sheet.protectOptions ?? {};
  if (what === 'rows' && o.allowFormatRows) return;
  if (what === 'columns' && o.allowFormatColumns) return;
  if (what === 'format' && o.allowFormatCells) return;
  if (what === 'content' && areas.every((a) => !isWhole(a) && allUnlocked(sheet, a))) return;
  fail('AccessDenied', `"${sheet.name}" is protected (${what})`);
}

function allUnlocked(sheet: DoubleSheet, a: Area): boolean {
  for (let r = a.top; r <= a.bottom; r++)
    for (let c = a.left; c <= a.right; c++) if (sheet.cells.get(`${r},${c}`)?.locked !== false) return false;
  return true;
}

/** `minApi`: the set the object itself needs (RangeAreas: 1.9). */
function formatProxy(batch: Batch, ref: SheetRef, areasOf: () => Area[], label: string, minApi = 1) {
  const set = (what: string, fn: (c: DoubleCell, row: number, col: number, area: Area) => void) =>
    batch.enqueue(`${label}.format.${what}`, () => {
      batch.book.need(minApi, label);
      const sheet = ref.get();
      guard(sheet, 'format');
      eachCell(sheet, areasOf(), fn);
    });
  const font = {};
  defineProps(batch, font, `${label}.format.font`, {
    name: { write: (v: string) => set('font.name', (c) => (c.font.name = v)) },
    size: { write: (v: number) => set('font.size', (c) => (c.font.size = v)) },
    bold: { write: (v: boolean) => set('font.bold', (c) => (c.font.bold = v)) },
    italic: { write: (v: boolean) => set('font.italic', (c) => (c.font.italic = v)) },
    underline: { write: (v: string) => set('font.underline', (c) => (c.font.underline = v)) },
    color: { write: (v: string) => set('font.color', (c) => (c.font.color = v)) },
  });
  const fill = {
    clear: () => set('fill.clear', (c) => (c.fill = undefined)),
    load: (_props?: string) => {},
  };
  fill.load = defineProps(batch, fill, `${label}.format.fill`, {
    color: {
      write: (v: string) => set('fill.color', (c) => (c.fill = v.toUpperCase())),
      // A range of mixed colours reads as null.
      read: () => {
        const colors = new Set<string>();
        eachCell(ref.get(), areasOf(), (c) => colors.add(c.fill ?? '#FFFFFF'));
        return colors.size === 1 ? [...colors][0] : null;
      },
    },
  });
  const protection = {};
  defineProps(batch, protection, `${label}.format.protection`, {
    locked: { write: (v: boolean) => set('protection.locked', (c) => (c.locked = v)) },
  });
  const borders = {
    getItem(edge: Excel.BorderIndex | string) {
      const sides = BORDER_SIDES[edge];
      if (!sides) fail('InvalidArgument', `border ${edge}`);
      const border = {};
      defineProps(batch, border, `${label}.format.borders.${edge}`, {
        style: {
          write: (v: string) =>
            set(`borders.${edge}.style`, (c, r, col, area) =>
              sides(area, r, col).forEach((s) => (v === 'None' ? c.borders.delete(s) : c.borders.add(s))),
            ),
        },
        weight: { write: () => set(`borders.${edge}.weight`, () => {}) },
        color: { write: () => set(`borders.${edge}.color`, () => {}) },
      });
      return border;
    },
  };
  const format = { font, fill, protection, borders };
  const rowsAndColumns = (what: string, kind: 'rows' | 'columns', fn: (sheet: DoubleSheet, a: Area) => void) =>
    batch.enqueue(`${label}.format.${what}`, () => {
      batch.book.need(minApi, label);
      const sheet = ref.get();
      guard(sheet, kind);
      areasOf().forEach((a) => fn(sheet, a));
    });
  defineProps(batch, format, `${label}.format`, {
    horizontalAlignment: { write: (v: string) => set('horizontalAlignment', (c) => (c.h = v)) },
    verticalAlignment: { write: (v: string) => set('verticalAlignment', (c) => (c.v = v)) },
    wrapText: { write: (v: boolean) => set('wrapText', (c) => (c.wrap = v)) },
    columnWidth: {
      write: (v: number) =>
        rowsAndColumns('columnWidth', 'columns', (sheet, a) => {
          for (let c = a.left; c <= a.right; c++) sheet.columnWidths.set(c, v);
        }),
    },
    rowHeight: {
      write: (v: number) =>
        rowsAndColumns('rowHeight', 'rows', (sheet, a) => {
          for (let r = a.top; r <= a.bottom; r++) sheet.rowHeights.set(r, v);
        }),
    },
  });
  return format;
}

/** Data validation is ExcelApi 1.8; over RangeAreas (`minApi`), 1.9. */
function validationProxy(batch: Batch, ref: SheetRef, areasOf: () => Area[], label: string, minApi = 8) {
  const set = (what: string, fn: (c: DoubleCell) => void) =>
    batch.enqueue(`${label}.dataValidation.${what}`, () => {
      batch.book.need(Math.max(8, minApi), `${label}.dataValidation`);
      const sheet = ref.get();
      guard(sheet, 'format');
      eachCell(sheet, areasOf(), fn);
    });
  const dv = { clear: () => set('clear', (c) => (c.validation = undefined)) };
  defineProps(batch, dv, `${label}.dataValidation`, {
    rule: {
      write: (rule: Excel.DataValidationRule) => {
        const kinds = Object.keys(rule);
        if (kinds.length !== 1) fail('InvalidArgument', `a rule has exactly one kind, got ${kinds.join(',')}`);
        const source = rule.list?.source;
        if (rule.list && (typeof source !== 'string' || !source || source.length > 255))
          fail('InvalidArgument', `list source "${typeof source === 'string' ? source : typeof source}"`);
        set('rule', (c) => (c.validation = { ...c.validation, rule }));
      },
    },
    prompt: { write: (prompt: Excel.DataValidationPrompt) => set('prompt', (c) => (c.validation = { ...c.validation, prompt })) },
    errorAlert: {
      write: (errorAlert: Excel.DataValidationErrorAlert) => set('errorAlert', (c) => (c.validation = { ...c.validation, errorAlert })),
    },
  });
  return dv;
}

/** Bounds of the cells in use, or undefined for an empty sheet. */
function usedArea(sheet: DoubleSheet, valuesOnly: boolean): Area | undefined {
  let area: Area | undefined =
    !valuesOnly && sheet.formattedTo ? { top: 1, left: 1, bottom: sheet.formattedTo.row, right: sheet.formattedTo.col } : undefined;
  for (const [key, c] of sheet.cells) {
    if (valuesOnly && c.value === '' && c.formula === undefined) continue;
    const [r, col] = key.split(',').map(Number);
    area = area
      ? { top: Math.min(area.top, r), left: Math.min(area.left, col), bottom: Math.max(area.bottom, r), right: Math.max(area.right, col) }
      : { top: r, left: col, bottom: r, right: col };
  }
  return area;
}

/** A Range; `areaOf` is resolved at sync time (a used range is only known then), undefined = null object. */
function rangeProxy(batch: Batch, ref: SheetRef, areaOf: () => Area | undefined, label: string) {
  const area = () => areaOf() ?? fail('ItemNotFound', `${label} is a null object`);
  let resolved: { isNull: boolean } | undefined;
  batch.queue.push(() => (resolved = { isNull: ref.orNull() === undefined || areaOf() === undefined }));
  const grid = <T>(fn: (c: DoubleCell | undefined) => T): T[][] => {
    const a = area();
    if (isWhole(a)) fail('NotImplemented', `double: reading whole rows or columns (${label})`);
    const sheet = ref.get();
    return Array.from({ length: a.bottom - a.top + 1 }, (_, i) =>
      Array.from({ length: a.right - a.left + 1 }, (_, j) => fn(sheet.cells.get(`${a.top + i},${a.left + j}`))),
    );
  };
  const write = (what: 'values' | 'formulas' | 'numberFormat', input: unknown[][]) =>
    batch.enqueue(
      `${label}.${what}=`,
      () => {
        const a = area();
        const rows = a.bottom - a.top + 1;
        const cols = a.right - a.left + 1;
        if (!Array.isArray(input) || input.length !== rows || input.some((r) => !Array.isArray(r) || r.length !== cols)) {
          fail('InvalidArgument', `${label}.${what}: the array does not match the ${rows}×${cols} range`);
        }
        const sheet = ref.get();
        guard(sheet, what === 'numberFormat' ? 'format' : 'content', [a]);
        input.forEach((row, i) =>
          row.forEach((v, j) => {
            if (v === null) return; // null leaves the cell as it is
            const c = cellOf(sheet, a.top + i, a.left + j);
            if (what === 'numberFormat') c.numFmt = v === '' ? 'General' : typeof v === 'string' ? v : JSON.stringify(v);
            else Object.assign(c, { formula: undefined }, typeIn(v, c.numFmt));
          }),
        );
      },
      JSON.stringify(input).length,
    );
  const range = {
    get isNullObject(): boolean {
      if (!resolved) fail('PropertyNotLoaded', `${label}.isNullObject before sync`);
      return resolved.isNull;
    },
    format: formatProxy(batch, ref, () => [area()], label),
    dataValidation: validationProxy(batch, ref, () => [area()], label),
    merge(across = false) {
      batch.enqueue(`${label}.merge`, () => {
        const sheet = ref.get();
        const a = area();
        if (across) fail('NotImplemented', 'double: merge(true)');
        guard(sheet, 'format');
        if (sheet.merges.some((m) => overlaps(parseArea(m), a))) fail('InvalidArgument', `${areaText(a)} overlaps a merged area`);
        sheet.merges.push(areaText(a));
        // Only the top-left cell keeps its content.
        eachCell(sheet, [a], (c, r, col) => {
          if (r !== a.top || col !== a.left) Object.assign(c, { value: '', formula: undefined });
        });
      });
    },
    select() {
      batch.enqueue(`${label}.select`, () => (batch.book.selection = `${ref.get().name}!${areaText(area())}`));
    },
    clear() {
      batch.enqueue(`${label}.clear`, () => {
        const sheet = ref.get();
        guard(sheet, 'content', [area()]);
        eachCell(sheet, [area()], (_c, r, col) => sheet.cells.delete(`${r},${col}`));
      });
    },
    load: (_props?: string | string[]) => range,
  };
  // A null object loads without error; its properties read as null.
  const orNull = (read: () => unknown) => () => (ref.orNull() === undefined || areaOf() === undefined ? null : read());
  const load = defineProps(batch, range, label, {
    values: { read: orNull(() => grid((c) => c?.value ?? '')), write: (v: unknown[][]) => write('values', v) },
    formulas: {
      read: orNull(() => grid((c) => (c?.formula !== undefined ? `=${c.formula}` : (c?.value ?? '')))),
      write: (v: unknown[][]) => write('formulas', v),
    },
    numberFormat: { read: orNull(() => grid((c) => c?.numFmt ?? 'General')), write: (v: unknown[][]) => write('numberFormat', v) },
    address: { read: orNull(() => `'${ref.get().name}'!${areaText(area())}`) },
    rowIndex: { read: orNull(() => area().top - 1) },
    columnIndex: { read: orNull(() => area().left - 1) },
    rowCount: { read: orNull(() => area().bottom - area().top + 1) },
    columnCount: { read: orNull(() => area().right - area().left + 1) },
    columnHidden: {
      read: () => {
        const a = area();
        return Array.from({ length: a.right - a.left + 1 }, (_, i) => a.left + i).every((c) => ref.get().hiddenColumns.has(c));
      },
      write: (v: boolean) =>
        batch.enqueue(`${label}.columnHidden=${v}`, () => {
          const sheet = ref.get();
          guard(sheet, 'columns');
          const a = area();
          for (let c = a.left; c <= a.right; c++) {
            if (v) sheet.hiddenColumns.add(c);
            else sheet.hiddenColumns.delete(c);
          }
        }),
    },
  });
  range.load = (props) => {
    load(props);
    return range;
  };
  RANGES.set(range, { ref, area });
  return range;
}

/** What a Range proxy stands for, for the calls that take one (a chart's source). */
const RANGES = new WeakMap<object, { ref: SheetRef; area: () => Area }>();

/** The chart types the add-in may ask for; anything else is refused as Excel refuses an unknown one. */
const CHART_TYPES = new Set(['BarClustered', 'BarStacked', 'ColumnClustered', 'ColumnStacked', 'Line', 'Pie']);

/**
 * A sheet's charts (ExcelApi 1.1, with 1.7's series x-values and reversed axis and 1.8's number
 * formats): `add` takes a Range of this workbook and refuses a protected sheet that does not allow
 * editing objects; a series' x-values are one row or one column; a series past the last is not found.
 */
function worksheetCharts(batch: Batch, ref: SheetRef) {
  return {
    add(type: string, sourceData: unknown, seriesBy: string = 'Auto') {
      const source = RANGES.get(sourceData as object) ?? fail('InvalidArgument', 'a chart source must be a Range');
      if (!CHART_TYPES.has(type)) fail('InvalidArgument', `chart type "${type}"`);
      let chart: DoubleChart | undefined;
      const label = `${ref.label}.chart(${type})`;
      batch.enqueue(`${label}.add`, () => {
        const sheet = ref.get();
        if (sheet.protected && !sheet.protectOptions?.allowEditObjects) fail('AccessDenied', `"${sheet.name}" is protected (objects)`);
        const a = source.area();
        const count = seriesBy === 'Rows' ? a.bottom - a.top + 1 : a.right - a.left + 1;
        chart = { type, source: areaText(a), seriesBy, series: Array.from({ length: count }, () => ({})), valueAxis: {}, dataLabels: {} };
        sheet.charts.push(chart);
      });
      const the = () => chart ?? fail('ItemNotFound', label);
      /** `minApi`: number formats of labels and axes are ExcelApi 1.8; the rest 1.7 or older. */
      const set = (what: string, fn: (c: DoubleChart, v: never) => void, minApi = 1) => ({
        write: (v: never) =>
          batch.enqueue(`${label}.${what}=${JSON.stringify(v)}`, () => {
            batch.book.need(minApi, `${label}.${what}`);
            fn(the(), v);
          }),
      });
      const proxy = (what: string, specs: Record<string, PropSpec>) => {
        const o = {};
        defineProps(batch, o, `${label}.${what}`, specs);
        return o;
      };
      /** A range of one row or one column, checked at sync time as Excel resolves it then. */
      const oneLine = (r: unknown): (() => string) => {
        const x = RANGES.get(r as object) ?? fail('InvalidArgument', 'x-axis values must be a Range');
        return () => {
          const a = x.area();
          if (a.top !== a.bottom && a.left !== a.right) fail('InvalidArgument', `x-axis values ${areaText(a)}: one row or one column`);
          return areaText(a);
        };
      };
      return {
        title: proxy('title', { text: set('title', (c, v: string) => (c.title = v)) }),
        legend: proxy('legend', { visible: set('legend.visible', (c, v: boolean) => (c.legendVisible = v)) }),
        format: { font: proxy('format.font', { name: set('format.font.name', (c, v: string) => (c.font = v)) }) },
        dataLabels: proxy('dataLabels', {
          showValue: set('dataLabels.showValue', (c, v: boolean) => (c.dataLabels.showValue = v)),
          numberFormat: set('dataLabels.numberFormat', (c, v: string) => (c.dataLabels.numberFormat = v), 8),
        }),
        axes: {
          categoryAxis: proxy('axes.categoryAxis', {
            reversePlotOrder: set('categoryAxis.reversePlotOrder', (c, v: boolean) => (c.reversePlotOrder = v)),
          }),
          valueAxis: proxy('axes.valueAxis', {
            visible: set('valueAxis.visible', (c, v: boolean) => (c.valueAxis.visible = v)),
            minimum: set('valueAxis.minimum', (c, v: number) => (c.valueAxis.minimum = v)),
            maximum: set('valueAxis.maximum', (c, v: number) => (c.valueAxis.maximum = v)),
            numberFormat: set('valueAxis.numberFormat', (c, v: string) => (c.valueAxis.numberFormat = v), 8),
          }),
        },
        series: {
          getItemAt(i: number) {
            const item = () => the().series[i] ?? fail('ItemNotFound', `${label}.series ${i}`);
            const series = {
              setXAxisValues(r: unknown) {
                const at = oneLine(r);
                batch.enqueue(`${label}.series(${i}).setXAxisValues`, () => (item().xValues = at()));
              },
            };
            defineProps(batch, series, `${label}.series(${i})`, {
              name: { write: (v: string) => batch.enqueue(`${label}.series(${i}).name=${v}`, () => (item().name = v)) },
            });
            return series;
          },
        },
        setPosition(start: string, end?: string) {
          for (const cell of [start, end]) if (cell !== undefined && !isCellText(cell)) fail('InvalidArgument', `chart position "${cell}"`);
          batch.enqueue(`${label}.setPosition ${start}:${end ?? ''}`, () => (the().position = { start, ...(end ? { end } : {}) }));
        },
      };
    },
  };
}

const isCellText = (s: string) => /^\$?[A-Z]{1,3}\$?[1-9]\d{0,6}$/.test(s);

function worksheetProxy(batch: Batch, ref: SheetRef, preloaded: Record<string, unknown> = {}) {
  const book = batch.book;
  let resolved: { isNull: boolean } | undefined;
  batch.queue.push(() => (resolved = { isNull: ref.orNull() === undefined }));
  const range = (a: Area) => rangeProxy(batch, ref, () => a, `${ref.label}!${areaText(a)}`);

  const protection = {
    protect(options?: Excel.WorksheetProtectionOptions, password?: string) {
      batch.enqueue(`${ref.label}.protect ${JSON.stringify(options ?? {})}`, () => {
        const sheet = ref.get();
        if (sheet.protected) fail('InvalidOperation', `"${sheet.name}" is already protected`);
        sheet.protected = true;
        sheet.protectOptions = { ...options };
        sheet.password = password;
      });
    },
    // A sheet protected with a password stays protected without the right one.
    unprotect(password?: string) {
      batch.enqueue(`${ref.label}.unprotect`, () => {
        const sheet = ref.get();
        if (sheet.protected && sheet.password && password !== sheet.password)
          fail('InvalidArgument', `"${sheet.name}": the password is wrong`);
        sheet.protected = false;
        sheet.password = undefined;
      });
    },
    load: (_props?: string | string[]) => {},
  };
  protection.load = defineProps(batch, protection, `${ref.label}.protection`, {
    protected: { read: () => ref.get().protected },
    options: { read: () => ({ ...ref.get().protectOptions }) },
  });

  // Page layout is ExcelApi 1.9.
  const layout = (key: keyof DoubleSheet['layout'] | 'margin', name: string) => ({
    write: (v: never) =>
      batch.enqueue(`${ref.label}.pageLayout.${name}`, () => {
        book.need(9, 'pageLayout');
        const l = ref.get().layout;
        if (key === 'margin') l.margins[name] = v;
        else (l as Record<string, unknown>)[key] = v;
      }),
  });
  const pageLayout = {
    setPrintArea(a: string) {
      parseArea(a);
      batch.enqueue(`${ref.label}.pageLayout.setPrintArea ${a}`, () => {
        book.need(9, 'pageLayout');
        ref.get().layout.printArea = a;
      });
    },
    setPrintTitleRows(a: string) {
      if (!/^\$\d+:\$\d+$/.test(a)) fail('InvalidArgument', `print title rows "${a}"`);
      batch.enqueue(`${ref.label}.pageLayout.setPrintTitleRows ${a}`, () => {
        book.need(9, 'pageLayout');
        ref.get().layout.titleRows = a;
      });
    },
  };
  defineProps(batch, pageLayout, `${ref.label}.pageLayout`, {
    orientation: layout('orientation', 'orientation'),
    paperSize: layout('paperSize', 'paperSize'),
    // The reference documents fit-to-page counts from 1 and scales from 10 to 400; nothing else.
    zoom: {
      write: (v: Excel.PageLayoutZoomOptions) =>
        batch.enqueue(`${ref.label}.pageLayout.zoom`, () => {
          book.need(9, 'pageLayout');
          const bad = (n: number | undefined, min: number, max: number) => n !== undefined && (n < min || n > max || !Number.isInteger(n));
          if (bad(v.horizontalFitToPages, 1, 32767) || bad(v.verticalFitToPages, 1, 32767) || bad(v.scale, 10, 400))
            fail('InvalidArgument', `page zoom ${JSON.stringify(v)}`);
          ref.get().layout.zoom = v;
        }),
    },
    ...Object.fromEntries(
      ['leftMargin', 'rightMargin', 'topMargin', 'bottomMargin', 'headerMargin', 'footerMargin'].map((m) => [m, layout('margin', m)]),
    ),
  });

  const worksheet = {
    get isNullObject(): boolean {
      if (!resolved) fail('PropertyNotLoaded', `${ref.label}.isNullObject before sync`);
      return resolved.isNull;
    },
    getRange: (a: string) => range(parseArea(a)),
    getRangeByIndexes: (row: number, col: number, rows: number, cols: number) =>
      range({ top: row + 1, left: col + 1, bottom: row + rows, right: col + cols }),
    getRanges(list: string) {
      const areas = list.split(',').map(parseArea);
      const label = `${ref.label}!{${areas.length} areas}`;
      book.calls.push(`${ref.label}.getRanges ${list}`);
      return {
        format: formatProxy(batch, ref, () => areas, label, 9),
        dataValidation: validationProxy(batch, ref, () => areas, label, 9),
      };
    },
    getUsedRange: (valuesOnly = false) =>
      rangeProxy(
        batch,
        ref,
        () => usedArea(ref.get(), valuesOnly) ?? (valuesOnly ? fail('ItemNotFound', 'no used range') : parseArea('A1')),
        `${ref.label}.usedRange`,
      ),
    getUsedRangeOrNullObject: (valuesOnly = false) =>
      rangeProxy(batch, ref, () => usedArea(ref.get(), valuesOnly), `${ref.label}.usedRange`),
    protection,
    pageLayout,
    // A break goes before the range's top-left cell; the address must be one.
    horizontalPageBreaks: {
      add(at: string) {
        const area = parseArea(at);
        batch.enqueue(`${ref.label}.horizontalPageBreaks.add ${at}`, () => {
          book.need(9, 'horizontalPageBreaks');
          const l = ref.get().layout;
          l.breaks = [...(l.breaks ?? []), area.top];
        });
      },
    },
    comments: worksheetComments(batch, ref),
    charts: worksheetCharts(batch, ref),
    freezePanes: {
      freezeRows(n: number) {
        batch.enqueue(`${ref.label}.freezeRows ${n}`, () => (ref.get().frozenRows = n));
      },
    },
    activate() {
      batch.enqueue(`${ref.label}.activate`, () => (book.active = ref.get().name));
    },
    // Excel keeps at least one visible sheet in a workbook.
    delete() {
      batch.enqueue(`${ref.label}.delete`, () => {
        const sheet = ref.get();
        const visible = [...book.sheets.values()].filter((s) => s.visibility === 'Visible');
        if (sheet.visibility === 'Visible' && visible.length === 1) fail('InvalidOperation', `"${sheet.name}" is the last visible sheet`);
        book.sheets.delete(sheet.name);
        const prefix = `'${sheet.name.replace(/'/g, "''")}'!`;
        for (const store of [book.comments, book.notes]) for (const k of [...store.keys()]) if (k.startsWith(prefix)) store.delete(k);
      });
    },
    load: (_props?: string | string[]) => worksheet,
  };
  const load = defineProps(
    batch,
    worksheet,
    ref.label,
    {
      name: { read: () => ref.get().name },
      visibility: {
        read: () => ref.get().visibility,
        write: (v: string) => batch.enqueue(`${ref.label}.visibility=${v}`, () => (ref.get().visibility = v)),
      },
    },
    preloaded,
  );
  worksheet.load = (props) => {
    load(props);
    return worksheet;
  };
  return worksheet;
}

/**
 * A sheet's comments (ExcelApi 1.10): `items` after a load and a sync, each telling its cell
 * through `getLocation()` (a range whose address needs another load and sync) and deletable.
 */
function worksheetComments(batch: Batch, ref: SheetRef) {
  const book = batch.book;
  let items: unknown[] | undefined;
  const prefix = () => `'${ref.get().name.replace(/'/g, "''")}'!`;
  const item = (cell: string) => ({
    getLocation() {
      let address: string | undefined;
      const location = {
        load(_props?: string) {
          batch.enqueue(`comment(${cell}).getLocation.load address`, () => (address = cell));
          return location;
        },
        get address(): string {
          if (address === undefined) fail('PropertyNotLoaded', `comment(${cell}).getLocation().address`);
          return address;
        },
      };
      return location;
    },
    delete() {
      batch.enqueue(`comment(${cell}).delete`, () => {
        book.need(10, 'comments');
        if (!book.comments.delete(cell)) fail('ItemNotFound', `comment ${cell}`);
      });
    },
  });
  return {
    load(_props?: string) {
      batch.enqueue(`${ref.label}.comments.load`, () => {
        book.need(10, 'comments');
        items = [...book.comments.keys()].filter((k) => k.startsWith(prefix())).map(item);
      });
    },
    get items(): unknown[] {
      return items ?? fail('PropertyNotLoaded', `${ref.label}.comments.items`);
    },
  };
}

function context(batch: Batch) {
  const book = batch.book;
  const named = (name: string): SheetRef => ({
    label: name,
    orNull: () => book.find(name),
    get: () => book.find(name) ?? fail('ItemNotFound', `sheet "${name}"`),
  });
  const worksheets = {
    add(name: string) {
      let sheet: DoubleSheet | undefined;
      batch.enqueue(`worksheets.add ${name}`, () => (sheet = book.create(name)));
      return worksheetProxy(batch, { label: name, orNull: () => sheet, get: () => sheet ?? fail('ItemNotFound', `sheet "${name}"`) });
    },
    getItem: (name: string) => worksheetProxy(batch, named(name)),
    getItemOrNullObject: (name: string) => worksheetProxy(batch, named(name)),
    getActiveWorksheet() {
      const active = (): DoubleSheet | undefined => book.find(book.active) ?? [...book.sheets.values()][0];
      return worksheetProxy(batch, { label: '(active)', orNull: active, get: () => active() ?? fail('ItemNotFound', 'no sheet') });
    },
    load: (_props?: string) => {},
  };
  const loadItems = defineProps(batch, worksheets, 'worksheets', {
    items: { read: () => [...book.sheets.values()].map((s) => worksheetProxy(batch, named(s.name), { name: s.name })) },
  });
  // 'items/name': the items come with their names loaded.
  worksheets.load = (props?: string) => loadItems(props?.split(',').map((p) => p.split('/')[0]));
  return {
    workbook: {
      worksheets,
      comments: {
        add(at: string, content: string) {
          batch.enqueue(`comments.add ${at}`, () => {
            book.need(10, 'comments');
            const cell = commentCell(book, at);
            if (book.comments.has(cell)) fail('InvalidArgument', `${cell} already has a comment`);
            book.comments.set(cell, content);
          });
        },
        // Throws when the cell has no comment (a reviewer may have deleted it).
        getItemByCell: (at: string) => ({
          delete() {
            batch.enqueue(`comments.delete ${at}`, () => {
              book.need(10, 'comments');
              if (!book.comments.delete(commentCell(book, at))) fail('ItemNotFound', `comment ${at}`);
            });
          },
        }),
      },
      // ExcelApi 1.18: notes are apart from comments; a cell holds at most one of each.
      notes: {
        add(at: string, content: string) {
          batch.enqueue(`notes.add ${at}`, () => {
            book.need(18, 'notes');
            const cell = commentCell(book, at);
            if (book.notes.has(cell)) fail('InvalidArgument', `${cell} already has a note`);
            book.notes.set(cell, content);
          });
        },
        getItemOrNullObject(at: string) {
          let found: boolean | undefined;
          let cell = at;
          batch.queue.push(() => {
            book.need(18, 'notes');
            found = book.notes.has((cell = commentCell(book, at)));
          });
          return {
            get isNullObject(): boolean {
              if (found === undefined) fail('PropertyNotLoaded', `notes.getItemOrNullObject(${cell}).isNullObject before sync`);
              return !found;
            },
            delete() {
              batch.enqueue(`notes.delete ${cell}`, () => {
                book.need(18, 'notes');
                if (!book.notes.delete(cell)) fail('ItemNotFound', `note ${at}`);
              });
            },
          };
        },
      },
    },
    application: {
      suspendApiCalculationUntilNextSync() {
        batch.enqueue('suspendApiCalculationUntilNextSync', () => {});
      },
    },
    sync: () => batch.sync(),
  };
}

/** The newest requirement set the double knows (notes). */
export const NEWEST_API = 18;

/** `api`: the minor version of ExcelApi the host has; 1.7 is Office 2019's. */
export function createExcelDouble({ api = NEWEST_API }: { api?: number } = {}) {
  const book = new Book(api);
  return {
    /** Stands in for Excel.run: one context per batch; calls left unsynced at the end are an error. */
    async run<T>(batchFn: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
      const batch = new Batch(book);
      const result = await batchFn(context(batch) as unknown as Excel.RequestContext);
      if (batch.unsynced) throw new Error(`Excel.run ended with ${batch.unsynced} call(s) never synced`);
      return result;
    },
    syncCount: () => book.syncs,
    /** Size of the largest request any sync sent. */
    largestPayload: () => book.largestPayload,
    /** Size of the largest response any sync gave. */
    largestResponse: () => book.largestResponse,
    calls: book.calls,
    comments: book.comments,
    notes: book.notes,
    selection: () => book.selection,
    sheet: (name: string): DoubleSheet | undefined => book.find(name),
    /** The host's requirement set: `isSetSupported('ExcelApi', v)` as Office answers it. */
    supports: (version: string) => Number(version.split('.')[1] ?? 0) <= book.api && version.startsWith('1.'),
    /** The next operation whose call starts with `call` fails with Excel's error `code`. */
    failNext: (call: string, code: string) => book.faults.push({ call, code }),
    /** Adds a sheet directly, as if the user had one already. */
    seedSheet: (name: string): DoubleSheet => book.create(name),
  };
}
