import { TEXTS } from '../../src/taskpane/i18n';

/** The task pane's English counts one and many (the Vietnamese noun has no plural). */
const en = TEXTS.en;

test.each([
  [en.summary(1, 0, 1), '1 error, 0 warnings in 1 template sheet'],
  [en.summary(0, 1, 2), '0 errors, 1 warning in 2 template sheets'],
  [en.counts(2, 1), '2 errors, 1 warning'],
  [en.rows(1), '1 indicator row'],
  [en.cleared(1), 'Marks cleared, 1 cell restored.'],
  [en.applyCompute(3), 'Write 3 cells'],
  [en.computed(1), 'Recomputed 1 cell.'],
  [en.mergeChosen(1), '1 file chosen'],
  [en.mergeErrors(1, 1).split(':')[0], '1 check error in 1 file'],
  [en.mergeErrors(4, 2).split(':')[0], '4 check errors in 2 files'],
])('%s', (said, expected) => expect(said).toBe(expected));

test('the period choices say year and whole year apart', () => {
  expect(en.year).not.toBe(en.wholeYear);
});
