import ExcelJS from 'exceljs';
import { builtInCatalogue } from '../../src/domain/catalogue/catalogue';
import type { Template } from '../../src/domain/catalogue/schema';
import { parsePeriod } from '../../src/domain/period';
import { renderTemplate, type RenderOptions } from '../../src/domain/render/template';
import type { CellValue } from '../../src/domain/sheet/plan';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/exceljs-adapter';

export const BAC_SON = { unit: 'UBND xã Bắc Sơn', period: parsePeriod('2024-Q3')!, reportNumber: '68/BC-UBND', reportDate: '15/9/2024' };

/** The templates that come with the add-in. */
export const BUILT_IN = builtInCatalogue();

export function template(id: string): Template {
  const t = BUILT_IN.find(id);
  if (!t) throw new Error(`no template ${id}`);
  return t;
}

/** Writes one template sheet to .xlsx bytes through the exceljs adapter. */
export async function templateXlsx(t: Template, opts: RenderOptions = BAC_SON): Promise<{ bytes: Uint8Array; sheet: string }> {
  const wb = ExcelJsWorkbook.create(ExcelJS);
  const sheet = await wb.addSheet(renderTemplate(t, opts));
  return { bytes: await wb.toBuffer(), sheet };
}

export async function openXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

export function cellValues(values: Record<string, CellValue>): Map<string, CellValue> {
  return new Map(Object.entries(values).map(([code, v]) => [code.includes('@') ? code : `${code}@value`, v]));
}
