import { OfficeWorkbook } from '../../adapters/office/office-workbook';
import type { Host } from './host';

export function excelHost(): Host {
  const port = new OfficeWorkbook((batch) => Excel.run(batch), supportsExcelApi);
  return {
    kind: 'excel',
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
