import type { Severity } from '../catalogue/schema';
import { isCellAddress, parseAddress } from '../sheet/plan';
import { severityText } from '../messages/findings';
import type { Finding } from './finding';

/** How a mark reads: a check's error or warning, or information (a self-assessment proposed from the figures). */
export type MarkTone = Severity | 'info';

/** A cell to highlight after a check, with the messages of its findings. */
export interface CellMark {
  row: number;
  col: number;
  severity: MarkTone;
  message: string;
}

/**
 * Mark colours that stay apart from the form's input shading when printed in grey: the input
 * fill is near white, information light blue, a warning's amber mid-grey, an error's red darker
 * still, black text readable on each.
 */
export const MARK_FILL: Record<MarkTone, string> = { error: 'F4817F', warning: 'FFC000', info: 'BDD7EE' };

/** Name of the hidden sheet that remembers the look of marked cells, so clearing restores it. */
export const MARK_STORE_SHEET = 'CCHC đánh dấu';

/** One mark per cell: the most severe finding decides the colour, every message goes in the note. */
export function marksFor(findings: Finding[]): CellMark[] {
  const byCell = new Map<string, CellMark>();
  for (const f of findings) {
    // A damaged cell written at an address no sheet has cannot be marked; its finding is listed.
    if (!isCellAddress(f.cell)) continue;
    const { row, col } = parseAddress(f.cell);
    const key = `${row},${col}`;
    const text = `[${severityText(f.severity)} ${f.rule}] ${f.message}`;
    const m = byCell.get(key);
    if (!m) byCell.set(key, { row, col, severity: f.severity, message: text });
    else {
      m.message += `\n${text}`;
      if (f.severity === 'error') m.severity = 'error';
    }
  }
  return [...byCell.values()];
}
