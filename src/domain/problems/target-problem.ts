/**
 * What a list of targets asks that cannot be judged, beyond what its schema checks: facts, worded
 * by the message catalogue. `target` is the target's id.
 */
export type TargetProblemFact =
  | { kind: 'no-comparison' }
  | { kind: 'threshold-or-by-level' }
  | { kind: 'between-up-to' }
  | { kind: 'reduction-base-year' }
  | { kind: 'judged-without-threshold' }
  | { kind: 'no-indicator'; code: string; template: string }
  | { kind: 'indicator-kind'; code: string; template: string; needs: 'number' | 'rate' }
  | { kind: 'no-assessment'; code: string; template: string }
  /** The id twice in one list. */
  | { kind: 'repeated' }
  /** The id already taken by another list. */
  | { kind: 'in-other-set'; set: string };

export type TargetProblem = { target: string } & TargetProblemFact;
