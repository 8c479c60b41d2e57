import { planCompute, type ComputeChange } from '../domain/compute/plan';
import { readTemplateSheet } from '../domain/sheet/read';
import type { WorkbookPort } from '../workbook/port';

/** "Tính toán": the changes computing would make on the template sheets among `names`; nothing is written. */
export async function previewCompute(port: WorkbookPort, names: string[]): Promise<ComputeChange[]> {
  const changes: ComputeChange[] = [];
  for (const name of names) {
    const sheet = readTemplateSheet(await port.readSheet(name));
    if (sheet?.template) changes.push(...planCompute(sheet, sheet.template));
  }
  return changes;
}

/** Writes confirmed changes, or (`undo`) puts back what the cells held before. */
export async function applyCompute(port: WorkbookPort, changes: ComputeChange[], undo = false): Promise<void> {
  const bySheet = new Map<string, ComputeChange[]>();
  for (const c of changes) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c]);
  for (const [sheet, list] of bySheet)
    await port.patchCells(
      sheet,
      list.map((c) =>
        undo
          ? { row: c.row, col: c.col, formula: c.oldFormula, value: c.oldValue }
          : { row: c.row, col: c.col, formula: c.newFormula, value: c.newValue, result: c.newValue ?? '' },
      ),
    );
}
