import { readUnitFile } from '../../src/app/merge';
import { mergeReports, type MergeResult, type UnitFile } from '../../src/domain/merge/merge';
import { parsePeriod } from '../../src/domain/period';
import type { CellValue } from '../../src/domain/sheet/plan';
import { BUILT_IN, cellValues, template } from './templates';
import { renderTemplate } from '../../src/domain/render/template';
import { planGrid } from './plan-grid';

/** Units and their figures by code ("VII.5.3.1": 100), as a test lays them out. */
export type UnitFigures = readonly (readonly [string, Readonly<Record<string, CellValue>>])[];

/**
 * Each unit's Mẫu A of the period ("<unit>.xlsx"), read as a merge reads a received file: its sheet
 * as the reader gives it (see planGrid), without writing the file.
 */
export async function dinhKyFiles(units: UnitFigures, period = '2024-Q3'): Promise<UnitFile[]> {
  return units.map(([unit, values]) => {
    const grid = planGrid(renderTemplate(template('dinh-ky'), { unit, period: parsePeriod(period), values: cellValues({ ...values }) }));
    const file = `${unit}.xlsx`;
    return readUnitFile({ file, size: 1, modified: 0, checksum: file }, new Uint8Array(), () => [grid], BUILT_IN);
  });
}

/** Their consolidation by a province's Sở Nội vụ. */
export async function mergedDinhKy(units: UnitFigures, period = '2024-Q3', unit = 'Sở Nội vụ tỉnh Hưng Yên'): Promise<MergeResult> {
  return mergeReports(await dinhKyFiles(units, period), { catalogue: BUILT_IN, unit });
}
