import { firstTemplateSheet, readAnySheet } from '../../src/domain/recognise/recognised-sheet';
import type { CellValue } from '../../src/domain/sheet/plan';
import type { Grid } from '../../src/domain/sheet/read';
import { laidOutValues } from '../support/plan-grid';
import { BUILT_IN, template } from '../support/templates';

const label = (code: string) =>
  template('dinh-ky')
    .tables[0].sections.flatMap((s) => s.rows)
    .find((r) => r.code === code)!.label;

/** A hand-made sheet of three of Mẫu A's rows and a note row, with formulas and formats where typed. */
function handMade(name = 'Tự lập'): Grid {
  const values: CellValue[][] = [
    ['UBND XÃ HAI'],
    ['STT', 'Chỉ tiêu thống kê', 'Số liệu'],
    ['2.1', label('I.2.1'), 7],
    ['2.2', label('I.2.2'), 5],
    ['2', label('I.2'), 0.714],
    ['', 'Ghi chú: số liệu tạm tính', null],
  ];
  const formulas: (string | null)[][] = values.map(() => [null, null, null]);
  formulas[4][2] = 'C4/C3';
  const numFmts: (string | null)[][] = values.map(() => [null, null, null]);
  numFmts[4][2] = '0.0%';
  return { name, values, formulas, numFmts };
}

/** A sheet the add-in wrote (its identity in column A). */
const ownSheet = (name: string, values = laidOutValues('dinh-ky')): Grid => ({ name, values, formulas: [], numFmts: [] });

test('a recognised sheet keeps each tied cell’s formula and number format, and names a closest indicator only when somewhat alike', () => {
  const sheet = readAnySheet(handMade(), BUILT_IN)!;
  expect(sheet.identity).toMatchObject({ templateId: 'dinh-ky', unit: 'UBND xã Hai', period: '' });
  expect(sheet.cells.get('I.2@value')).toMatchObject({ row: 5, col: 3, raw: 0.714, formula: 'C4/C3', numFmt: '0.0%' });
  expect(sheet.cells.get('I.2.1@value')).toMatchObject({ row: 3, col: 3, raw: 7, formula: null, numFmt: null });
  // The note row is like no indicator: listed, with none named.
  expect(sheet.recognised!.unmatched).toEqual([{ row: 6, col: 2, stt: '', label: 'Ghi chú: số liệu tạm tính' }]);
  expect(sheet.recognised).toMatchObject({ tied: 3, unitNamed: true, periodNamed: false });
});

test('the sheet of a file to merge: the add-in’s own first, wherever it stands; else the first recognised; else none', () => {
  const own = ownSheet('Phụ lục 2024-Q3');
  expect(firstTemplateSheet([handMade(), own], BUILT_IN)?.sheet).toBe('Phụ lục 2024-Q3');
  expect(firstTemplateSheet([handMade('A'), handMade('B')], BUILT_IN)?.sheet).toBe('A');
  expect(firstTemplateSheet([{ name: 'Trống', values: [], formulas: [], numFmts: [] }], BUILT_IN)).toBeUndefined();
});

test('an add-in sheet of a template this version does not know: read as such; for a merge, read by its labels like a sheet typed by hand', () => {
  const values = laidOutValues('dinh-ky').map((r) => [...r]);
  values[0][0] = 'cchc:mau-khac@1.0.0';
  const unknown = ownSheet('Mẫu khác', values);
  expect(readAnySheet(unknown, BUILT_IN)).toMatchObject({ sheet: 'Mẫu khác', template: undefined });
  const merged = firstTemplateSheet([unknown, handMade()], BUILT_IN)!;
  expect([merged.sheet, merged.template?.id, merged.recognised?.tied]).toEqual(['Mẫu khác', 'dinh-ky', 121]);
});
