import type { Catalogue } from '../domain/catalogue/catalogue';
import { longRows, type LongRow } from '../domain/export/long-format';
import type { SheetSource } from './port';
import { templateSheets } from './template-sheets';

/** What one workbook gives an export: its template sheets (the add-in's and those recognised) as long rows, and the other sheets. */
export async function exportWorkbook(
  source: SheetSource,
  catalogue: Catalogue,
  file: string,
): Promise<{ rows: LongRow[]; sheets: string[]; others: string[] }> {
  const { sheets, others } = await templateSheets(source, catalogue);
  return { rows: sheets.flatMap((s) => longRows(s, file)), sheets: sheets.map((s) => s.sheet), others };
}
