import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { writeNewWorkbook } from '../../src/cli/io';
import { readGrids } from '../../src/adapters/lean-reader/lean-reader';
import { InternalError } from '../../src/domain/errors';
import { tablePlan } from '../../src/domain/render/table';
import type { CellValue, PlannedCell, SheetPlan } from '../../src/domain/sheet/plan';

/** A one-column table whose rows hold the values to write, from row 4 (title, blank, header above). */
function plan(values: CellValue[], extra: Partial<PlannedCell>[] = []): SheetPlan {
  const base = tablePlan(
    'Giá trị',
    ['Các giá trị'],
    [{ header: 'Giá trị', width: 20, kind: 'text' }],
    values.map((v) => ({ cells: [v] })),
  );
  return { ...base, cells: [...base.cells, ...extra.map((e) => ({ row: 1, col: 1, style: 'label', ...e }))] };
}

async function written(p: SheetPlan): Promise<Uint8Array> {
  const path = join(mkdtempSync(join(tmpdir(), 'cchc-sheet-data-')), 'out.xlsx');
  await writeNewWorkbook([p], path);
  return readFileSync(path);
}

async function exceljsValues(bytes: Uint8Array): Promise<unknown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const out: unknown[] = [];
  for (let r = 4; r <= ws.rowCount; r++) out.push(ws.getCell(r, 1).value);
  return out;
}

test('text, numbers and truth values are written as Excel reads them back', async () => {
  const values = [
    ' lề trái',
    'A & B <C> "D"',
    'xuống\ndòng',
    'điều\u0001khiển',
    true,
    false,
    0.0000001,
    -0,
    123456789012,
    1.5e300,
    null,
    '',
  ];
  const bytes = await written(plan(values));
  // Worked out by hand: spaces kept, entities resolved, control characters left out (as exceljs
  // does), -0 is 0, an empty text an empty cell.
  const expected = [' lề trái', 'A & B <C> "D"', 'xuống\ndòng', 'điềukhiển', true, false, 1e-7, 0, 123456789012, 1.5e300, null, null];
  expect(await exceljsValues(bytes)).toEqual(expected);
  // The add-in's own reader of received files reads them the same (its grid ends at the last value).
  const grid = readGrids('out.xlsx', bytes)[0];
  expect(grid.values.slice(3).map((row) => row[0])).toEqual(expected.slice(0, -2));
  // The leading space is kept by the XML itself, not by the reader's goodwill.
  const sheet = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']);
  expect(sheet).toContain('<t xml:space="preserve"> lề trái</t>');
});

test('formulas are written with their results, text results typed as text', async () => {
  const bytes = await written(
    plan(
      [null, null, null],
      [
        { row: 4, col: 1, formula: 'IF(1>0,"có","không")', result: 'có' },
        { row: 5, col: 1, formula: 'SUM(2,3)', result: 5 },
        { row: 6, col: 1, formula: 'A5*2' },
      ],
    ),
  );
  expect(await exceljsValues(bytes)).toEqual([
    { formula: 'IF(1>0,"có","không")', result: 'có' },
    { formula: 'SUM(2,3)', result: 5 },
    { formula: 'A5*2' },
  ]);
});

test('a cell planned twice keeps the last value, and rows keep their heights with or without cells', async () => {
  const p = plan(['đầu'], [{ row: 4, col: 1, value: 'sau' }]);
  const bytes = await written({ ...p, rowHeights: [...p.rowHeights, { row: 9, height: 40 }] });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  expect(wb.worksheets[0].getCell(4, 1).value).toBe('sau');
  expect(wb.worksheets[0].getRow(9).height).toBe(40);
});

test('a number no cell can hold is a fault of the add-in, not a silent blank', async () => {
  await expect(written(plan([Number.NaN]))).rejects.toThrow(InternalError);
  await expect(written(plan([Number.POSITIVE_INFINITY]))).rejects.toThrow(InternalError);
});
