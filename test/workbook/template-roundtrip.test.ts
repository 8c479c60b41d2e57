import { templateRows } from '../../src/domain/catalogue/rows';
import { readTemplateSheet } from '../../src/domain/sheet/read';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/exceljs-adapter';
import ExcelJS from 'exceljs';
import { BAC_SON, BUILT_IN } from '../support/templates';
import { openXlsx, templateXlsx } from '../support/workbooks';

describe.each(BUILT_IN.templates.map((t) => [t.id, t] as const))('template %s written with exceljs', (_id, t) => {
  let bytes: Uint8Array;
  let sheetName: string;
  beforeAll(async () => {
    ({ bytes, sheet: sheetName } = await templateXlsx(t, BAC_SON));
  });

  test('is recognised with its identity and every indicator', async () => {
    const wb = await ExcelJsWorkbook.open(ExcelJS, bytes);
    const sheet = readTemplateSheet(await wb.readSheet(sheetName), BUILT_IN)!;
    expect(sheet.identity).toEqual({
      templateId: t.id,
      version: t.version,
      unit: 'UBND xã Bắc Sơn',
      period: '2024-Q3',
    });
    expect([...sheet.rowOf.keys()]).toEqual(templateRows(t).map((r) => r.code));
  });

  test('gives back every label, unit, code list, formula and input style', async () => {
    const ws = (await openXlsx(bytes)).getWorksheet(sheetName)!;
    const wb = await ExcelJsWorkbook.open(ExcelJS, bytes);
    const sheet = readTemplateSheet(await wb.readSheet(sheetName), BUILT_IN)!;
    for (const table of t.tables) {
      // By default a sheet shows the form's own columns and the add-in's value columns only.
      const columns = table.columns.filter((c) => !c.addon || c.role === 'value');
      const labelCol = columns.findIndex((c) => c.role === 'label') + 2;
      const unitCol = columns.findIndex((c) => c.role === 'unit') + 2;
      const valueCols = columns.map((c, i) => ({ c, col: i + 2 })).filter((x) => x.c.role === 'value');
      for (const s of table.sections)
        for (const r of s.rows) {
          const row = sheet.rowOf.get(r.code)!;
          // The unit of BAC_SON names no district: a title's place is left to fill in.
          expect(ws.getCell(row, labelCol).value).toBe(r.label.replace('{place}', 'huyện ……'));
          if (unitCol > 1) expect(ws.getCell(row, unitCol).value ?? '').toBe(r.unit ?? '');
          for (const { c, col } of valueCols) {
            const cell = ws.getCell(row, col);
            // A heading row holds nothing, whatever its columns hold elsewhere.
            const kind = r.kind === 'group' ? 'group' : (c.kind ?? r.kind);
            const codes = c.codes ?? r.codes;
            if (kind === 'group') {
              expect(cell.value).toBeNull();
              expect(cell.protection?.locked).not.toBe(false);
            } else if (r.formula && !c.kind) {
              expect(cell.formula).toBeTruthy();
              expect(cell.protection?.locked).not.toBe(false);
            } else {
              expect(cell.protection?.locked).toBe(false);
              const v = cell.dataValidation;
              if (kind === 'code') expect(v?.formulae).toEqual([`"${codes!.map((x) => x.value).join(',')}"`]);
              if (kind === 'count')
                expect([r.code, v?.type, v?.operator, v?.formulae]).toEqual([r.code, 'whole', 'greaterThanOrEqual', [0]]);
              if (kind === 'money')
                expect([r.code, v?.type, v?.operator, v?.formulae]).toEqual([r.code, 'decimal', 'greaterThanOrEqual', [0]]);
              if (kind === 'percent') expect([r.code, v?.type, v?.operator, v?.formulae]).toEqual([r.code, 'decimal', 'between', [0, 1]]);
              if (kind === 'text') expect(v?.type).toBeUndefined();
              if (kind === 'percent') expect(cell.numFmt).toBe('0.0%');
            }
          }
        }
    }
  });

  test('is laid out as the official form: motto, title, protection, print setup', async () => {
    const ws = (await openXlsx(bytes)).getWorksheet(sheetName)!;
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => typeof c.value === 'string' && texts.push(c.value)));
    // PL8's columns right of its goals are 16 characters: too narrow for the motto, which it leaves out.
    if (t.id !== 'tong-ket-pl8') {
      expect(texts).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(texts).toContain('Độc lập - Tự do - Hạnh phúc');
    }
    expect(texts.some((x) => x.startsWith(t.title.replace('{place}', 'huyện ……').toLocaleUpperCase('vi')))).toBe(true);
    expect(ws.getColumn(1).hidden).toBe(true);
    expect((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.getCell(ws.rowCount, 2).font?.name ?? 'Times New Roman').toBe('Times New Roman');
  });
});

test('dinh-ky shows the period and the report line', async () => {
  const t = BUILT_IN.templates.find((x) => x.id === 'dinh-ky')!;
  const { bytes, sheet } = await templateXlsx(t, BAC_SON);
  const ws = (await openXlsx(bytes)).getWorksheet(sheet)!;
  const texts: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => typeof c.value === 'string' && texts.push(c.value)));
  expect(texts).toContain('THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH QUÝ III NĂM 2024');
  expect(texts).toContain('(Kèm theo Báo cáo số 68/BC-UBND ngày 15/9/2024 của UBND xã Bắc Sơn)');
  expect(sheet).toBe('Phụ lục 2024-Q3');
});

test('inserting twice never overwrites: the second sheet gets a new name', async () => {
  const t = BUILT_IN.templates[0];
  const wb = ExcelJsWorkbook.create(ExcelJS);
  const { renderTemplate } = await import('../../src/domain/render/template');
  const a = await wb.addSheet(renderTemplate(t, BAC_SON));
  const b = await wb.addSheet(renderTemplate(t, BAC_SON));
  expect(a).not.toBe(b);
  expect(await wb.sheetNames()).toEqual([a, b]);
});
