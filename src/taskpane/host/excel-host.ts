import { OfficeWorkbook, officeFeatures } from '../../adapters/office/office-workbook';
import type { Host, HostFacts, Shortfall } from './host';

/** The newest ExcelApi set the host has, asked from the newest down (1.30 leaves room for sets to come). */
function newestExcelApi(): string {
  for (let minor = 30; minor >= 1; minor--) if (supportsExcelApi(`1.${minor}`)) return `1.${minor}`;
  return '';
}

function about(): HostFacts {
  const d = Office.context.diagnostics as Partial<Office.ContextInformation> | undefined;
  return { host: String(d?.host ?? 'Excel'), platform: String(d?.platform ?? ''), version: d?.version ?? '', excelApi: newestExcelApi() };
}

export function excelHost(): Host {
  const port = new OfficeWorkbook((batch) => Excel.run(batch), supportsExcelApi);
  const has = officeFeatures(supportsExcelApi);
  const shortfalls: Shortfall[] = [
    ...(has.dataValidation ? [] : (['drop-downs'] as const)),
    ...(has.pageLayout ? [] : (['print-setup'] as const)),
    ...(has.comments ? [] : (['comments'] as const)),
  ];
  return {
    kind: 'excel',
    shortfalls,
    about,
    takeNotices: () => port.takeNotices(),
    port: async () => port,
    activeSheet: () =>
      Excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getActiveWorksheet();
        ws.load('name');
        await ctx.sync();
        return ws.name;
      }),
    activate: (sheet) =>
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(sheet).activate();
        await ctx.sync();
      }),
  };
}

const supportsExcelApi = (version: string) => Office.context.requirements.isSetSupported('ExcelApi', version);

/** ExcelApi 1.7, Office 2019's: the manifest's minimum. Later sets are checked where they are used. */
export function excelApiSupported(): boolean {
  return supportsExcelApi('1.7');
}
