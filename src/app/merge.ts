import type { Catalogue } from '../domain/catalogue/catalogue';
import { isInputError } from '../domain/errors';
import { mergeReports, type MergeOptions, type MergeResult, type UnitFile } from '../domain/merge/merge';
import { mergeSheets, type MergeSheetOptions } from '../domain/merge/report-sheets';
import { builtInTargets } from '../domain/targets/catalogue';
import { unitReport } from '../domain/merge/unit-report';
import { reportDay } from '../domain/merge/deadlines';
import { firstTemplateSheet } from '../domain/recognise/recognised-sheet';
import type { ReadGrids, SheetGrid, WorkbookPort } from './port';
import { compareWithPrevious } from './previous';
import { readBreakdown, type Succession } from '../domain/merge/previous';
import type { TemplateSheet } from '../domain/sheet/read';

export type FileFacts = Pick<UnitFile, 'file' | 'size' | 'modified' | 'checksum'>;

/**
 * A received file read for merging: its template sheet (written by the add-in, or typed by hand
 * and recognised) checked and prepared, or why it cannot be used. A bad file is the sender's to fix; any other failure is a bug of the add-in and is
 * said so, never passed off as a damaged file.
 */
export function readUnitFile(facts: FileFacts, data: Uint8Array, readGrids: ReadGrids, catalogue: Catalogue): UnitFile {
  try {
    const grids = readGrids(facts.file, data);
    const sheet = firstTemplateSheet(grids, catalogue);
    if (!sheet) return { ...facts, unreadable: { problem: { code: 'no-template-sheet', file: facts.file } } };
    const dated = reportDay(grids.find((g) => g.name === sheet.sheet)?.values ?? []);
    const consolidates = consolidatedUnits(grids, sheet);
    return {
      ...facts,
      ...(dated !== undefined ? { reportDay: dated } : {}),
      ...(consolidates.length ? { consolidates } : {}),
      report: unitReport(facts.file, sheet),
    };
  } catch (e) {
    if (isInputError(e)) return { ...facts, unreadable: { problem: e.problem } };
    return { ...facts, unreadable: { internal: String(e) } };
  }
}

/** The units a consolidation holds, from its breakdown by unit; none for a unit's own report. */
function consolidatedUnits(grids: SheetGrid[], sheet: TemplateSheet): string[] {
  if (sheet.recognised || !sheet.template) return [];
  for (const g of grids) {
    if (g.name === sheet.sheet) continue;
    const read = readBreakdown(g, sheet.template);
    if (read?.units.length) return read.units;
  }
  return [];
}

export type MergeStage = 'merge' | 'write' | 'done';

/** "Tổng hợp": merges the files read and adds the result sheets to the workbook; returns the result and the sheet names. */
export async function mergeIntoWorkbook(
  port: Pick<WorkbookPort, 'addSheet'>,
  files: UnitFile[],
  opts: MergeOptions,
  stage: (s: MergeStage) => void = () => undefined,
  /** The units' groups; the previous period's consolidation (its sheets read) with the unit-succession list. */
  extra: Pick<MergeSheetOptions, 'groups'> & { previous?: { file: string; grids: SheetGrid[]; successions?: Succession[] } } = {},
): Promise<{ result: MergeResult; sheets: string[] }> {
  stage('merge');
  const result = mergeReports(files, opts);
  const before = extra.previous;
  const previous = before ? compareWithPrevious(result, before.file, before.grids, opts.catalogue, before.successions) : undefined;
  stage('write');
  const sheets: string[] = [];
  const layout: MergeSheetOptions = {
    targets: builtInTargets(opts.catalogue),
    ...(extra.groups ? { groups: extra.groups } : {}),
    ...(previous ? { previous } : {}),
  };
  for (const plan of mergeSheets(result, layout)) sheets.push(await port.addSheet(plan));
  stage('done');
  return { result, sheets };
}

export type { MergeResult, UnitFile, MergeOptions };
