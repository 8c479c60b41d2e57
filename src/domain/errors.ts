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

/**
 * A broken invariant of the add-in itself (an address it made, a template formula it laid out):
 * a bug, reported as internal, never as the user's input. The text is for developers.
 */
export class InternalError extends Error {
  constructor(what: string) {
    super(what);
    this.name = 'InternalError';
  }
}
