import type { Check } from '../check-context';
import { damagedCells } from './damaged';
import { derivedChecks } from './derived';
import { kindChecks } from './kinds';
import { missingInputs } from './missing';
import { templateRules } from './rules';

/** Every check, in the order they run (findings are then listed by row). */
export const CHECKS: readonly Check[] = [damagedCells, kindChecks, derivedChecks, templateRules, missingInputs];
