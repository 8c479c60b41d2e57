import { readGrids } from '../../src/adapters/lean-reader/lean-reader';
import { parsePeriod } from '../../src/domain/period';
import { renderTemplate } from '../../src/domain/render/template';
import { planGrid } from '../support/plan-grid';
import { BAC_SON, BUILT_IN, cellValues, template } from '../support/templates';
import { templateXlsx } from '../support/workbooks';

import type { Grid } from '../../src/domain/sheet/read';

/** Values and formulas cell by cell; a number format wherever the sheet sets one (the reader says "General" for the others). */
function sameSheet(read: Grid, planned: Grid): void {
  expect([read.name, read.values, read.formulas]).toEqual([planned.name, planned.values, planned.formulas]);
  planned.numFmts.forEach((line, r) =>
    line.forEach((f, c) => f !== null && expect([r + 1, c + 1, read.numFmts[r]?.[c]]).toEqual([r + 1, c + 1, f])),
  );
}

/**
 * The merge's cases read their units' sheets from memory (test/support/units.ts): this holds them
 * to what the reader gives for the same sheets written by exceljs, for every template.
 */
test.each(BUILT_IN.templates.map((t) => [t.id]))(
  '%s: the sheet in memory is the sheet the reader reads from the written file',
  async (id) => {
    const t = template(id);
    const { bytes } = await templateXlsx(t, BAC_SON);
    const grids = readGrids('x.xlsx', bytes);
    expect(grids).toHaveLength(1);
    sameSheet(grids[0], planGrid(renderTemplate(t, BAC_SON)));
  },
);

test('with figures, text and a ratio computed from them', async () => {
  const opts = {
    unit: 'UBND xã Hồng Quang',
    period: parsePeriod('2024-H1'),
    values: cellValues({ 'I.2.1': 7, 'I.2.2': 5, 'I.1': 'ba', 'VI.1.1': 17465.5 }),
  };
  const { bytes } = await templateXlsx(template('dinh-ky'), opts);
  sameSheet(readGrids('x.xlsx', bytes)[0], planGrid(renderTemplate(template('dinh-ky'), opts)));
});
