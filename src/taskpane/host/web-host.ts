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
  /** The name the workbook is downloaded under: a name the page gave as it is, a file opened marked as worked on. */
  downloadName(): string | undefined;
  /** Opens a chosen file; says whether it holds objects (charts, pictures, PivotTables) a download from the page will not keep. */
  open(file: File): Promise<Opened>;
  /** Opens a workbook served with the page (the bundled samples). */
  openUrl(url: string, name: string): Promise<Opened>;
  /** The current workbook as .xlsx bytes. */
  save(): Promise<Uint8Array>;
}

export interface Opened {
  objectsLost: boolean;
}

/**
 * A chosen file opened as the CLI opens one: the lean reader first (it bounds what the file may
 * cost and names what is damaged), then exceljs, whose own errors are never shown as they are.
 */
async function openChecked(name: string, data: Uint8Array): Promise<{ workbook: ExcelJsWorkbook } & Opened> {
  readGrids(name, data);
  const { ExcelJsWorkbook, lib } = await loadExcelJs();
  try {
    const workbook = await ExcelJsWorkbook.open(lib as never, data);
    return { workbook, objectsLost: workbook.objectsDropped };
  } catch {
    throw new InputError({ code: 'file-corrupt', file: name });
  }
}

/** The name a worked-on file is downloaded under: a unit's file gets a mark ("xa.xlsx" → "xa-cchc.xlsx"), so it is not replaced; one already marked keeps its name. */
export function workedName(name: string): string {
  const base = name.replace(/\.xlsx$/i, '');
  return base.endsWith('-cchc') ? `${base}.xlsx` : `${base}-cchc.xlsx`;
}

export function webHost(defaultName: string): WebHost {
  let wb: ExcelJsWorkbook | undefined;
  let name: string | undefined;
  /** The workbook is one the page made (not a file opened): its name is the page's to give. */
  let made = false;
  const ensure = async () => {
    if (!wb) {
      const { ExcelJsWorkbook, lib } = await loadExcelJs();
      wb = ExcelJsWorkbook.create(lib as never);
      name = defaultName;
      made = true;
    }
    return wb;
  };
  return {
    kind: 'web',
    about: () => ({ host: 'standalone', platform: navigator.userAgent, version: '', excelApi: '' }),
    port: ensure,
    activate: async () => undefined,
    activeSheet: async () => undefined,
    fileName: () => name,
    downloadName: () => (name === undefined ? undefined : made ? name : workedName(name)),
    nameAfter(given) {
      if (made) name = given;
    },
    async open(file) {
      const opened = await openChecked(file.name, new Uint8Array(await file.arrayBuffer()));
      wb = opened.workbook;
      name = file.name;
      made = false;
      return { objectsLost: opened.objectsLost };
    },
    async openUrl(url, fileName) {
      const response = await fetch(url);
      if (!response.ok) throw new InputError({ code: 'download-failed', file: fileName, status: response.status });
      const opened = await openChecked(fileName, new Uint8Array(await response.arrayBuffer()));
      wb = opened.workbook;
      name = fileName;
      made = false;
      return { objectsLost: opened.objectsLost };
    },
    async save() {
      return (await ensure()).toBuffer();
    },
  };
}
