import type { ExcelJsWorkbook } from '../../adapters/exceljs/exceljs-adapter';
import type { Host } from './host';
import { InputError } from '../../domain/errors';
import { readGrids } from '../../adapters/lean-reader/lean-reader';

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

/**
 * A chosen file opened as the CLI opens one: the lean reader first (it bounds what the file may
 * cost and names what is damaged), then exceljs, whose own errors are never shown as they are.
 */
async function openChecked(name: string, data: Uint8Array): Promise<ExcelJsWorkbook> {
  readGrids(name, data);
  const { ExcelJsWorkbook, lib } = await loadExcelJs();
  try {
    return await ExcelJsWorkbook.open(lib as never, data);
  } catch {
    throw new InputError({ code: 'file-corrupt', file: name });
  }
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
      wb = await openChecked(file.name, new Uint8Array(await file.arrayBuffer()));
      name = file.name;
    },
    async openUrl(url, fileName) {
      const response = await fetch(url);
      if (!response.ok) throw new InputError({ code: 'download-failed', file: fileName, status: response.status });
      wb = await openChecked(fileName, new Uint8Array(await response.arrayBuffer()));
      name = fileName;
    },
    async save() {
      return (await ensure()).toBuffer();
    },
  };
}
