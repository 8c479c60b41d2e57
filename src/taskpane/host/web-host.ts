import type { ExcelJsWorkbook } from '../../adapters/exceljs/exceljs-adapter';
import type { Host } from './host';
import { InputError } from '../../domain/errors';

/** exceljs is large: it is loaded only when a workbook is first needed. */
async function loadExcelJs() {
  const [{ ExcelJsWorkbook }, lib] = await Promise.all([
    import('../../adapters/exceljs/exceljs-adapter'),
    import(/* webpackChunkName: "exceljs" */ 'exceljs/dist/exceljs.min.js'),
  ]);
  return { ExcelJsWorkbook, lib: (lib as { default?: unknown }).default ?? lib };
}

export interface WebHost extends Host {
  kind: 'web';
  fileName(): string | undefined;
  open(file: File): Promise<void>;
  /** Opens a workbook served with the page (the bundled samples). */
  openUrl(url: string, name: string): Promise<void>;
  /** The current workbook as .xlsx bytes. */
  save(): Promise<Uint8Array>;
}

export function webHost(defaultName: string): WebHost {
  let wb: ExcelJsWorkbook | undefined;
  let name: string | undefined;
  const ensure = async () => {
    if (!wb) {
      const { ExcelJsWorkbook, lib } = await loadExcelJs();
      wb = ExcelJsWorkbook.create(lib as never);
      name = defaultName;
    }
    return wb;
  };
  return {
    kind: 'web',
    port: ensure,
    activate: async () => undefined,
    activeSheet: async () => undefined,
    fileName: () => name,
    async open(file) {
      const { ExcelJsWorkbook, lib } = await loadExcelJs();
      wb = await ExcelJsWorkbook.open(lib as never, await file.arrayBuffer());
      name = file.name;
    },
    async openUrl(url, fileName) {
      const response = await fetch(url);
      if (!response.ok) throw new InputError({ code: 'download-failed', file: fileName, status: response.status });
      const { ExcelJsWorkbook, lib } = await loadExcelJs();
      wb = await ExcelJsWorkbook.open(lib as never, await response.arrayBuffer());
      name = fileName;
    },
    async save() {
      return (await ensure()).toBuffer();
    },
  };
}
