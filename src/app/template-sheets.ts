import type { Catalogue } from '../domain/catalogue/catalogue';
import { InputError } from '../domain/errors';
import { readAnySheet } from '../domain/recognise/recognised-sheet';
import { readTemplateSheet, type TemplateSheet } from '../domain/sheet/read';
import type { SheetGrid, SheetSource } from './port';

/** The template sheets among a workbook's sheets (all of them by default; those typed by hand when recognised), and the other sheets looked at, as read. */
export async function templateSheets(
  source: SheetSource,
  catalogue: Catalogue,
  names?: string[],
  { recognise = true } = {},
): Promise<{ sheets: TemplateSheet[]; others: string[]; otherGrids: SheetGrid[] }> {
  const sheets: TemplateSheet[] = [];
  const others: string[] = [];
  const otherGrids: SheetGrid[] = [];
  for (const name of names ?? (await source.sheetNames())) {
    const grid = await source.readSheet(name);
    const sheet = recognise ? readAnySheet(grid, catalogue) : readTemplateSheet(grid, catalogue);
    if (sheet?.template) sheets.push(sheet);
    else {
      others.push(name);
      otherGrids.push(grid);
    }
  }
  return { sheets, others, otherGrids };
}

/** Every template sheet the add-in wrote in a file; an InputError naming the file when there is none. */
export async function requireTemplateSheets(source: SheetSource, catalogue: Catalogue, file: string): Promise<TemplateSheet[]> {
  const { sheets, others } = await templateSheets(source, catalogue, undefined, { recognise: false });
  if (!sheets.length) throw new InputError({ code: 'no-template-sheet', file, looked: others.length });
  return sheets;
}

/** The named template sheet the add-in wrote, or the first one; an InputError naming the file, sheet or template otherwise. */
export async function findTemplateSheet(source: SheetSource, catalogue: Catalogue, file: string, name?: string): Promise<TemplateSheet> {
  const names = await source.sheetNames();
  if (name && !names.includes(name)) throw new InputError({ code: 'sheet-missing', file, sheet: name });
  for (const n of name ? [name] : names) {
    const sheet = readTemplateSheet(await source.readSheet(n), catalogue);
    if (sheet?.template) return sheet;
    if (sheet) throw new InputError({ code: 'sheet-template-unknown', file, sheet: n, template: sheet.identity.templateId });
  }
  throw new InputError(name ? { code: 'no-template-sheet', file, sheet: name } : { code: 'no-template-sheet', file, looked: names.length });
}
