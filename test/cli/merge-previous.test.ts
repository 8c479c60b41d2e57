import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parsePeriod } from '../../src/domain/period';
import type { CellValue } from '../../src/domain/sheet/plan';
import { cchc, tempDir } from '../support/cli';
import { cellValues, template } from '../support/templates';
import { templateXlsx } from '../support/workbooks';

async function units(dir: string, period: string, list: [string, Record<string, CellValue>][]): Promise<string[]> {
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

test('cchc merge --previous --succession: the new commune compared with the three it was made of', async () => {
  const dir = tempDir();
  const before = await units(join(dir, '2024'), '2024', [
    ['UBND xã A', { 'VII.5.3.1': 100, 'VII.5.3.2': 50 }],
    ['UBND xã B', { 'VII.5.3.1': 50, 'VII.5.3.2': 50 }],
    ['UBND xã C', { 'VII.5.3.1': 50, 'VII.5.3.2': 0 }],
  ]);
  const previous = join(dir, 'tong-hop-2024.xlsx');
  expect(cchc('merge', ...before, '--out', previous, '--unit', 'Sở Nội vụ tỉnh Hưng Yên').code).toBe(0);
  const now = await units(join(dir, '2026'), '2026', [['UBND xã X', { 'VII.5.3.1': 300, 'VII.5.3.2': 240 }]]);
  const list = join(dir, 'sap-xep.csv');
  writeFileSync(list, 'UBND xã X,UBND xã A;UBND xã B;UBND xã C,01/7/2025\n');
  const out = join(dir, 'tong-hop-2026.xlsx');
  const r = cchc('merge', ...now, '--out', out, '--unit', 'Sở Nội vụ tỉnh Hưng Yên', '--previous', previous, '--succession', list);
  expect(r.code).toBe(0);
  expect(r.out).toContain('So với kỳ 2024: xem trang "So với kỳ trước"');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet('So với kỳ trước')!;
  let delta: unknown;
  ws.eachRow((row) => {
    if (row.getCell(1).value === 'VII.5.3') delta = row.getCell(6).value;
  });
  // 100 of 200 online then, 240 of 300 now: 30 points up.
  expect(delta).toBeCloseTo(0.3, 12);

  const alone = cchc('merge', ...now, '--out', join(dir, 'x.xlsx'), '--succession', list);
  expect(alone.code).toBe(2);
  expect(alone.err).toContain('--previous');
  const wrong = cchc('merge', ...now, '--out', join(dir, 'y.xlsx'), '--previous', now[0]);
  expect(wrong.code).toBe(2);
  expect(wrong.err).toContain('không phải là tệp tổng hợp');
});
