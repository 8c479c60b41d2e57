import { parsePeriod, periodCode, periodLabel } from '../../src/domain/period';
import { sheetBaseName, uniqueSheetName } from '../../src/domain/render/names';
import { address, colLetter, parseAddress } from '../../src/domain/sheet/plan';
import { template } from '../support/templates';

describe('reporting periods', () => {
  test.each([
    ['2024-Q3', { kind: 'quarter', year: 2024, quarter: 3 }, '2024-Q3', 'quý III năm 2024'],
    [' 2025-q1 ', { kind: 'quarter', year: 2025, quarter: 1 }, '2025-Q1', 'quý I năm 2025'],
    ['2024-Q4', { kind: 'quarter', year: 2024, quarter: 4 }, '2024-Q4', 'quý IV năm 2024'],
    ['2024-Q2', { kind: 'quarter', year: 2024, quarter: 2 }, '2024-Q2', 'quý II năm 2024'],
    ['2024-H1', { kind: 'half', year: 2024 }, '2024-H1', '6 tháng đầu năm 2024'],
    ['2026', { kind: 'year', year: 2026 }, '2026', 'năm 2026'],
  ])('%j', (text, period, code, label) => {
    const p = parsePeriod(text)!;
    expect(p).toEqual(period);
    expect(periodCode(p)).toBe(code);
    expect(periodLabel(p)).toBe(label);
  });

  test.each(['2024-Q5', '2024-Q0', '2024-H2', '24-Q3', '2024-Q3x', 'x2024', '', 'Quý 3/2024'])('%j is not a period', (text) => {
    expect(parsePeriod(text)).toBeUndefined();
  });
});

describe('sheet names', () => {
  test('the template label with the period, Excel-safe and at most 31 characters', () => {
    expect(sheetBaseName(template('dinh-ky'), parsePeriod('2024-Q3'))).toBe('Phụ lục 2024-Q3');
    expect(sheetBaseName(template('dinh-ky'))).toBe('Phụ lục');
    // Summary appendices have no period in their name.
    expect(sheetBaseName(template('tong-ket-pl3'), parsePeriod('2024'))).toBe('Phụ lục 3');
    expect(sheetBaseName(template('tong-ket-huyen-pl2'))).toBe('PL2 huyện');
  });

  test('a name not yet taken, compared without case; forbidden characters replaced', () => {
    expect(uniqueSheetName('Tổng hợp', [])).toBe('Tổng hợp');
    expect(uniqueSheetName('Tổng hợp', ['TỔNG HỢP'])).toBe('Tổng hợp (2)');
    expect(uniqueSheetName('Tổng hợp', ['Tổng hợp', 'tổng hợp (2)'])).toBe('Tổng hợp (3)');
    expect(uniqueSheetName('Kỳ 2024/Q3: [a]*?\\b', [])).toBe('Kỳ 2024-Q3- -a----b');
    expect(uniqueSheetName('   ', [])).toBe('Sheet');
    const long = 'Chi tiết theo đơn vị của huyện Ân Thi';
    expect(uniqueSheetName(long, [])).toBe(long.slice(0, 31).trim());
    const first = long.slice(0, 31).trim();
    expect(uniqueSheetName(long, [first])).toBe(`${first.slice(0, 27).trimEnd()} (2)`);
    expect(uniqueSheetName(long, [first]).length).toBeLessThanOrEqual(31);
  });
});

describe('cell addresses', () => {
  test.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [53, 'BA'],
    [702, 'ZZ'],
    [703, 'AAA'],
    [16384, 'XFD'],
  ])('column %i is %s', (col, letters) => {
    expect(colLetter(col)).toBe(letters);
    expect(parseAddress(`${letters}7`)).toEqual({ row: 7, col });
    expect(address(7, col)).toBe(`${letters}7`);
  });

  test('absolute and lower-case addresses; anything else is refused', () => {
    expect(parseAddress('$B$12')).toEqual({ row: 12, col: 2 });
    expect(parseAddress('c3')).toEqual({ row: 3, col: 3 });
    expect(() => parseAddress('B')).toThrow('Invalid cell address: B');
    expect(() => parseAddress('12')).toThrow('Invalid cell address');
    expect(() => parseAddress('B12:C3')).toThrow('Invalid cell address');
  });
});
