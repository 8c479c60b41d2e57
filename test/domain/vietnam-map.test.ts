import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findProvince, provinceKey, unitNamed, unitsMapOf } from '../../src/domain/units/vietnam-map';
import { isInputError } from '../../src/domain/problems/errors';

/** The problem an InputError carries. */
function problemOf(run: () => unknown): unknown {
  try {
    run();
  } catch (e) {
    if (isInputError(e)) return e.problem;
    throw e;
  }
  throw new Error('nothing was refused');
}

/** The map read from the file the add-in carries; names and codes checked against the statistics office's lists by hand. */
const data: unknown = JSON.parse(readFileSync(resolve(__dirname, '../../src/domain/units/data/vn-2025-07-01.json'), 'utf8'));
const map = unitsMapOf(data, 'vn-2025-07-01.json');

test('the file read as provinces and units, each predecessor with its district and whether it was taken whole', () => {
  expect(map.effective).toBe('2025-07-01');
  expect(map.provinces).toHaveLength(34);
  const khanhHoa = map.provinces.find((p) => p.code === '56')!;
  expect(khanhHoa.units).toHaveLength(65);
  const tay = khanhHoa.units.find((u) => u.code === '22390')!;
  expect(tay.name).toBe('Phường Tây Nha Trang');
  expect(tay.kind).toBe('phuong');
  expect(tay.from.map((f) => [f.code, f.name, f.whole])).toEqual([
    ['22336', 'Phường Ngọc Hiệp', true],
    ['22351', 'Phường Phương Sài', true],
    ['22390', 'Xã Vĩnh Ngọc', true],
    ['22393', 'Xã Vĩnh Thạnh', true],
    ['22396', 'Xã Vĩnh Trung', true],
    ['22399', 'Xã Vĩnh Hiệp', true],
  ]);
  expect(new Set(tay.from.map((f) => `${f.district}, ${f.province}`))).toEqual(new Set(['Thành phố Nha Trang, Tỉnh Khánh Hòa']));
  // A predecessor shared by several new units is taken in part by each.
  const baDinh = map.provinces[0].units.find((u) => u.name === 'Phường Ba Đình')!;
  expect(baDinh.from.find((f) => f.name === 'Phường Ngọc Hà')!.whole).toBe(false);
});

test.each([
  ['Khánh Hòa'],
  ['Khánh Hoà'],
  ['tinh khanh hoa'],
  ['TỈNH KHÁNH HÒA'],
  ['Sở Nội vụ tỉnh Khánh Hòa'],
  ['UBND tỉnh Khánh Hòa'],
  ['Ủy ban nhân dân tỉnh Khánh Hòa'],
  ['  Khánh   Hòa '],
])('"%s" is Khánh Hòa', (text) => {
  expect(findProvince(map, text)?.code).toBe('56');
});

test('a city run by the centre, however its kind is written; a name that is no province is none', () => {
  for (const text of ['Thành phố Hồ Chí Minh', 'TP. Hồ Chí Minh', 'tp ho chi minh', 'Sở Nội vụ TP Hồ Chí Minh', 'Hồ Chí Minh'])
    expect(findProvince(map, text)?.code).toBe('79');
  for (const text of ['Hà Tây', 'Khánh', 'Sở Nội vụ', '', 'UBND huyện Ân Thi']) expect(findProvince(map, text)).toBeUndefined();
  expect(provinceKey('Văn phòng UBND tỉnh Hưng Yên')).toBe('hung yen');
});

test('a unit of the province by its name however typed; a name of another kind or another province is none', () => {
  const khanhHoa = findProvince(map, 'Khánh Hòa')!;
  expect(unitNamed(khanhHoa, 'UBND phuong Tay Nha Trang')?.code).toBe('22390');
  expect(unitNamed(khanhHoa, 'Ủy ban nhân dân Phường  Tây Nha Trang')?.code).toBe('22390');
  expect(unitNamed(khanhHoa, 'UBND xã Tây Nha Trang')).toBeUndefined();
  expect(unitNamed(khanhHoa, 'UBND phường Ba Đình')).toBeUndefined();
});

test('a file not of the map’s shape is refused, naming the file and where it is wrong', () => {
  const broken = JSON.parse(JSON.stringify(data)) as { provinces: { units: unknown[][] }[] };
  broken.provinces[1].units[3][2] = 'quan';
  const problem = problemOf(() => unitsMapOf(broken, 'vn-2026.json'));
  expect(problem).toMatchObject({ code: 'units-map-invalid', file: 'vn-2026.json' });
  expect(JSON.stringify(problem)).toContain('"provinces",1,"units",3,2');
  expect(problemOf(() => unitsMapOf({ effective: '1/7/2025', source: '', provinces: [] }, 'x.json'))).toMatchObject({
    code: 'units-map-invalid',
  });
});
