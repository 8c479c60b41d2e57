import { planCompute } from '../../src/domain/compute/plan';
import { percentTimesAmount } from '../support/small-forms';
import { typedSheet } from '../support/typed-sheet';
import { template } from '../support/templates';

/** "Tính toán" on cells as Excel holds them: percent formats, values typed over formulas. Figures by hand. */
const T = template('dinh-ky');

test('a ratio above 100% stored as a fraction in its percent-formatted cell is already right', async () => {
  const sheet = await typedSheet('dinh-ky', { 'I.2.1': 5, 'I.2.2': 6 });
  // The formula is in place and its stored result is 6 / 5, shown as 120%.
  sheet.cells.get('I.2@value')!.raw = 1.2;
  expect(planCompute(sheet, T).filter((c) => c.code === 'I.2')).toEqual([]);
  // Stored as 12%, it is not.
  sheet.cells.get('I.2@value')!.raw = 0.12;
  expect(planCompute(sheet, T).filter((c) => c.code === 'I.2')).toMatchObject([{ oldNumber: 0.12, newValue: 1.2, sameValue: false }]);
});

test('a part that cannot be read leaves its ratio empty; a logical value typed over a ratio shows as nothing', async () => {
  const sheet = await typedSheet('dinh-ky', { 'I.2.1': 'năm', 'I.2.2': 5, 'I.3.2': true });
  // I.2 keeps its formula, with a result stored from figures since changed.
  sheet.cells.get('I.2@value')!.raw = 0.5;
  const changes = planCompute(sheet, T);
  expect(changes.filter((c) => c.code === 'I.2')).toMatchObject([{ oldNumber: 0.5, newValue: null }]);
  expect(changes.find((c) => c.code === 'I.3.2')).toMatchObject({ oldValue: null, oldFormula: null, oldNumber: null, newValue: null });
});

test('a percentage typed into a percent-formatted input counts as its fraction', async () => {
  const t = percentTimesAmount();
  // 1.2 in a cell formatted as a percentage is 120%: 120% of 10 is 12.
  const sheet = await typedSheet(t, { P: 1.2, Q: 10 });
  const [d] = planCompute(sheet, t);
  expect(d.code).toBe('D');
  expect(d.newValue).toBeCloseTo(12, 12);
});
