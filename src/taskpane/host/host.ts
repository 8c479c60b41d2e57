import type { WorkbookPort } from '../../app/port';

/** Where the task pane runs: inside Excel (Office.js) or as a standalone page on .xlsx files. */
export interface Host {
  kind: 'excel' | 'web';
  port(): Promise<WorkbookPort>;
  /** Brings a sheet to the front after it was added (Excel); no-op on the web. */
  activate(sheet: string): Promise<void>;
  /** The sheet the user is looking at (Excel); undefined on the web. */
  activeSheet(): Promise<string | undefined>;
  /** The name of the file open in the page (web); Excel's own workbook has none to give. */
  fileName?(): string | undefined;
  /** Names a workbook the page made itself after what it now holds ("tong-hop-huyen-an-thi-2024-Q3.xlsx"); a file opened keeps its name. */
  nameAfter?(name: string): void;
}
