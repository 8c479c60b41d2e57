import type { Problem } from './problem';

/**
 * The user's input is wrong (a file, an argument, a sheet): the only error the add-in reports
 * as the user's to fix. Any other exception is a bug in the add-in and is reported as internal.
 * It carries the problem as facts; hosts word it with `problemText(e.problem, lang)`. Its message
 * is for developers' logs: the problem's code and facts.
 */
export class InputError extends Error {
  constructor(readonly problem: Problem) {
    super(`${problem.code} ${JSON.stringify(problem).slice(0, 300)}`);
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
