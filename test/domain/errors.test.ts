import { InputError, InternalError, isInputError } from '../../src/domain/problems/errors';

/** The two kinds of error the core throws, as hosts and developers' logs tell them apart. */
test("an input error carries the user's problem as facts; its message, for developers, names the problem's code", () => {
  const e = new InputError({ code: 'sheet-password', sheet: 'Biểu 1' });
  expect(e.problem).toEqual({ code: 'sheet-password', sheet: 'Biểu 1' });
  expect(e.message).toBe('sheet-password {"code":"sheet-password","sheet":"Biểu 1"}');
  expect(String(e)).toMatch(/^InputError: sheet-password /);
  // Worded for a user only by the catalogue.
  expect(() => {
    throw e;
  }).toThrowProblem('Biểu 1');
  expect(isInputError(e)).toBe(true);
});

test("an internal error is not the user's to fix and names its kind in a log", () => {
  const e = new InternalError('ô A0 không có');
  expect(isInputError(e)).toBe(false);
  expect(isInputError(new Error('x'))).toBe(false);
  expect(String(e)).toBe('InternalError: ô A0 không có');
});
