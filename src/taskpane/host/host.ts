import type { WorkbookPort } from '../../app/port';
import type { OfficeNotice } from '../../adapters/office/office-workbook';

/** What this Excel cannot do that newer ones can (its requirement sets): told once, when the pane opens. */
export type Shortfall = 'drop-downs' | 'print-setup' | 'comments';

export interface HostFacts {
  host: string;
  platform: string;
  version: string;
  /** "1.7": the newest ExcelApi requirement set the host has; "" outside Excel. */
  excelApi: string;
}

/** Where the task pane runs: inside Excel (Office.js) or as a standalone page on .xlsx files. */
export interface Host {
  kind: 'excel' | 'web';
  port(): Promise<WorkbookPort>;
  /** Brings a sheet to the front after it was added (Excel); no-op on the web. */
  activate(sheet: string): Promise<void>;
  /** The sheet the user is looking at (Excel); undefined on the web. */
  activeSheet(): Promise<string | undefined>;
  /** Excel's requirement sets short of the newest, as far as the add-in's features go. */
  shortfalls?: Shortfall[];
  /** What the last actions could not do (a print setup Excel refused); the list starts afresh. */
  takeNotices?(): OfficeNotice[];
  /** Where the pane runs, for the self-test's report: host, platform, version, the newest ExcelApi set it has. */
  about(): HostFacts;
  /** The name of the file open in the page (web); Excel's own workbook has none to give. */
  fileName?(): string | undefined;
  /** Names a workbook the page made itself after what it now holds ("tong-hop-huyen-an-thi-2024-Q3.xlsx"); a file opened keeps its name. */
  nameAfter?(name: string): void;
}
