import { copyFileSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CellValue } from '../../src/domain/sheet/plan';
import { parsePeriod } from '../../src/domain/period';
import { cchc } from './cli';
import { cellValues, template } from './templates';
import { templateXlsx } from './workbooks';

const BAC_SON_CSV = resolve(__dirname, '../../assets/samples/bac-son-2024-Q3.csv');

/** The units a province waits for, typed with diacritics. Hồng Hà sends nothing. */
export const LISTED = [
  'UBND xã An Bình',
  'UBND xã Bình Minh',
  'UBND xã Bắc Sơn',
  'UBND xã Cẩm Phúc',
  'UBND xã Đông Thọ',
  'UBND xã Phú Xuân',
  'UBND xã Quảng Lãng',
  'UBND xã Tân Tiến',
  'UBND xã Hồng Hà',
];

/** Staff, plan tasks, dossiers settled on time, dossiers received online: most communes send these. */
const BASE: Record<string, number> = {
  'IV.2.1': 10,
  'I.2.1': 10,
  'I.2.2': 9,
  'III.3.1.1': 100,
  'III.3.1.2': 95,
  'VII.5.3.1': 100,
  'VII.5.3.2': 90,
};
const plusOne = Object.fromEntries(Object.entries(BASE).map(([k, v]) => [k, v + 1]));

/** The day the files were copied into the folder, long after the quarter: a save date that must never make anyone late. */
export const COPIED = new Date(Date.UTC(2026, 11, 1, 5));

/**
 * The folder a province really receives for quarter III/2024: Bình Minh typing its name without
 * diacritics; Đông Thọ every count one more than the others; Phú Xuân 1% online where the others
 * have 90%; Bắc Sơn's real figures (its VII.5.3 = 6 / 5 = 120%, which the check calls an error),
 * its report dated 15/9/2024; Tân Tiến's quarter II report; and the consolidation of An Bình and
 * Cẩm Phúc by their former district, beside their own files. Returns the files' paths.
 */
export async function provinceFolder(dir: string): Promise<string[]> {
  const communes: [string, string, Record<string, CellValue>, string?][] = [
    ['an-binh.xlsx', 'UBND xã An Bình', BASE],
    ['binh-minh.xlsx', 'UBND xa Binh Minh', BASE],
    ['cam-phuc.xlsx', 'UBND xã Cẩm Phúc', BASE],
    ['dong-tho.xlsx', 'UBND xã Đông Thọ', plusOne],
    ['phu-xuan.xlsx', 'UBND xã Phú Xuân', { ...BASE, 'VII.5.3.2': 1 }],
    ['quang-lang.xlsx', 'UBND xã Quảng Lãng', BASE],
    ['tan-tien-quy-2.xlsx', 'UBND xã Tân Tiến', BASE, '2024-Q2'],
  ];
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (const [file, unit, values, period] of communes) {
    const { bytes } = await templateXlsx(template('dinh-ky'), {
      unit,
      period: parsePeriod(period ?? '2024-Q3'),
      values: cellValues({ ...values }),
    });
    writeFileSync(join(dir, file), bytes);
    paths.push(join(dir, file));
  }
  // Bắc Sơn's report as the commune made it: the template, then its figures.
  const work = join(dir, '..', `${dir.split(/[\\/]/).pop()}-work`);
  mkdirSync(work, { recursive: true });
  const blank = join(work, 'mau.xlsx');
  expect(
    cchc('template', 'dinh-ky', '--out', blank, '--unit', 'UBND xã Bắc Sơn', '--period', '2024-Q3', '--report-date', '15/9/2024').code,
  ).toBe(0);
  expect(cchc('fill', blank, '--values', BAC_SON_CSV, '--out', join(dir, 'bac-son.xlsx')).code).toBe(0);
  paths.push(join(dir, 'bac-son.xlsx'));
  // The former district's consolidation of two of the communes.
  const district = join(work, 'an-thi.xlsx');
  expect(cchc('merge', join(dir, 'an-binh.xlsx'), join(dir, 'cam-phuc.xlsx'), '--unit', 'UBND huyện Ân Thi', '--out', district).code).toBe(
    0,
  );
  copyFileSync(district, join(dir, 'huyen-an-thi-tong-hop.xlsx'));
  paths.push(join(dir, 'huyen-an-thi-tong-hop.xlsx'));
  for (const p of paths) utimesSync(p, COPIED, COPIED);
  return paths.sort();
}
