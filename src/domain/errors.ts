import type { Problem } from './messages/problems';
import { problemText } from './messages/problems';

/**
 * The user's input is wrong (a file, an argument, a sheet): the only error the add-in reports
 * as the user's to fix. Any other exception is a bug in the add-in and is reported as internal.
 * The message is the Vietnamese text; hosts show `problemText(e.problem, lang)`.
 */
export class InputError extends Error {
  constructor(readonly problem: Problem) {
    super(problemText(problem, 'vi'));
    this.name = 'InputError';
  }
}

export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError;
}
