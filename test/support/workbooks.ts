import ExcelJS from 'exceljs';
import type { Template } from '../../src/domain/catalogue/schema';
import { renderTemplate, type RenderOptions } from '../../src/domain/render/template';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/exceljs-adapter';
import { BAC_SON } from './templates';

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
