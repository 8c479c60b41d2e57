import ExcelJS from 'exceljs';
import { catalogue, loadTemplate } from '../../src/domain/catalogue/catalogue';
import type { Template, TemplateInput } from '../../src/domain/catalogue/schema';
import { renderTemplate } from '../../src/domain/render/template';
import { address } from '../../src/domain/sheet/plan';
import { readTemplateSheet } from '../../src/domain/sheet/read';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { ExcelJsWorkbook } from '../../src/workbook/exceljs-adapter';
import { createExcelDouble } from '../support/excel-double';
import { BAC_SON, cellValues, openXlsx, template } from '../support/workbooks';

async function insertIntoDouble(t: Template) {
  const excel = createExcelDouble();
  const port = new OfficeWorkbook(excel.run);
  const before = excel.syncCount();
  const name = await port.addSheet(renderTemplate(t, BAC_SON));
  return { excel, port, name, syncs: excel.syncCount() - before };
}

/** dinh-ky with 900 more indicator rows: the sync count must not grow with the sheet. */
function bigTemplate(): Template {
  const base = template('dinh-ky');
  const extra = Array.from({ length: 900 }, (_, i) => ({ code: `VII.9.${i + 1}`, label: `Chỉ tiêu thử ${i + 1}`, kind: 'count' as const, unit: 'Hồ sơ' }));
  const input = JSON.parse(JSON.stringify(base)) as TemplateInput;
  input.id = 'dinh-ky-lon';
  input.tables[0].sections[6].rows.push(...extra);
  return loadTemplate(input);
}

describe.each(catalogue().map((t) => [t.id, t] as const))('Office.js adapter writes %s like the exceljs adapter', (_id, t) => {
  test('same cells, formats, merges, widths, validations, freeze and protection', async () => {
    const { excel, name } = await insertIntoDouble(t);
    const plan = renderTemplate(t, BAC_SON);
    const xlsx = ExcelJsWorkbook.create(ExcelJS);
    const xName = await xlsx.addSheet(plan);
    expect(xName).toBe(name);
    const ws = (await openXlsx(await xlsx.toBuffer())).getWorksheet(xName)!;
    const sheet = excel.sheet(name)!;

    for (const p of plan.cells) {
      const d = sheet.cells.get(`${p.row},${p.col}`)!;
      const x = ws.getCell(p.row, p.col);
      const where = `${t.id} ${address(p.row, p.col)}`;
      if (p.formula !== undefined) {
        expect([where, d.formula]).toEqual([where, x.formula]);
      } else {
        const xv = x.isMerged && x.master.address !== x.address ? '' : x.value ?? '';
        expect([where, d.value]).toEqual([where, xv]);
      }
      expect([where, d.numFmt]).toEqual([where, x.numFmt ?? 'General']);
      expect([where, !!d.font.bold]).toEqual([where, !!x.font?.bold]);
      expect([where, d.font.name]).toEqual([where, x.font?.name]);
      const fill = (x.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb?.slice(2);
      expect([where, d.fill?.slice(1)]).toEqual([where, fill]);
      expect([where, d.locked]).toEqual([where, x.protection?.locked !== false]);
      expect([where, d.borders.size > 0]).toEqual([where, !!x.border?.top]);
    }
    const xMerges = (ws as unknown as { _merges: Record<string, { range: string }> })._merges;
    expect([...sheet.merges].sort()).toEqual(Object.values(xMerges).map((m) => m.range).sort());
    expect(sheet.hiddenColumns).toEqual(new Set([1]));
    plan.columns.forEach((c, i) => {
      expect(ws.getColumn(i + 1).width).toBe(c.width);
      expect(sheet.columnWidths.get(i + 1)).toBe(Math.round(c.width * 5.6 + 4));
    });
    const dValidated = sheet.validations.flatMap((v) => v.cells.flatMap(expandArea)).sort();
    const xValidated = plan.cells.map((p) => ws.getCell(p.row, p.col)).filter((c) => c.dataValidation?.type).map((c) => c.address);
    expect(dValidated).toEqual(xValidated.sort());
    for (const v of sheet.validations.filter((x) => (x.rule as { list?: unknown }).list)) {
      const source = (v.rule as { list: { source: string } }).list.source;
      for (const a of v.cells.flatMap(expandArea)) expect(ws.getCell(a).dataValidation!.formulae).toEqual([`"${source}"`]);
    }
    expect(sheet.frozenRows).toBe(plan.freezeRows);
    expect(sheet.protected).toBe(true);
    expect(sheet.layout).toMatchObject({ paperSize: 'A4', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printArea: ws.pageSetup.printArea });
  });
});

function expandArea(a: string): string[] {
  if (!a.includes(':')) return [a];
  const [p, q] = a.split(':');
  const m1 = /^([A-Z]+)(\d+)$/.exec(p)!;
  const m2 = /^([A-Z]+)(\d+)$/.exec(q)!;
  const out: string[] = [];
  for (let r = Number(m1[2]); r <= Number(m2[2]); r++) out.push(`${m1[1]}${r}`);
  return m1[1] === m2[1] ? out : [a];
}

test('inserting takes a bounded number of syncs, the same for 121 rows and for 1,021 rows', async () => {
  const small = await insertIntoDouble(template('dinh-ky'));
  const big = await insertIntoDouble(bigTemplate());
  expect(small.syncs).toBeLessThanOrEqual(2);
  expect(big.syncs).toBe(small.syncs);
  expect(big.excel.sheet(big.name)!.cells.size).toBeGreaterThan(small.excel.sheet(small.name)!.cells.size + 4000);
});

test('a second insert never overwrites: it gets a new sheet name', async () => {
  const excel = createExcelDouble();
  excel.seedSheet('Phụ lục 2024-Q3');
  const port = new OfficeWorkbook(excel.run);
  const name = await port.addSheet(renderTemplate(template('dinh-ky'), BAC_SON));
  expect(name).toBe('Phụ lục 2024-Q3 (2)');
  expect(await port.sheetNames()).toEqual(['Phụ lục 2024-Q3', 'Phụ lục 2024-Q3 (2)']);
});

test('readSheet gives back the template sheet; patchCells writes through protection and restores it', async () => {
  const { excel, port, name } = await insertIntoDouble(template('dinh-ky'));
  let before = excel.syncCount();
  const sheet = readTemplateSheet(await port.readSheet(name))!;
  expect(excel.syncCount() - before).toBe(1);
  expect(sheet.identity).toEqual({ templateId: 'dinh-ky', version: '1.0.0', unit: 'UBND xã Bắc Sơn', period: '2024-Q3' });
  expect(sheet.rowOf.size).toBe(121);
  expect(sheet.cells.get('I.2@value')!.formula).toMatch(/^IF\(/);

  const values = cellValues({ 'I.2.1': 7, 'I.2.2': 5 });
  const patches = [...values].map(([k, v]) => ({ ...sheet.cells.get(k)!, value: v }));
  before = excel.syncCount();
  await port.patchCells(name, patches);
  expect(excel.syncCount() - before).toBeLessThanOrEqual(2);
  const again = readTemplateSheet(await port.readSheet(name))!;
  expect(again.cells.get('I.2.1@value')!.raw).toBe(7);
  expect(again.cells.get('I.2.2@value')!.raw).toBe(5);
  expect(excel.sheet(name)!.protected).toBe(true);
  expect(excel.calls.filter((c) => c.endsWith('.unprotect'))).toHaveLength(1);
});

test('reading a property without load and sync fails, as in Excel', async () => {
  const excel = createExcelDouble();
  await expect(
    excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name');
      return sheets.items.length;
    }),
  ).rejects.toThrow('PropertyNotLoaded');
});
