import type { CellValue, SheetPlan } from '../domain/sheet/plan';

/**
 * The host-neutral workbook interface: what the add-in needs from a workbook, whether it is an
 * .xlsx file handled by exceljs (CLI, standalone page) or the open workbook in Excel (Office.js).
 */
export interface SheetGrid {
  name: string;
  /** Cell values from A1, row-major, 0-based; formula cells give their last computed result. */
  values: CellValue[][];
  /** Formulas without "=" (null where the cell holds a plain value). */
  formulas: (string | null)[][];
  /** Number formats ("0.0%", "General"…), same shape as values. */
  numFmts: (string | null)[][];
}

export interface CellPatch {
  /** 1-based. */
  row: number;
  col: number;
  value?: CellValue;
  /** Formula without "=", with its result when known (null or absent: a plain value). */
  formula?: string | null;
  result?: CellValue;
}

export interface WorkbookPort {
  sheetNames(): Promise<string[]>;
  readSheet(name: string): Promise<SheetGrid>;
  /** Adds a sheet laid out by the plan under a name not yet taken; returns that name. */
  addSheet(plan: SheetPlan): Promise<string>;
  /** Writes values or formulas into existing cells (protection permitting, input cells only). */
  patchCells(sheet: string, patches: CellPatch[]): Promise<void>;
}

/** Grid lookup that tolerates ragged rows. */
export function gridAt<T>(grid: T[][], row: number, col: number): T | null {
  return grid[row - 1]?.[col - 1] ?? null;
}
