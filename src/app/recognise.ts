import type { Catalogue } from '../domain/catalogue/catalogue';
import { recogniseGrid, type Recognition } from '../domain/recognise/recognise';
import { readTemplateSheet } from '../domain/sheet/read';
import type { SheetSource } from './port';

/** What one sheet of a workbook is: a template sheet the add-in wrote, a sheet typed by hand and recognised, or neither. */
export type SheetKind = { sheet: string; own: string } | { sheet: string; recognition: Recognition } | { sheet: string };

/** "Nhận dạng": what each sheet of a workbook is, with the mapping of those typed by hand. */
export async function recogniseWorkbook(source: SheetSource, catalogue: Catalogue): Promise<SheetKind[]> {
  const out: SheetKind[] = [];
  for (const sheet of await source.sheetNames()) {
    const grid = await source.readSheet(sheet);
    const own = readTemplateSheet(grid, catalogue);
    if (own) {
      out.push({ sheet, own: own.identity.templateId });
      continue;
    }
    const recognition = recogniseGrid(grid, catalogue);
    out.push(recognition ? { sheet, recognition } : { sheet });
  }
  return out;
}
