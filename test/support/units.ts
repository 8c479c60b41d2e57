import { readGrids } from '../../src/adapters/lean-reader/lean-reader';
import { readUnitFile } from '../../src/app/merge';
import { mergeReports, type MergeResult, type UnitFile } from '../../src/domain/merge/merge';
import { parsePeriod } from '../../src/domain/period';
import type { CellValue } from '../../src/domain/sheet/plan';
import { BUILT_IN, cellValues, template } from './templates';
import { templateXlsx } from './workbooks';

/** Units and their figures by code ("VII.5.3.1": 100), as a test lays them out. */
export type UnitFigures = readonly (readonly [string, Readonly<Record<string, CellValue>>])[];

/** Each unit's Mẫu A of the period, written as an .xlsx file ("<unit>.xlsx") and read as a merge reads a received file. */
export async function dinhKyFiles(units: UnitFigures, period = '2024-Q3'): Promise<UnitFile[]> {
  const files: UnitFile[] = [];
  for (const [unit, values] of units) {
    const { bytes } = await templateXlsx(template('dinh-ky'), { unit, period: parsePeriod(period), values: cellValues({ ...values }) });
    const file = `${unit}.xlsx`;
    files.push(readUnitFile({ file, size: bytes.length, modified: 0, checksum: file }, bytes, readGrids, BUILT_IN));
  }
  return files;
}

/** Their consolidation by a province's Sở Nội vụ. */
export async function mergedDinhKy(units: UnitFigures, period = '2024-Q3', unit = 'Sở Nội vụ tỉnh Hưng Yên'): Promise<MergeResult> {
  return mergeReports(await dinhKyFiles(units, period), { catalogue: BUILT_IN, unit });
}
