import { InputError } from '../domain/errors';
import type { CellValue, SheetPlan } from '../domain/sheet/plan';
import type { Grid } from '../domain/sheet/read';
import type { CellMark } from '../domain/validate/marks';

/**
 * The host-neutral workbook interface: what the add-in needs from a workbook, whether it is an
 * .xlsx file handled by exceljs (CLI, standalone page) or the open workbook in Excel (Office.js).
 */
export type SheetGrid = Grid;

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
  /** Writes values or formulas into existing cells, through the sheet's protection. */
  patchCells(sheet: string, patches: CellPatch[]): Promise<void>;
  /**
   * Highlights cells (fill colour and a note or comment with the messages). The previous look of
   * each cell is kept in a hidden sheet, so `clearMarks` restores it exactly, even in a later session.
   */
  markCells(sheet: string, marks: CellMark[]): Promise<void>;
  /** Restores every cell marked on the sheet; returns how many. */
  clearMarks(sheet: string): Promise<number>;
  /** Shows a cell to the user (selects it in Excel). */
  selectCell(sheet: string, row: number, col: number): Promise<void>;
  /** Deletes a sheet the add-in added itself (the self-test's scratch sheets). */
  removeSheet(name: string): Promise<void>;
}

/** What reading needs of a workbook: its sheets as grids (a file read by the lean reader is one too). */
export type SheetSource = Pick<WorkbookPort, 'sheetNames' | 'readSheet'>;

/** Reads every sheet of a received file's bytes (the lean reader); throws InputError for a file it cannot use. */
export type ReadGrids = (file: string, data: Uint8Array) => SheetGrid[];

/** The sheets of a file already read, as a source. */
export function gridSource(grids: SheetGrid[]): SheetSource {
  return {
    sheetNames: () => Promise.resolve(grids.map((g) => g.name)),
    readSheet: (name) => {
      const grid = grids.find((g) => g.name === name);
      return grid ? Promise.resolve(grid) : Promise.reject(new InputError({ code: 'sheet-missing', sheet: name }));
    },
  };
}
