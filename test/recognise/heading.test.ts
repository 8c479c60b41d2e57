import { periodIn, readHeading, unitIn } from '../../src/domain/recognise/heading';

/** Who reports and for when, from the lines units write above their tables. */

test.each([
  ['THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH QUÝ III NĂM 2024', '2024-Q3'],
  ['Báo cáo quý IV năm 2025', '2025-Q4'],
  ['BAO CAO QUY I NAM 2026', '2026-Q1'],
  ['Quý 2 năm 2024', '2024-Q2'],
  ['Quý II/2024', '2024-Q2'],
  ['Kết quả 6 tháng đầu năm 2024', '2024-H1'],
  ['6 THÁNG NĂM 2025', '2025-H1'],
  ['BÁO CÁO NĂM 2024', '2024'],
  ['Tình hình năm 2023 (số liệu đến 15/12/2023)', '2023'],
])('%s → %s', (line, code) => {
  const p = periodIn(line);
  expect(p && (p.kind === 'quarter' ? `${p.year}-Q${p.quarter}` : p.kind === 'half' ? `${p.year}-H1` : String(p.year))).toBe(code);
});

test.each([
  '(Kèm theo Báo cáo số 68/BC-UBND ngày 15/9/2024 của UBND xã Bắc Sơn)',
  '(Kèm theo Kế hoạch số 04/KH-UBND ngày 20 tháng 01 năm 2020 của UBND tỉnh)',
  'Bắc Sơn, ngày 20 tháng 9 năm 2024',
  'KẾT QUẢ 9 THÁNG NĂM 2024',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Quý V năm 2024',
])('no period in "%s" (a signing date, a span the forms do not report, a motto)', (line) => {
  expect(periodIn(line)).toBeUndefined();
});

test.each([
  ['UBND XÃ BẮC SƠN', 'UBND xã Bắc Sơn'],
  ['ỦY BAN NHÂN DÂN PHƯỜNG HÀ ĐÔNG', 'UBND phường Hà Đông'],
  ['Ủy ban nhân dân thị trấn Ân Thi', 'UBND thị trấn Ân Thi'],
  ['UBND XA NHAT QUAN', 'UBND xa Nhat Quan'],
  ['(Kèm theo Báo cáo số 12/BC-UBND ngày 20/9/2024 của UBND xã Hòa Bình)', 'UBND xã Hòa Bình'],
  ['UBND HUYỆN KHÁNH SƠN, TỈNH KHÁNH HÒA', 'UBND huyện Khánh Sơn'],
  ['SỞ NỘI VỤ', 'Sở Nội vụ'],
  ['Sở Giáo dục và Đào tạo', 'Sở Giáo dục và Đào tạo'],
])('%s → %s', (line, unit) => expect(unitIn(line)).toBe(unit));

test.each([
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  '(Kèm theo Kế hoạch số 04/KH-UBND ngày 20 tháng 01 năm 2020 của UBND tỉnh)',
  'Số văn bản chỉ đạo CCHC đã ban hành',
  'PHỤ LỤC',
])('no unit in "%s"', (line) => expect(unitIn(line)).toBeUndefined());

test('a heading: the unit as a line in mixed case spells it, the period from the title, cells in any column', () => {
  expect(
    readHeading([
      [null, 'UBND XÃ BẮC SƠN', null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      [null, null, null, 'Độc lập - Tự do - Hạnh phúc'],
      [],
      [null, 'THỐNG KÊ SỐ LIỆU QUÝ III NĂM 2024'],
      [null, '(Kèm theo Báo cáo số 68/BC-UBND ngày 15/9/2024 của UBND xã Bắc Sơn Mới)'],
    ]),
  ).toEqual({ unit: 'UBND xã Bắc Sơn Mới', period: '2024-Q3' });
  expect(readHeading([['UBND XÃ BẮC SƠN'], ['PHỤ LỤC']])).toEqual({ unit: 'UBND xã Bắc Sơn' });
  expect(readHeading([['PHỤ LỤC'], ['6 tháng đầu năm 2024']])).toEqual({ period: '2024-H1' });
  expect(readHeading([])).toEqual({});
});

describe('headings as units type them', () => {
  test.each([
    ['6 tháng 2024', '2024-H1'],
    ['Báo cáo quý III 2024', '2024-Q3'],
  ])('%s → %s', (line, code) => {
    const p = periodIn(line)!;
    expect(p.kind === 'quarter' ? `${p.year}-Q${p.quarter}` : p.kind === 'half' ? `${p.year}-H1` : String(p.year)).toBe(code);
  });

  test.each(['KẾT QUẢ 12 THÁNG NĂM 2024', '(Kèm theo Báo cáo năm 2024 của UBND xã An Bình)', 'Kèm theo Kế hoạch năm 2024'])(
    'no period in "%s" (a span, the line of the paper it is attached to)',
    (line) => expect(periodIn(line)).toBeUndefined(),
  );

  test.each([
    ['  UBND   xã   Bắc   Sơn  ', 'UBND xã Bắc Sơn'],
    ['UBND xã Bắc Sơn , huyện Ân Thi', 'UBND xã Bắc Sơn'],
    ['UBND xã BẮC Sơn', 'UBND xã BẮC Sơn'],
    ['PHÒNG NỘI VỤ', 'Phòng Nội vụ'],
  ])('"%s" → %s', (line, unit) => expect(unitIn(line)).toBe(unit));

  test('blank cells and lines of spaces are passed over; the first line naming a unit in mixed case wins', () => {
    expect(
      readHeading([
        ['   ', null, 'UBND XÃ AN BÌNH'],
        [3, 'THỐNG KÊ QUÝ II NĂM 2025'],
        ['(Kèm theo Báo cáo số 5/BC-UBND ngày 1/6/2025 của UBND xã An Bình)'],
      ]),
    ).toEqual({ unit: 'UBND xã An Bình', period: '2025-Q2' });
    expect(readHeading([['  '], []])).toEqual({});
  });
});

test('the kind of period is said, not only its year; a department line padded with spaces is still one', () => {
  expect(periodIn('BÁO CÁO NĂM 2024')).toEqual({ kind: 'year', year: 2024 });
  expect(periodIn('6 tháng đầu năm 2024')).toEqual({ kind: 'half', year: 2024 });
  expect(unitIn('   SỞ  NỘI VỤ ')).toBe('Sở Nội vụ');
});
