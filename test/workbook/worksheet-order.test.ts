import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/exceljs-adapter';
import { writeNewWorkbook } from '../../src/cli/io';
import { mergeSheets } from '../../src/domain/merge/report-sheets';
import { parsePeriod } from '../../src/domain/period';
import { renderTemplate } from '../../src/domain/render/template';
import type { SheetPlan } from '../../src/domain/sheet/plan';
import { builtInTargets } from '../../src/domain/targets/catalogue';
import { mergedDinhKy } from '../support/units';
import { BUILT_IN, template } from '../support/templates';
import { parseXml } from '../support/xml';

/**
 * The children of <worksheet> in the order ECMA-376 Part 1 §18.3.1.99 (CT_Worksheet) requires.
 * Excel reports a file whose elements are out of this order as damaged and repairs it.
 */
const CT_WORKSHEET = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

/** Each worksheet part's children, by part name. */
function worksheetChildren(xlsx: Uint8Array): Map<string, string[]> {
  const files = unzipSync(xlsx);
  const out = new Map<string, string[]>();
  for (const [name, bytes] of Object.entries(files))
    if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name))
      out.set(
        name,
        parseXml(strFromU8(bytes)).children.map((c) => c.name),
      );
  return out;
}

function outOfOrder(children: string[]): string[] {
  const rank = children.map((c) => CT_WORKSHEET.indexOf(c));
  return children.filter((_, i) => rank[i] === -1 || (i > 0 && rank[i] <= rank[i - 1]));
}

async function plans(): Promise<SheetPlan[]> {
  // A protected template sheet with drop-down lists and notes, then a consolidation's sheets
  // (merged ranges, frozen rows, the charts sheet held against the built-in targets).
  const form = renderTemplate(template('dinh-ky'), { unit: 'UBND xã Bắc Sơn', period: parsePeriod('2024-Q3') });
  const merged = await mergedDinhKy([
    ['UBND xã Một', { 'III.3.1.1': 40, 'III.3.1.2': 38, 'VII.5.3.1': 100, 'VII.5.3.2': 99 }],
    ['UBND xã Hai', { 'III.3.1.1': 20, 'III.3.1.2': 10, 'VII.5.3.1': 10, 'VII.5.3.2': 5 }],
  ]);
  return [{ ...form, notes: [{ row: 11, col: 3, text: 'ghi chú' }] }, ...mergeSheets(merged, { targets: builtInTargets(BUILT_IN) })];
}

describe.each([
  [
    'cchc (exceljs streaming, cells written straight)',
    async (p: SheetPlan[]) => {
      const path = join(mkdtempSync(join(tmpdir(), 'cchc-order-')), 'out.xlsx');
      await writeNewWorkbook(p, path);
      return readFileSync(path);
    },
  ],
  [
    'the in-memory writer (page, edits of opened files)',
    async (p: SheetPlan[]) => {
      const wb = ExcelJsWorkbook.create(ExcelJS);
      for (const plan of p) await wb.addSheet(plan);
      return wb.toBuffer();
    },
  ],
])('the worksheets written by %s', (_, write) => {
  it('keep the schema’s order of elements, the protection right after the cells', async () => {
    const written = worksheetChildren(await write(await plans()));
    const all = [...written.values()];
    // What the order is checked on is there: protection, validations, merges, notes and a drawing.
    for (const needed of ['sheetProtection', 'dataValidations', 'mergeCells', 'legacyDrawing', 'drawing', 'sheetViews'])
      expect(all.some((c) => c.includes(needed))).toBe(true);
    for (const [name, children] of written) expect({ name, outOfOrder: outOfOrder(children) }).toEqual({ name, outOfOrder: [] });
  });
});
