import { findHeader } from '../../src/domain/recognise/header';
import { laidOutValues, valuesGrid } from '../support/plan-grid';

const grid = valuesGrid;
const rendered = (id: string) => valuesGrid(laidOutValues(id));

test('Mẫu A as the add-in lays it out: two header rows, "Kết quả thống kê" refined into unit and figures', () => {
  expect(findHeader(rendered('dinh-ky'))).toEqual({
    top: 8,
    bottom: 9,
    columns: [
      { col: 2, role: 'stt', text: 'STT' },
      // The heading with its scope of use on a second line, as the form writes it.
      { col: 3, role: 'label', text: 'Chỉ tiêu thống kê\n(Sử dụng trong kỳ báo cáo hằng quý, 6 tháng, năm)' },
      { col: 4, role: 'unit', text: 'Đơn vị tính' },
      { col: 5, role: 'value', text: 'Số liệu' },
      { col: 6, role: 'note', text: 'Ghi chú' },
    ],
  });
});

test('a form of year columns: each year a value column', () => {
  const h = findHeader(rendered('tong-ket-pl1'))!;
  expect(h.columns.filter((c) => c.role === 'value').map((c) => [c.col, c.text])).toEqual([
    [4, 'Năm 2015'],
    [5, 'Năm 2016'],
    [6, 'Năm 2017'],
    [7, 'Năm 2018'],
    [8, 'Năm 2019'],
    [9, 'Năm 2020 (Tính đến 31/3)'],
  ]);
});

test.each([
  ['Chỉ tiêu thống kê (Sử dụng trong kỳ báo cáo hằng quý, 6 tháng, năm)'],
  ['CHỈ TIÊU THỐNG KÊ\r\n(Sử dụng trong kỳ báo cáo hằng quý, 6 tháng, năm)'],
  ['Nội dung (theo Phụ lục kèm theo Báo cáo của UBND xã về công tác cải cách hành chính)'],
])('a label heading with a note after it (%j) is still the label column', (label) => {
  const h = findHeader(grid([['STT', label, 'Số liệu']]));
  expect(h?.columns.map((c) => c.role)).toEqual(['stt', 'label', 'value']);
});

test('a long text that only starts like a heading is not one', () => {
  expect(findHeader(grid([['STT', `Chỉ tiêu thống kê ${'và nhiều chữ khác '.repeat(4)}`, 'Số liệu']]))).toBeUndefined();
});

test('a hand-made table: columns in another order, no diacritics, one header row, below a title', () => {
  const h = findHeader(
    grid([
      ['UBND XA BAC SON'],
      [],
      ['PHU LUC THONG KE CCHC QUY III/2024'],
      ['So lieu', 'Noi dung', 'DVT', 'TT', 'Ghi chu'],
      [7, 'So nhiem vu de ra trong ke hoach', 'Nhiem vu', '2.1', null],
    ]),
  );
  expect(h).toEqual({
    top: 4,
    bottom: 4,
    columns: [
      { col: 1, role: 'value', text: 'So lieu' },
      { col: 2, role: 'label', text: 'Noi dung' },
      { col: 3, role: 'unit', text: 'DVT' },
      { col: 4, role: 'stt', text: 'TT' },
      { col: 5, role: 'note', text: 'Ghi chu' },
    ],
  });
});

test('tables that are not appendices have no header: a budget, a staff list', () => {
  expect(
    findHeader(grid([['DỰ TOÁN NGÂN SÁCH 2024'], ['Mục', 'Tên khoản chi', 'Dự toán', 'Thực hiện'], ['6000', 'Tiền lương', 1200, 1100]])),
  ).toBeUndefined();
  expect(
    findHeader(
      grid([
        ['STT', 'Họ và tên', 'Chức vụ', 'Ghi chú'],
        [1, 'Nguyễn Văn A', 'Chủ tịch', null],
      ]),
    ),
  ).toBeUndefined();
  expect(findHeader(grid([]))).toBeUndefined();
});

describe('what makes a header row', () => {
  test('a label and a unit, the figures named on the row below: one header over two rows', () => {
    expect(
      findHeader(
        grid([
          ['STT', 'Chỉ tiêu', 'Đơn vị tính'],
          [null, null, 'ĐVT', 'Số liệu'],
        ]),
      ),
    ).toEqual({
      top: 1,
      bottom: 2,
      columns: [
        { col: 1, role: 'stt', text: 'STT' },
        { col: 2, role: 'label', text: 'Chỉ tiêu' },
        { col: 3, role: 'unit', text: 'ĐVT' },
        { col: 4, role: 'value', text: 'Số liệu' },
      ],
    });
  });

  test('no figures column anywhere, or no label column: no header', () => {
    expect(
      findHeader(
        grid([
          ['STT', 'Chỉ tiêu', 'Đơn vị tính'],
          ['1', 'Số văn bản', 'Văn bản'],
        ]),
      ),
    ).toBeUndefined();
    expect(findHeader(grid([['STT', 'Số liệu', 'Ghi chú']]))).toBeUndefined();
    expect(
      findHeader(
        grid([
          ['STT', 'Chỉ tiêu', 'Ghi chú'],
          [null, null, 'Số liệu'],
        ]),
      ),
    ).toBeUndefined();
  });

  test('the header’s words kept as typed, without the spaces around them', () => {
    const h = findHeader(grid([['  Chỉ tiêu ', ' Năm 2016  ', 'Số liệu ']]))!;
    expect(h.columns.map((c) => c.text)).toEqual(['Chỉ tiêu', 'Năm 2016', 'Số liệu']);
  });

  test('looked for in the first 40 rows only, past any title', () => {
    const at = (row: number) => grid([...Array.from({ length: row - 1 }, () => ['Tiêu đề']), ['Chỉ tiêu', 'Số liệu'], ['Số văn bản', 3]]);
    expect(findHeader(at(40))?.top).toBe(40);
    expect(findHeader(at(41))).toBeUndefined();
  });
});
