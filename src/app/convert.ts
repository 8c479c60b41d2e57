import type { Catalogue } from '../domain/catalogue/catalogue';
import { InputError } from '../domain/errors';
import type { CsvEntry } from '../domain/fill/csv';
import { planFill, type FillOutcome } from '../domain/fill/fill';
import { parsePeriod } from '../domain/period';
import { recogniseGrid } from '../domain/recognise/recognise';
import { recognisedSheet } from '../domain/recognise/recognised-sheet';
import { renderTemplate } from '../domain/render/template';
import { readTemplateSheet } from '../domain/sheet/read';
import { checkSheet } from '../domain/validate/validate';
import type { WorkbookPort } from './port';

/**
 * "Chuyển sang mẫu chuẩn": a sheet typed by hand, recognised, written again as the add-in's
 * template sheet beside it (the original is kept as it is). Each value is read as the check reads
 * it (a percentage as its fraction) and written as "Nhập số liệu" writes one, so every value has
 * an outcome; a value that cannot be read is said so, never dropped.
 */
export async function convertRecognised(
  port: WorkbookPort,
  catalogue: Catalogue,
  sheetName: string,
  given: { unit?: string; period?: string } = {},
): Promise<{ sheet: string; outcomes: FillOutcome[] }> {
  const grid = await port.readSheet(sheetName);
  const recognition = recogniseGrid(grid, catalogue);
  if (!recognition) throw new InputError({ code: 'sheet-not-recognised', sheet: sheetName });
  const typed = recognisedSheet(grid, recognition);
  const template = recognition.template;
  const { readings } = checkSheet(typed, template);
  const entries: CsvEntry[] = [];
  for (const [key, r] of readings) {
    if (r.kind === 'group' || r.cell.raw === null || r.cell.raw === '') continue;
    const value = r.readable ? r.value : r.cell.raw;
    entries.push({
      line: r.cell.row,
      code: key,
      value: String(value ?? ''),
      ...(typeof value === 'number' ? { number: value } : {}),
    });
  }
  const unit = given.unit ?? typed.identity.unit;
  const period = parsePeriod(given.period ?? typed.identity.period);
  const name = await port.addSheet(renderTemplate(template, { unit, ...(period ? { period } : {}) }));
  const fresh = readTemplateSheet(await port.readSheet(name), catalogue)!;
  const { writes, outcomes } = planFill(fresh, template, entries);
  await port.patchCells(name, writes);
  return { sheet: name, outcomes };
}
