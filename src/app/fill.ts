import type { Catalogue } from '../domain/catalogue/catalogue';
import { InputError } from '../domain/errors';
import { parseValuesCsv, type CsvEntry } from '../domain/fill/csv';
import { unitKey } from '../domain/units/identity';
import { planFill, type FillOutcome } from '../domain/fill/fill';
import type { WorkbookPort } from './port';
import { findTemplateSheet } from './template-sheets';

/**
 * The entries of one unit: an export of several units fills the template of the unit the sheet
 * names; an InputError listing the units when it names none of them.
 */
function entriesFor(entries: CsvEntry[], unit: string, file: string): CsvEntry[] {
  const units = [...new Set(entries.map((e) => e.unit).filter((u): u is string => !!u))];
  if (units.length <= 1) return entries;
  const own = entries.filter((e) => e.unit && unitKey(e.unit) === unitKey(unit));
  if (!own.length) throw new InputError({ code: 'values-many-units', file, units, unit });
  return own;
}

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
  const { writes, outcomes } = planFill(sheet, sheet.template!, entriesFor(entries, sheet.identity.unit, values.name));
  await port.patchCells(sheet.sheet, writes);
  return { sheet: sheet.sheet, outcomes };
}
