import { createExcelDouble } from './excel-double';

/**
 * Served in place of office.js in page tests: an Office host that says it is Excel, whose
 * Excel.run is the recording double. Tests read the double back through window.__excel.
 */
const excel = createExcelDouble();
const w = window as unknown as Record<string, unknown>;
w.__excel = {
  syncCount: excel.syncCount,
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
    new Promise((resolve) =>
      setTimeout(
        () => resolve({ host: 'Excel', platform: 'OfficeOnline' }),
        Number(new URLSearchParams(location.search).get('readyAfter') ?? 0),
      ),
    ),
  // ExcelApi 1.9 exactly: the add-in's minimum, so optional features (comments, 1.10) stay off.
  context: {
    requirements: { isSetSupported: (set: string, version: string) => set === 'ExcelApi' && Number(version.split('.')[1] ?? 0) <= 9 },
  },
};
w.Excel = { run: excel.run };
