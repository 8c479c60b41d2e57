import { damageText, limitText, type Damage, type Limit } from '../../src/domain/messages/damage';
import { readProblemText, severityText, shownText, type ReadProblem } from '../../src/domain/messages/findings';
import type { Lang } from '../../src/domain/messages/lang';
import { internalErrorText, problemText, type Problem } from '../../src/domain/messages/problems';
import {
  notRecognisedText,
  ownSheetText,
  recognisedAsText,
  recognisedFileText,
  recognitionCountsText,
  tiedRowText,
  unmatchedRowText,
} from '../../src/domain/messages/recognition';

/**
 * Every message says what it is about, in either language: each fact given (file, sheet, part,
 * count) is in the sentence, the Vietnamese one is Vietnamese and the English one English. The
 * samples are typed by code, so a new problem or damage without a sample does not compile.
 */

const VIETNAMESE = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i;

/** The sentence without the facts and what it quotes: names of units, sheets and the form's own headings stay as they are. */
const ownWords = (text: string, facts: readonly (string | number)[]) =>
  facts
    .reduce<string>((t, fact) => t.split(String(fact)).join(''), text)
    .replace(/"[^"]*"/g, '')
    .replace(/\([^)]*\)/g, '');

function inBothLanguages(text: (lang: Lang) => string, facts: readonly (string | number)[]): void {
  const vi = text('vi');
  const en = text('en');
  for (const fact of facts) {
    expect(vi).toContain(String(fact));
    expect(en).toContain(String(fact));
  }
  expect(vi).toMatch(VIETNAMESE);
  expect(ownWords(en, facts)).not.toMatch(VIETNAMESE);
  expect(ownWords(en, facts)).toMatch(/\b[a-z]{4,}\b/i);
  expect(en).not.toBe(vi);
}

const PROBLEMS: { [C in Problem['code']]: [Extract<Problem, { code: C }>, ...(string | number)[]] } = {
  'file-unreadable': [{ code: 'file-unreadable', file: 'xa-a.xlsx' }, 'xa-a.xlsx'],
  'file-xlsm': [{ code: 'file-xlsm', file: 'xa-a.xlsm' }, 'xa-a.xlsm', '.xlsx'],
  'file-xls': [{ code: 'file-xls', file: 'xa-a.xls' }, 'xa-a.xls', '.xlsx'],
  'file-not-xlsx': [{ code: 'file-not-xlsx', file: 'xa-a.pdf' }, 'xa-a.pdf', '.xlsx'],
  'file-ods': [{ code: 'file-ods', file: 'xa-a.ods' }, 'xa-a.ods', '.ods', '.xlsx'],
  'file-needs-converter': [{ code: 'file-needs-converter', file: 'xa-a.xls', format: 'xls' }, 'xa-a.xls', '(.xls)', 'LibreOffice'],
  'file-not-converted': [{ code: 'file-not-converted', file: 'xa-a.ods', format: 'ods' }, 'xa-a.ods', '(.ods)', 'LibreOffice'],
  'file-corrupt': [
    { code: 'file-corrupt', file: 'xa-a.xlsx', damage: { reason: 'entry-crc', part: 'xl/styles.xml' } },
    'xa-a.xlsx',
    'xl/styles.xml',
    'CRC',
  ],
  'file-limit': [
    { code: 'file-limit', file: 'xa-a.xlsx', limit: 'part-size', max: 200 * 1024 * 1024, part: 'xl/worksheets/sheet1.xml' },
    'xa-a.xlsx',
    '200 MiB',
    'xl/worksheets/sheet1.xml',
  ],
  'file-not-written': [{ code: 'file-not-written', file: 'tong-hop.xlsx', reason: 'busy' }, 'tong-hop.xlsx', 'Excel'],
  'download-failed': [{ code: 'download-failed', file: 'xa-a.xlsx', status: 404 }, 'xa-a.xlsx', 404],
  'values-unreadable': [{ code: 'values-unreadable', file: 'so-lieu.csv' }, 'so-lieu.csv'],
  'values-empty': [{ code: 'values-empty', file: 'so-lieu.csv' }, 'so-lieu.csv'],
  'values-many-units': [
    { code: 'values-many-units', file: 'so-lieu.csv', units: ['Xa 1', 'Xa 2'], unit: 'Xa 3' },
    'so-lieu.csv',
    2,
    'Xa 1, Xa 2',
    'Xa 3',
  ],
  'out-is-source': [{ code: 'out-is-source', file: 'ket-qua.xlsx', source: 'nhan/xa-a.xlsx' }, 'ket-qua.xlsx', 'nhan/xa-a.xlsx'],
  'out-extension': [{ code: 'out-extension', file: 'tong-hop.csv', extension: 'xlsx' }, 'tong-hop.csv', '.xlsx', 'Excel'],
  // 3 MiB: no other count of bytes or KiB ends in "3 MiB".
  'input-too-large': [{ code: 'input-too-large', file: 'so-lieu.csv', max: 3 * 1024 * 1024 }, 'so-lieu.csv', ' 3 MiB'],
  'text-encoding': [{ code: 'text-encoding', file: 'so-lieu.csv', encoding: 'utf-16' }, 'so-lieu.csv', 'UTF-16', 'UTF-8'],
  'cells-unreadable': [
    { code: 'cells-unreadable', file: 'xa-a.xlsx', cells: ['Biểu 1!A0', 'Biểu 1!e12'] },
    'xa-a.xlsx',
    2,
    'Biểu 1!A0, Biểu 1!e12',
  ],
  'unit-of-unknown-file': [{ code: 'unit-of-unknown-file', file: 'Bac Son.xlsx' }, 'Bac Son.xlsx', '--unit-of'],
  'converter-missing': [
    { code: 'converter-missing', file: 'xa-a.xls', program: '/opt/lo/soffice' },
    'xa-a.xls',
    'CCHC_SOFFICE',
    '/opt/lo/soffice',
    'LibreOffice',
  ],
  'converter-stopped': [
    { code: 'converter-stopped', seconds: 120, files: ['xa-a.xls', 'xa-b.ods'] },
    'LibreOffice',
    120,
    'xa-a.xls, xa-b.ods',
    2,
  ],
  'folder-empty': [{ code: 'folder-empty', folder: 'bao-cao' }, 'bao-cao'],
  'units-unreadable': [{ code: 'units-unreadable', file: 'don-vi.xlsx' }, 'don-vi.xlsx'],
  'sheet-missing': [{ code: 'sheet-missing', sheet: 'PL1', file: 'xa-a.xlsx' }, 'PL1', 'xa-a.xlsx'],
  'sheet-template-unknown': [
    { code: 'sheet-template-unknown', file: 'xa-a.xlsx', sheet: 'PL1', template: 'mau-la' },
    'xa-a.xlsx',
    'PL1',
    'mau-la',
  ],
  'sheet-row-missing': [{ code: 'sheet-row-missing', sheet: 'PL1', row: 'I.2.1' }, 'PL1', 'I.2.1'],
  'sheet-password': [{ code: 'sheet-password', sheet: 'PL1' }, 'PL1'],
  'sheet-not-recognised': [{ code: 'sheet-not-recognised', sheet: 'Sheet1' }, 'Sheet1', 3],
  'no-template-sheet': [{ code: 'no-template-sheet', file: 'xa-a.xlsx', looked: 4 }, 'xa-a.xlsx', 4],
  'template-unknown': [
    { code: 'template-unknown', template: 'mau-la', known: ['dinh-ky', 'tong-ket-pl1'] },
    'mau-la',
    'dinh-ky, tong-ket-pl1',
  ],
  'template-invalid': [{ code: 'template-invalid', template: 'mau-la', detail: 'rows: required' }, 'mau-la', 'rows: required'],
  'targets-invalid': [{ code: 'targets-invalid', source: 'muc-tieu.json', detail: 'id: required' }, 'muc-tieu.json', 'id: required'],
  'targets-unreadable': [{ code: 'targets-unreadable', file: 'muc-tieu.json' }, 'muc-tieu.json', 'JSON', 'README'],
  'deadlines-invalid': [{ code: 'deadlines-invalid', file: 'han-nop.json', detail: 'due: required' }, 'han-nop.json', 'due: required'],
  'deadlines-unreadable': [{ code: 'deadlines-unreadable', file: 'han-nop.json' }, 'han-nop.json', 'JSON', 'README'],
  'previous-not-consolidation': [{ code: 'previous-not-consolidation', file: 'ky-truoc.xlsx' }, 'ky-truoc.xlsx', 'Chi tiết theo đơn vị'],
  'previous-other-template': [
    { code: 'previous-other-template', file: 'ky-truoc.xlsx', template: 'tong-ket-pl1', expected: 'dinh-ky' },
    'ky-truoc.xlsx',
    'tong-ket-pl1',
    'dinh-ky',
  ],
  'succession-unreadable': [{ code: 'succession-unreadable', file: 'sap-xep.csv' }, 'sap-xep.csv'],
  'period-invalid': [{ code: 'period-invalid', text: 'quy 3' }, 'quy 3', '2024-Q3', '2024-H1', '2024'],
  'merge-no-files': [{ code: 'merge-no-files' }],
  'merge-nothing-readable': [{ code: 'merge-nothing-readable' }, 'CCHC'],
  usage: [{ code: 'usage', usage: 'cchc merge <folder>' }, 'cchc merge <folder>'],
  'command-unknown': [{ code: 'command-unknown', command: 'gop', usage: 'cchc merge <folder>' }, 'gop', 'cchc merge <folder>'],
  'option-unknown': [{ code: 'option-unknown', option: '--ouput', usage: 'cchc merge <folder>' }, '--ouput', 'cchc merge <folder>'],
  'option-value-missing': [{ code: 'option-value-missing', option: '--out', usage: 'cchc merge <folder>' }, '--out', 'cchc merge <folder>'],
  'option-takes-no-value': [
    { code: 'option-takes-no-value', option: '--json', usage: 'cchc merge <folder>' },
    '--json',
    'cchc merge <folder>',
  ],
  'argument-unexpected': [{ code: 'argument-unexpected', argument: 'b.xlsx', usage: 'cchc fill <file>' }, 'b.xlsx', 'cchc fill <file>'],
};

describe('problems with the input', () => {
  test.each(Object.entries(PROBLEMS))('%s', (_, [problem, ...facts]) => {
    inBothLanguages((lang) => problemText(problem, lang), facts);
  });

  test('each encoding a text file cannot be read in is its own sentence; many unreadable cells are counted past the tenth', () => {
    for (const lang of ['vi', 'en'] as const) {
      const [utf16, other] = (['utf-16', 'not-utf8'] as const).map((encoding) =>
        problemText({ code: 'text-encoding', file: 'a.csv', encoding }, lang),
      );
      expect(utf16).toContain('UTF-16');
      expect(other).not.toContain('UTF-16');
      expect(other).toContain('Windows-1258');
    }
    const cells = Array.from({ length: 12 }, (_, i) => `PL!E${i + 1}`);
    expect(problemText({ code: 'cells-unreadable', file: 'a.xlsx', cells })).toContain('PL!E10 và 2 ô khác');
    expect(problemText({ code: 'cells-unreadable', file: 'a.xlsx', cells }, 'en')).toContain('PL!E10 and 2 more cells');
  });

  test('each reason a file cannot be written is its own', () => {
    const reasons = ['no-folder', 'no-permission', 'is-folder', 'no-space', 'busy', 'other'] as const;
    for (const lang of ['vi', 'en'] as const) {
      const texts = reasons.map((reason) => problemText({ code: 'file-not-written', file: 'a.xlsx', reason }, lang));
      expect(new Set(texts).size).toBe(reasons.length);
    }
  });

  test('many units in a values file: five named, then "…"', () => {
    const units = ['Xa 1', 'Xa 2', 'Xa 3', 'Xa 4', 'Xa 5', 'Xa 6'];
    const vi = problemText({ code: 'values-many-units', file: 'v.csv', units, unit: '' });
    expect(vi).toContain('6 đơn vị (Xa 1, Xa 2, Xa 3, Xa 4, Xa 5, …)');
    expect(vi).toContain('không có của đơn vị ghi trên trang mẫu (trang không ghi đơn vị)');
    const en = problemText({ code: 'values-many-units', file: 'v.csv', units: units.slice(0, 5), unit: '' }, 'en');
    expect(en).toContain('5 units (Xa 1, Xa 2, Xa 3, Xa 4, Xa 5)');
    expect(en).toContain('none of the unit of the template sheet (the sheet names none)');
  });

  test('many units in a values file, both languages: five named in full, six cut after the fifth; the unit asked for named', () => {
    const units = ['Xa 1', 'Xa 2', 'Xa 3', 'Xa 4', 'Xa 5', 'Xa 6'];
    const many = (n: number, lang: Lang) =>
      problemText({ code: 'values-many-units', file: 'v.csv', units: units.slice(0, n), unit: 'Xa 9' }, lang);
    expect(many(5, 'vi')).toBe(
      'Tệp "v.csv" có số liệu của 5 đơn vị (Xa 1, Xa 2, Xa 3, Xa 4, Xa 5) nhưng không có của Xa 9: hãy tạo mẫu cho đúng đơn vị (--unit) hoặc dùng tệp của một đơn vị.',
    );
    expect(many(6, 'en')).toBe(
      '"v.csv" holds figures of 6 units (Xa 1, Xa 2, Xa 3, Xa 4, Xa 5, …) but none of Xa 9: write the template for the right unit (--unit) or use a file of one unit.',
    );
  });

  test('a damaged file and a file past a bound, the damage and the bound in the sentence’s language', () => {
    const damage: Damage = { reason: 'entry-crc', part: 'xl/styles.xml' };
    expect(problemText({ code: 'file-corrupt', file: 'a.xlsx', damage })).toBe(
      `Tệp "a.xlsx" bị hỏng hoặc không đúng định dạng .xlsx (${damageText(damage, 'vi')}).`,
    );
    expect(damageText(damage, 'vi')).toMatch(/^phần xl\/styles\.xml /);
    expect(problemText({ code: 'file-limit', file: 'a.xlsx', limit: 'file-size', max: 100 * 1024 * 1024 })).toBe(
      'Tệp "a.xlsx" không được đọc: tệp lớn hơn 100 MiB.',
    );
    expect(problemText({ code: 'file-limit', file: 'a.xlsx', limit: 'file-size', max: 100 * 1024 * 1024 }, 'en')).toBe(
      '"a.xlsx" is not read: the file is larger than 100 MiB.',
    );
  });

  test('a sheet missing from no file named; a damaged file with no damage known', () => {
    expect(problemText({ code: 'sheet-missing', sheet: 'PL1' })).toBe('Không có trang tính "PL1".');
    expect(problemText({ code: 'sheet-missing', sheet: 'PL1' }, 'en')).toBe('There is no sheet "PL1".');
    expect(problemText({ code: 'file-corrupt', file: 'a.xlsx' })).toBe('Tệp "a.xlsx" bị hỏng hoặc không đúng định dạng .xlsx.');
    expect(problemText({ code: 'file-corrupt', file: 'a.xlsx' }, 'en')).toBe('"a.xlsx" is damaged or not a valid .xlsx file.');
  });

  test('no template sheet: the sheet named, the sheets counted, or neither', () => {
    expect(problemText({ code: 'no-template-sheet', file: 'a.xlsx', sheet: 'PL1' })).toBe(
      'Tệp "a.xlsx" không có trang tính nào được tạo từ mẫu CCHC (trang "PL1").',
    );
    expect(problemText({ code: 'no-template-sheet', file: 'a.xlsx', sheet: 'PL1' }, 'en')).toBe(
      '"a.xlsx" has no sheet made from a CCHC template (sheet "PL1").',
    );
    expect(problemText({ code: 'no-template-sheet', file: 'a.xlsx', looked: 0 })).toBe(
      'Tệp "a.xlsx" không có trang tính nào được tạo từ mẫu CCHC (đã xem 0 trang).',
    );
    expect(problemText({ code: 'no-template-sheet', file: 'a.xlsx', looked: 2 }, 'en')).toBe(
      '"a.xlsx" has no sheet made from a CCHC template (2 sheets looked at).',
    );
    expect(problemText({ code: 'no-template-sheet', file: 'a.xlsx' }, 'en')).toBe('"a.xlsx" has no sheet made from a CCHC template.');
  });

  test('an internal error says it is the add-in’s, with its detail', () => {
    inBothLanguages((lang) => internalErrorText('TypeError: x is undefined', lang), ['TypeError: x is undefined']);
    expect(internalErrorText('boom')).toMatch(/^Lỗi nội bộ của phần mềm/);
  });
});

const DAMAGES: { [R in Damage['reason']]: [Extract<Damage, { reason: R }>, ...(string | number)[]] } = {
  'no-directory': [{ reason: 'no-directory' }],
  'directory-damaged': [{ reason: 'directory-damaged' }],
  'workbook-missing': [{ reason: 'workbook-missing' }, 'xl/workbook.xml'],
  encrypted: [{ reason: 'encrypted', part: 'xl/sharedStrings.xml' }, 'xl/sharedStrings.xml'],
  'entry-damaged': [{ reason: 'entry-damaged', part: 'xl/styles.xml' }, 'xl/styles.xml'],
  'entry-truncated': [{ reason: 'entry-truncated', part: 'xl/styles.xml' }, 'xl/styles.xml'],
  'entry-method': [{ reason: 'entry-method', part: 'xl/styles.xml', method: 14 }, 'xl/styles.xml', '(14)'],
  'entry-inflate': [{ reason: 'entry-inflate', part: 'xl/styles.xml' }, 'xl/styles.xml'],
  'entry-crc': [{ reason: 'entry-crc', part: 'xl/styles.xml' }, 'xl/styles.xml', 'CRC'],
  'entry-duplicate': [{ reason: 'entry-duplicate', part: 'xl/styles.xml' }, 'xl/styles.xml'],
  'entry-overlap': [{ reason: 'entry-overlap', part: 'xl/styles.xml' }, 'xl/styles.xml'],
  'not-utf8': [{ reason: 'not-utf8', part: 'xl/styles.xml' }, 'xl/styles.xml', 'UTF-8'],
  doctype: [{ reason: 'doctype', part: 'xl/styles.xml' }, 'xl/styles.xml', 'DOCTYPE'],
  'cells-damaged': [{ reason: 'cells-damaged', count: 1000 }, 1000],
  'sheet-unfinished': [{ reason: 'sheet-unfinished', sheet: 'PL1' }, '"PL1"'],
};

describe('damage found in a received archive', () => {
  test.each(Object.entries(DAMAGES))('%s', (_, [damage, ...facts]) => {
    inBothLanguages((lang) => damageText(damage, lang), facts);
  });

  test('each damage is told apart', () => {
    for (const lang of ['vi', 'en'] as const) {
      const texts = Object.values(DAMAGES).map(([d]) => damageText(d, lang));
      expect(new Set(texts).size).toBe(texts.length);
    }
  });
});

describe('the bounds a read keeps', () => {
  const MIB = 1024 * 1024;
  const LIMITS: [Limit, number, string, string][] = [
    ['file-size', 100 * MIB, '100 MiB', '100 MiB'],
    ['entries', 10000, '10.000', '10,000'],
    ['part-size', 200 * MIB, '200 MiB', '200 MiB'],
    ['total-size', 500 * MIB, '500 MiB', '500 MiB'],
    ['ratio', 1000, '1.000', '1,000'],
    ['cells', 2000000, '2.000.000', '2,000,000'],
    ['area', 50000000, '50.000.000', '50,000,000'],
    ['strings', 1000000, '1.000.000', '1,000,000'],
    ['string-length', 32767, '32.767', '32,767'],
  ];

  test.each(LIMITS)('%s: the bound as each language writes it', (limit, max, vi, en) => {
    expect(limitText(limit, max, 'vi')).toContain(vi);
    expect(limitText(limit, max, 'en')).toContain(en);
    inBothLanguages((lang) => limitText(limit, max, lang), []);
  });

  test('the part is named where one is given and the bound is a part’s', () => {
    expect(limitText('ratio', 1000, 'vi', 'xl/worksheets/sheet1.xml')).toMatch(/\(ở xl\/worksheets\/sheet1\.xml\)$/);
    expect(limitText('part-size', 200 * MIB, 'en', 'xl/worksheets/sheet1.xml')).toMatch(/\(in xl\/worksheets\/sheet1\.xml\)$/);
    expect(limitText('part-size', 200 * MIB, 'en')).toBe('a part inflates to more than 200 MiB');
  });

  test('each bound is told apart', () => {
    for (const lang of ['vi', 'en'] as const) {
      const texts = LIMITS.map(([limit]) => limitText(limit, 7, lang));
      expect(new Set(texts).size).toBe(LIMITS.length);
    }
  });
});

describe('what recognition says of a sheet typed by hand', () => {
  const found = { sheet: 'Sheet1', template: 'dinh-ky', version: '2024.1', unit: 'UBND xã Ba', period: '2024-Q3' };

  test('the template, version, unit and period recognised', () => {
    inBothLanguages((lang) => recognisedAsText(found, lang), ['"Sheet1"', 'dinh-ky', '2024.1', 'UBND xã Ba', '2024-Q3']);
    expect(recognisedAsText({ ...found, unit: '', period: '' })).toBe(
      'Trang "Sheet1": nhận dạng là mẫu dinh-ky (phiên bản 2024.1); đơn vị: (không ghi, cần cho biết); kỳ: (không ghi, cần cho biết)',
    );
    expect(recognisedAsText({ ...found, unit: '', period: '' }, 'en')).toBe(
      'Sheet "Sheet1": recognised as template dinh-ky (version 2024.1); unit: (not named: to be given); period: (not named: to be given)',
    );
  });

  test('a received file’s table, its period or the merge’s', () => {
    inBothLanguages((lang) => recognisedFileText(found, lang), ['dinh-ky', '2024.1', '2024-Q3']);
    expect(recognisedFileText({ ...found, period: '' })).toBe(
      'bảng tự lập, nhận dạng là mẫu dinh-ky (phiên bản 2024.1); kỳ: (không ghi, tính là kỳ tổng hợp)',
    );
    expect(recognisedFileText({ ...found, period: '' }, 'en')).toBe(
      'a hand-made table, recognised as template dinh-ky (version 2024.1); period: (not named: taken as the merge’s)',
    );
  });

  test('the counts, the confidence rounded down', () => {
    const counts = { tied: 118, unmatched: 2, missing: 3, confidence: 0.957 };
    expect(recognitionCountsText(counts)).toBe(
      '118 dòng nhận ra (độ tin cậy thấp nhất 95%), 2 dòng không nhận ra, thiếu 3 chỉ tiêu của mẫu',
    );
    expect(recognitionCountsText(counts, 'en')).toBe(
      '118 rows recognised (lowest confidence 95%), 2 not recognised, 3 indicators of the template missing',
    );
  });

  test('a row tied, by label or by STT and label', () => {
    expect(tiedRowText({ code: 'I.2.1', confidence: 0.9, by: 'label' })).toBe('→ I.2.1 (90%, theo tên)');
    expect(tiedRowText({ code: 'I.2.1', confidence: 1, by: 'stt+label' })).toBe('→ I.2.1 (100%, theo STT và tên)');
    expect(tiedRowText({ code: 'I.2.1', confidence: 0.9, by: 'label' }, 'en')).toBe('→ I.2.1 (90%, by its label)');
    expect(tiedRowText({ code: 'I.2.1', confidence: 1, by: 'stt+label' }, 'en')).toBe('→ I.2.1 (100%, by its STT and label)');
  });

  test('a row not tied, with its closest indicator if any, its label cut at 60 characters', () => {
    const long = 'Số hồ sơ '.repeat(10);
    expect(unmatchedRowText({ label: 'Ghi chú', closest: { code: 'I.2', similarity: 0.41 } })).toBe(
      '✗ "Ghi chú" không nhận ra là chỉ tiêu nào; gần nhất: I.2 (41%)',
    );
    expect(unmatchedRowText({ label: 'Ghi chú', closest: { code: 'I.2', similarity: 0.41 } }, 'en')).toBe(
      '✗ "Ghi chú" is not any indicator; closest: I.2 (41%)',
    );
    expect(unmatchedRowText({ label: long })).toBe(`✗ "${long.slice(0, 60)}" không nhận ra là chỉ tiêu nào`);
    expect(unmatchedRowText({ label: long }, 'en')).toBe(`✗ "${long.slice(0, 60)}" is not any indicator`);
  });

  test('a sheet of no template, and a sheet the add-in wrote', () => {
    inBothLanguages((lang) => notRecognisedText('Sheet2', lang), ['"Sheet2"']);
    inBothLanguages((lang) => ownSheetText('PL1', 'tong-ket-pl1', lang), ['"PL1"', 'tong-ket-pl1']);
  });
});

describe('a value that cannot be read, and how values are shown', () => {
  const PROBLEMS_READ: [ReadProblem, ...(string | number)[]][] = [
    [{ code: 'logical', raw: 'TRUE' }, '"TRUE"'],
    [{ code: 'not-number', raw: '12 hồ sơ', suggestion: 12 }, '"12 hồ sơ"', '12?'],
    [{ code: 'percent-not-allowed', raw: '80%' }, '"80%"'],
    [{ code: 'not-a-code', raw: 'Có lẽ', codes: '1 = Có, 2 = Không' }, '"Có lẽ"', '(1 = Có, 2 = Không)'],
    [{ code: 'damaged', ref: 'XFE9', damage: 'address' }, '"XFE9"'],
    [{ code: 'damaged', ref: 'E12', damage: 'string-index', raw: '907' }, 'E12', '907'],
    [{ code: 'damaged', ref: 'E12', damage: 'number', raw: '1e999' }, 'E12', '"1e999"'],
    [{ code: 'damaged', ref: 'E12', damage: 'unclosed' }, 'E12'],
  ];

  test.each(PROBLEMS_READ)('%j', (problem, ...facts) => {
    inBothLanguages((lang) => readProblemText(problem, lang), facts);
  });

  test('a text that is no number, with no number seen in it', () => {
    expect(readProblemText({ code: 'not-number', raw: 'nhiều' })).toBe('"nhiều" không phải là số');
    expect(readProblemText({ code: 'not-number', raw: 'nhiều' }, 'en')).toBe('"nhiều" is not a number');
  });

  test('each damage of a cell is told apart', () => {
    for (const lang of ['vi', 'en'] as const) {
      const texts = PROBLEMS_READ.filter(([p]) => p.code === 'damaged').map(([p]) => readProblemText(p, lang));
      expect(new Set(texts).size).toBe(4);
    }
  });

  test('values by kind in each language’s notation; severities', () => {
    expect(
      [0.714, 1234.5, null, 'Có'].map((value) =>
        shownText({ value, kind: typeof value === 'number' && value < 1 ? 'percent' : 'count' }, 'vi'),
      ),
    ).toEqual(['71,4%', '1.234,5', '(trống)', '"Có"']);
    expect(
      [0.714, 1234.5, null].map((value) => shownText({ value, kind: value !== null && value < 1 ? 'percent' : 'count' }, 'en')),
    ).toEqual(['71.4%', '1,234.5', '(empty)']);
    expect([severityText('error'), severityText('warning'), severityText('error', 'en'), severityText('warning', 'en')]).toEqual([
      'Lỗi',
      'Cảnh báo',
      'Error',
      'Warning',
    ]);
  });
});
