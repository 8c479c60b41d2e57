import { mergeReports, type UnitFile } from '../../src/domain/merge/merge';
import { unitReport } from '../../src/domain/merge/unit-report';
import { recognitionText } from '../../src/domain/messages/merge-log';
import { readAnySheet } from '../../src/domain/recognise/recognised-sheet';
import type { TemplateSheet } from '../../src/domain/sheet/read';
import { handMade, sampleData } from '../support/hand-made';
import { typedSheet } from '../support/typed-sheet';
import { BUILT_IN, template } from '../support/templates';

/** What a merge does with tables typed by hand: their unit and period, and what the log says of them. */
const T = template('dinh-ky');
const NQ = sampleData('xa-nhat-quan-2024-Q3.csv');
const TITLE = 'THỐNG KÊ SỐ LIỆU CẢI CÁCH HÀNH CHÍNH QUÝ III NĂM 2024';

const handSheet = (heading: string[]) =>
  readAnySheet(handMade(T, NQ, { columns: ['stt', 'label', 'unit', 'value'], heading, noteRows: true }).grid, BUILT_IN)!;
const fileOf = (file: string, s: TemplateSheet): UnitFile => ({ file, size: 1, modified: 1, checksum: file, report: unitReport(file, s) });
const merge = (files: UnitFile[], given?: Record<string, { unit?: string; period?: string }>) =>
  mergeReports(files, { catalogue: BUILT_IN, unit: 'UBND tỉnh Thử', ...(given ? { given } : {}) });

test('a table that names its unit and period is merged under them; the log says it was recognised, with its counts', async () => {
  const own = await typedSheet('dinh-ky', { 'I.2.1': 3 }, 'UBND xã Một');
  own.identity.period = '2024-Q3';
  const hand = handSheet(['UBND XÃ NHẤT QUÁN', TITLE]);
  const r = merge([fileOf('mot.xlsx', own), fileOf('nq.xlsx', hand)]);
  expect(r.units.map((u) => u.unit)).toEqual(['UBND xã Một', 'UBND xã Nhất Quán']);
  const entry = r.log.find((l) => l.file === 'nq.xlsx')!;
  const facts = hand.recognised!;
  // Note rows are typed in the label column: listed as not recognised, by cell, and not merged.
  expect(facts.unmatched.length).toBeGreaterThan(0);
  expect(entry.recognised).toEqual({ confidence: 1, tied: 121, unmatched: facts.unmatched.length, missing: 0 });
  expect(entry.reason).toBe(
    `nhận dạng từ bảng tự lập (độ tin cậy 100%): 121 dòng nhận ra, ${facts.unmatched.length} dòng không nhận ra, thiếu 0 chỉ tiêu`,
  );
  expect(r.log.find((l) => l.file === 'mot.xlsx')!.recognised).toBeUndefined();
  const u = facts.unmatched[0];
  expect(r.notes).toContain(
    `nq.xlsx: ô ${String.fromCharCode(64 + u.col)}${u.row} "Ghi chú: số liệu tính đến ngày báo cáo" không nhận ra là chỉ tiêu nào, không tổng hợp`,
  );
  expect(r.values.get('I.2.1@value')).toBe(3 + (NQ.get('I.2.1@value') as number));
});

test('a table that names no period takes the merge’s, said so; it has no say in which period is merged', async () => {
  const q2 = async (unit: string) => {
    const s = await typedSheet('dinh-ky', { 'I.2.1': 1 }, unit);
    s.identity.period = '2024-Q2';
    return s;
  };
  const hand = handSheet(['UBND XÃ NHẤT QUÁN', 'PHỤ LỤC THỐNG KÊ']);
  expect(hand.identity.period).toBe('');
  const r = merge([
    fileOf('a.xlsx', await q2('UBND xã A')),
    fileOf('nq1.xlsx', hand),
    fileOf('nq2.xlsx', handSheet(['UBND XÃ HAI', 'PHỤ LỤC'])),
  ]);
  expect(r.period).toBe('2024-Q2');
  expect(r.log.map((l) => [l.file, l.status, l.period])).toEqual([
    ['a.xlsx', 'merged', '2024-Q2'],
    ['nq1.xlsx', 'merged', '2024-Q2'],
    ['nq2.xlsx', 'merged', '2024-Q2'],
  ]);
  expect(r.log[1].recognised!.periodAssumed).toBe('2024-Q2');
  expect(r.log[1].reason).toMatch(/; bảng không ghi kỳ báo cáo, tính là kỳ 2024-Q2$/);
  // The file's own report is left as read.
  expect(hand.identity.period).toBe('');
});

test('a table that names no unit is skipped until its unit is given; given by its file name, it is merged and the log says by whom', () => {
  const nameless = handSheet(['PHỤ LỤC', TITLE]);
  expect(nameless.identity.unit).toBe('');
  const skipped = merge([fileOf('nhan/khong-ten.xlsx', nameless)]);
  expect(skipped.log.map((l) => [l.status, l.reason])).toEqual([
    ['skipped', expect.stringMatching(/^nhận dạng từ bảng tự lập .*; tệp không ghi đơn vị báo cáo$/)],
  ]);
  const given = merge([fileOf('nhan/khong-ten.xlsx', nameless)], { 'khong-ten.xlsx': { unit: ' UBND xã Ba ' } });
  expect(given.units.map((u) => u.unit)).toEqual(['UBND xã Ba']);
  expect(given.log[0].recognised!.unitGiven).toBe('UBND xã Ba');
  expect(given.log[0].reason).toMatch(/; bảng không ghi đơn vị, theo người tổng hợp là UBND xã Ba$/);
  // A unit given for a file whose table names one replaces it, without a word about recognition's unit.
  const named = merge([fileOf('nq.xlsx', handSheet(['UBND XÃ NHẤT QUÁN', TITLE]))], { 'nq.xlsx': { unit: 'UBND xã Nhất Quán Mới' } });
  expect([named.units[0].unit, named.log[0].recognised!.unitGiven]).toEqual(['UBND xã Nhất Quán Mới', undefined]);
});

test('the recognition line in English', () => {
  expect(
    recognitionText({ confidence: 0.957, tied: 118, unmatched: 2, missing: 3, periodAssumed: '2024-Q3', unitGiven: 'UBND xã Ba' }, 'en'),
  ).toBe(
    'recognised from a hand-made table (confidence 95%): 118 rows recognised, 2 not recognised, 3 indicators missing; the table names no period, taken as 2024-Q3; the table names no unit; given as UBND xã Ba',
  );
});
