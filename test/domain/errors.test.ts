import { InputError, InternalError, isInputError } from '../../src/domain/errors';

/** The two kinds of error the core throws, as hosts and developers' logs tell them apart. */
test("an input error carries the user's problem, reads in Vietnamese and names its kind", () => {
  const e = new InputError({ code: 'sheet-password', sheet: 'Biểu 1' });
  expect(e.problem).toEqual({ code: 'sheet-password', sheet: 'Biểu 1' });
  expect(e.message).toContain('Biểu 1');
  expect(String(e)).toMatch(/^InputError: /);
  expect(isInputError(e)).toBe(true);
});

test("an internal error is not the user's to fix and names its kind in a log", () => {
  const e = new InternalError('ô A0 không có');
  expect(isInputError(e)).toBe(false);
  expect(isInputError(new Error('x'))).toBe(false);
  expect(String(e)).toBe('InternalError: ô A0 không có');
});
