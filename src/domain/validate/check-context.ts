import type { CodeOption, IndicatorKind, Level, Row, Template } from '../catalogue/schema';
import type { Expr, Num } from '../expr';
import type { ReadProblem } from '../messages/findings';
import type { SheetIdentity } from '../sheet/identity';
import type { CellDamage, TemplateCell } from '../sheet/read';
import type { Finding } from './finding';

/** A value cell read by its indicator's kind. */
export interface CellReading {
  cell: TemplateCell;
  row: Row;
  kind: IndicatorKind;
  /** Allowed answers of a coded cell. */
  codes?: readonly CodeOption[];
  /** The derived definition, for a computed cell (a column with a kind of its own holds inputs). */
  derived?: Expr;
  /** Value as read (numbers for numeric kinds and numeric codes; text otherwise). */
  value: number | string | null;
  readable: boolean;
  /** Why the value could not be read. */
  problem?: ReadProblem;
  /** The cell still holds the template's formula (its value is the computed one). */
  live: boolean;
}

/** Where a finding points: a cell of the sheet, or the address a damaged cell was written at (`ref`). */
export type Place = Pick<TemplateCell, 'row' | 'col' | 'code' | 'key'> | { ref: string; code: string; key: string };

export type Add = (at: Place, f: Omit<Finding, 'sheet' | 'cell' | 'code' | 'message'>) => void;

/**
 * Facts from outside the sheet that checks may compare with: the unit's values of the previous
 * period by cell key. Optional: a sheet is checked on its own when there are none.
 */
export interface ReferenceData {
  previous?: ReadonlyMap<string, number | string | null>;
}

/** What every check sees of the sheet being checked, and where it reports. */
export interface CheckContext {
  template: Template;
  rows: ReadonlyMap<string, Row>;
  /** Every value cell as read, by cell key, in sheet order. */
  readings: ReadonlyMap<string, CellReading>;
  /** The value a rule sees at a cell key: typed, or computed where the formula is live. */
  effectiveAt: (key: string) => Num;
  /** The reporting unit's administrative level, when its name tells it. */
  level?: Level;
  /** The sheet is a consolidation the add-in wrote: rates without parts are empty on purpose. */
  consolidated?: boolean;
  reference?: ReferenceData;
  /** Cells of the file that could not be read (none at a value cell: those are readings with a problem). */
  damaged: readonly CellDamage[];
  /** What the sheet says it is (template, version, unit, period). */
  identity: SheetIdentity;
  /** The indicator code of a sheet row, when it has one. */
  codeAtRow: (row: number) => string | undefined;
  add: Add;
}

/** One kind of check; a new kind is one module listed in `checks/index.ts`. */
export interface Check {
  /** What it checks, for readers of the registry. */
  name: string;
  run(ctx: CheckContext): void;
}
