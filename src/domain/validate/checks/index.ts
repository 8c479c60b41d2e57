import type { Check } from '../check-context';
import { damagedCells } from './damaged';
import { derivedChecks } from './derived';
import { kindChecks } from './kinds';
import { missingInputs } from './missing';
import { templateRules } from './rules';
import { partYearChecks } from './part-year';
import { otherVersion } from './version';

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
