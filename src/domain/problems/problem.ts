import type { Damage, Limit } from './damage';
import type { SchemaIssue } from './schema-issues';
import type { TemplateIssue } from './template-issue';
import type { TargetProblem } from './target-problem';

/**
 * What can be wrong with the user's input (files, arguments, sheets), each with the facts that
 * name it; the texts below turn a problem into a sentence in either language.
 */
export type Problem =
  | { code: 'file-unreadable'; file: string }
  | { code: 'file-xlsm'; file: string }
  | { code: 'file-xls'; file: string }
  | { code: 'file-not-xlsx'; file: string }
  | { code: 'file-ods'; file: string }
  | { code: 'file-needs-converter'; file: string; format: 'xls' | 'ods' }
  | { code: 'file-not-converted'; file: string; format: 'xls' | 'ods' }
  | { code: 'file-corrupt'; file: string; damage?: Damage }
  | { code: 'file-limit'; file: string; limit: Limit; max: number; part?: string }
  | { code: 'file-not-written'; file: string; reason: WriteReason }
  | { code: 'download-failed'; file: string; status: number }
  | { code: 'values-unreadable'; file: string }
  | { code: 'values-empty'; file: string }
  | { code: 'values-many-units'; file: string; units: string[]; unit: string }
  /** The output is the same file as an input (`source`, as given), however each was named. */
  | { code: 'out-is-source'; file: string; source: string }
  | { code: 'out-extension'; file: string; extension: 'xlsx' | 'csv' }
  | { code: 'input-too-large'; file: string; max: number }
  | { code: 'text-encoding'; file: string; encoding: 'utf-16' | 'not-utf8' }
  | { code: 'unit-of-unknown-file'; file: string }
  /** Cells the reader could not take ("Biểu 1!A0"), in a file a command would write into: refused rather than lost. */
  | { code: 'cells-unreadable'; file: string; cells: string[] }
  | { code: 'converter-missing'; file: string; program: string }
  | { code: 'converter-stopped'; seconds: number; files: string[] }
  | { code: 'folder-empty'; folder: string }
  | { code: 'units-unreadable'; file: string }
  /** A file of the country's units that is not of the map's shape. */
  | { code: 'units-map-invalid'; file: string; issues: SchemaIssue[] }
  | { code: 'province-unknown'; text: string }
  | { code: 'sheet-missing'; sheet: string; file?: string }
  | { code: 'sheet-template-unknown'; file: string; sheet: string; template: string }
  | { code: 'sheet-row-missing'; sheet: string; row: string }
  | { code: 'sheet-password'; sheet: string }
  | { code: 'sheet-not-recognised'; sheet: string }
  | { code: 'no-template-sheet'; file: string; sheet?: string; looked?: number }
  | { code: 'template-unknown'; template: string; known: string[] }
  | { code: 'template-invalid'; template: string; issues?: SchemaIssue[]; checks?: TemplateIssue[] }
  | { code: 'targets-invalid'; source: string; issues?: SchemaIssue[]; targets?: TargetProblem[] }
  | { code: 'targets-unreadable'; file: string }
  | { code: 'deadlines-invalid'; file: string; issues: SchemaIssue[] }
  | { code: 'deadlines-unreadable'; file: string }
  | { code: 'previous-not-consolidation'; file: string }
  | { code: 'previous-other-template'; file: string; template: string; expected: string }
  | { code: 'succession-unreadable'; file: string }
  | { code: 'period-invalid'; text: string }
  | { code: 'merge-no-files' }
  | { code: 'merge-nothing-readable' }
  | { code: 'usage'; usage: string }
  | { code: 'command-unknown'; command: string; usage: string }
  /** An option the command does not have, one given without its value, or an argument too many. */
  | { code: 'option-unknown'; option: string; usage: string }
  | { code: 'option-value-missing'; option: string; usage: string }
  | { code: 'option-takes-no-value'; option: string; usage: string }
  | { code: 'argument-unexpected'; argument: string; usage: string };

/** Why a file could not be written. */
export type WriteReason = 'no-folder' | 'no-permission' | 'is-folder' | 'no-space' | 'busy' | 'other';
