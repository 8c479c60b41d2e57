import type { Catalogue } from '../domain/catalogue/catalogue';
import type { Level } from '../domain/catalogue/schema';
import { computeDerived } from '../domain/compute/derive';
import { unitKey } from '../domain/units/identity';
import { readBreakdown } from '../domain/merge/previous';
import { LOG_SHEET, loggedErrorCells } from '../domain/merge/report-sheets';
import { unitReport } from '../domain/merge/unit-report';
import { assessmentText } from '../domain/messages/targets';
import { parsePeriod } from '../domain/period';
import { cellKey } from '../domain/sheet/identity';
import type { TemplateSheet } from '../domain/sheet/read';
import { assessments, type Assessment } from '../domain/targets/assess';
import { targetResults, type TargetResult, type UnitFigures } from '../domain/targets/report';
import type { TargetSet } from '../domain/targets/schema';
import { levelOfUnit } from '../domain/units/level';
import type { CellMark } from '../domain/validate/marks';
import type { SheetGrid, SheetSource, WorkbookPort } from './port';
import { templateSheets } from './template-sheets';

/** A self-assessment row of a sheet, at its cell. */
export interface PlacedAssessment extends Assessment {
  sheet: string;
  row: number;
  col: number;
}

/** The targets of one unit's report in a workbook. */
export interface UnitTargets {
  unit: string;
  level?: Level;
  /** The year of a periodic report. */
  year?: number;
  /** The template sheets read. */
  sheets: string[];
  results: TargetResult[];
  assessments: PlacedAssessment[];
  /** For a unit read from a consolidation's breakdown by unit: the consolidating unit. */
  within?: string;
}

export interface TargetsOptions {
  /** The units' level when their names do not say it. */
  level?: Level;
}

/**
 * "Mục tiêu": the targets that apply to each unit's report in a workbook (a received file, a
 * consolidated total, a summary's appendices), held against its figures, and the self-assessment
 * rows with what the figures propose.
 */
export async function workbookTargets(
  source: SheetSource,
  catalogue: Catalogue,
  sets: readonly TargetSet[],
  opts: TargetsOptions = {},
): Promise<UnitTargets[]> {
  const { sheets, others, otherGrids } = await templateSheets(source, catalogue);
  const byUnit = new Map<string, TemplateSheet[]>();
  for (const s of sheets) byUnit.set(unitKey(s.identity.unit), [...(byUnit.get(unitKey(s.identity.unit)) ?? []), s]);
  const own = [...byUnit.values()].map((list) => unitTargets(list, sets, opts));
  const each: UnitTargets[] = [];
  const log = otherGrids[others.indexOf(LOG_SHEET)];
  others.forEach((name, i) => each.push(...breakdownTargets(name, otherGrids[i], sheets, sets, log)));
  return [...own, ...each];
}

/**
 * A consolidation's units, read from its breakdown by unit ("Chi tiết theo đơn vị"), each held
 * against the targets its figures measure (the same a merge's "Mục tiêu" sheet holds them to):
 * its counts as the unit sent them, its rates recomputed from them.
 */
function breakdownTargets(
  name: string,
  grid: SheetGrid,
  sheets: TemplateSheet[],
  sets: readonly TargetSet[],
  /** The consolidation's log: the values in error it lists are never judged. */
  log?: SheetGrid,
): UnitTargets[] {
  const title = String(grid.values[0]?.[0] ?? '');
  const consolidated = sheets.filter((s) => title.includes(s.template!.name.toLocaleUpperCase('vi')));
  const total = consolidated.length === 1 ? consolidated[0] : sheets.length === 1 ? sheets[0] : undefined;
  const read = total && readBreakdown(grid, total.template!);
  if (!total || !read) return [];
  const t = total.template!;
  const year = parsePeriod(total.identity.period)?.year;
  const inError = log ? loggedErrorCells(log, t) : new Map<string, Set<string>>();
  return read.units.map((unit) => {
    const values = read.values.get(unitKey(unit)) ?? new Map<string, number>();
    const level = levelOfUnit(unit);
    const figures: UnitFigures = {
      unit,
      ...(level ? { level } : {}),
      ...(year ? { year } : {}),
      sheets: [
        {
          template: t,
          figures: {
            values,
            derived: computeDerived(t, (code, key) => values.get(cellKey(code, key)) ?? null),
            reportedDerived: new Map(),
            errorCells: inError.get(unitKey(unit)) ?? new Set<string>(),
          },
        },
      ],
    };
    return {
      unit,
      ...(level ? { level } : {}),
      ...(year ? { year } : {}),
      sheets: [name],
      results: targetResults(figures, sets).filter((r) => r.measure),
      assessments: [],
      within: total.identity.unit,
    };
  });
}

function unitTargets(own: TemplateSheet[], sets: readonly TargetSet[], opts: TargetsOptions): UnitTargets {
  const unit = own[0].identity.unit;
  const level = opts.level ?? levelOfUnit(unit);
  const years = own.map((s) => parsePeriod(s.identity.period)?.year).filter((y): y is number => y !== undefined);
  const figures: UnitFigures = {
    unit,
    ...(level ? { level } : {}),
    ...(years.length ? { year: Math.max(...years) } : {}),
    sheets: own.map((s) => {
      const report = unitReport(s.sheet, s);
      return { template: s.template!, figures: { ...report, errorCells: new Set(report.errorCells) } };
    }),
  };
  const placed = assessments(figures, sets).map((a) => {
    const sheet = own.find((s) => s.template!.id === a.template)!;
    const cell = sheet.cells.get(cellKey(a.code, a.key))!;
    return { ...a, sheet: sheet.sheet, row: cell.row, col: cell.col };
  });
  return {
    unit,
    ...(level ? { level } : {}),
    ...(figures.year ? { year: figures.year } : {}),
    sheets: own.map((s) => s.sheet),
    results: targetResults(figures, sets),
    assessments: placed,
  };
}

/**
 * Writes the proposals into the empty self-assessment cells and notes every row the figures
 * settle: a proposal or an answer that agrees in blue, an official's other answer in amber, kept
 * as written. Returns how many cells were filled.
 */
export async function applyAssessments(
  port: Pick<WorkbookPort, 'patchCells' | 'markCells'>,
  placed: readonly PlacedAssessment[],
): Promise<number> {
  const bySheet = new Map<string, PlacedAssessment[]>();
  for (const a of placed) if (a.state !== 'open') bySheet.set(a.sheet, [...(bySheet.get(a.sheet) ?? []), a]);
  let filled = 0;
  for (const [sheet, rows] of bySheet) {
    const proposed = rows.filter((a) => a.state === 'proposed');
    if (proposed.length)
      await port.patchCells(
        sheet,
        proposed.map((a) => ({ row: a.row, col: a.col, value: a.proposal })),
      );
    filled += proposed.length;
    const marks: CellMark[] = rows.map((a) => ({
      row: a.row,
      col: a.col,
      severity: a.state === 'override' ? 'warning' : 'info',
      message: assessmentText(a),
    }));
    await port.markCells(sheet, marks);
  }
  return filled;
}
