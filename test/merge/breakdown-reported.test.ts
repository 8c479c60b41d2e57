import ExcelJS from 'exceljs';
import { mergeReports, type MergeResult } from '../../src/domain/merge/merge';
import { parsePeriod } from '../../src/domain/period';
import { cellKey } from '../../src/domain/sheet/identity';
import { readGrids } from '../../src/adapters/lean-reader/lean-reader';
import { readUnitFile } from '../../src/app/merge';
import { cellValues, template, BUILT_IN } from '../support/templates';
import { openXlsx, templateXlsx } from '../support/workbooks';
import { breakdownRows, written } from '../support/breakdown';
import { MARK_FILL } from '../../src/domain/validate/marks';

/**
 * The breakdown is a record of what each unit sent: a ratio typed over its formula is shown as
 * typed, with what the unit's own parts give on a row beneath. Figures worked out by hand:
 * Tân Phong typed I.2 = 80% over 5/7 (71.4…%), VII.5.3 = 100% over 6/5 (120%) and cleared I.3.2
 * (its parts give 2/4 = 50%); Nhật Quang's formulas stand: I.2 = 3/3, VII.5.3 = 5/10, I.3.2 = 3/3.
 * Consolidated from the summed parts: I.2 = 8/10, VII.5.3 = 11/15, I.3.2 = 5/7.
 */
const TAN_PHONG = 'UBND xã Tân Phong';
const NHAT_QUANG = 'UBND xã Nhật Quang';

/** A unit's file with some derived cells typed over (a number) or cleared (null), as a person does in Excel. */
async function typedOver(unit: string, values: Record<string, number>, over: Record<string, number | null>): Promise<Uint8Array> {
  const { bytes } = await templateXlsx(template('dinh-ky'), { unit, period: parsePeriod('2024-Q3'), values: cellValues(values) });
  const book = await openXlsx(bytes);
  const ws = book.worksheets[0];
  ws.eachRow((row) => {
    const code = row.getCell(1).value as string;
    if (code in over) {
      const cell = row.getCell(5);
      expect(cell.formula).toBeTruthy(); // a formula of the template is what is typed over
      cell.value = over[code];
    }
  });
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('the breakdown shows what each unit reported, and the recomputed figure where it differs', () => {
  let result: MergeResult;
  let book: ExcelJS.Workbook;

  beforeEach(async () => {
    const sent: [string, Uint8Array][] = [
      [
        'tan-phong.xlsx',
        await typedOver(
          TAN_PHONG,
          { 'I.2.1': 7, 'I.2.2': 5, 'I.3.3': 4, 'I.3.3.1': 2, 'VII.5.3.1': 5, 'VII.5.3.2': 6 },
          { 'I.2': 0.8, 'VII.5.3': 1, 'I.3.2': null },
        ),
      ],
      [
        'nhat-quang.xlsx',
        await typedOver(NHAT_QUANG, { 'I.2.1': 3, 'I.2.2': 3, 'I.3.3': 3, 'I.3.3.1': 3, 'VII.5.3.1': 10, 'VII.5.3.2': 5 }, {}),
      ],
    ];
    const files = sent.map(([file, bytes]) =>
      readUnitFile({ file, size: bytes.length, modified: 1, checksum: file }, bytes, readGrids, BUILT_IN),
    );
    result = mergeReports(files, { catalogue: BUILT_IN, unit: 'UBND tỉnh Khánh Hòa' });
    book = await written(result);
  });

  test('a ratio typed over its formula: the figure typed, in red, and the recomputed one beneath', () => {
    const { units, rows, fills } = breakdownRows(book.getWorksheet('Chi tiết theo đơn vị')!);
    expect(units).toEqual([NHAT_QUANG, TAN_PHONG]);
    expect(rows.get('I.2')).toEqual([expect.closeTo(8 / 10, 12), 2, 1, 0.8]);
    expect(rows.get('I.2 tính lại')).toEqual([null, null, null, expect.closeTo(5 / 7, 12)]);
    expect(rows.get('VII.5.3')).toEqual([expect.closeTo(11 / 15, 12), 2, 0.5, 1]);
    expect(rows.get('VII.5.3 tính lại')).toEqual([null, null, null, expect.closeTo(6 / 5, 12)]);
    // The typed figures disagree with their parts: errors of the check, shown red; Nhật Quang's are not.
    const red = fills.get('I.2')!;
    expect(red[3]).toBeDefined();
    expect(red[2]).toBeUndefined();
  });

  test('a ratio cleared by the unit is shown blank, its parts’ figure beneath; the unit still counts as reporting', () => {
    const { rows } = breakdownRows(book.getWorksheet('Chi tiết theo đơn vị')!);
    expect(rows.get('I.3.2')).toEqual([expect.closeTo(5 / 7, 12), 2, 1, null]);
    expect(rows.get('I.3.2 tính lại')).toEqual([null, null, null, 0.5]);
  });

  test('ratios the units left to their formulas have no second row, and every ratio row counts its reporting units', () => {
    const { rows } = breakdownRows(book.getWorksheet('Chi tiết theo đơn vị')!);
    const second = [...rows.keys()].filter((c) => c.endsWith('tính lại'));
    expect(second.sort()).toEqual(['I.2 tính lại', 'I.3.2 tính lại', 'VII.5.3 tính lại']);
    // Only I.2, I.3.2 and VII.5.3 have parts in both units, and both count as reporting them.
    for (const code of ['I.2', 'I.3.2', 'VII.5.3']) expect([code, rows.get(code)![1]]).toEqual([code, 2]);
    expect(result.reported.get(cellKey('I.2', 'value'))).toBe(2);
    expect(result.reported.get(cellKey('I.3.2', 'value'))).toBe(2);
    expect(result.reported.get(cellKey('VII.5.1', 'value'))).toBe(0);
  });

  test('the second row says what it is, beneath its ratio', () => {
    const ws = book.getWorksheet('Chi tiết theo đơn vị')!;
    let at = 0;
    ws.eachRow((row, r) => {
      if (row.getCell(1).value === 'I.2') at = r;
    });
    expect(ws.getRow(at + 1).getCell(1).value).toBe('I.2 tính lại');
    expect(ws.getRow(at + 1).getCell(2).value).toBe(
      '– Tính lại từ số liệu thành phần của đơn vị (chỉ ghi ở đơn vị báo cáo khác kết quả tính lại)',
    );
    expect(ws.getRow(at + 2).getCell(1).value).toBe('I.2.1');
  });
});

test('the error row on top counts each unit’s check errors, red only where a unit has some', async () => {
  const typed = await typedOver(TAN_PHONG, { 'I.2.1': 7, 'I.2.2': 5 }, { 'I.2': 0.8 });
  const clean = await typedOver(NHAT_QUANG, { 'I.2.1': 3, 'I.2.2': 3 }, {});
  const files = [
    ['tan-phong.xlsx', typed],
    ['nhat-quang.xlsx', clean],
  ].map(([file, bytes]) =>
    readUnitFile({ file: file as string, size: 1, modified: 1, checksum: file as string }, bytes as Uint8Array, readGrids, BUILT_IN),
  );
  const r = mergeReports(files, { catalogue: BUILT_IN, unit: 'UBND tỉnh Khánh Hòa' });
  const ws = (await written(r)).getWorksheet('Chi tiết theo đơn vị')!;
  const errors = (unit: string) => r.errors.filter((e) => e.unit === unit).length;
  // Tân Phong's 80% over 5/7 is an error of the check (R01); Nhật Quang has none.
  expect(errors(TAN_PHONG)).toBeGreaterThan(0);
  expect(errors(NHAT_QUANG)).toBe(0);
  const row = ws.getRow(5);
  const fill = (col: number) => (row.getCell(col).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
  // Columns: code, label, unit, total (D), reporting units (E), then Nhật Quang (F), Tân Phong (G).
  expect([4, 5, 6, 7].map((c) => row.getCell(c).value ?? null)).toEqual([errors(TAN_PHONG), null, 0, errors(TAN_PHONG)]);
  expect([1, 2, 3, 4, 5, 6].map(fill)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  expect(fill(7)).toBe(`FF${MARK_FILL.error}`);
});
