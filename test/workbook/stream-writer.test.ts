import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { writeNewWorkbook } from '../../src/cli/io';
import { mergeReports, type UnitFile } from '../../src/domain/merge/merge';
import { mergeSheets } from '../../src/domain/merge/report-sheets';
import { unitReport } from '../../src/domain/merge/unit-report';
import { parsePeriod } from '../../src/domain/period';
import { renderTemplate } from '../../src/domain/render/template';
import type { SheetPlan } from '../../src/domain/sheet/plan';
import { readTemplateSheet } from '../../src/domain/sheet/read';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/exceljs-adapter';
import { tempDir } from '../support/cli';
import { template, BUILT_IN } from '../support/templates';

/** Everything of a sheet that the form and the tools rely on, as exceljs reads it back. */
function describeSheet(ws: ExcelJS.Worksheet) {
  const cells: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    cells.push({ r, height: row.height });
    // An empty text is written as an empty cell.
    row.eachCell({ includeEmpty: true }, (c) => cells.push([c.address, c.value === '' ? null : c.value, c.style, c.dataValidation]));
  });
  const { printArea, printTitlesRow, orientation, fitToPage, fitToWidth, fitToHeight, paperSize, margins } = ws.pageSetup;
  return {
    name: ws.name,
    views: ws.views,
    columns: (ws.columns ?? []).map((c) => [c.width, !!c.hidden]),
    merges: [...ws.model.merges].sort(),
    protection: (ws.model as { sheetProtection?: unknown }).sheetProtection ?? null,
    print: { printArea, printTitlesRow, orientation, fitToPage, fitToWidth, fitToHeight, paperSize, margins },
    cells,
  };
}

async function bothWays(plans: SheetPlan[]): Promise<[unknown, unknown]> {
  const memory = ExcelJsWorkbook.create(ExcelJS);
  for (const p of plans) await memory.addSheet(p);
  const streamed = join(tempDir(), 'streamed.xlsx');
  await writeNewWorkbook(plans, streamed);
  const a = new ExcelJS.Workbook();
  await a.xlsx.load((await memory.toBuffer()) as unknown as ArrayBuffer);
  const b = new ExcelJS.Workbook();
  await b.xlsx.load(readFileSync(streamed) as unknown as ArrayBuffer);
  return [a.worksheets.map(describeSheet), b.worksheets.map(describeSheet)];
}

test('the streamed writer writes a template sheet as the in-memory adapter does', async () => {
  const plan = renderTemplate(template('dinh-ky'), { unit: 'UBND xã Bắc Sơn', period: parsePeriod('2024-Q3'), reportNumber: '68/BC-UBND' });
  const [memory, streamed] = await bothWays([plan]);
  // What is compared is there: protection, print titles, drop-down lists, the hidden identity column.
  const sheet = (memory as ReturnType<typeof describeSheet>[])[0];
  expect(sheet.protection).toMatchObject({ sheet: true });
  expect(sheet.print).toMatchObject({ printTitlesRow: expect.stringMatching(/^\d+:\d+$/), fitToPage: true, orientation: 'portrait' });
  expect(sheet.cells.some((c) => Array.isArray(c) && (c[3] as { type?: string } | undefined)?.type === 'list')).toBe(true);
  expect(sheet.columns[0]).toEqual([expect.any(Number), true]);
  expect(streamed).toEqual(memory);
});

test('the streamed writer writes the three sheets of a merge as the in-memory adapter does', async () => {
  const files: UnitFile[] = [];
  for (const [i, unit] of ['UBND xã Một', 'UBND xã Hai'].entries()) {
    const wb = ExcelJsWorkbook.create(ExcelJS);
    const values = new Map([
      ['I.2.1@value', 4 + i],
      ['I.2.2@value', 6],
      ['I.5@value', i],
    ]);
    const name = await wb.addSheet(renderTemplate(template('dinh-ky'), { unit, period: parsePeriod('2024-Q3'), values }));
    files.push({
      file: `xa-${i}.xlsx`,
      size: 1,
      modified: 1,
      checksum: 'x',
      report: unitReport(`xa-${i}.xlsx`, readTemplateSheet(await wb.readSheet(name), BUILT_IN)!),
    });
  }
  const plans = mergeSheets(mergeReports(files, { catalogue: BUILT_IN, unit: 'UBND huyện Ân Thi' }));
  const [memory, streamed] = await bothWays(plans);
  expect(streamed).toEqual(memory);
});
