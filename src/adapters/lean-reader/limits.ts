import { EXCEL_COLS, EXCEL_ROWS } from '../../domain/sheet/plan';
import type { Limit } from '../../domain/messages/damage';

/**
 * What the reader accepts of a received file, checked while reading (before any allocation that
 * depends on the file), so that any file is answered in seconds and well under 1 GB. A real
 * appendix is tens of kilobytes; a province's breakdown of 2,500 units, tens of megabytes.
 */
export const LIMITS = {
  /** The file as received. */
  fileBytes: 100 * 1024 * 1024,
  /** Parts in the archive. */
  entries: 10_000,
  /** One part, inflated. */
  partBytes: 100 * 1024 * 1024,
  /** All parts read, inflated. */
  totalBytes: 200 * 1024 * 1024,
  /** Inflated to compressed size, for parts over `ratioFrom` bytes (XML compresses 10 to 100 times). */
  ratio: 1000,
  ratioFrom: 1024 * 1024,
  /** Cells holding a value or formula, over all sheets. */
  cells: 2_000_000,
  sharedStrings: 1_000_000,
  /** Excel's own limit of characters in a cell. */
  stringLength: 32_767,
  /** Places the grids may hold (rows begun plus cells up to each value), so a cell far out cannot take the memory. */
  gridSlots: 20_000_000,
  /** Excel's grid. */
  rows: EXCEL_ROWS,
  cols: EXCEL_COLS,
} as const;

/** A file over one of the limits: refused, with the limit named. */
export class LimitError extends Error {
  constructor(
    readonly limit: Limit,
    readonly max: number,
    readonly part?: string,
  ) {
    super(`limit ${limit} (${max})${part ? ` in ${part}` : ''}`);
    this.name = 'LimitError';
  }
}
