import type { Catalogue } from '../catalogue/catalogue';
import { cellKey } from '../sheet/identity';
import { readTemplateSheet, type Grid, type TemplateCell, type TemplateSheet } from '../sheet/read';
import { recogniseGrid, type Recognition } from './recognise';

/** How alike an unmatched row's label must be to an indicator for the log to name it as the closest. */
const WORTH_NAMING = 0.6;

/**
 * A recognised sheet as the check and the merge read a template sheet: each tied row's value
 * cells by indicator code and column key, the unit and period from its heading (empty when it
 * names none: they are then to be given), and what a person should confirm.
 */
export function recognisedSheet(grid: Grid, recognition: Recognition): TemplateSheet {
  const { template, heading } = recognition;
  const cells = new Map<string, TemplateCell>();
  const rowOf = new Map<string, number>();
  for (const r of recognition.rows) {
    rowOf.set(r.code, r.row);
    for (const { key, col } of r.columns)
      cells.set(cellKey(r.code, key), {
        code: r.code,
        key,
        row: r.row,
        col,
        raw: grid.values[r.row - 1]?.[col - 1] ?? null,
        formula: grid.formulas[r.row - 1]?.[col - 1] ?? null,
        numFmt: grid.numFmts[r.row - 1]?.[col - 1] ?? null,
      });
  }
  return {
    sheet: grid.name,
    identity: { templateId: template.id, version: template.version, unit: heading.unit ?? '', period: heading.period ?? '' },
    template,
    cells,
    rowOf,
    damaged: grid.damaged ?? [],
    recognised: {
      confidence: recognition.confidence,
      tied: recognition.rows.length,
      unmatched: recognition.unmatched.map((u) => ({
        row: u.row,
        col: u.col,
        stt: u.stt,
        label: u.label,
        // The closest indicator is worth naming only when it is somewhat alike (a note row is like nothing).
        ...(u.closest[0] && u.closest[0].similarity >= WORTH_NAMING ? { closest: u.closest[0].code } : {}),
      })),
      missing: recognition.missing,
      unitNamed: !!heading.unit,
      periodNamed: !!heading.period,
    },
  };
}

/** The sheet of a file to merge: the first one the add-in wrote, else the first one typed by hand that is recognised. */
export function firstTemplateSheet(grids: readonly Grid[], catalogue: Catalogue): TemplateSheet | undefined {
  for (const grid of grids) {
    const own = readTemplateSheet(grid, catalogue);
    if (own?.template) return own;
  }
  for (const grid of grids) {
    const recognition = recogniseGrid(grid, catalogue);
    if (recognition) return recognisedSheet(grid, recognition);
  }
  return undefined;
}

/** A sheet as a template sheet: by the add-in's identity column when it has one, else recognised; undefined for any other sheet. */
export function readAnySheet(grid: Grid, catalogue: Catalogue): TemplateSheet | undefined {
  const own = readTemplateSheet(grid, catalogue);
  if (own) return own;
  const recognition = recogniseGrid(grid, catalogue);
  return recognition && recognisedSheet(grid, recognition);
}
