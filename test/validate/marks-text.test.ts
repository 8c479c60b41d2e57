import { parseExpr } from '../../src/domain/expr';
import { exprText, side } from '../../src/domain/validate/expr-text';
import type { Finding } from '../../src/domain/validate/finding';
import { marksFor } from '../../src/domain/validate/marks';
import { isCellAddress } from '../../src/domain/sheet/plan';
import { template } from '../support/templates';
import { rowsByCode } from '../../src/domain/catalogue/rows';

const finding = (cell: string, severity: 'error' | 'warning', rule: string): Finding => ({
  sheet: 'Phụ lục',
  cell,
  code: 'I.2',
  rule,
  severity,
  message: `m ${rule}`,
  text: { kind: 'missing', code: 'I.2', label: 'x' },
});

describe('marks: one per cell, the most severe deciding its colour', () => {
  test('warnings alone mark a warning; an error before or after a warning marks an error; every message in order', () => {
    expect(marksFor([finding('E5', 'warning', 'W1'), finding('E5', 'warning', 'W2')])).toEqual([
      { row: 5, col: 5, severity: 'warning', message: '[Cảnh báo W1] m W1\n[Cảnh báo W2] m W2' },
    ]);
    expect(marksFor([finding('E5', 'warning', 'W1'), finding('E5', 'error', 'E1')])[0].severity).toBe('error');
    expect(marksFor([finding('E5', 'error', 'E1'), finding('E5', 'warning', 'W1')])[0].severity).toBe('error');
  });

  test('a finding at an address no sheet has is listed, not marked; columns past Z are placed right', () => {
    expect(marksFor([finding('A0', 'error', 'DOC'), finding('AB12', 'error', 'R1')])).toEqual([
      { row: 12, col: 28, severity: 'error', message: '[Lỗi R1] m R1' },
    ]);
  });
});

describe('expressions as the forms write them', () => {
  test.each([
    ['II.1.1 + II.1.2', 'II.1.1 + II.1.2'],
    ['I.4.1 - I.4.2 - I.4.3', 'I.4.1 − I.4.2 − I.4.3'],
    ['I.2.2 / I.2.1', 'I.2.2/I.2.1'],
    ['I.2.2 * 100', 'I.2.2 × 100'],
    ['max(VII.5.1.3, VII.5.2.3)', 'max(VII.5.1.3; VII.5.2.3)'],
    ['1234.5', '1.234,5'],
  ])('%s reads "%s"', (source, text) => {
    expect(exprText(parseExpr(source))).toBe(text);
  });

  test('one side of a broken comparison: a number as written, or the expression with its value in its row’s kind', () => {
    const rows = rowsByCode(template('dinh-ky'));
    expect(side(parseExpr('5'), 5, rows)).toEqual({ number: 5 });
    expect(side(parseExpr('I.2'), 0.8, rows)).toEqual({ expr: 'I.2', value: { value: 0.8, kind: 'percent' } });
    expect(side(parseExpr('I.2.1 + I.2.2'), 12, rows)).toEqual({ expr: 'I.2.1 + I.2.2', value: { value: 12, kind: 'count' } });
    expect(side(parseExpr('X.9'), 3, rows)).toEqual({ expr: 'X.9', value: { value: 3, kind: 'count' } });
  });
});

describe('an address of a cell of the grid', () => {
  test.each([
    ['A1', true],
    ['E13', true],
    ['XFD1048576', true],
    ['A0', false],
    ['A01', false],
    ['A1048577', false],
    ['XFE1', false],
    ['e13', false],
    ['A', false],
  ])('%s: %s', (a, ok) => {
    expect(isCellAddress(a)).toBe(ok);
  });
});
