import { decodeUtf8, encodeUtf8 } from '../../src/taskpane/old-engines/utf8';

/**
 * The page's UTF-8 for engines without TextDecoder, held to Node's own TextDecoder and
 * TextEncoder (the oracle) on every ill-formed case the Encoding Standard names and on random bytes.
 */
const native = (bytes: Uint8Array, fatal: boolean, ignoreBOM = false) => {
  try {
    return new TextDecoder('utf-8', { fatal, ignoreBOM }).decode(bytes);
  } catch {
    return 'THROWS';
  }
};
const mine = (bytes: Uint8Array, fatal: boolean, keepBom = false) => {
  try {
    return decodeUtf8(bytes, fatal, keepBom);
  } catch (e) {
    expect(e).toBeInstanceOf(TypeError);
    return 'THROWS';
  }
};

const CASES: [string, number[]][] = [
  ['Vietnamese text', [...Buffer.from('Ủy ban nhân dân xã Bắc Sơn – 120%')]],
  ['a BOM', [0xef, 0xbb, 0xbf, 0x41]],
  ['a four-byte character', [0xf0, 0x9f, 0x98, 0x80]],
  ['an overlong two-byte form', [0xc0, 0xaf]],
  ['an overlong three-byte form', [0xe0, 0x80, 0xaf]],
  ['an overlong four-byte form', [0xf0, 0x80, 0x80, 0xaf]],
  ['a surrogate', [0xed, 0xa0, 0x80]],
  ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
  ['a lone continuation byte', [0x41, 0x80, 0x42]],
  ['a sequence cut short by an ASCII byte', [0xe2, 0x82, 0x41]],
  ['a sequence cut short at the end', [0x41, 0xe2, 0x82]],
  ['bytes never used', [0xfe, 0xff, 0xf5]],
  ['nothing', []],
];

describe.each(CASES)('%s', (_, list) => {
  const bytes = new Uint8Array(list);
  test.each([false, true])('fatal %s, as TextDecoder reads it', (fatal) => {
    expect(mine(bytes, fatal)).toBe(native(bytes, fatal));
    expect(mine(bytes, fatal, true)).toBe(native(bytes, fatal, true));
  });
});

test('random bytes, mostly in multi-byte ranges, read as TextDecoder reads them', () => {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pool = [0x41, 0x80, 0xbf, 0x9f, 0x8f, 0xa0, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xc0];
  for (let n = 0; n < 3000; n++) {
    const bytes = new Uint8Array(Array.from({ length: 1 + Math.floor(next() * 8) }, () => pool[Math.floor(next() * pool.length)]));
    expect([n, mine(bytes, false)]).toEqual([n, native(bytes, false)]);
    expect([n, mine(bytes, true)]).toEqual([n, native(bytes, true)]);
  }
});

test('a long text, past one batch of code points', () => {
  const text = 'Phường Nha Trang 😀 '.repeat(2000);
  expect(decodeUtf8(new Uint8Array(Buffer.from(text)), true, false)).toBe(text);
});

test('written as TextEncoder writes it, lone surrogates included', () => {
  for (const text of ['', 'abc', 'Bắc Sơn', '€😀x', 'a\ud800b', '\udc00', 'x\ud83d']) {
    expect([...encodeUtf8(text)]).toEqual([...new TextEncoder().encode(text)]);
  }
});
