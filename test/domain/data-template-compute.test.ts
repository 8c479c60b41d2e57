import { computeChangeText, fillOutcomeText } from '../../src/domain/messages/fill-compute';
import { planCompute } from '../../src/domain/compute/plan';
import { parseValuesCsv } from '../../src/domain/fill/csv';
import { planFill } from '../../src/domain/fill/fill';
import { PROVINCE_UNIT, provinceForm as form } from '../support/data-template';
import { typedSheet } from '../support/typed-sheet';

/**
 * Compute and fill on the province's data-file form. Its cells (see the support module): figures
 * in column E, the coded "Đánh giá" column F; I.1.2 row 12, I.1.3 row 13, I.1.4 (= I.1.2 + I.1.3)
 * row 14, I.2 (= I.1.2 / I.1.4) row 15, I.3 (percent) row 16.
 */
const sheetOf = (cells: Parameters<typeof typedSheet>[1]) => typedSheet(form, cells, PROVINCE_UNIT);
const SUM = 'IF(COUNT(E12,E13)=0,"",SUM(E12,E13))';
const RATIO = 'IF(OR(COUNT(E12)=0,N(E14)=0),"",E12/E14)';

describe('compute', () => {
  test('a blank form whose formulas are in place has nothing to compute', async () => {
    expect(planCompute(await sheetOf({}), form)).toEqual([]);
  });

  test('typed totals get their formulas back with the computed values; the status column is never given a formula', async () => {
    const sheet = await sheetOf({ 'I.1.2': 5, 'I.1.3': 2, 'I.1.4': 9, 'I.2': '50%', 'I.1.4@status': 'Đạt', 'I.2@status': 'Không đạt' });
    const changes = planCompute(sheet, form);
    expect(changes.map((c) => [c.cell, c.oldValue, c.oldFormula, c.newFormula, computeChangeText(c)])).toEqual([
      ['E14', 9, null, SUM, 'I.1.4: 9 → 7 (=[I.1.2] + [I.1.3])'],
      ['E15', '50%', null, RATIO, 'I.2: 50% → 71,4% (=[I.1.2] / [I.1.4])'],
    ]);
    expect(changes[0]).toMatchObject({ sheet: sheet.sheet, code: 'I.1.4', row: 14, col: 5, newValue: 7 });
    expect(changes[1].newValue).toBeCloseTo(5 / 7, 12);
  });

  test('an altered formula is named as such; a cell holding a logical value had no value', async () => {
    const sheet = await sheetOf({ 'I.1.2': 5, 'I.1.3': 2 });
    Object.assign(sheet.cells.get('I.1.4@value')!, { formula: 'E12+E13+1', raw: 8 });
    Object.assign(sheet.cells.get('I.2@value')!, { formula: null, raw: true });
    expect(planCompute(sheet, form).map((c) => [c.cell, c.oldValue, computeChangeText(c)])).toEqual([
      ['E14', 8, 'I.1.4: công thức khác → 7 (=[I.1.2] + [I.1.3])'],
      ['E15', null, 'I.2: (trống) → 71,4% (=[I.1.2] / [I.1.4])'],
    ]);
  });

  test('a percent cell is read by its format: 1.2 in a percent cell is 120%, as computed', async () => {
    // 6 on time and −1 late (an error elsewhere) make a total of 5 and a ratio of 120%.
    const sheet = await sheetOf({ 'I.1.2': 6, 'I.1.3': -1, 'I.1.4': 5, 'I.2': 1.2 });
    expect(planCompute(sheet, form, true)).toEqual([]);
    sheet.cells.get('I.2@value')!.numFmt = 'General';
    // Without the format, 1.2 is read as 1,2%.
    expect(planCompute(sheet, form, true).map((c) => computeChangeText(c))).toEqual(['I.2: 1,2% → 120%']);
  });

  test('values within a billionth are the same; seven digits are not', async () => {
    const same = await sheetOf({ 'I.1.2': 5, 'I.1.3': 2, 'I.1.4': 7, 'I.2': 5 / 7 + 1e-12 });
    expect(planCompute(same, form, true)).toEqual([]);
    const close = await sheetOf({ 'I.1.2': 5, 'I.1.3': 2, 'I.1.4': 7, 'I.2': 0.7142857 });
    expect(planCompute(close, form, true).map((c) => computeChangeText(c))).toEqual(['I.2: 71,4% → 71,4% (chính xác hơn)']);
    expect(planCompute(close, form, true).map((c) => computeChangeText(c, 'en'))).toEqual(['I.2: 71.4% → 71.4% (more exact)']);
  });

  test('a sheet missing a row its formulas need is refused, naming the sheet and the row', async () => {
    const sheet = await sheetOf({ 'I.1.2': 5 });
    sheet.cells.delete('I.1.3@value');
    expect(() => planCompute(sheet, form)).toThrow(`Trang "${sheet.sheet}" thiếu dòng chỉ tiêu I.1.3`);
  });
});

describe('fill', () => {
  test('the status column is read by its own codes (a label typed in another case is the code); figures by the row; totals recomputed, the status column left alone', async () => {
    const sheet = await sheetOf({});
    const { writes, outcomes } = planFill(
      sheet,
      form,
      parseValuesCsv('I.1.2@value,5\nI.1.3@value,2\nI.1.4@status,đạt\nI.2@status,Tốt\nI.3@value,80%\nI.5@value,Trực tuyến'),
    );
    expect(outcomes.map((o) => [o.status, fillOutcomeText(o)])).toEqual([
      ['written', 'I.1.2 (ô E12) = 5'],
      ['written', 'I.1.3 (ô E13) = 2'],
      ['written', 'I.1.4 (ô F14) = Đạt'],
      // A text answer outside the list is written as sent; the check then flags it (MA).
      ['written', 'I.2 (ô F15) = Tốt'],
      ['written', 'I.3 (ô E16) = 0.8'],
      ['written', 'I.5 (ô E18) = 2'],
    ]);
    expect(writes.filter((w) => w.formula !== undefined)).toEqual([
      { row: 14, col: 5, formula: SUM, result: 7 },
      { row: 15, col: 5, formula: RATIO, result: 5 / 7 },
    ]);
  });

  test('a code of several columns needs its column', async () => {
    const { outcomes } = planFill(await sheetOf({}), form, parseValuesCsv('I.1.2,5'));
    expect(fillOutcomeText(outcomes[0])).toBe(
      'Dòng 1: không xác định được ô của "I.1.2" (chỉ tiêu có nhiều cột: ghi I.1.2@value, I.1.2@status)',
    );
  });

  test('a percent typed over a formula is read by the cell’s format when recomputing', async () => {
    // I.1.4 typed as 5 over its formula (pinned); I.2 keeps its formula: 6/5 = 120%.
    const sheet = await sheetOf({ 'I.1.2': 6, 'I.1.4': 5 });
    const { writes } = planFill(sheet, form, parseValuesCsv('I.1.3@value,-1'));
    expect(writes).toEqual([
      { row: 13, col: 5, value: -1 },
      { row: 15, col: 5, formula: RATIO, result: 1.2 },
    ]);
  });
});
