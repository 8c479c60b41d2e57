import { MARK_STORE_HEADER, markColour, markStoreRows, readMarkStore, type StoredMark } from '../../src/domain/validate/mark-store';

const mark = (over: Partial<StoredMark>): StoredMark => ({
  sheet: 'Phụ lục 2024-Q3',
  address: 'E12',
  fill: null,
  note: null,
  attached: null,
  exactFill: null,
  ...over,
});

test('the store is written with its header and read back as written', () => {
  const marks = [
    mark({ fill: '#FFF7D6', attached: 'comment' }),
    mark({ address: 'AB105', note: 'số liệu đã đối chiếu', attached: 'note', exactFill: '{"type":"pattern"}' }),
  ];
  const rows = markStoreRows(marks);
  expect(rows).toEqual([
    [MARK_STORE_HEADER, '', '', '', '', ''],
    ['Phụ lục 2024-Q3', 'E12', '#FFF7D6', '', 'comment', ''],
    ['Phụ lục 2024-Q3', 'AB105', '', 'số liệu đã đối chiếu', 'note', '{"type":"pattern"}'],
  ]);
  expect(readMarkStore(rows)).toEqual(marks);
  expect(markStoreRows([])).toEqual([[MARK_STORE_HEADER, '', '', '', '', '']]);
});

test('rows written by Excel before the header: a colour, "1" when a comment was added', () => {
  expect(
    readMarkStore([
      ['S', 'E12', '#fff7d6', '1'],
      ['S', 'E13', '#FFFFFF', ''],
    ]),
  ).toEqual([mark({ sheet: 'S', fill: '#FFF7D6', attached: 'comment' }), mark({ sheet: 'S', address: 'E13' })]);
});

test('rows written to a file before the header: fill and note as JSON, a note always added', () => {
  const fill = '{"type":"pattern","pattern":"solid","fgColor":{"argb":"FFDDEBF7"}}';
  expect(
    readMarkStore([
      ['S', 'E12', fill, '"ghi chú"'],
      ['S', 'E13', '', ''],
      ['S', 'E14', '', '{"texts":[{"text":"a"},{"text":"b"}]}'],
    ]),
  ).toEqual([
    mark({ sheet: 'S', fill: '#DDEBF7', note: 'ghi chú', attached: 'note', exactFill: fill }),
    mark({ sheet: 'S', address: 'E13', attached: 'note' }),
    mark({ sheet: 'S', address: 'E14', note: 'ab', attached: 'note' }),
  ]);
  // A theme colour has no "#RRGGBB"; the exact fill still restores it.
  expect(readMarkStore([['S', 'E12', '{"type":"pattern","fgColor":{"theme":4}}', '']])[0]).toMatchObject({
    fill: null,
    exactFill: '{"type":"pattern","fgColor":{"theme":4}}',
  });
});

test('rows that name no cell, and damaged notes, are passed over', () => {
  expect(
    readMarkStore([[MARK_STORE_HEADER], ['', 'E12'], ['S', 'E0'], ['S', 'e12'], ['S', 'E12:F13'], ['S', 'E12', '', '', 'dấu', '']]),
  ).toEqual([mark({ sheet: 'S' })]);
  expect(readMarkStore([['S', 'E12', '', '{not json']])[0].note).toBeNull();
  expect(readMarkStore([['S', 'E12', '', '42']])[0].note).toBeNull();
  expect(readMarkStore([])).toEqual([]);
});

test('colours: capitals with "#", white is no fill, anything else is none', () => {
  expect(markColour('#ddebf7')).toBe('#DDEBF7');
  expect(markColour(' F8CBAD ')).toBe('#F8CBAD');
  expect(markColour('#ffffff')).toBeNull();
  expect(markColour('#FFF')).toBeNull();
  expect(markColour('')).toBeNull();
  expect(markColour('#FFF7D6X')).toBeNull();
});

test('a short row of the current format is a mark with nothing to restore', () => {
  expect(readMarkStore([[MARK_STORE_HEADER], ['S', 'E15']])).toEqual([mark({ sheet: 'S', address: 'E15' })]);
});

test('an older row is taken as written by Excel only when its fill is a colour and nothing else', () => {
  for (const fill of ['x#FFF7D6', '#FFF7D6x'])
    expect(readMarkStore([['S', 'E12', fill, '1']])).toEqual([mark({ sheet: 'S', note: null, attached: 'note', exactFill: fill })]);
  expect(markColour('x#DDEBF7')).toBeNull();
});

test('a fill written as JSON gives its colour with or without spaces and an alpha; rich text runs without text add nothing', () => {
  const colour = (json: string) => readMarkStore([['S', 'E12', json, '']])[0].fill;
  expect(colour('{"fgColor": {"argb" : "FFDDEBF7"}}')).toBe('#DDEBF7');
  expect(colour('{"fgColor":{"argb":"DDEBF7"}}')).toBe('#DDEBF7');
  expect(readMarkStore([['S', 'E12', '', '{"texts":[{"text":"a"},{"font":{}},{"text":"b"}]}']])[0].note).toBe('ab');
});
