import { evaluate, evaluateComparison, parseComparison, parseExpr, refsOf, toExcel } from '../../src/domain/expr';

const values: Record<string, number | null> = { 'I.2.1': 7, 'I.2.2': 5, 'VI.2.2': 1, 'VI.2.3': null, '1.1': 4, '1.2': 6, zero: 0 };
const get = (c: string) => (c in values ? values[c] : null);

describe('expression model', () => {
  test('parses bare roman references and bracketed ones', () => {
    expect(refsOf(parseExpr('I.2.2 / I.2.1'))).toEqual(['I.2.2', 'I.2.1']);
    expect(refsOf(parseExpr('[1.1] + [1.2] - max([A.I.1], 2)'))).toEqual(['1.1', '1.2', 'A.I.1']);
  });

  test('each code read is named once, in order of first appearance, through products and quotients', () => {
    expect(refsOf(parseExpr('I.1 * I.2 + I.3 / I.1 - 2 * I.2'))).toEqual(['I.1', 'I.2', 'I.3']);
  });

  test('a ratio is the quotient, blank on a zero or blank denominator', () => {
    expect(evaluate(parseExpr('I.2.2 / I.2.1'), get)).toBeCloseTo(5 / 7, 12);
    expect(evaluate(parseExpr('I.2.2 / [zero]'), get)).toBeNull();
    expect(evaluate(parseExpr('I.2.2 / VI.2.3'), get)).toBeNull();
  });

  test('a sum skips blanks and is blank only when every term is', () => {
    expect(evaluate(parseExpr('VI.2.2 + VI.2.3'), get)).toBe(1);
    expect(evaluate(parseExpr('VI.2.3 + VI.2.3'), get)).toBeNull();
    expect(evaluate(parseExpr('[1.2] - [1.1] * 2'), get)).toBe(-2);
  });

  test('precedence and parentheses', () => {
    expect(evaluate(parseExpr('([1.1] + [1.2]) / 2'), get)).toBe(5);
    expect(evaluate(parseExpr('[1.1] + [1.2] / 2'), get)).toBe(7);
  });

  test('division and multiplication bind tighter than addition, and associate to the left', () => {
    // [1.1] = 4, [1.2] = 6: worked out by hand.
    expect(evaluate(parseExpr('[1.1] / [1.2] + 2'), get)).toBeCloseTo(4 / 6 + 2, 12);
    expect(evaluate(parseExpr('2 + [1.1] / [1.2]'), get)).toBeCloseTo(2 + 4 / 6, 12);
    expect(evaluate(parseExpr('[1.2] - [1.1] - 1'), get)).toBe(1);
    expect(evaluate(parseExpr('[1.2] / [1.1] / 3'), get)).toBeCloseTo(0.5, 12);
    expect(evaluate(parseExpr('[1.2] * [1.1] / 3'), get)).toBe(8);
    expect(evaluate(parseExpr('-[1.1] + [1.2]'), get)).toBe(2);
    expect(evaluate(parseExpr('[1.2] - ([1.1] - 1)'), get)).toBe(3);
  });

  test('products and functions: blanks', () => {
    expect(evaluate(parseExpr('[1.1] * VI.2.3'), get)).toBeNull();
    expect(evaluate(parseExpr('VI.2.3 * [1.1]'), get)).toBeNull();
    expect(evaluate(parseExpr('[1.1] * 0.5'), get)).toBe(2);
    expect(evaluate(parseExpr('max([1.1], VI.2.3, [1.2])'), get)).toBe(6);
    expect(evaluate(parseExpr('min([1.1], VI.2.3, [1.2])'), get)).toBe(4);
    expect(evaluate(parseExpr('max(VI.2.3, VI.2.3)'), get)).toBeNull();
    expect(evaluate(parseExpr('VI.2.3 / [1.1]'), get)).toBeNull();
    expect(evaluate(parseExpr('[zero] / [1.1]'), get)).toBe(0);
  });

  test.each([
    // [comparison, holds] with [1.1] = 4, [1.2] = 6, I.2.2 = 5
    ['[1.1] <= [1.1]', true],
    ['[1.1] <= I.2.2', true],
    ['I.2.2 <= [1.1]', false],
    ['[1.1] < [1.1]', false],
    ['[1.1] < I.2.2', true],
    ['[1.1] >= [1.1]', true],
    ['[1.1] >= I.2.2', false],
    ['I.2.2 >= [1.1]', true],
    ['[1.1] > [1.1]', false],
    ['I.2.2 > [1.1]', true],
    ['[1.1] = [1.1]', true],
    ['[1.1] = I.2.2', false],
    ['[1.1] + 1 = I.2.2', true],
    ['[1.1] <> [1.1]', false],
    ['[1.1] <> I.2.2', true],
    ['0.1 + 0.2 = 0.3', true],
    ['0.1 + 0.2 <> 0.3', false],
    ['0.3 < 0.1 + 0.2', false],
  ] as const)('%s is %s', (src, holds) => {
    expect(evaluateComparison(parseComparison(src), get).holds).toBe(holds);
  });

  test('a comparison allows a tolerance', () => {
    expect(evaluateComparison(parseComparison('[1.1] = I.2.2'), get, 1).holds).toBe(true);
    expect(evaluateComparison(parseComparison('[1.1] = [1.2]'), get, 1).holds).toBe(false);
  });

  test('syntax errors name the expression', () => {
    expect(() => parseExpr('I.2.2 /')).toThrow('Biểu thức "I.2.2 /"');
    expect(() => parseExpr('foo(I.1)')).toThrow('hàm "foo"');
    expect(() => parseComparison('I.2.2')).toThrow('thiếu phép so sánh');
    expect(() => parseExpr('(I.2.2 + 1')).toThrow('thiếu ")"');
    expect(() => parseExpr('I.2.2 I.2.1')).toThrow('thừa phần cuối');
    expect(() => parseComparison('I.2.2 < 1 1')).toThrow('thừa phần cuối');
    expect(() => parseExpr('I.2.2 # 2')).toThrow('không hiểu ký tự ở vị trí 7');
    expect(() => parseExpr('* 2')).toThrow('không mong đợi "*"');
  });

  test('comparison chains report the failing link and skip blanks', () => {
    const ok = evaluateComparison(parseComparison('I.2.2 <= I.2.1'), get);
    expect(ok.holds).toBe(true);
    const bad = evaluateComparison(parseComparison('[1.1] <= I.2.2 <= [1.1]'), get);
    expect(bad).toMatchObject({ holds: false, failedAt: 1, values: [4, 5, 4] });
    expect(evaluateComparison(parseComparison('VI.2.3 <= I.2.1'), get).holds).toBeNull();
  });

  test('Excel formulas keep the blank semantics', () => {
    const addr = (c: string) => ({ 'I.2.1': 'E9', 'I.2.2': 'E10', 'VI.2.2': 'E80', 'VI.2.3': 'E81' })[c]!;
    expect(toExcel(parseExpr('I.2.2 / I.2.1'), addr)).toBe('IF(OR(COUNT(E10)=0,N(E9)=0),"",E10/E9)');
    expect(toExcel(parseExpr('VI.2.2 + VI.2.3'), addr)).toBe('IF(COUNT(E80,E81)=0,"",SUM(E80,E81))');
    expect(toExcel(parseExpr('VI.2.2 - VI.2.3'), addr)).toBe('IF(COUNT(E80,E81)=0,"",N(E80)-N(E81))');
    expect(toExcel(parseExpr('I.2.1 * I.2.2'), addr)).toBe('IF(COUNT(E9,E10)<2,"",E9*E10)');
    expect(toExcel(parseExpr('max(I.2.1, I.2.2)'), addr)).toBe('IF(COUNT(E9,E10)=0,"",MAX(E9,E10))');
    expect(toExcel(parseExpr('(VI.2.2 + VI.2.3) / I.2.1'), addr)).toBe(
      'IF(OR(COUNT(IF(COUNT(E80,E81)=0,"",SUM(E80,E81)))=0,N(E9)=0),"",(IF(COUNT(E80,E81)=0,"",SUM(E80,E81)))/E9)',
    );
    expect(toExcel(parseExpr('I.2.2 / 100'), addr)).toBe('IF(OR(COUNT(E10)=0,N(100)=0),"",E10/100)');
  });
});
