import { inflateRawSync } from 'node:zlib';
import { entryBytes, inflateAnywhere, zipEntries, type Inflate } from '../../src/adapters/lean-reader/zip';
import { makeZip, type ZipOptions } from '../support/zip-writer';

const nodeInflate: Inflate = (raw) => inflateRawSync(raw);
const files = {
  'xl/workbook.xml': '<workbook>Cộng hòa xã hội chủ nghĩa Việt Nam</workbook>',
  'xl/worksheets/sheet1.xml': `<sheetData>${'<c r="A1"><v>1</v></c>'.repeat(500)}</sheetData>`,
  'docProps/app.xml': '',
};
const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe.each<[string, ZipOptions]>([
  ['stored', {}],
  ['deflated', { deflate: true }],
  ['deflated, sizes in data descriptors', { deflate: true, descriptors: true }],
  ['zip64 records', { deflate: true, zip64: true }],
])('a %s archive', (_how, options) => {
  test.each([
    ['fflate', inflateAnywhere],
    ["Node's zlib", nodeInflate],
  ])('gives back every entry byte for byte (%s)', (_name, inflate) => {
    const data = makeZip(files, options);
    const entries = zipEntries(data);
    expect([...entries.keys()]).toEqual(Object.keys(files));
    for (const [name, content] of Object.entries(files)) expect(text(entryBytes(data, entries.get(name)!, inflate))).toBe(content);
  });
});

test('damaged archives give a reason instead of a crash', () => {
  const good = makeZip(files, { deflate: true });
  expect(() => zipEntries(good.subarray(0, 100))).toThrow('không tìm thấy mục lục của tệp nén');
  expect(() => zipEntries(new Uint8Array(10))).toThrow('không tìm thấy mục lục của tệp nén');
  // The directory survives but the data it points at was cut off.
  const cut = new Uint8Array(good);
  const entries = zipEntries(cut);
  const sheet = entries.get('xl/worksheets/sheet1.xml')!;
  expect(() => entryBytes(cut.subarray(0, sheet.localHeader + 40), sheet, inflateAnywhere)).toThrow('mục xl/worksheets/sheet1.xml bị');
  // Deflated bytes overwritten.
  const scrambled = new Uint8Array(good);
  scrambled.fill(0xff, sheet.localHeader + 60, sheet.localHeader + 80);
  expect(() => entryBytes(scrambled, sheet, nodeInflate)).toThrow();
  expect(() => entryBytes(scrambled, sheet, inflateAnywhere)).toThrow();
});

test('encrypted entries and unknown compression methods are named', () => {
  expect(() => zipEntries(makeZip(files, { encrypted: true }))).toThrow('mục xl/workbook.xml được mã hóa');
  const lzma = makeZip(files, { method: 14 });
  expect(() => entryBytes(lzma, zipEntries(lzma).get('xl/workbook.xml')!, inflateAnywhere)).toThrow(
    'mục xl/workbook.xml nén theo cách không hỗ trợ (14)',
  );
});
