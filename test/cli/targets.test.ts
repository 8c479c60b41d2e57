import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/exceljs-adapter';
import { fillWorkbook } from '../../src/app/fill';
import { renderTemplate } from '../../src/domain/render/template';
import { bacSonFile, cchc, tempDir } from '../support/cli';
import { BUILT_IN, template } from '../support/templates';
import { openXlsx } from '../support/workbooks';

interface TargetJson {
  id: string;
  status: string;
  value: number | null;
  threshold: number | null;
  note: string;
  measure: { code: string; reported: number | null } | null;
}
interface UnitJson {
  unit: string;
  level: string | null;
  year: number | null;
  targets: TargetJson[];
  assessments: { cell: string; code: string; state: string; proposal: string | null; written: string | null; text: string }[];
}

describe('cchc targets', () => {
  test('holds a commune’s report against its targets, as JSON', () => {
    const r = cchc('targets', bacSonFile(tempDir()), '--json');
    expect(r.code).toBe(0);
    const [u] = JSON.parse(r.out) as UnitJson[];
    expect(u).toMatchObject({ unit: 'UBND xã Bắc Sơn', level: 'xa', year: 2024, assessments: [] });
    const own = u.targets.find((t) => t.id === 'BS2024-1')!;
    // 6 online of 5 received: VII.5.3.2 is in error, so its 120% is shown and never judged met.
    expect(own).toMatchObject({ status: 'in-error', threshold: 0.98, measure: { code: 'VII.5.3', reported: 1 } });
    expect(own.value).toBeCloseTo(6 / 5, 12);
    expect(u.targets.find((t) => t.id === 'D11')!.note).toBe('0 (dinh-ky IV.3.1); cần số liệu năm 2025 (kỳ gốc)');
  });

  test('on a consolidation, lists each unit of its breakdown after the total, in both languages', () => {
    const dir = tempDir();
    const commune = bacSonFile(dir);
    const merged = join(dir, 'tong-hop.xlsx');
    expect(cchc('merge', commune, '--out', merged, '--unit', 'UBND huyện Ân Thi').code).toBe(0);
    const units = JSON.parse(cchc('targets', merged, '--json').out) as (UnitJson & { within: string | null })[];
    expect(units.map((u) => [u.unit, u.within])).toEqual([
      ['UBND huyện Ân Thi', null],
      ['UBND xã Bắc Sơn', 'UBND huyện Ân Thi'],
    ]);
    // The commune's own target, from the breakdown: 6 / 5 online, its part in error as the log lists it: not judged.
    expect(units[1].targets.find((t) => t.id === 'BS2024-1')).toMatchObject({ status: 'in-error', value: expect.closeTo(1.2, 12) });
    const lines = cchc('targets', merged).out.split('\n');
    const at = lines.indexOf(
      'Từng đơn vị trong tổng hợp của UBND huyện Ân Thi (1 đơn vị, trang "Chi tiết theo đơn vị"): các mục tiêu đo được bằng số liệu',
    );
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(/^UBND xã Bắc Sơn — cấp xã, năm 2024: \d+ mục tiêu \(/);
    // A copy written from it keeps the figures, not the charts: said, the source untouched.
    const copy = cchc('targets', merged, '--out', join(dir, 'ban-sao.xlsx'));
    expect([copy.code, copy.err.trim()]).toEqual([
      0,
      `Lưu ý: tệp gốc có biểu đồ, hình hoặc PivotTable; ${join(dir, 'ban-sao.xlsx')} giữ số liệu nhưng không có các đối tượng đó (tệp gốc không đổi).`,
    ]);
    expect(cchc('targets', commune, '--out', join(dir, 'xa.xlsx')).err).toBe('');
    expect(cchc('targets', merged, '--lang', 'en').out).toContain(
      `Each unit of UBND huyện Ân Thi's consolidation (1 unit, sheet "Chi tiết theo đơn vị"): the targets its figures measure`,
    );
  });

  test('lists them in words, in English too', () => {
    const file = bacSonFile(tempDir());
    const vi = cchc('targets', file);
    expect(vi.out.split('\n')[0]).toBe(
      'UBND xã Bắc Sơn — cấp xã, năm 2024: 13 mục tiêu (2 không xét vì số liệu lỗi, 1 chưa có số liệu, 7 không có chỉ tiêu đo, 3 cán bộ đánh giá)',
    );
    expect(vi.out).toContain(
      '  Không xét vì số liệu lỗi\tBS2024-1\t2024\tSố lượng hồ sơ trực tuyến tiếp nhận và giải quyết (tối thiểu)\t≥ 98%\t120% (dinh-ky VII.5.3;',
    );
    const en = cchc('targets', file, '--lang', 'en');
    expect(en.out.split('\n')[0]).toBe(
      'UBND xã Bắc Sơn — commune, 2024: 13 targets (2 not judged: in error, 1 no figure, 7 not measured, 3 for the official)',
    );
  });

  test('adds a province’s own targets from a JSON file, and refuses a wrong one by name', () => {
    const dir = tempDir();
    const file = bacSonFile(dir);
    const own = join(dir, 'muc-tieu-tinh.json');
    writeFileSync(
      own,
      JSON.stringify({
        id: 'tinh-hung-yen-2024',
        name: 'Mục tiêu năm 2024 của tỉnh',
        source: 'Kế hoạch CCHC năm 2024',
        targets: [
          {
            id: 'HY-1',
            label: 'Hồ sơ giải quyết đúng hạn',
            year: 2024,
            judged: 'threshold',
            comparison: '=',
            threshold: 1,
            measures: [{ template: 'dinh-ky', code: 'III.3.1' }],
          },
          {
            id: 'HY-2',
            label: 'TTHC toàn trình',
            year: 2024,
            judged: 'threshold',
            comparison: '>=',
            threshold: 0.5,
            measures: [{ template: 'dinh-ky', code: 'VII.5.2' }],
          },
        ],
      }),
    );
    const r = cchc('targets', file, '--targets', own, '--json');
    expect(r.code).toBe(0);
    const [u] = JSON.parse(r.out) as UnitJson[];
    // 376 of 376 dossiers on time; 2 of 99 procedures fully online (the unit wrote 22).
    expect(u.targets.find((t) => t.id === 'HY-1')).toMatchObject({ status: 'met', value: 1 });
    // VII.5.2.1 = 99 is more than the procedures in force (III.1.4): a part in error, so the rate is not judged.
    const online = u.targets.find((t) => t.id === 'HY-2')!;
    expect(online.status).toBe('in-error');
    expect(online.value).toBeCloseTo(2 / 99, 12);

    writeFileSync(own, '{ "id": "tinh-x", ');
    const broken = cchc('targets', file, '--targets', own);
    expect(broken.code).toBe(2);
    expect(broken.err).toContain('Không đọc được tệp mục tiêu "muc-tieu-tinh.json"');
    writeFileSync(
      own,
      JSON.stringify({ id: 'tinh-x', name: 'x', source: 'x', targets: [{ id: 'D01', label: 'x', year: 2025, judged: 'qualitative' }] }),
    );
    const twice = cchc('targets', file, '--targets', own);
    expect(twice.code).toBe(2);
    expect(twice.err).toContain('mục tiêu "D01" đã có trong "ct-khanh-son-2021-2030"');
  });

  test('a level it does not know, a missing file and a file with no template sheet are refused', async () => {
    const dir = tempDir();
    const level = cchc('targets', bacSonFile(dir), '--level', 'thon');
    expect(level.code).toBe(2);
    expect(level.err).toContain('--level tinh|huyen|xa');
    expect(cchc('targets', join(dir, 'khong-co.xlsx')).err).toContain('khong-co.xlsx');
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Sheet1').getCell('A1').value = 'Số liệu';
    const file = join(dir, 'trong.xlsx');
    await plain.xlsx.writeFile(file);
    const none = cchc('targets', file);
    expect(none.code).toBe(2);
    expect(none.err).toContain('Tệp "trong.xlsx" không có trang tính nào được tạo từ mẫu CCHC');
  });

  test('writes the self-assessment proposals into a copy, the source untouched', async () => {
    const dir = tempDir();
    const wb = ExcelJsWorkbook.create(ExcelJS);
    for (const [id, csv] of [
      ['tong-ket-pl1', '6.3@y2019,85%'],
      ['tong-ket-pl7', '1@y2020,95%\n13@y2020,98%'],
      ['tong-ket-pl8', '5,Không đạt'],
    ]) {
      const name = await wb.addSheet(renderTemplate(template(id), { unit: 'UBND tỉnh Bình Định' }));
      await fillWorkbook(wb, BUILT_IN, 'x.xlsx', { name: 'v.csv', text: csv }, name);
    }
    const source = join(dir, 'tong-ket.xlsx');
    writeFileSync(source, await wb.toBuffer());
    const hash = () => createHash('sha256').update(readFileSync(source)).digest('hex');
    const before = hash();
    const out = join(dir, 'tong-ket-danh-gia.xlsx');
    const r = cchc('targets', source, '--out', out, '--json');
    expect(r.code).toBe(0);
    expect(hash()).toBe(before);
    const [u] = JSON.parse(r.out) as UnitJson[];
    const row = (code: string) => u.assessments.find((a) => a.code === code)!;
    expect([row('2').state, row('5').state, row('11').state]).toEqual(['proposed', 'override', 'proposed']);
    const written = await openXlsx(readFileSync(out));
    const ws = written.worksheets.find((w) => w.getCell('A1').value === 'cchc:tong-ket-pl8@1.0.0')!;
    expect([ws.getCell(row('2').cell).value, ws.getCell(row('5').cell).value, ws.getCell(row('11').cell).value]).toEqual([
      'Đạt',
      'Không đạt',
      'Không đạt',
    ]);
    expect(cchc('targets', source, '--out', source).code).toBe(2);
  });
});
