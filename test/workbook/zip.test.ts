import { crc32, inflateRawSync } from 'node:zlib';
import { crc32Anywhere, entryBytes, inflateAnywhere, zipEntries, ZipError, type Inflate } from '../../src/adapters/lean-reader/zip';
import { makeZip, type ZipOptions } from '../support/zip-writer';

const nodeInflate: Inflate = (raw) => inflateRawSync(raw);
const files = {
  'xl/workbook.xml': '<workbook>Cộng hòa xã hội chủ nghĩa Việt Nam</workbook>',
  'xl/worksheets/sheet1.xml': `<sheetData>${'<c r="A1"><v>1</v></c>'.repeat(500)}</sheetData>`,
  'docProps/app.xml': '',
};
const text = (b: Uint8Array) => new TextDecoder().decode(b);

/** The damage a reading names, or what else it threw. */
function damageOf(read: () => unknown): unknown {
  try {
    read();
  } catch (e) {
    return e instanceof ZipError ? e.damage : e;
  }
  return 'read';
}

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
    for (const [name, content] of Object.entries(files))
      expect(text(entryBytes(data, entries.get(name)!, inflate, crc32Anywhere))).toBe(content);
  });
});

test("the CRC-32 of the page's reader is zlib's", () => {
  for (const s of ['', 'a', 'Cộng hòa xã hội chủ nghĩa Việt Nam', 'x'.repeat(100_000)]) {
    const bytes = new TextEncoder().encode(s);
    expect(crc32Anywhere(bytes)).toBe(crc32(bytes));
  }
  expect(crc32Anywhere(new TextEncoder().encode('123456789'))).toBe(0xcbf43926); // the standard check value
});

test('damaged archives give a reason instead of a crash', () => {
  const good = makeZip(files, { deflate: true });
  expect(damageOf(() => zipEntries(good.subarray(0, 100)))).toEqual({ reason: 'no-directory' });
  expect(damageOf(() => zipEntries(new Uint8Array(10)))).toEqual({ reason: 'no-directory' });
  // The directory survives but the data it points at was cut off.
  const cut = new Uint8Array(good);
  const entries = zipEntries(cut);
  const sheet = entries.get('xl/worksheets/sheet1.xml')!;
  expect(damageOf(() => entryBytes(cut.subarray(0, sheet.localHeader + 40), sheet, inflateAnywhere, crc32Anywhere))).toEqual({
    reason: 'entry-truncated',
    part: 'xl/worksheets/sheet1.xml',
  });
  // Deflated bytes overwritten.
  const scrambled = new Uint8Array(good);
  scrambled.fill(0xff, sheet.localHeader + 60, sheet.localHeader + 80);
  for (const inflate of [nodeInflate, inflateAnywhere])
    expect(damageOf(() => entryBytes(scrambled, sheet, inflate, crc32Anywhere))).toMatchObject({ part: 'xl/worksheets/sheet1.xml' });
});

test('encrypted entries and unknown compression methods are named', () => {
  expect(damageOf(() => zipEntries(makeZip(files, { encrypted: true })))).toEqual({ reason: 'encrypted', part: 'xl/workbook.xml' });
  const lzma = makeZip(files, { method: 14 });
  expect(damageOf(() => entryBytes(lzma, zipEntries(lzma).get('xl/workbook.xml')!, inflateAnywhere, crc32Anywhere))).toEqual({
    reason: 'entry-method',
    part: 'xl/workbook.xml',
    method: 14,
  });
});
