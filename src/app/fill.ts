import type { Catalogue } from '../domain/catalogue/catalogue';
import { parseValuesCsv } from '../domain/fill/csv';
import { planFill, type FillOutcome } from '../domain/fill/fill';
import type { WorkbookPort } from './port';
import { findTemplateSheet } from './template-sheets';

/** "Nhập số liệu": writes a `code,value` text into the named (or first) template sheet; every entry has an outcome. */
export async function fillWorkbook(
  port: WorkbookPort,
  catalogue: Catalogue,
  file: string,
  valuesText: string,
  sheetName?: string,
): Promise<{ sheet: string; outcomes: FillOutcome[] }> {
  const sheet = await findTemplateSheet(port, catalogue, file, sheetName);
  const { writes, outcomes } = planFill(sheet, sheet.template!, parseValuesCsv(valuesText));
  await port.patchCells(sheet.sheet, writes);
  return { sheet: sheet.sheet, outcomes };
}
