import ExcelJS from 'exceljs';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/exceljs-adapter';
import { checkWorkbook } from '../../src/app/check';
import { convertRecognised } from '../../src/app/convert';
import { isInputError } from '../../src/domain/errors';
import { unitReport } from '../../src/domain/merge/unit-report';
import { readTemplateSheet } from '../../src/domain/sheet/read';
import { validateSheet } from '../../src/domain/validate/validate';
import { gridXlsx, handMade, sampleData, type HandMade } from '../support/hand-made';
import { typedSheet } from '../support/typed-sheet';
import { BUILT_IN, template } from '../support/templates';

/** "Chuyển sang mẫu chuẩn": a hand-made sheet written again as the add-in's template beside it, the original kept. */
const T = template('dinh-ky');
const BAC_SON = sampleData('bac-son-2024-Q3.csv');
const HEADING = ['UBND XÃ BẮC SƠN', 'THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH QUÝ III NĂM 2024'];

async function workbookWith(opts: HandMade): Promise<ExcelJsWorkbook> {
  const { grid } = handMade(T, BAC_SON, { heading: HEADING, ...opts });
  return ExcelJsWorkbook.open(ExcelJS, await gridXlsx(grid));
}

test.each<[string, HandMade]>([
  ['the Word form', { columns: ['stt', 'label', 'unit', 'value', 'note'] }],
  ['numbers typed as text, no STT', { columns: ['label', 'value'], numbersAsText: true }],
])('%s: the new sheet holds what Bắc Sơn typed, checked and merged as the same figures typed into the template', async (_, opts) => {
  const wb = await workbookWith(opts);
  const before = await wb.readSheet('Phụ lục');
  const { sheet, outcomes } = await convertRecognised(wb, BUILT_IN, 'Phụ lục');
  expect(await wb.sheetNames()).toEqual(['Phụ lục', sheet]);
  // Every value typed has an outcome, each written (Bắc Sơn's "—" is written as a blank).
  expect(outcomes.filter((o) => o.status !== 'written')).toEqual([]);
  expect(outcomes.length).toBe(BAC_SON.size);
  const converted = readTemplateSheet(await wb.readSheet(sheet), BUILT_IN)!;
  expect([converted.identity.unit, converted.identity.period]).toEqual(['UBND xã Bắc Sơn', '2024-Q3']);
  const clean = await typedSheet('dinh-ky', Object.fromEntries([...BAC_SON].map(([k, v]) => [k, v])), 'UBND xã Bắc Sơn');
  // Warnings about how a value was typed (a share typed as "99,8" without "%", a code as text) stay with the
  // original: the new sheet holds the value as read, a number formatted as a percentage.
  const typing = new Set([T.kindChecks!.percentRange, T.kindChecks!.codeList]);
  const facts = (s: typeof clean) => {
    const r = unitReport('x.xlsx', s);
    const findings = validateSheet(s, T).filter((f) => !(f.severity === 'warning' && typing.has(f.rule)));
    return { values: [...r.values].sort(), findings: findings.map((f) => `${f.rule} ${f.code} ${f.severity}`).sort() };
  };
  expect(facts(converted)).toEqual(facts(clean));
  // The original is kept as it was.
  expect((await wb.readSheet('Phụ lục')).values).toEqual(before.values);
  // Checking the workbook now finds the add-in's sheet and the hand-made one, the latter said to be recognised.
  const checked = await checkWorkbook(wb, BUILT_IN);
  expect(checked.sheets.map((s) => [s.sheet, !!s.recognised])).toEqual([
    ['Phụ lục', true],
    [sheet, false],
  ]);
});

test('a sheet that is no appendix is refused with the reason, and nothing is added', async () => {
  const wb = ExcelJsWorkbook.create(ExcelJS);
  const bytes = await gridXlsx({ name: 'x', values: [['DANH SÁCH CÁN BỘ'], ['STT', 'Họ và tên', 'Chức vụ']], formulas: [], numFmts: [] });
  const book = await ExcelJsWorkbook.open(ExcelJS, bytes);
  const failure = await convertRecognised(book, BUILT_IN, 'Phụ lục').catch((e: unknown) => e);
  expect(isInputError(failure) && failure.problem).toEqual({ code: 'sheet-not-recognised', sheet: 'Phụ lục' });
  expect(await book.sheetNames()).toEqual(['Phụ lục']);
  expect(await wb.sheetNames()).toEqual([]);
});
