import ExcelJS from 'exceljs';
import type { MergeResult } from '../../src/domain/merge/merge';
import { mergeSheets } from '../../src/domain/merge/report-sheets';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/exceljs-adapter';

/**
 * The sheets of a merge as the exceljs adapter lays them out, in memory: what the merge's cases
 * read (each mutant of `npm run mutate` runs them). The same sheets are written to files and read
 * back by the command line's merge suites and opened in LibreOffice.
 */
export async function written(r: MergeResult): Promise<ExcelJS.Workbook> {
  const wb = ExcelJsWorkbook.create(ExcelJS);
  for (const plan of mergeSheets(r)) await wb.addSheet(plan);
  return wb.workbook;
}

/** The breakdown's columns as written: code → [total, reporting units, ...one per unit], with each cell's fill. */
export function breakdownRows(ws: ExcelJS.Worksheet): {
  units: string[];
  rows: Map<string, unknown[]>;
  fills: Map<string, (string | undefined)[]>;
} {
  const header = ws.getRow(4).values as unknown[];
  const units = header.slice(6) as string[];
  const rows = new Map<string, unknown[]>();
  const fills = new Map<string, (string | undefined)[]>();
  ws.eachRow((row, r) => {
    const code = row.getCell(1).value;
    if (r <= 4 || typeof code !== 'string' || !code) return;
    const cells = Array.from({ length: 2 + units.length }, (_, i) => row.getCell(4 + i));
    rows.set(
      code,
      cells.map((c) => c.value ?? null),
    );
    fills.set(
      code,
      cells.map((c) => (c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb),
    );
  });
  return { units, rows, fills };
}
