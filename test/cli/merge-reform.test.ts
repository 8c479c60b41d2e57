import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parsePeriod } from '../../src/domain/period';
import type { CellValue } from '../../src/domain/sheet/plan';
import { cchc, tempDir } from '../support/cli';
import { cellValues, template } from '../support/templates';
import { templateXlsx } from '../support/workbooks';

/**
 * Quarter III of 2025 against quarter III of 2024 in Khánh Hòa, across the arrangement, with no
 * succession list: the map's successions stand. Figures by hand (planned tasks I.2.1, done I.2.2):
 *   2024: Vạn Thạnh 10/8, Lộc Thọ 20/18, Tân Tiến 5/5, Phước Hòa 8/6, Vĩnh Nguyên 7/3: the five
 *         wards Phường Nha Trang was made of, 50 planned, 40 done (80%);
 *         Cam Phước Tây 4/4, Cam An Bắc 6/5, Cam An Nam 3/3: Xã Cam An took the first whole and
 *         the other two in part.
 *   2025: Phường Nha Trang 60/45 (75%): 10 more planned, 5 more done, 5 points down;
 *         Xã Cam An 10/9: not comparable.
 */
async function files(dir: string, period: string, list: [string, Record<string, CellValue>][]): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const paths = [];
  for (const [unit, values] of list) {
    const { bytes } = await templateXlsx(template('dinh-ky'), { unit, period: parsePeriod(period), values: cellValues(values) });
    const path = join(dir, `${unit}.xlsx`);
    writeFileSync(path, bytes);
    paths.push(path);
  }
  return paths;
}

const OFFICE = 'Sở Nội vụ tỉnh Khánh Hòa';
let sheet: Map<string, CellValue[]>;
let said: string;

beforeAll(async () => {
  const dir = tempDir();
  const before = await files(join(dir, '2024'), '2024-Q3', [
    ['UBND phường Vạn Thạnh', { 'I.2.1': 10, 'I.2.2': 8 }],
    ['UBND phường Lộc Thọ', { 'I.2.1': 20, 'I.2.2': 18 }],
    ['UBND phường Tân Tiến', { 'I.2.1': 5, 'I.2.2': 5 }],
    ['UBND phường Phước Hòa', { 'I.2.1': 8, 'I.2.2': 6 }],
    ['UBND phường Vĩnh Nguyên', { 'I.2.1': 7, 'I.2.2': 3 }],
    ['UBND xã Cam Phước Tây', { 'I.2.1': 4, 'I.2.2': 4 }],
    ['UBND xã Cam An Bắc', { 'I.2.1': 6, 'I.2.2': 5 }],
    ['UBND xã Cam An Nam', { 'I.2.1': 3, 'I.2.2': 3 }],
  ]);
  const previous = join(dir, 'tong-hop-2024-Q3.xlsx');
  expect(cchc('merge', ...before, '--out', previous, '--unit', OFFICE).code).toBe(0);
  const now = await files(join(dir, '2025'), '2025-Q3', [
    ['UBND phường Nha Trang', { 'I.2.1': 60, 'I.2.2': 45 }],
    ['UBND xã Cam An', { 'I.2.1': 10, 'I.2.2': 9 }],
  ]);
  const out = join(dir, 'tong-hop-2025-Q3.xlsx');
  const r = cchc('merge', ...now, '--out', out, '--unit', OFFICE, '--previous', previous);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  said = r.out;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  sheet = new Map();
  wb.getWorksheet('So với kỳ trước')!.eachRow((row) => {
    const values = (row.values as CellValue[]).slice(1);
    sheet.set(String(values[0] ?? values[1] ?? ''), values);
  });
}, 120_000);

test('the new ward is compared with the sum of the five it was made of, its rate from the summed parts', () => {
  // Columns: code, label, total then, total now, total change, then each unit's change in name order (Nha Trang, then Cam An).
  const units = (code: string) => sheet.get(code)!.slice(5);
  expect(units('I.2.1')[0]).toBe(10);
  expect(units('I.2.2')[0]).toBe(5);
  expect(units('I.2')[0] as number).toBeCloseTo(0.75 - 0.8, 12);
});

test('a unit that took part of an earlier unit is not compared, and says which', () => {
  const units = (code: string) => sheet.get(code)!.slice(5);
  expect(units('I.2.1')[1] ?? null).toBeNull();
  const note = [...sheet.values()].map((r) => String(r[1] ?? '')).find((t) => t.startsWith('Không so sánh được'));
  expect(note).toBe(
    'Không so sánh được (đơn vị mới lấy một phần của đơn vị cũ, số liệu kỳ trước không tách được): UBND xã Cam An (một phần: Xã Cam An Bắc, Xã Cam An Nam)',
  );
  expect(said).toContain('không so sánh được (lấy một phần đơn vị cũ): UBND xã Cam An');
});

test('the map’s successions are dated, and every earlier unit is accounted for', () => {
  const notes = [...sheet.values()].map((r) => String(r[1] ?? ''));
  expect(notes).toContain(
    'UBND phường Nha Trang so với: Phường Vạn Thạnh; Phường Lộc Thọ; Phường Tân Tiến; Phường Phước Hòa; Phường Vĩnh Nguyên (sắp xếp từ 01/7/2025)',
  );
  expect(notes.some((t) => t.startsWith('Có trong kỳ trước nhưng không đơn vị nào của kỳ này thay thế'))).toBe(false);
});
