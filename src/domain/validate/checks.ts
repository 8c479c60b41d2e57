import type { Check } from './check-context';
import { damagedCells } from './check-damaged';
import { derivedChecks } from './check-derived';
import { kindChecks } from './check-kinds';
import { missingInputs } from './check-missing';
import { templateRules } from './check-rules';
import { partYearChecks } from './check-part-year';
import { otherVersion } from './check-version';

/** Every check, in the order they run (findings are then listed by row). */
export const CHECKS: readonly Check[] = [
  otherVersion,
  damagedCells,
  kindChecks,
  derivedChecks,
  templateRules,
  partYearChecks,
  missingInputs,
];
