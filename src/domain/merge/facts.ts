import type { Problem } from '../problems/problem';

// What a merge finds out, as facts: `src/domain/messages/merge-log.ts` words them in either language.

/** What became of a file in a merge. */
export type LogStatus = 'merged' | 'skipped';

/** Why a file was left out, or what to know about one merged, as facts. */
export type LogReason =
  | { code: 'unreadable'; problem: Problem }
  | { code: 'internal'; detail: string }
  | { code: 'other-template'; template: string; expected: string }
  | { code: 'other-period'; period: string; expected: string }
  | { code: 'period-invalid'; period: string }
  | { code: 'no-unit' }
  | { code: 'own-file'; unit: string }
  | { code: 'duplicate'; unit: string; newer: string }
  | { code: 'errors-excluded'; errors: number }
  | { code: 'errors-kept'; errors: number }
  | { code: 'in-consolidation'; unit: string; consolidation: string; file: string }
  | { code: 'overlaps-consolidation'; units: string[]; file: string };

/** How a sheet typed by hand was read for a merge: what the person merging should know. */
export interface RecognitionNote {
  /** The least alike label among the rows tied, 0–1. */
  confidence: number;
  tied: number;
  unmatched: number;
  missing: number;
  /** The period the sheet does not name, taken as the merge's. */
  periodAssumed?: string;
  /** The unit the sheet does not name, as the person merging gave it. */
  unitGiven?: string;
  /** The period the sheet does not name, as the person merging gave it. */
  periodGiven?: string;
}

/** Who was expected, who sent and was used, who sent a file that was not used and why, who sent nothing. */
export interface Completeness {
  expected: string[];
  /** The units merged. */
  submitted: string[];
  /** Listed units that sent nothing at all (a unit whose file was left out is not among them). */
  missing: string[];
  /** Listed units whose file came but was not used (another period, errors left out, unreadable…), with why. */
  notUsed: { unit: string; file: string; why?: LogReason }[];
  duplicates: string[];
  /** Units whose figures came inside a consolidation merged as one unit (a district's, say), with its file. */
  through: { unit: string; file: string; consolidation: string }[];
  /** Merged units not on the list. */
  unexpected: string[];
  /** A unit not on the list whose name is near a listed unit that sent nothing: proposed, never taken. */
  proposed: { unit: string; listed: string }[];
}

/** What of a file, or of the total, could not be carried into the consolidated figures, and why. */
export type MergeNote =
  /** The file's template is of another version than the add-in's: read by indicator code. */
  | { code: 'version-differs'; file: string; template: string; version: string; known: string }
  /** A row code the template does not have: not consolidated. */
  | { code: 'code-unknown'; file: string; row: string; template: string; version: string }
  /** An input that cannot be read (its text, cut to 100 characters): not added. */
  | { code: 'cell-unreadable'; file: string; row: string; raw: string }
  /** A row of a sheet typed by hand not recognised as any indicator (its label, cut to 60 characters). */
  | { code: 'label-unrecognised'; file: string; cell: string; label: string; closest?: string }
  /** Rows of the template the sheet lacks: how many, the first five. */
  | { code: 'rows-missing'; file: string; count: number; first: string[] }
  /** A rate with no numerator and denominator in the template: neither summed nor averaged. */
  | { code: 'rate-not-summed'; row: string }
  /** The units' figures sum past what Excel holds: no total written. */
  | { code: 'sum-too-large'; row: string };
