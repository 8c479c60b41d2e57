import { mergeReports, type MergeOptions, type MergeResult, type UnitFile } from '../domain/merge/merge';
import { mergeSheets } from '../domain/merge/report-sheets';
import type { WorkbookPort } from '../workbook/port';
import { readUnitFile } from '../workbook/unit-file';

export type MergeStage = 'read' | 'merge' | 'write' | 'done';

/** Reads the chosen files in the page (never uploaded anywhere, never modified). */
export async function readUnitFiles(files: File[], progress: (done: number) => void): Promise<UnitFile[]> {
  const out: UnitFile[] = [];
  for (const f of files) {
    const data = new Uint8Array(await f.arrayBuffer());
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
    const base = { file: f.name, size: f.size, modified: f.lastModified, checksum: [...digest].map((b) => b.toString(16).padStart(2, '0')).join('') };
    out.push(readUnitFile(base, data));
    progress(out.length);
  }
  return out;
}

/** Merges and writes the three result sheets into the workbook; returns the result and the sheet names. */
export async function writeMerge(port: WorkbookPort, files: UnitFile[], opts: MergeOptions, stage: (s: MergeStage) => void): Promise<{ result: MergeResult; sheets: string[] }> {
  stage('merge');
  const result = mergeReports(files, opts);
  stage('write');
  const sheets: string[] = [];
  for (const plan of mergeSheets(result)) sheets.push(await port.addSheet(plan));
  stage('done');
  return { result, sheets };
}
