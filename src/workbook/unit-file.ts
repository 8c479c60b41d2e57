import type { UnitFile } from '../domain/merge/merge';
import { unitReport } from '../domain/merge/unit-report';
import { readTemplateSheet } from '../domain/sheet/read';
import { readGrids, type PartReader } from './lean-reader';

export type FileFacts = Pick<UnitFile, 'file' | 'size' | 'modified' | 'checksum'>;

/** A received file read for merging: its template sheet checked and prepared, or why it cannot be used. */
export function readUnitFile(facts: FileFacts, data: Uint8Array, parts?: PartReader): UnitFile {
  try {
    const sheet = readGrids(facts.file, data, parts)
      .map(readTemplateSheet)
      .find((s) => s?.template);
    if (!sheet) return { ...facts, error: `Tệp "${facts.file}" không có trang tính nào được tạo từ mẫu CCHC.` };
    return { ...facts, report: unitReport(facts.file, sheet) };
  } catch (e) {
    return { ...facts, error: (e as Error).message };
  }
}
