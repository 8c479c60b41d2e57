import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cchc, tempDir } from '../support/cli';
import { parsePeriod } from '../../src/domain/period';
import { cellValues, template } from '../support/templates';
import { templateXlsx } from '../support/workbooks';

/** The source data, read apart from the command: what `cchc units` must agree with. */
type SourceUnit = [string, string, string, [string, string, string, string, 0 | 1][]];
const SOURCE = JSON.parse(readFileSync(resolve(__dirname, '../../src/domain/units/data/vn-2025-07-01.json'), 'utf8')) as {
  provinces: { code: string; name: string; units: SourceUnit[] }[];
};

test('without a province: the 34 with their unit counts, each equal to the source data’s', () => {
  const r = cchc('units', '--json');
  expect(r.code).toBe(0);
  const out = JSON.parse(r.out) as {
    effective: string;
    provinces: { code: string; name: string; units: number; xa: number; phuong: number }[];
  };
  expect(out.effective).toBe('2025-07-01');
  expect(out.provinces.map((p) => [p.code, p.name, p.units])).toEqual(SOURCE.provinces.map((p) => [p.code, p.name, p.units.length]));
  expect(out.provinces.reduce((n, p) => n + p.units, 0)).toBe(3321);
  const khanhHoa = out.provinces.find((p) => p.code === '56')!;
  expect([khanhHoa.units, khanhHoa.xa + khanhHoa.phuong]).toEqual([65, 64]);
});

test('one province, however its name is typed: its 65 units, Phường Tây Nha Trang with its six predecessors', () => {
  for (const typed of ['Khánh Hòa', 'tinh khanh hoa']) {
    const r = cchc('units', typed, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as {
      code: string;
      units: { code: string; name: string; kind: string; from: { code: string; name: string; district: string; whole: boolean }[] }[];
    };
    expect(out.code).toBe('56');
    expect(out.units).toHaveLength(65);
    const tay = out.units.find((u) => u.code === '22390')!;
    expect([tay.name, tay.kind, tay.from.length]).toEqual(['Phường Tây Nha Trang', 'phuong', 6]);
    expect(tay.from.map((f) => f.name)).toEqual([
      'Phường Ngọc Hiệp',
      'Phường Phương Sài',
      'Xã Vĩnh Ngọc',
      'Xã Vĩnh Thạnh',
      'Xã Vĩnh Trung',
      'Xã Vĩnh Hiệp',
    ]);
    expect(tay.from.every((f) => f.whole && f.district === 'Thành phố Nha Trang')).toBe(true);
  }
});

test('as text: a line a unit with what it came from, a part taken marked; English on request', () => {
  const r = cchc('units', 'Hà Nội');
  expect(r.code).toBe(0);
  const lines = r.out.trim().split('\n');
  expect(lines[0]).toBe('Thành phố Hà Nội: 126 xã, phường, đặc khu từ 01/7/2025; sau mũi tên là các đơn vị trước sắp xếp (mã, huyện cũ).');
  expect(lines).toHaveLength(127);
  expect(lines.find((l) => l.startsWith('00004  Phường Ba Đình  ← '))).toContain('Phường Ngọc Hà (00016, Quận Ba Đình, một phần)');
  expect(cchc('units', '--lang', 'en').out.trim().split('\n').pop()).toBe(
    '34 provinces and cities; 3321 communes, wards and special zones (from 2025-07-01).',
  );
});

test('a name that is no province is refused, naming it; two names are a usage error', () => {
  const r = cchc('units', 'Hà Tây');
  expect(r.code).toBe(2);
  expect(r.err).toContain('Không có tỉnh, thành phố nào tên "Hà Tây"');
  const two = cchc('units', 'Khánh Hòa', 'Hà Nội');
  expect(two.code).toBe(2);
  expect(two.err).toContain('cchc units [TỈNH] [--json]');
});

describe('a merge for a province’s Sở Nội vụ with no list of units', () => {
  let dir: string;
  beforeAll(async () => {
    dir = tempDir();
    const sent: [string, string][] = [
      ['tay-nha-trang.xlsx', 'UBND phuong Tay Nha Trang'],
      ['nha-trang.xlsx', 'UBND phường Nha Trang'],
      ['bac-nha-trag.xlsx', 'UBND phường Bắc Nha Trag'],
    ];
    for (const [file, unit] of sent) {
      const { bytes } = await templateXlsx(template('dinh-ky'), {
        unit,
        period: parsePeriod('2025-Q3'),
        values: cellValues({ 'I.2.1': 7, 'I.2.2': 5 }),
      });
      writeFileSync(join(dir, file), bytes);
    }
  }, 60_000);

  test('waits for the province’s 65 units, ties a name typed without diacritics to its unit, proposes a near one, and says where the list came from', () => {
    const out = join(tempDir(), 'tong-hop.xlsx');
    const r = cchc('merge', dir, '--unit', 'Sở Nội vụ tỉnh Khánh Hòa', '--out', out, '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as {
      completeness: {
        expected: string[];
        submitted: string[];
        missing: string[];
        unexpected: string[];
        proposed: { unit: string; listed: string }[];
      };
      expectedFrom: { province: string; name: string; units: number };
    };
    expect(json.expectedFrom).toEqual({ province: '56', name: 'Tỉnh Khánh Hòa', units: 65 });
    expect(json.completeness.expected).toHaveLength(65);
    expect(json.completeness.missing).toHaveLength(63);
    expect(json.completeness.missing).not.toContain('Phường Tây Nha Trang');
    expect(json.completeness.missing).not.toContain('Phường Nha Trang');
    expect(json.completeness.missing).toContain('Phường Bắc Nha Trang');
    expect(json.completeness.unexpected).toEqual(['UBND phường Bắc Nha Trag']);
    expect(json.completeness.proposed).toEqual([{ unit: 'UBND phường Bắc Nha Trag', listed: 'Phường Bắc Nha Trang' }]);
  });

  test('--province gives the province when the unit names none; a list given wins; an unknown province is refused', () => {
    const out = join(tempDir(), 'tong-hop.xlsx');
    const r = cchc('merge', dir, '--unit', 'Sở Nội vụ', '--province', 'khanh hoa', '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Đơn vị phải nộp: 65 xã, phường, đặc khu của Tỉnh Khánh Hòa theo danh mục từ 01/7/2025 (không có --expected).');
    const list = join(tempDir(), 'ds.txt');
    writeFileSync(list, 'UBND phường Nha Trang\nUBND phường Tây Nha Trang\n');
    const listed = JSON.parse(cchc('merge', dir, '--unit', 'Sở Nội vụ tỉnh Khánh Hòa', '--expected', list, '--out', out, '--json').out) as {
      completeness: { expected: string[] };
      expectedFrom?: unknown;
    };
    expect(listed.completeness.expected).toEqual(['UBND phường Nha Trang', 'UBND phường Tây Nha Trang']);
    expect(listed.expectedFrom).toBeUndefined();
    const unknown = cchc('merge', dir, '--province', 'Hà Tây', '--out', out);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('"Hà Tây"');
  });
});
