import { OfficeWorkbook } from '../../adapters/office/office-workbook';
import type { Host } from './host';

export function excelHost(): Host {
  const port = new OfficeWorkbook((batch) => Excel.run(batch), {
    comments: Office.context.requirements.isSetSupported('ExcelApi', '1.10'),
    notes: Office.context.requirements.isSetSupported('ExcelApi', '1.18'),
  });
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

export function excelApiSupported(): boolean {
  return Office.context.requirements.isSetSupported('ExcelApi', '1.9');
}
