import ExcelJS from 'exceljs';
import { renderTemplate } from '../../src/domain/render/template';
import type { CellValue } from '../../src/domain/sheet/plan';
import { readTemplateSheet } from '../../src/domain/sheet/read';
import type { Finding } from '../../src/domain/validate/finding';
import { validateSheet } from '../../src/domain/validate/validate';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/exceljs-adapter';
import { template, BUILT_IN } from '../support/templates';

/** Writes raw cell contents into a fresh sheet of `id`, saves, reads back and validates. */
async function findingsFor(id: string, cells: Record<string, CellValue>, unit = 'UBND huyện Ân Thi'): Promise<Finding[]> {
  const t = template(id);
  const wb = ExcelJsWorkbook.create(ExcelJS);
  const name = await wb.addSheet(renderTemplate(t, { unit }));
  const blank = readTemplateSheet(await wb.readSheet(name), BUILT_IN)!;
  await wb.patchCells(
    name,
    Object.entries(cells).map(([key, value]) => {
      const c = blank.cells.get(key.includes('@') ? key : `${key}@value`)!;
      return { row: c.row, col: c.col, value };
    }),
  );
  const back = await ExcelJsWorkbook.open(ExcelJS, await wb.toBuffer());
  return validateSheet(readTemplateSheet(await back.readSheet(name), BUILT_IN)!, t).filter((f) => f.rule !== 'THIEU');
}

const rulesOf = (fs: Finding[], code: string) => fs.filter((f) => f.code === code).map((f) => `${f.rule}:${f.severity}`);

// [kind, template, failing cells, code, expected rule:severity, passing cells]
const CASES: [string, string, Record<string, CellValue>, string, string, Record<string, CellValue>][] = [
  ['count must be a whole number ≥ 0', 'dinh-ky', { 'I.4.1': -2 }, 'I.4.1', 'R40:error', { 'I.4.1': 2 }],
  ['count must be whole', 'dinh-ky', { 'I.4.1': '2,5' }, 'I.4.1', 'R40:error', { 'I.4.1': '2' }],
  ['money may not be negative', 'dinh-ky', { 'VI.1.1': '-17.465' }, 'VI.1.1', 'R40:error', { 'VI.1.1': '17.465' }],
  ['percent within 0–100%', 'dinh-ky', { 'VII.3': '120%' }, 'VII.3', 'R13:error', { 'VII.3': '95%' }],
  ['unreadable text is an error, never a zero', 'dinh-ky', { 'I.4.1': '12 nhiệm vụ' }, 'I.4.1', 'DOC:error', { 'I.4.1': 12 }],
  ['code list', 'dinh-ky', { 'I.5.2': 3, 'I.5': 1, 'I.5.1': 10 }, 'I.5.2', 'R39:error', { 'I.5.2': 2, 'I.5': 1, 'I.5.1': 10 }],
  ['code by its label', 'dinh-ky', { 'IV.1.1': 'Hoàn thành rồi' }, 'IV.1.1', 'DOC:error', { 'IV.1.1': 'Hoàn thành' }],
  ['part ≤ whole', 'dinh-ky', { 'I.2.1': 5, 'I.2.2': 7 }, 'I.2.2', 'R14:error', { 'I.2.1': 7, 'I.2.2': 5 }],
  [
    'chain, second link',
    'dinh-ky',
    { 'II.2.1': 1, 'II.2.2.1': 2, 'II.2.2.2': 1 },
    'II.2.2.1',
    'R17:error',
    { 'II.2.1': 3, 'II.2.2.1': 2, 'II.2.2.2': 1 },
  ],
  [
    'sum of parts ≤ total',
    'dinh-ky',
    { 'I.4.1': 5, 'I.4.2': 3, 'I.4.3': 2, 'I.4.4': 1 },
    'I.4.2',
    'R16:error',
    { 'I.4.1': 6, 'I.4.2': 3, 'I.4.3': 2, 'I.4.4': 1 },
  ],
  [
    'total within its parts (input total)',
    'dinh-ky',
    { 'II.1': 5, 'II.1.1': 2, 'II.1.2': 1 },
    'II.1',
    'R29:error',
    { 'II.1': 3, 'II.1.1': 2, 'II.1.2': 1 },
  ],
  [
    'derived total typed over its formula',
    'dinh-ky',
    { 'VI.2.4': 9, 'VI.2.4.1': 1, 'VI.2.4.2': 2, 'VI.2.4.3': 3 },
    'VI.2.4',
    'R31:error',
    { 'VI.2.4.1': 1, 'VI.2.4.2': 2, 'VI.2.4.3': 3 },
  ],
  [
    'ratio within rounding of its parts',
    'dinh-ky',
    { 'I.2': '80%', 'I.2.1': 7, 'I.2.2': 5 },
    'I.2',
    'R01:error',
    { 'I.2': '71%', 'I.2.1': 7, 'I.2.2': 5 },
  ],
  [
    'ratio blank when the denominator is 0',
    'dinh-ky',
    { 'I.3.2': '0%', 'I.3.3': 0, 'I.3.3.1': 0 },
    'I.3.2',
    'R38:warning',
    { 'I.3.2': '', 'I.3.3': 0, 'I.3.3.1': 0 },
  ],
  ['conditional: no survey, no survey figures', 'dinh-ky', { 'I.5': 0, 'I.5.1': 30 }, 'I.5.1', 'R36:error', { 'I.5': 0 }],
  [
    'conditional: survey needs its figures',
    'dinh-ky',
    { 'I.5': 1, 'I.5.2': 1 },
    'I.5.1',
    'R36:error',
    { 'I.5': 1, 'I.5.1': 30, 'I.5.2': 1 },
  ],
  ['conditional: only if', 'dinh-ky', { 'VII.2.1': 0, 'VII.2.2': 1 }, 'VII.2.1', 'R35:error', { 'VII.2.1': 1, 'VII.2.2': 1 }],
  [
    'cross-section',
    'dinh-ky',
    { 'III.1.4': 50, 'VII.5.4.1': 60, 'VII.5.4.2': 10 },
    'VII.5.4.1',
    'R32:error',
    { 'III.1.4': 70, 'VII.5.4.1': 60, 'VII.5.4.2': 10 },
  ],
  ['group rows hold no value', 'dinh-ky', { 'VI.2': 0 }, 'VI.2', 'R41:warning', {}],
  ['B template rule (PL2, RB01)', 'tong-ket-pl2', { '5@y2016': 4, '6@y2016': 6 }, '6@y2016', 'RB01:error', { '5@y2016': 6, '6@y2016': 4 }],
  ['B template self-assessment code (PL8, RB08)', 'tong-ket-pl8', { '3': 'Đạt một phần' }, '3', 'RB08:error', { '3': 'Không đạt' }],
];

describe.each(CASES)('%s', (_kind, id, failing, code, rule, passing) => {
  test('fails on a written and re-read file', async () => {
    expect(rulesOf(await findingsFor(id, failing), code)).toContain(rule);
  });
  test('passes when the figures are right', async () => {
    expect(rulesOf(await findingsFor(id, passing), code)).not.toContain(rule);
  });
});

test('required cells left empty are warned about, only where they apply to the unit', async () => {
  const t = template('dinh-ky');
  const wb = ExcelJsWorkbook.create(ExcelJS);
  const name = await wb.addSheet(renderTemplate(t, { unit: 'UBND xã Bắc Sơn' }));
  const sheet = readTemplateSheet(await wb.readSheet(name), BUILT_IN)!;
  const missing = validateSheet(sheet, t)
    .filter((f) => f.rule === 'THIEU')
    .map((f) => f.code);
  expect(missing).toContain('I.1');
  expect(missing).not.toContain('VII.4.1.1'); // province row
  expect(missing).not.toContain('I.2'); // derived
  expect(missing).not.toContain('I.3'); // group
});

test('rules across tables name their columns (PL4, RB07)', async () => {
  const units = { 'I.P2019@dvsnTinh': 10, 'II.P2019@dvsnHuyen': 20 };
  const fields = { 'III.P2019@gdTinh': 5, 'III.P2019@ytHuyen': 15 };
  const bad = await findingsFor('tong-ket-pl4', { ...units, ...fields, 'III.P2019@khacCqcm': 1 });
  expect(bad.filter((f) => f.rule === 'RB07').map((f) => `${f.code} ${f.severity}`)).toEqual(['III.P2019@gdTinh warning']);
  expect(bad.find((f) => f.rule === 'RB07')!.message).toContain('= 21');
  const good = await findingsFor('tong-ket-pl4', { ...units, ...fields, 'III.P2019@khacCqcm': 10 });
  expect(good.filter((f) => f.rule === 'RB07')).toEqual([]);
});
