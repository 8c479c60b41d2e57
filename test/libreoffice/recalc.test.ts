import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { templateRows } from '../../src/domain/catalogue/rows';
import { renderTemplate } from '../../src/domain/render/template';
import { cellKey } from '../../src/domain/sheet/identity';
import type { CellValue } from '../../src/domain/sheet/plan';
import { readTemplateSheet } from '../../src/domain/sheet/read';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/exceljs-adapter';
import { DERIVED } from '../support/derived-oracle';
import { libreOfficeConvert } from '../support/libreoffice';
import { BAC_SON, template, BUILT_IN } from '../support/templates';

/** Deterministic inputs for every non-derived numeric cell, with some zero denominators. */
function filledValues(id: string): Map<string, CellValue> {
  const t = template(id);
  const values = new Map<string, CellValue>();
  templateRows(t).forEach((r, i) => {
    if (r.formula || r.kind === 'group' || r.kind === 'text') return;
    const v =
      r.kind === 'code'
        ? r.codes![i % r.codes!.length].value
        : r.kind === 'percent'
          ? (i % 10) / 10
          : r.kind === 'money'
            ? 1000 + i * 37.5
            : i % 7 === 3
              ? 0
              : (i * 7) % 23;
    for (const key of t.tables.flatMap((tb) => tb.columns.filter((c) => c.role === 'value' && !c.kind).map((c) => c.key)))
      values.set(cellKey(r.code, key), v);
  });
  return values;
}

/** Writes the template with values, then drops the cached formula results so LibreOffice must compute them. */
async function xlsxWithoutResults(id: string, values: Map<string, CellValue>): Promise<{ bytes: Uint8Array; sheet: string }> {
  const wb = ExcelJsWorkbook.create(ExcelJS);
  const sheet = await wb.addSheet(renderTemplate(template(id), { ...BAC_SON, values }));
  wb.workbook.getWorksheet(sheet)!.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.formula) cell.value = { formula: cell.formula };
    }),
  );
  return { bytes: await wb.toBuffer(), sheet };
}

describe('LibreOffice opens what we write and recalculates it', () => {
  test.each(['dinh-ky', 'tong-ket-pl1', 'tong-ket-pl2', 'tong-ket-pl3', 'tong-ket-pl6', 'tong-ket-huyen-pl2'])(
    '%s: every derived cell recalculated by LibreOffice equals the reference definition',
    async (id) => {
      const t = template(id);
      const values = filledValues(id);
      const { bytes, sheet } = await xlsxWithoutResults(id, values);
      const back = await ExcelJsWorkbook.open(ExcelJS, libreOfficeConvert(bytes));
      const read = readTemplateSheet(await back.readSheet(sheet), BUILT_IN)!;
      let checked = 0;
      for (const [code, oracle] of Object.entries(DERIVED[id]))
        for (const cell of [...read.cells.values()].filter(
          (c) => c.code === code && !t.tables.some((tb) => tb.columns.some((col) => col.key === c.key && col.kind)),
        )) {
          const want = oracle((c) => {
            const v = values.get(cellKey(c, cell.key));
            return typeof v === 'number' ? v : null;
          });
          const got = cell.raw;
          if (want === null) expect([`${code}@${cell.key}`, got ?? '']).toEqual([`${code}@${cell.key}`, '']);
          else expect([`${code}@${cell.key}`, got]).toEqual([`${code}@${cell.key}`, expect.closeTo(want, 9)]);
          checked++;
        }
      expect(checked).toBeGreaterThan(0);
    },
  );

  test('the reference definitions cover exactly the derived rows of the catalogue', () => {
    for (const t of BUILT_IN.templates)
      expect([t.id, Object.keys(DERIVED[t.id] ?? {}).sort()]).toEqual([
        t.id,
        templateRows(t)
          .filter((r) => r.formula)
          .map((r) => r.code)
          .sort(),
      ]);
  });

  test.each(BUILT_IN.templates.map((t) => t.id))('%s keeps its identity, codes and protection after LibreOffice saves it', async (id) => {
    const t = template(id);
    const { bytes, sheet } = await xlsxWithoutResults(id, new Map());
    const saved = libreOfficeConvert(bytes);
    const back = await ExcelJsWorkbook.open(ExcelJS, saved);
    const read = readTemplateSheet(await back.readSheet(sheet), BUILT_IN)!;
    expect(read.identity).toMatchObject({ templateId: id, version: t.version, unit: 'UBND xã Bắc Sơn' });
    expect([...read.rowOf.keys()]).toEqual(templateRows(t).map((r) => r.code));
    expect(back.workbook.getWorksheet(sheet)!.getColumn(1).hidden).toBe(true);
    // exceljs does not read LibreOffice's sheet="true": look at the sheet XML itself.
    const xml = strFromU8(unzipSync(saved)['xl/worksheets/sheet1.xml']);
    expect(xml).toMatch(/<sheetProtection[^>]*\bsheet="(1|true)"/);
  });
});
