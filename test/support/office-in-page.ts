import { createExcelDouble } from './excel-double';

/**
 * Served in place of office.js in page tests: an Office host that says it is Excel, whose
 * Excel.run is the recording double. Tests read the double back through window.__excel.
 */
const params = new URLSearchParams(location.search);
// `?api=7`: the host's ExcelApi set (1.9 unless asked: optional features such as comments, 1.10, stay off).
const api = Number(params.get('api') ?? 9);
const excel = createExcelDouble({ api });
const w = window as unknown as Record<string, unknown>;
w.__excel = {
  syncCount: excel.syncCount,
  failNext: excel.failNext,
  isProtected: (sheet: string) => excel.sheet(sheet)?.protected ?? null,
  cell: (sheet: string, row: number, col: number) => {
    const c = excel.sheet(sheet)?.cells.get(`${row},${col}`);
    return c ? { value: c.value, formula: c.formula ?? null } : null;
  },
  sheetNames: () => [...excel.calls.filter((c) => c.startsWith('worksheets.add ')).map((c) => c.slice('worksheets.add '.length))],
  activated: () => excel.calls.filter((c) => c.endsWith('.activate')),
  selection: excel.selection,
  fill: (sheet: string, row: number, col: number) => excel.sheet(sheet)?.cells.get(`${row},${col}`)?.fill ?? null,
  comments: () => [...excel.comments.keys()],
  charts: (sheet: string) =>
    excel.sheet(sheet)?.charts.map((c) => ({ title: c.title, source: c.source, xValues: c.series[0]?.xValues })) ?? [],
};
w.Office = {
  HostType: { Excel: 'Excel' },
  // Excel may take a while to start the add-in: `?readyAfter=ms` makes onReady that slow.
  onReady: () =>
    new Promise((resolve) => setTimeout(() => resolve({ host: 'Excel', platform: 'OfficeOnline' }), Number(params.get('readyAfter') ?? 0))),
  context: {
    displayLanguage: params.get('displayLanguage') ?? 'vi-VN',
    diagnostics: { host: 'Excel', platform: 'PC', version: '16.0.10827.20181' },
    requirements: { isSetSupported: (set: string, version: string) => set === 'ExcelApi' && excel.supports(version) },
  },
};
w.Excel = { run: excel.run };
