import { address, parseAddress } from '../../src/domain/sheet/plan';

/**
 * A hand-written double of the Excel JavaScript API, limited to what the add-in uses, with the
 * API's discipline: writes are queued and happen at `context.sync()`, and reading a property
 * that was not loaded and synced throws, as PropertyNotLoaded does. It records every call and
 * counts syncs, and keeps a cell model per sheet so tests can compare it with exceljs output.
 */
export interface DoubleCell {
  value: unknown;
  formula?: string;
  numFmt: string;
  font: { name?: string; size?: number; bold?: boolean; italic?: boolean; underline?: string; color?: string };
  fill?: string;
  h?: string;
  v?: string;
  wrap?: boolean;
  locked: boolean;
  borders: Set<string>;
}

export interface DoubleSheet {
  name: string;
  cells: Map<string, DoubleCell>;
  merges: string[];
  columnWidths: Map<number, number>;
  hiddenColumns: Set<number>;
  rowHeights: Map<number, number>;
  validations: { cells: string[]; rule: unknown; prompt?: unknown; errorAlert?: unknown }[];
  frozenRows: number;
  protected: boolean;
  protectCalls: number;
  visibility: string;
  layout: { orientation?: string; paperSize?: string; zoom?: unknown; printArea?: string; titleRows?: string };
}

type Op = () => void;

interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MAX = 1_048_576;

function parseArea(a: string): Area {
  const s = a.replace(/\$/g, '').trim();
  if (/^\d+:\d+$/.test(s)) {
    const [t, b] = s.split(':').map(Number);
    return { top: t, left: 1, bottom: b, right: 16384 };
  }
  if (/^[A-Z]+:[A-Z]+$/.test(s)) {
    const [l, r] = s.split(':').map((c) => parseAddress(`${c}1`).col);
    return { top: 1, left: l, bottom: MAX, right: r };
  }
  const [p, q] = s.split(':');
  const a1 = parseAddress(p);
  const a2 = q ? parseAddress(q) : a1;
  return { top: a1.row, left: a1.col, bottom: a2.row, right: a2.col };
}

export function createExcelDouble() {
  const sheets = new Map<string, DoubleSheet>();
  const calls: string[] = [];
  let queue: Op[] = [];
  let syncs = 0;
  const pendingLoads: (() => void)[] = [];

  const cellOf = (sheet: DoubleSheet, row: number, col: number): DoubleCell => {
    const key = `${row},${col}`;
    let c = sheet.cells.get(key);
    if (!c) sheet.cells.set(key, (c = { value: '', numFmt: 'General', font: {}, locked: true, borders: new Set() }));
    return c;
  };
  const eachCell = (sheet: DoubleSheet, areas: Area[], fn: (c: DoubleCell, row: number, col: number) => void) => {
    for (const a of areas) {
      if (a.bottom - a.top > 100_000 || a.right - a.left > 1000) continue; // whole rows/columns: no cell-level effect here
      for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) fn(cellOf(sheet, r, c), r, c);
    }
  };

  /** A loadable property bag: readable only after load + sync. */
  const loadable = <T extends object>(compute: () => T, label: string) => {
    let loaded: T | undefined;
    return {
      load(_props?: string) {
        calls.push(`${label}.load`);
        pendingLoads.push(() => (loaded = compute()));
        return this;
      },
      get(): T {
        if (!loaded) throw new Error(`PropertyNotLoaded: ${label}`);
        return loaded;
      },
    };
  };

  function formatProxy(sheet: DoubleSheet, areas: Area[], label: string) {
    const set = (what: string, fn: (c: DoubleCell) => void) => {
      calls.push(`${label}.format.${what}`);
      queue.push(() => eachCell(sheet, areas, fn));
    };
    const font = {} as Record<string, unknown>;
    for (const k of ['name', 'size', 'bold', 'italic', 'underline', 'color'])
      Object.defineProperty(font, k, { set: (v) => set(`font.${k}`, (c) => ((c.font as Record<string, unknown>)[k] = v)) });
    const format = {
      font,
      fill: {} as Record<string, unknown>,
      protection: {} as Record<string, unknown>,
      borders: {
        getItem(edge: string) {
          const b = {} as Record<string, unknown>;
          for (const k of ['style', 'weight', 'color'])
            Object.defineProperty(b, k, { set: () => set(`borders.${edge}.${k}`, (c) => c.borders.add(edge)) });
          return b;
        },
      },
    } as Record<string, unknown>;
    let loadedFill: string | undefined;
    let fillLoaded = false;
    Object.defineProperty(format.fill, 'color', {
      set: (v: string) => set('fill.color', (c) => (c.fill = v)),
      get: () => {
        if (!fillLoaded) throw new Error(`PropertyNotLoaded: ${label}.format.fill.color`);
        return loadedFill;
      },
    });
    (format.fill as Record<string, unknown>).load = () => {
      calls.push(`${label}.format.fill.load`);
      pendingLoads.push(() => {
        const a = areas[0];
        loadedFill = cellOf(sheet, a.top, a.left).fill ?? '#FFFFFF';
        fillLoaded = true;
      });
    };
    (format.fill as Record<string, unknown>).clear = () => set('fill.clear', (c) => (c.fill = undefined));
    Object.defineProperty(format.protection, 'locked', { set: (v: boolean) => set('protection.locked', (c) => (c.locked = v)) });
    Object.defineProperty(format, 'horizontalAlignment', { set: (v: string) => set('horizontalAlignment', (c) => (c.h = v)) });
    Object.defineProperty(format, 'verticalAlignment', { set: (v: string) => set('verticalAlignment', (c) => (c.v = v)) });
    Object.defineProperty(format, 'wrapText', { set: (v: boolean) => set('wrapText', (c) => (c.wrap = v)) });
    Object.defineProperty(format, 'columnWidth', {
      set: (v: number) => {
        calls.push(`${label}.format.columnWidth`);
        queue.push(() => areas.forEach((a) => sheet.columnWidths.set(a.left, v)));
      },
    });
    Object.defineProperty(format, 'rowHeight', {
      set: (v: number) => {
        calls.push(`${label}.format.rowHeight`);
        queue.push(() => areas.forEach((a) => sheet.rowHeights.set(a.top, v)));
      },
    });
    return format;
  }

  function validationProxy(sheet: DoubleSheet, addresses: string, label: string) {
    const entry = { cells: addresses.split(','), rule: undefined as unknown, prompt: undefined as unknown, errorAlert: undefined as unknown };
    let recorded = false;
    const record = () => {
      if (!recorded) queue.push(() => sheet.validations.push(entry));
      recorded = true;
    };
    const dv = {
      clear() {
        calls.push(`${label}.dataValidation.clear`);
      },
    } as Record<string, unknown>;
    for (const k of ['rule', 'prompt', 'errorAlert'] as const)
      Object.defineProperty(dv, k, {
        set: (v) => {
          calls.push(`${label}.dataValidation.${k}`);
          record();
          queue.push(() => (entry[k] = v));
        },
      });
    return dv;
  }

  function rangeProxy(sheet: DoubleSheet, addr: string) {
    const area = parseArea(addr);
    const label = `${sheet.name}!${addr}`;
    const write = (what: 'formulas' | 'values' | 'numberFormat', grid: unknown[][]) => {
      calls.push(`${label}.${what}=`);
      queue.push(() =>
        grid.forEach((row, i) =>
          row.forEach((v, j) => {
            const c = cellOf(sheet, area.top + i, area.left + j);
            if (what === 'numberFormat') c.numFmt = String(v);
            else if (typeof v === 'string' && v.startsWith('=') && what === 'formulas') {
              c.formula = v.slice(1);
              c.value = '';
            } else {
              c.formula = undefined;
              c.value = v;
            }
          }),
        ),
      );
    };
    const data = loadable(() => {
      let maxR = 0;
      let maxC = 0;
      for (const k of sheet.cells.keys()) {
        const [r, c] = k.split(',').map(Number);
        const cell = sheet.cells.get(k)!;
        if (cell.value === '' && !cell.formula) continue;
        maxR = Math.max(maxR, r);
        maxC = Math.max(maxC, c);
      }
      const grid = <T>(f: (c: DoubleCell | undefined) => T) =>
        Array.from({ length: maxR }, (_, r) => Array.from({ length: maxC }, (_, c) => f(sheet.cells.get(`${r + 1},${c + 1}`))));
      return {
        isNullObject: maxR === 0,
        rowIndex: 0,
        columnIndex: 0,
        values: grid((c) => c?.value ?? ''),
        formulas: grid((c) => (c?.formula ? `=${c.formula}` : c?.value ?? '')),
        numberFormat: grid((c) => c?.numFmt ?? 'General'),
      };
    }, `${label}.usedRange`);
    return {
      set formulas(g: unknown[][]) {
        write('formulas', g);
      },
      get formulas() {
        return data.get().formulas;
      },
      set values(g: unknown[][]) {
        write('values', g);
      },
      get values() {
        return data.get().values;
      },
      set numberFormat(g: unknown[][]) {
        write('numberFormat', g);
      },
      get numberFormat() {
        return data.get().numberFormat;
      },
      get rowIndex() {
        return data.get().rowIndex;
      },
      get columnIndex() {
        return data.get().columnIndex;
      },
      get isNullObject() {
        return data.get().isNullObject;
      },
      set columnHidden(v: boolean) {
        calls.push(`${label}.columnHidden`);
        queue.push(() => {
          for (let c = area.left; c <= area.right; c++) if (v) sheet.hiddenColumns.add(c);
        });
      },
      format: formatProxy(sheet, [area], label),
      merge() {
        calls.push(`${label}.merge`);
        queue.push(() => sheet.merges.push(addr));
      },
      select() {
        calls.push(`${label}.select`);
        queue.push(() => (selection = label));
      },
      clear() {
        calls.push(`${label}.clear`);
        queue.push(() =>
          eachCell(sheet, [area], (c) => {
            c.value = '';
            c.formula = undefined;
          }),
        );
      },
      load(props?: string) {
        data.load(props);
        return this;
      },
    };
  }

  function worksheetProxy(sheet: DoubleSheet) {
    const protection = loadable(() => ({ protected: sheet.protected }), `${sheet.name}.protection`);
    return {
      get name() {
        return sheet.name;
      },
      getRange: (a: string) => rangeProxy(sheet, a),
      getRangeByIndexes: (r: number, c: number, rows: number, cols: number) =>
        rangeProxy(sheet, `${address(r + 1, c + 1)}:${address(r + rows, c + cols)}`),
      getRanges(list: string) {
        calls.push(`${sheet.name}.getRanges`);
        const label = `${sheet.name}!{${list.split(',').length} areas}`;
        return { format: formatProxy(sheet, list.split(',').map(parseArea), label), dataValidation: validationProxy(sheet, list, label) };
      },
      getUsedRangeOrNullObject: () => rangeProxy(sheet, 'A1'),
      protection: {
        load(p?: string) {
          protection.load(p);
        },
        get protected() {
          return protection.get().protected;
        },
        protect(options?: unknown) {
          calls.push(`${sheet.name}.protect ${JSON.stringify(options ?? {})}`);
          queue.push(() => {
            sheet.protected = true;
            sheet.protectCalls++;
          });
        },
        unprotect() {
          calls.push(`${sheet.name}.unprotect`);
          queue.push(() => (sheet.protected = false));
        },
      },
      freezePanes: {
        freezeRows(n: number) {
          calls.push(`${sheet.name}.freezeRows`);
          queue.push(() => (sheet.frozenRows = n));
        },
      },
      pageLayout: {
        set orientation(v: string) {
          queue.push(() => (sheet.layout.orientation = v));
        },
        set paperSize(v: string) {
          queue.push(() => (sheet.layout.paperSize = v));
        },
        set zoom(v: unknown) {
          queue.push(() => (sheet.layout.zoom = v));
        },
        setPrintArea(a: string) {
          queue.push(() => (sheet.layout.printArea = a));
        },
        setPrintTitleRows(a: string) {
          queue.push(() => (sheet.layout.titleRows = a));
        },
      },
      activate() {
        calls.push(`${sheet.name}.activate`);
        queue.push(() => (active = sheet.name));
      },
      load() {
        return this;
      },
      set visibility(v: string) {
        calls.push(`${sheet.name}.visibility=${v}`);
        queue.push(() => (sheet.visibility = v));
      },
      isNullObject: false,
    };
  }

  const newSheet = (name: string): DoubleSheet => ({
    name,
    cells: new Map(),
    merges: [],
    columnWidths: new Map(),
    hiddenColumns: new Set(),
    rowHeights: new Map(),
    validations: [],
    frozenRows: 0,
    protected: false,
    protectCalls: 0,
    visibility: 'Visible',
    layout: {},
  });

  const worksheets = (() => {
    const items = loadable(() => ({ items: [...sheets.values()].map((s) => worksheetProxy(s)) }), 'worksheets');
    return {
      load(p?: string) {
        items.load(p);
      },
      get items() {
        return items.get().items;
      },
      add(name: string) {
        calls.push(`worksheets.add ${name}`);
        if ([...sheets.keys()].some((n) => n.toLowerCase() === name.toLowerCase())) throw new Error(`ItemAlreadyExists: ${name}`);
        const s = newSheet(name);
        sheets.set(name, s);
        return worksheetProxy(s);
      },
      getItem(name: string) {
        const s = sheets.get(name);
        if (!s) throw new Error(`ItemNotFound: ${name}`);
        return worksheetProxy(s);
      },
      getActiveWorksheet() {
        const s = sheets.get(active) ?? [...sheets.values()][0];
        if (!s) throw new Error('ItemNotFound: no sheet');
        return worksheetProxy(s);
      },
      getItemOrNullObject(name: string) {
        const s = sheets.get(name);
        return s ? worksheetProxy(s) : { isNullObject: true };
      },
    };
  })();

  const comments = new Map<string, string>();
  let selection = '';
  let active = '';

  const context = {
    workbook: {
      worksheets,
      comments: {
        add(cell: string, content: string) {
          calls.push(`comments.add ${cell}`);
          queue.push(() => {
            if (comments.has(cell)) throw new Error(`InvalidArgument: ${cell} already has a comment`);
            comments.set(cell, content);
          });
        },
        getItemByCell(cell: string) {
          return {
            delete() {
              calls.push(`comments.delete ${cell}`);
              queue.push(() => {
                if (!comments.delete(cell)) throw new Error(`ItemNotFound: comment ${cell}`);
              });
            },
          };
        },
      },
    },
    application: {
      suspendApiCalculationUntilNextSync() {
        calls.push('suspendApiCalculationUntilNextSync');
      },
    },
    async sync() {
      syncs++;
      calls.push('sync');
      const ops = queue;
      queue = [];
      ops.forEach((op) => op());
      pendingLoads.splice(0).forEach((l) => l());
    },
  };

  return {
    /** Stands in for Excel.run. */
    run: <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => batch(context as unknown as Excel.RequestContext),
    syncCount: () => syncs,
    comments,
    selection: () => selection,
    calls,
    sheet: (name: string) => sheets.get(name),
    /** Adds a sheet directly, as if the user had one already. */
    seedSheet: (name: string) => sheets.set(name, newSheet(name)),
  };
}
