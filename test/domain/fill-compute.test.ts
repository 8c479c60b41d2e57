import { computeChangeText, fillOutcomeText } from '../../src/domain/messages/fill-compute';
import { planCompute } from '../../src/domain/compute/plan';
import { parseValuesCsv } from '../../src/domain/fill/csv';
import { planFill } from '../../src/domain/fill/fill';
import { formatCodeCounts, parseCodeCounts } from '../../src/domain/merge/code-counts';
import { colsText, markerText, parseCols, parseMarker } from '../../src/domain/sheet/identity';
import { marksFor } from '../../src/domain/validate/marks';
import { readTemplateSheet } from '../../src/domain/sheet/read';
import { valuesGrid } from '../support/plan-grid';
import { typedSheet } from '../support/typed-sheet';
import { BUILT_IN, template } from '../support/templates';

const T = template('dinh-ky');

describe('values files', () => {
  test('comma, semicolon or tab, quoted fields, a header, a byte-order mark, blank lines', () => {
    expect(parseValuesCsv('\uFEFFcode,value\nI.1,3\r\n\nI.2,"80,5%"\n"I.5.2","Kết ""hợp"""\n')).toEqual([
      { line: 2, code: 'I.1', value: '3' },
      { line: 4, code: 'I.2', value: '80,5%' },
      { line: 5, code: 'I.5.2', value: 'Kết "hợp"' },
    ]);
    expect(parseValuesCsv('mã;giá trị\nVI.1.1;17.465,5\nVI.1.2; 3.598 ')).toEqual([
      { line: 2, code: 'VI.1.1', value: '17.465,5' },
      { line: 3, code: 'VI.1.2', value: '3.598' },
    ]);
    expect(parseValuesCsv('I.1\t3\nI.4.1\t14')).toEqual([
      { line: 1, code: 'I.1', value: '3' },
      { line: 2, code: 'I.4.1', value: '14' },
    ]);
    // A quoted first value holding ";" does not make ";" the delimiter.
    expect(parseValuesCsv('I.6,"Có; tổ chức 2 lần"')).toEqual([{ line: 1, code: 'I.6', value: 'Có; tổ chức 2 lần' }]);
    // An unquoted comma inside a value is kept.
    expect(parseValuesCsv('I.1,1,234')).toEqual([{ line: 1, code: 'I.1', value: '1,234' }]);
    // "code" is a header only on the first line.
    expect(parseValuesCsv('I.1,2\ncode,3')).toEqual([
      { line: 1, code: 'I.1', value: '2' },
      { line: 2, code: 'code', value: '3' },
    ]);
  });
});

describe('fill', () => {
  test('writes each value in its cell, recomputes the formulas, and says why an entry was not written', async () => {
    const sheet = await typedSheet('dinh-ky', {});
    const at = (code: string) => {
      const c = sheet.cells.get(`${code}@value`)!;
      return { row: c.row, col: c.col };
    };
    const { writes, outcomes } = planFill(
      sheet,
      T,
      parseValuesCsv('I.2.1,7\nI.2.2,5\nI.9,1\nI.3,2\nI.4.1,12 nhiệm vụ\nVI.1.1,17.465\nIII.3.1,99%\nI.5.2,Kết hợp\nI.1,—'),
    );
    expect(outcomes.map((o) => [o.line, o.status, fillOutcomeText(o)])).toEqual([
      [1, 'written', `I.2.1 (ô E${at('I.2.1').row}) = 7`],
      [2, 'written', `I.2.2 (ô E${at('I.2.2').row}) = 5`],
      [3, 'unknown-code', 'Dòng 3: mã chỉ tiêu "I.9" không có trong mẫu dinh-ky'],
      [4, 'no-value-cell', 'Dòng 4: I.3 là dòng nhóm, không có số liệu riêng'],
      [5, 'unreadable', `Dòng 5: I.4.1 (ô E${at('I.4.1').row}): "12 nhiệm vụ" không phải là số; có phải là 12?`],
      [
        6,
        'written',
        `Dòng 6: VI.1.1 (ô E${at('VI.1.1').row}) = 17465: dấu chấm trong "17.465" được đọc là dấu ngăn nghìn (17465), không phải dấu thập phân`,
      ],
      [7, 'written', `III.3.1 (ô E${at('III.3.1').row}) = 0.99: thay công thức bằng số liệu báo cáo`],
      [8, 'written', `I.5.2 (ô E${at('I.5.2').row}) = 2`],
      [9, 'written', `I.1 (ô E${at('I.1').row}) = (trống)`],
    ]);
    expect(outcomes.map((o) => fillOutcomeText(o, 'en'))).toEqual([
      `I.2.1 (cell E${at('I.2.1').row}) = 7`,
      `I.2.2 (cell E${at('I.2.2').row}) = 5`,
      'Line 3: indicator code "I.9" is not in template dinh-ky',
      'Line 4: I.3 is a group row, with no figure of its own',
      `Line 5: I.4.1 (cell E${at('I.4.1').row}): "12 nhiệm vụ" is not a number; did you mean 12?`,
      `Line 6: VI.1.1 (cell E${at('VI.1.1').row}) = 17465: the "." in "17.465" is read as a thousands separator (17465), not a decimal point`,
      `III.3.1 (cell E${at('III.3.1').row}) = 0.99: the formula replaced by the reported figure`,
      `I.5.2 (cell E${at('I.5.2').row}) = 2`,
      `I.1 (cell E${at('I.1').row}) = (empty)`,
    ]);
    expect(outcomes[6].replacedFormula).toBe(true);
    expect(outcomes[0].replacedFormula).toBeUndefined();
    const byCell = new Map(writes.map((w) => [`${w.row},${w.col}`, w]));
    const w = (code: string) => byCell.get(`${at(code).row},${at(code).col}`);
    expect(w('I.2.1')).toEqual({ ...at('I.2.1'), value: 7 });
    expect(w('VI.1.1')).toEqual({ ...at('VI.1.1'), value: 17465 });
    expect(w('III.3.1')).toEqual({ ...at('III.3.1'), value: 0.99 });
    expect(w('I.1')).toEqual({ ...at('I.1'), value: null });
    // I.2 keeps its formula, with 5/7 as its result; III.3.1 was typed over: no formula written there.
    expect(w('I.2')).toMatchObject({ ...at('I.2'), formula: sheet.cells.get('I.2@value')!.formula });
    expect(w('I.2')!.result as number).toBeCloseTo(5 / 7, 12);
    expect(w('I.3.2')).toMatchObject({ result: '' });
    expect(w('I.4.1')).toBeUndefined();
  });

  test('a derived cell typed over keeps the figure typed; a part that is not a number leaves its ratio empty', async () => {
    const sheet = await typedSheet('dinh-ky', { 'I.2': 0.8, 'VII.5.3.1': 'nhiều' });
    const at = (code: string) => sheet.cells.get(`${code}@value`)!;
    const { writes } = planFill(sheet, T, parseValuesCsv('I.2.1,7\nI.2.2,5\nVII.5.3.2,6'));
    const w = (code: string) => writes.find((x) => x.row === at(code).row && x.col === at(code).col);
    expect(at('I.2').formula).toBeFalsy();
    expect(w('I.2')).toBeUndefined();
    expect(w('VII.5.3')).toEqual({ row: at('VII.5.3').row, col: at('VII.5.3').col, formula: at('VII.5.3').formula, result: '' });
    // Every write of a formula is to a cell that holds one.
    for (const x of writes.filter((y) => 'formula' in y))
      expect([...sheet.cells.values()].find((c) => c.row === x.row && c.col === x.col)?.formula).toBeTruthy();
  });

  test('in a template of several value columns, a code names its column', async () => {
    const sheet = await typedSheet('tong-ket-pl1', {});
    const { outcomes } = planFill(sheet, template('tong-ket-pl1'), parseValuesCsv('1.1@y2016,3\n1.1,4\n1.1@y2030,5'));
    expect(outcomes.map((o) => o.status)).toEqual(['written', 'unknown-code', 'unknown-code']);
    expect(fillOutcomeText(outcomes[1])).toBe(
      'Dòng 2: không xác định được ô của "1.1" (chỉ tiêu có nhiều cột: ghi 1.1@y2015, 1.1@y2016, 1.1@y2017, 1.1@y2018, 1.1@y2019, 1.1@y2020)',
    );
    expect(fillOutcomeText(outcomes[1], 'en')).toBe(
      'Line 2: cannot tell which cell "1.1" is (the indicator has several columns: write 1.1@y2015, 1.1@y2016, 1.1@y2017, 1.1@y2018, 1.1@y2019, 1.1@y2020)',
    );
    expect(fillOutcomeText(outcomes[2])).toBe(
      'Dòng 3: không xác định được ô của "1.1@y2030" (chỉ tiêu có nhiều cột: ghi 1.1@y2015, 1.1@y2016, 1.1@y2017, 1.1@y2018, 1.1@y2019, 1.1@y2020)',
    );
    // A sheet of another version, with a column the template does not have.
    const y2015 = sheet.cells.get('1.1@y2015')!;
    sheet.cells.set('1.1@y2030', { ...y2015, key: 'y2030', col: 30 });
    const other = planFill(sheet, template('tong-ket-pl1'), parseValuesCsv('1.1@y2030,5')).outcomes[0];
    expect(other.status).toBe('unknown-code');
    expect(fillOutcomeText(other)).toBe('Dòng 1: mẫu tong-ket-pl1 không có cột "y2030" của "1.1@y2030"');
    expect(fillOutcomeText(other, 'en')).toBe('Line 1: template tong-ket-pl1 has no column "y2030" for "1.1@y2030"');
  });
});

describe('compute', () => {
  test('lists only the derived cells that change, old → new, with the formula to restore', async () => {
    // I.2 typed as 80% over its formula for 5/7; VII.5.3 typed right (100% for 6/6); I.3.2 typed 0% over a zero denominator.
    const sheet = await typedSheet('dinh-ky', {
      'I.2': 0.8,
      'I.2.1': 7,
      'I.2.2': 5,
      'VII.5.3': 1,
      'VII.5.3.1': 6,
      'VII.5.3.2': 6,
      'I.3.2': 0,
      'I.3.3': 0,
    });
    const changes = planCompute(sheet, T);
    const byCode = new Map(changes.map((c) => [c.code, c]));
    const i2 = byCode.get('I.2')!;
    expect(i2).toMatchObject({
      oldValue: 0.8,
      oldFormula: null,
      newFormula: sheet.cells.get('I.2.1@value') && expect.stringMatching(/^IF\(OR\(COUNT\(E\d+\)=0,N\(E\d+\)=0\),"",E\d+\/E\d+\)$/),
    });
    expect(i2.newValue).toBeCloseTo(5 / 7, 12);
    expect(computeChangeText(i2)).toBe('I.2: 80% → 71,4% (=I.2.2 / I.2.1)');
    const rowOf = (code: string) => sheet.cells.get(`${code}@value`)!.row;
    expect(i2.newFormula).toBe(`IF(OR(COUNT(E${rowOf('I.2.2')})=0,N(E${rowOf('I.2.1')})=0),"",E${rowOf('I.2.2')}/E${rowOf('I.2.1')})`);
    // Right values typed over formulas still get their formula back.
    expect(computeChangeText(byCode.get('VII.5.3')!)).toBe('VII.5.3: 100%, ghi lại công thức (=VII.5.3.2 / VII.5.3.1)');
    expect(computeChangeText(byCode.get('VII.5.3')!, 'en')).toBe('VII.5.3: 100%, formula restored (=VII.5.3.2 / VII.5.3.1)');
    expect(computeChangeText(byCode.get('I.3.2')!)).toBe('I.3.2: 0% → (trống) (=I.3.3.1 / I.3.3)');
    expect(byCode.get('I.3.2')!.newValue).toBeNull();
    // Cells that still hold their formula and value are not listed.
    expect(byCode.has('VI.1')).toBe(false);
    expect(byCode.has('III.3.1')).toBe(false);
    expect([...byCode.keys()].sort()).toEqual(['I.2', 'I.3.2', 'VII.5.3']);
  });

  test('with plain values, only values that differ are listed, without formulas', async () => {
    const sheet = await typedSheet('dinh-ky', { 'I.2': 0.8, 'I.2.1': 7, 'I.2.2': 5, 'VII.5.3': 1, 'VII.5.3.1': 6, 'VII.5.3.2': 6 });
    const changes = planCompute(sheet, T, true);
    const byCode = new Map(changes.map((c) => [c.code, c]));
    expect(computeChangeText(byCode.get('I.2')!)).toBe('I.2: 80% → 71,4%');
    expect(byCode.get('I.2')!.newFormula).toBeUndefined();
    expect(byCode.has('VII.5.3')).toBe(false);
    // Cells still holding formulas are turned into values.
    expect(byCode.get('VI.1')).toMatchObject({ newValue: null });
    expect(computeChangeText(byCode.get('VI.1')!)).toBe('VI.1: (trống), công thức thay bằng giá trị');
    expect(computeChangeText(byCode.get('VI.1')!, 'en')).toBe('VI.1: (empty), formula replaced by its value');
  });

  test('in English: numbers in English notation, another formula named as such', async () => {
    const sheet = await typedSheet('dinh-ky', { 'I.2': 0.8, 'I.2.1': 7, 'I.2.2': 5, 'I.3.2': 0, 'I.3.3': 0, 'VI.1.1': 17465.5 });
    const byCode = new Map(planCompute(sheet, T).map((c) => [c.code, c]));
    expect(computeChangeText(byCode.get('I.2')!, 'en')).toBe('I.2: 80% → 71.4% (=I.2.2 / I.2.1)');
    expect(computeChangeText(byCode.get('I.3.2')!, 'en')).toBe('I.3.2: 0% → (empty) (=I.3.3.1 / I.3.3)');
    const altered = { ...byCode.get('I.2')!, formulaAltered: true };
    expect(computeChangeText(altered, 'en')).toBe('I.2: another formula → 71.4% (=I.2.2 / I.2.1)');
    expect(computeChangeText(altered)).toBe('I.2: công thức khác → 71,4% (=I.2.2 / I.2.1)');
    const values = new Map(planCompute(sheet, T, true).map((c) => [c.code, c]));
    expect(computeChangeText(values.get('I.2')!, 'en')).toBe('I.2: 80% → 71.4%');
  });
});

describe('answer counts of a consolidated coded row', () => {
  test('are written in the code list’s order and read back', () => {
    const text = formatCodeCounts(
      new Map([
        ['Không', 3],
        ['Khác', 1],
        ['Có', 12],
      ]),
      16,
      ['Có', 'Không'],
    );
    expect(text).toBe('12/16 đơn vị: Có; 3/16 đơn vị: Không; 1/16 đơn vị: Khác');
    expect(parseCodeCounts(text)).toEqual({
      counts: new Map([
        ['Có', 12],
        ['Không', 3],
        ['Khác', 1],
      ]),
      answered: 16,
    });
  });

  test.each(['12/15 đơn vị: Có; 3/16 đơn vị: Không', 'Có', '12/15 đơn vị: Có; ghi chú', ''])('%j is not a count', (text) => {
    expect(parseCodeCounts(text)).toBeUndefined();
  });
});

describe('sheet identity', () => {
  test('the marker and the column map are written and read back', () => {
    expect(markerText({ templateId: 'dinh-ky', version: '1.2.3', unit: 'x', period: 'y' })).toBe('cchc:dinh-ky@1.2.3');
    expect(parseMarker('cchc:dinh-ky@1.2.3 ')).toEqual({ templateId: 'dinh-ky', version: '1.2.3' });
    expect(parseMarker('cchc:Dinh-ky@1.2.3')).toBeUndefined();
    expect(parseMarker('cchc:dinh-ky@1.2')).toBeUndefined();
    expect(parseMarker('dinh-ky@1.2.3')).toBeUndefined();
    expect(parseMarker(5)).toBeUndefined();
    const map = [
      { key: 'y2015', col: 'E' },
      { key: 'y2016', col: 'AA' },
    ];
    expect(colsText(map)).toBe('#cols y2015@E;y2016@AA');
    expect(parseCols(colsText(map))).toEqual(map);
    expect(parseCols('#cols a@E;b@e1;c;d@F')).toEqual([
      { key: 'a', col: 'E' },
      { key: 'd', col: 'F' },
    ]);
    expect(parseCols('cols a@E')).toBeUndefined();
    expect(parseCols(null)).toBeUndefined();
  });
});

describe('a template sheet read by its identity column', () => {
  test('unit and period trimmed, codes trimmed, rows without a code or before the column map left out', () => {
    const grid = valuesGrid([
      ['cchc:dinh-ky@1.0.0'],
      ['  UBND xã Một  '],
      [null],
      ['I.1', null, 4],
      ['#cols value@C'],
      [' I.2.1 ', 'Số nhiệm vụ', 7],
      ['   ', 'Ghi chú', 9],
      [12, 'Số', 3],
      ['I.2.2', 'Số nhiệm vụ đã hoàn thành', 5],
    ]);
    const sheet = readTemplateSheet(grid, BUILT_IN)!;
    expect(sheet.identity).toEqual({ templateId: 'dinh-ky', version: '1.0.0', unit: 'UBND xã Một', period: '' });
    expect(sheet.template?.id).toBe('dinh-ky');
    expect([...sheet.cells.values()].map((c) => [c.code, c.key, c.row, c.col, c.raw])).toEqual([
      ['I.2.1', 'value', 6, 3, 7],
      ['I.2.2', 'value', 9, 3, 5],
    ]);
    expect([...sheet.rowOf]).toEqual([
      ['I.2.1', 6],
      ['I.2.2', 9],
    ]);
  });

  test('a sheet without the marker is none', () => {
    expect(
      readTemplateSheet(valuesGrid([['Phụ lục'], ['UBND xã Một'], [null], ['#cols value@C'], ['I.2.1', null, 7]]), BUILT_IN),
    ).toBeUndefined();
  });
});

describe('marks after a check', () => {
  test('one mark per cell: the most severe finding sets the colour, every message is kept', () => {
    const f = (cell: string, severity: 'error' | 'warning', rule: string, message: string) => ({
      sheet: 'S',
      cell,
      code: 'x',
      rule,
      severity,
      text: { kind: 'missing' as const, code: 'x', label: message },
      message,
    });
    expect(
      marksFor([
        f('E12', 'warning', 'R29', 'một'),
        f('E12', 'error', 'R01', 'hai'),
        f('AA3', 'warning', 'R12', 'ba'),
        f('E12', 'warning', 'R13', 'bốn'),
        // Two warnings stay a warning; an address no sheet has gets no mark.
        f('AA3', 'warning', 'R14', 'năm'),
        f('A0', 'error', 'DOC', 'sáu'),
      ]),
    ).toEqual([
      { row: 12, col: 5, severity: 'error', message: '[Cảnh báo R29] một\n[Lỗi R01] hai\n[Cảnh báo R13] bốn' },
      { row: 3, col: 27, severity: 'warning', message: '[Cảnh báo R12] ba\n[Cảnh báo R14] năm' },
    ]);
  });
});
