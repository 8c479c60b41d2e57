import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Vietnam's units from 1 July 2025 as the repository keeps them (bin/units-data.js, from the
 * public dataset dvhcvn/20250701), held to figures published apart from that dataset.
 */
type Predecessor = [code: string, name: string, district: string, province: string, whole: 0 | 1];
type Unit = [code: string, name: string, kind: 'xa' | 'phuong' | 'dac-khu', from: Predecessor[]];
const DATA = JSON.parse(readFileSync(resolve(__dirname, '../../src/domain/units/data/vn-2025-07-01.json'), 'utf8')) as {
  effective: string;
  source: string;
  provinces: { code: string; name: string; units: Unit[] }[];
};
const units = DATA.provinces.flatMap((p) => p.units);

test('34 provinces with the codes of Quyết định 19/2025/QĐ-TTg', () => {
  // Hà Nội … Cà Mau, as the statistics office numbers them after 1 July 2025.
  const codes = '01 04 08 11 12 14 15 19 20 22 24 25 31 33 37 38 40 42 44 46 48 51 52 56 66 68 75 79 80 82 86 91 92 96';
  expect(DATA.provinces.map((p) => p.code).join(' ')).toBe(codes);
  expect(DATA.provinces.find((p) => p.code === '56')!.name).toBe('Tỉnh Khánh Hòa');
  expect(DATA.effective).toBe('2025-07-01');
  expect(DATA.source).toContain('dvhcvn/20250701');
});

test('3,321 communes, wards and special zones: 2,621 xã, 687 phường, 13 đặc khu, as the Government announced', () => {
  expect(units).toHaveLength(3321);
  const kinds = Object.fromEntries(['xa', 'phuong', 'dac-khu'].map((k) => [k, units.filter((u) => u[2] === k).length]));
  expect(kinds).toEqual({ xa: 2621, phuong: 687, 'dac-khu': 13 });
  // Each kind is the word the name starts with.
  for (const [, name, kind] of units)
    expect([name, name.split(' ')[0]]).toEqual([name, { xa: 'Xã', phuong: 'Phường', 'dac-khu': 'Đặc' }[kind]]);
});

test('every unit has its own five-digit code and at least one predecessor; a predecessor taken whole goes to one unit only', () => {
  const codes = units.map((u) => u[0]);
  expect(new Set(codes).size).toBe(codes.length);
  for (const c of codes) expect(c).toMatch(/^\d{5}$/);
  expect(units.filter((u) => u[3].length === 0)).toEqual([]);
  const whole = units.flatMap((u) => u[3].filter((f) => f[4] === 1).map((f) => f[0]));
  expect(new Set(whole).size).toBe(whole.length);
  // A predecessor split between units is in part in each of them, never whole in one.
  const inPart = new Map<string, number>();
  for (const u of units) for (const f of u[3]) if (f[4] === 0) inPart.set(f[0], (inPart.get(f[0]) ?? 0) + 1);
  expect([...inPart.values()].every((n) => n >= 2)).toBe(true);
  expect(whole.filter((c) => inPart.has(c))).toEqual([]);
});

test('Phường Nha Trang is the five wards of the old city centre, each with its former district', () => {
  const nhaTrang = DATA.provinces.find((p) => p.code === '56')!.units.find((u) => u[1] === 'Phường Nha Trang')!;
  expect(nhaTrang[3].map((f) => f[1]).sort()).toEqual(
    ['Phường Lộc Thọ', 'Phường Phước Hòa', 'Phường Tân Tiến', 'Phường Vĩnh Nguyên', 'Phường Vạn Thạnh'].sort(),
  );
  expect(new Set(nhaTrang[3].map((f) => `${f[2]}, ${f[3]}`))).toEqual(new Set(['Thành phố Nha Trang, Tỉnh Khánh Hòa']));
});

test('an island district without communes became a special zone whole', () => {
  const conDao = units.find((u) => u[1] === 'Đặc khu Côn Đảo')!;
  expect(conDao[3]).toEqual([[expect.any(String), 'Huyện Côn Đảo', 'Huyện Côn Đảo', expect.stringContaining('Bà Rịa'), 1]]);
});

describe('the build from the dataset', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { build } = require('../../bin/units-data.js') as { build: (src: string) => { provinces: { units: Unit[] }[] } };

  /** A dataset of one province and one ward, written as dvhcvn/20250701 lays it out. */
  function source(listedName: string): string {
    const src = mkdtempSync(join(tmpdir(), 'cchc-units-'));
    mkdirSync(join(src, 'input', 'docs'), { recursive: true });
    mkdirSync(join(src, 'mapping'));
    mkdirSync(join(src, 'output', '56', '568'), { recursive: true });
    writeFileSync(join(src, 'input', 'docs', '915_CTK-CSCL.csv'), 'Stt,Mã số,Tên 34 tỉnh sau sáp nhập\n1,56,Khánh Hòa\n');
    writeFileSync(
      join(src, 'input', 'docs', '1027_CTK-CSCL.md'),
      `| Stt | Mã số | Tên đơn vị hành chính | Tỉnh (thành phố) |\n| --- | --- | --- | --- |\n| 1 | 22366 | ${listedName} | Tỉnh Khánh Hòa |\n`,
    );
    const ward = { level2_id: '22366', name: 'Phường Nha Trang', merges: [{ old_id: '22348', name: 'Phường Vạn Thạnh', type: 'full' }] };
    writeFileSync(
      join(src, 'mapping', 'merges.json'),
      JSON.stringify({ data: [{ level1_id: '56', name: 'Tỉnh Khánh Hòa', merges: [], level2s: [ward] }] }),
    );
    writeFileSync(
      join(src, 'output', '56', '568', '22348.json'),
      JSON.stringify({ address: 'Phường Vạn Thạnh, Thành phố Nha Trang, Tỉnh Khánh Hòa' }),
    );
    return src;
  }

  test('takes each predecessor with its former district and province', () => {
    expect(build(source('Phường Nha<br>Trang')).provinces[0].units).toEqual([
      ['22366', 'Phường Nha Trang', 'phuong', [['22348', 'Phường Vạn Thạnh', 'Thành phố Nha Trang', 'Tỉnh Khánh Hòa', 1]]],
    ]);
  });

  test('stops on a name the statistics office lists otherwise, naming the unit', () => {
    expect(() => build(source('Phường Tây Nha Trang'))).toThrow('xã 22366 "Phường Nha Trang" ≠ 1027: "Phường Tây Nha Trang"');
  });
});
