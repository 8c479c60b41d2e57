import { parseValuesCsv } from '../../src/domain/fill/csv';
import { planFill } from '../../src/domain/fill/fill';
import { fillOutcomeText } from '../../src/domain/messages/fill-compute';
import { percentTimesAmount } from '../support/small-forms';
import { typedSheet } from '../support/typed-sheet';
import { template } from '../support/templates';

const T = template('dinh-ky');

/** Where a value cell is, and what was planned for it. */
function planned(sheet: Awaited<ReturnType<typeof typedSheet>>, writes: ReturnType<typeof planFill>['writes']) {
  return (code: string) => {
    const c = sheet.cells.get(`${code}@value`)!;
    return { at: `E${c.row}`, write: writes.find((w) => w.row === c.row && w.col === c.col) };
  };
}

test('a cell given twice: the later line is written, the earlier one says so', async () => {
  const sheet = await typedSheet('dinh-ky', {});
  const { writes, outcomes } = planFill(sheet, T, parseValuesCsv('I.2.1,7\nI.2.2,5\nI.2.1,10'));
  const cell = planned(sheet, writes);
  expect(outcomes.map((o) => o.status)).toEqual(['given-again', 'written', 'written']);
  expect(outcomes[0].why).toEqual({ kind: 'given-again', line: 3 });
  expect(fillOutcomeText(outcomes[0])).toBe('Dòng 1: I.2.1 được ghi lại ở dòng 3; giá trị của dòng 3 được dùng');
  expect(fillOutcomeText(outcomes[0], 'en')).toBe('Line 1: I.2.1 is given again on line 3; the value of line 3 is the one written');
  expect(cell('I.2.1').write).toMatchObject({ value: 10 });
  // The ratio is computed from the value written last: 5 of 10.
  expect(cell('I.2').write!.result).toBeCloseTo(0.5, 12);
});

test("an export's computed ratio is not written: the sheet's formula computes it from the figures", async () => {
  const sheet = await typedSheet('dinh-ky', {});
  const entries = [
    { line: 2, code: 'I.2.1@value', value: '8', number: 8 },
    { line: 3, code: 'I.2.2@value', value: '6', number: 6 },
    { line: 4, code: 'I.2@value', value: '0.71', number: 0.71, computed: true },
  ];
  const { writes, outcomes } = planFill(sheet, T, entries);
  const cell = planned(sheet, writes);
  expect(outcomes[2]).toEqual({
    line: 4,
    code: 'I.2@value',
    value: '0.71',
    status: 'computed',
    cell: cell('I.2').at,
    why: { kind: 'computed' },
  });
  expect(fillOutcomeText(outcomes[2])).toBe(`Dòng 4: I.2 (ô ${cell('I.2').at}) do công thức của mẫu tính từ số liệu đã ghi, giữ công thức`);
  // The formula stays, with 6 / 8 as its result, not the 0.71 of the export.
  expect(cell('I.2').write).toMatchObject({ formula: sheet.cells.get('I.2@value')!.formula });
  expect(cell('I.2').write!.result).toBeCloseTo(0.75, 12);
});

test("an export's percentage is its exact fraction, above 100% too", async () => {
  const sheet = await typedSheet('dinh-ky', {});
  const { outcomes } = planFill(sheet, T, [
    { line: 1, code: 'VI.1@value', value: '1.0026', number: 1.0026 },
    { line: 2, code: 'III.3.1@value', value: '0.5', number: 0.5 },
  ]);
  expect(outcomes.map((o) => o.written)).toEqual([1.0026, 0.5]);
  // A number exported from a text row is written as the text it was.
  const pl1 = await typedSheet('tong-ket-pl1', {});
  const text = planFill(pl1, template('tong-ket-pl1'), [{ line: 1, code: '3.5@y2016', value: '5', number: 5 }]).outcomes[0];
  expect(text).toMatchObject({ status: 'written', written: '5' });
  // Typed by hand, 1.0026 in a percentage is read as 1.0026%.
  expect(planFill(sheet, T, parseValuesCsv('VI.1,1.0026')).outcomes[0].written).toBeCloseTo(0.010026, 12);
});

test('a code of the template the sheet has no row for is unknown to the sheet', async () => {
  const sheet = await typedSheet('dinh-ky', {});
  sheet.cells.delete('I.2.1@value');
  const { outcomes } = planFill(sheet, T, parseValuesCsv('I.2.1,7\nI.2.2,5'));
  expect(outcomes.map((o) => [o.status, o.why])).toEqual([
    ['unknown-code', { kind: 'unknown-code', template: 'dinh-ky' }],
    ['written', undefined],
  ]);
});

test('a total over a total typed over adds the figure typed; a total given in the file, that figure', async () => {
  // VI.2.1 = VI.2.2 + VI.2.3 + VI.2.4 + VI.2.5, and VI.2.4 is itself the total of VI.2.4.1–3.
  const sheet = await typedSheet('dinh-ky', { 'VI.2.4': 10 });
  const parts = 'VI.2.2,1\nVI.2.3,2\nVI.2.5,3\nVI.2.4.1,4';
  const typedOver = planFill(sheet, T, parseValuesCsv(parts));
  const cell = planned(sheet, typedOver.writes);
  expect(cell('VI.2.1').write).toMatchObject({ formula: sheet.cells.get('VI.2.1@value')!.formula, result: 1 + 2 + 10 + 3 });
  expect(cell('VI.2.4').write).toBeUndefined();

  const blank = await typedSheet('dinh-ky', {});
  const given = planFill(blank, T, parseValuesCsv(`${parts}\nVI.2.4,20`));
  const cell2 = planned(blank, given.writes);
  // The total given replaces its formula: written as a value, and added as it is.
  expect(given.writes.filter((w) => w.row === blank.cells.get('VI.2.4@value')!.row)).toEqual([
    { row: blank.cells.get('VI.2.4@value')!.row, col: blank.cells.get('VI.2.4@value')!.col, value: 20 },
  ]);
  expect(cell2('VI.2.1').write).toMatchObject({ result: 1 + 2 + 20 + 3 });
  // Not given: the total is the sum of its parts.
  const computed = planFill(blank, T, parseValuesCsv(parts));
  expect(planned(blank, computed.writes)('VI.2.1').write).toMatchObject({ result: 1 + 2 + 4 + 3 });
  expect(planned(blank, computed.writes)('VI.2.4').write).toMatchObject({ result: 4 });
});

test('a percentage typed into a percent-formatted cell counts as its fraction in the formulas', async () => {
  const t = percentTimesAmount();
  // 1.2 in a cell formatted as a percentage is 120%.
  const sheet = await typedSheet(t, { P: 1.2 });
  const { writes } = planFill(sheet, t, parseValuesCsv('Q,10'));
  expect(planned(sheet, writes)('D').write!.result).toBeCloseTo(12, 12);
});

test('a value that reads two ways ("1.234", "1,234") is read the Vietnamese way and said so; one that reads one way is not', async () => {
  const sheet = await typedSheet('dinh-ky', {});
  // Semicolons between fields, as Excel writes CSV where "," is the decimal mark.
  const { outcomes } = planFill(
    sheet,
    T,
    parseValuesCsv('VI.1.1;1.234\nVI.1.2;1,234\nI.2.1;-7.500\nI.2.2;12.50\nI.4.1;1.234,5\nI.5;0,234\nI.6;1234'),
  );
  expect(outcomes.map((o) => [o.code, o.written, o.separator])).toEqual([
    ['VI.1.1', 1234, '.'],
    ['VI.1.2', 1.234, ','],
    ['I.2.1', -7500, '.'],
    ['I.2.2', 12.5, undefined],
    ['I.4.1', 1234.5, undefined],
    ['I.5', 0.234, undefined],
    ['I.6', 1234, undefined],
  ]);
  const c = (code: string) => sheet.cells.get(`${code}@value`)!;
  expect(fillOutcomeText(outcomes[0])).toBe(
    `Dòng 1: VI.1.1 (ô E${c('VI.1.1').row}) = 1234: dấu chấm trong "1.234" được đọc là dấu ngăn nghìn (1234), không phải dấu thập phân`,
  );
  expect(fillOutcomeText(outcomes[1], 'en')).toBe(
    `Line 2: VI.1.2 (cell E${c('VI.1.2').row}) = 1.234: the "," in "1,234" is read as the decimal mark, not a thousands separator (1234)`,
  );
  expect(fillOutcomeText(outcomes[0], 'en')).toBe(
    `Line 1: VI.1.1 (cell E${c('VI.1.1').row}) = 1234: the "." in "1.234" is read as a thousands separator (1234), not a decimal point`,
  );
  expect(fillOutcomeText(outcomes[1])).toBe(
    `Dòng 2: VI.1.2 (ô E${c('VI.1.2').row}) = 1.234: dấu phẩy trong "1,234" được đọc là dấu thập phân, không phải dấu ngăn nghìn (1234)`,
  );
  expect(fillOutcomeText(outcomes[3])).toBe(`I.2.2 (ô E${c('I.2.2').row}) = 12.5`);
});

test('an exact number of an export never reads two ways', async () => {
  const sheet = await typedSheet('dinh-ky', {});
  const { outcomes } = planFill(sheet, T, [{ line: 2, code: 'VI.1.1@value', value: '1.234', number: 1.234 }]);
  expect(outcomes[0]).toMatchObject({ written: 1.234 });
  expect(outcomes[0].separator).toBeUndefined();
});
