import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { run } from '../../src/cli/main';
import { cchc, tempDir } from '../support/cli';

const CSV = resolve(__dirname, '../../assets/samples/bac-son-2024-Q3.csv');

function lines() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

/** The CLI in English: its own sentences, the findings, problems, fill outcomes, changes and log reasons. */
describe('cchc --lang en', () => {
  test('fill, validate, compute and merge speak English; the sheets stay Vietnamese', () => {
    const dir = tempDir();
    const blank = join(dir, 'mau.xlsx');
    const filled = join(dir, 'bac-son.xlsx');
    const made = cchc('template', 'dinh-ky', '--out', blank, '--unit', 'UBND xã Bắc Sơn', '--period', '2024-Q3', '--lang', 'en');
    expect(made.out.trim()).toBe(`Wrote template dinh-ky (version 1.1.0) to sheet "Phụ lục 2024-Q3" of ${blank}`);

    const csv = join(dir, 'v.csv');
    writeFileSync(csv, 'code,value\nI.2.1,7\nI.9.9,3\n');
    const some = cchc('fill', blank, '--values', csv, '--out', join(dir, 'some.xlsx'), '--lang=en');
    expect(some.code).toBe(1);
    expect(some.out.trim()).toBe(`Wrote 1/2 values to sheet "Phụ lục 2024-Q3" → ${join(dir, 'some.xlsx')}`);
    expect(some.err.trim()).toBe('Not written: Line 3: indicator code "I.9.9" is not in template dinh-ky');
    expect(cchc('fill', blank, '--values', CSV, '--out', filled).code).toBe(0);

    const checked = cchc('validate', filled, '--lang', 'en');
    expect(checked.code).toBe(1);
    const out = checked.out.trim().split('\n');
    expect(out).toContain('Phụ lục 2024-Q3!E12\tI.2\tR01\terror\tI.2 holds 80% but 5/7 nhiệm vụ = 71.4%');
    expect(out[out.length - 1]).toBe(`${filled}: 8 errors, 16 warnings in 1 template sheet.`);
    const json = JSON.parse(cchc('validate', filled, '--json', '--lang', 'en').out) as { code: string; message: string }[];
    expect(json.find((f) => f.code === 'I.2')!.message).toBe('I.2 holds 80% but 5/7 nhiệm vụ = 71.4%');

    const computed = cchc('compute', filled, '--out', join(dir, 'tinh.xlsx'), '--lang', 'en');
    expect(computed.out).toContain('Phụ lục 2024-Q3!E12\tI.2: 80% → 71.4% (=I.2.2 / I.2.1)\n');
    expect(computed.out.trim().split('\n').pop()).toBe(`Computed 11 cells → ${join(dir, 'tinh.xlsx')}`);

    // The files were made today, long after quarter III of 2024 was due: the day sent is given.
    const merge = (sent: string, ...rule: string[]) =>
      cchc(
        'merge',
        filled,
        blank,
        '--out',
        join(dir, 'th.xlsx'),
        '--unit',
        'UBND huyện Thử',
        '--lang',
        'en',
        '--submitted',
        `UBND xã Bắc Sơn=${sent}`,
        ...rule,
      );
    const merged = merge('04/9/2024');
    expect(merged.code).toBe(0);
    expect(merged.out.trim().split('\n')).toEqual([
      `✓ bac-son.xlsx\tUBND xã Bắc Sơn\tmerged: 8 errors found by the check (merged all the same)`,
      `✗ mau.xlsx\tUBND xã Bắc Sơn\tskipped: another file of UBND xã Bắc Sơn: the newer bac-son.xlsx was taken`,
      '8 errors found in 1 file: listed on the sheet "Nhật ký tổng hợp" (or with --json)',
      `Consolidated 1/2 files (dinh-ky, period 2024-Q3) → ${join(dir, 'th.xlsx')}`,
    ]);
    // Late only under a rule: the day given is past this period's due day.
    expect(merge('07/9/2024').out).not.toContain('Late');
    expect(merge('07/9/2024', '--due-before', '05/9/2024').out).toContain(
      'Late (days): UBND xã Bắc Sơn (3); see the sheet "Nhật ký tổng hợp"\n',
    );
  });

  test('problems and the usage in English; CCHC_LANG chooses too; a language it does not speak is refused', async () => {
    const missing = lines();
    expect(await run(['validate', 'khong-co.xlsx'], missing.io, { CCHC_LANG: 'en' })).toBe(2);
    expect(missing.err).toEqual(['Cannot open "khong-co.xlsx": the file does not exist or cannot be read.']);
    const vi = lines();
    expect(await run(['validate', 'khong-co.xlsx'], vi.io, {})).toBe(2);
    expect(vi.err).toEqual(['Không mở được tệp "khong-co.xlsx": tệp không tồn tại hoặc không đọc được.']);

    const help = lines();
    expect(await run(['help', '--lang', 'en'], help.io, {})).toBe(0);
    expect(help.out[0]).toMatch(/^cchc — administrative reform reporting on Excel files/);
    const unknown = lines();
    expect(await run(['frobnicate', '--lang', 'en'], unknown.io, {})).toBe(2);
    expect(unknown.err[0]).toMatch(/^There is no command "frobnicate"\.\n\ncchc — administrative reform/);

    const french = lines();
    expect(await run(['templates', '--lang', 'fr'], french.io, {})).toBe(2);
    expect(french.err).toEqual(['Cần: --lang vi|en']);
    const list = lines();
    expect(await run(['templates', '--lang', 'en'], list.io, {})).toBe(0);
    expect(list.out.find((l) => l.startsWith('dinh-ky '))).toMatch(/ 121 rows {2}/);
  });
});
