import type { Template } from '../catalogue/schema';
import { refsOf, type Num } from '../expr';
import { cellKey } from '../sheet/identity';
import { valueCell } from './value-cells';

/** What is needed to tell whether a unit's value is in error. */
export interface CheckedFigures {
  /** Derived values recomputed from the unit's own parts. */
  derived: ReadonlyMap<string, Num>;
  /** Cell keys of the values the check found in error or could not read. */
  errorCells?: ReadonlySet<string>;
}

/**
 * Whether the value a judgement would use is in error. A ratio recomputed from its parts is in
 * error when one of its parts is (a written ratio that disagrees with its parts is wrong, but the
 * recomputed one stands); a ratio with no recomputed value is the written one, in error when its
 * own cell is; any other value when its cell is.
 */
export function valueInError(t: Template, f: CheckedFigures, code: string, key: string): boolean {
  const errors = f.errorCells;
  if (!errors?.size) return false;
  const k = cellKey(code, key);
  const definition = valueCell(t, code, key)?.derived;
  if (definition && f.derived.get(k) !== null && f.derived.get(k) !== undefined)
    return refsOf(definition).some((part) => errors.has(cellKey(part, key)));
  return errors.has(k);
}
