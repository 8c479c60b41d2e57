import type { Catalogue } from '../domain/catalogue/catalogue';
import { planCompute, type ComputeChange } from '../domain/compute/plan';
import type { SheetSource, WorkbookPort } from './port';
import { templateSheets } from './template-sheets';

/** "Tính toán": the changes computing would make on the template sheets among `names` (all by default); nothing is written. */
export async function previewCompute(
  source: SheetSource,
  catalogue: Catalogue,
  names?: string[],
  valuesOnly = false,
): Promise<ComputeChange[]> {
  // Formulas are written into the add-in's own sheets only; a sheet typed by hand is converted first.
  const { sheets } = await templateSheets(source, catalogue, names, { recognise: false });
  return sheets.flatMap((s) => planCompute(s, s.template!, valuesOnly));
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
          : c.newFormula
            ? { row: c.row, col: c.col, formula: c.newFormula, result: c.newValue ?? '' }
            : { row: c.row, col: c.col, value: c.newValue },
      ),
    );
}
