import { isInputError } from '../../src/domain/problems/errors';
import { problemText } from '../../src/domain/messages/problems';

/**
 * `expect(() => …).toThrowProblem('…')`: the code throws an InputError whose problem, worded in
 * Vietnamese (or the language given) by the message catalogue, holds the text or matches the
 * pattern. With `.rejects`, the rejection itself is read. An error of the add-in's own message is
 * a developer's text (the problem's code), never what a user reads.
 */
expect.extend({
  toThrowProblem(received: unknown, expected: string | RegExp, lang: 'vi' | 'en' = 'vi') {
    let thrown: unknown;
    let threw = false;
    if (typeof received === 'function' && this.promise !== 'rejects') {
      try {
        (received as () => unknown)();
      } catch (e) {
        thrown = e;
        threw = true;
      }
    } else {
      thrown = received;
      threw = true;
    }
    if (!threw) return { pass: false, message: () => 'expected an InputError, but nothing was thrown' };
    if (!isInputError(thrown)) return { pass: false, message: () => `expected an InputError, but got ${String(thrown)}` };
    const text = problemText(thrown.problem, lang);
    const pass = typeof expected === 'string' ? text.includes(expected) : expected.test(text);
    return {
      pass,
      message: () =>
        `expected the problem's words ${this.utils.printReceived(text)} ${pass ? 'not ' : ''}to hold ${this.utils.printExpected(expected)}`,
    };
  },
});

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- jest's matchers are declared in its namespace
  namespace jest {
    interface Matchers<R> {
      toThrowProblem(expected: string | RegExp, lang?: 'vi' | 'en'): R;
    }
  }
}
