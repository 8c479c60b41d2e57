import type { Catalogue } from '../domain/catalogue/catalogue';
import { InputError } from '../domain/errors';
import { parseValuesCsv } from '../domain/fill/csv';
import { planFill, type FillOutcome } from '../domain/fill/fill';
import type { WorkbookPort } from './port';
import { findTemplateSheet } from './template-sheets';

/**
 * "Nhập số liệu": writes a `code,value` text (a values file named `values.name`) into the named
 * (or first) template sheet; every entry has an outcome. A text without any entry is refused.
 */
export async function fillWorkbook(
  port: WorkbookPort,
  catalogue: Catalogue,
  file: string,
  values: { name: string; text: string },
  sheetName?: string,
): Promise<{ sheet: string; outcomes: FillOutcome[] }> {
  const entries = parseValuesCsv(values.text);
  if (!entries.length) throw new InputError({ code: 'values-empty', file: values.name });
  const sheet = await findTemplateSheet(port, catalogue, file, sheetName);
  const { writes, outcomes } = planFill(sheet, sheet.template!, entries);
  await port.patchCells(sheet.sheet, writes);
  return { sheet: sheet.sheet, outcomes };
}
