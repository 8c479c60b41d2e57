import { dayOf, type Timeliness } from '../../src/domain/merge/deadlines';
import type { Outlier } from '../../src/domain/merge/outliers';
import {
  logReasonText,
  logStatusText,
  outlierMethodText,
  recognitionText,
  outlierText,
  timelinessLines,
  type LogReason,
} from '../../src/domain/messages/merge-log';
import { breakdownHeadingText, targetsSummaryText } from '../../src/domain/messages/targets';
import { internalErrorText, problemText } from '../../src/domain/messages/problems';

const CASES: [LogReason, string, string][] = [
  [
    { code: 'unreadable', problem: { code: 'file-xls', file: 'xa.xls' } },
    problemText({ code: 'file-xls', file: 'xa.xls' }),
    problemText({ code: 'file-xls', file: 'xa.xls' }, 'en'),
  ],
  [{ code: 'internal', detail: 'TypeError: x' }, internalErrorText('TypeError: x'), internalErrorText('TypeError: x', 'en')],
  [
    { code: 'other-template', template: 'tong-ket-pl3', expected: 'dinh-ky' },
    'mẫu tong-ket-pl3, không phải dinh-ky',
    'template tong-ket-pl3, not dinh-ky',
  ],
  [{ code: 'other-period', period: '2024-Q2', expected: '2024-Q3' }, 'kỳ 2024-Q2, không phải 2024-Q3', 'period 2024-Q2, not 2024-Q3'],
  [{ code: 'other-period', period: '', expected: '2024-Q3' }, 'kỳ (không ghi), không phải 2024-Q3', 'period (none), not 2024-Q3'],
  [
    { code: 'period-invalid', period: `quý ba năm hai nghìn không trăm hai mươi tư ${'x'.repeat(20)}` },
    'ô kỳ báo cáo ghi "quý ba năm hai nghìn không trăm hai mươi", không phải kỳ hợp lệ (dạng 2024-Q3, 2024-H1, 2024)',
    'the period cell holds "quý ba năm hai nghìn không trăm hai mươi", not a valid period (such as 2024-Q3, 2024-H1, 2024)',
  ],
  [{ code: 'no-unit' }, 'tệp không ghi đơn vị báo cáo', 'the file names no reporting unit'],
  [
    { code: 'own-file', unit: 'UBND huyện Ân Thi' },
    'tệp tổng hợp của chính UBND huyện Ân Thi, không gộp lại vào chính nó',
    'the consolidated file of UBND huyện Ân Thi itself, not merged into itself',
  ],
  [
    { code: 'duplicate', unit: 'UBND xã A', newer: 'a.xlsx' },
    'trùng đơn vị UBND xã A: đã lấy tệp mới hơn a.xlsx',
    'another file of UBND xã A: the newer a.xlsx was taken',
  ],
  [
    { code: 'errors-excluded', errors: 2 },
    'có 2 lỗi khi kiểm tra (đã chọn loại tệp có lỗi)',
    '2 errors found by the check (files with errors left out, as chosen)',
  ],
  [{ code: 'errors-kept', errors: 1 }, 'có 1 lỗi khi kiểm tra (vẫn gộp)', '1 error found by the check (merged all the same)'],
];

test.each(CASES)('%j', (reason, vi, en) => {
  expect(logReasonText(reason)).toBe(vi);
  expect(logReasonText(reason, 'en')).toBe(en);
});

test('statuses in both languages', () => {
  expect([logStatusText('merged'), logStatusText('skipped'), logStatusText('merged', 'en'), logStatusText('skipped', 'en')]).toEqual([
    'đã gộp',
    'bỏ qua',
    'merged',
    'skipped',
  ]);
});

describe('the lines on deadlines', () => {
  const t: Timeliness = {
    dueBefore: dayOf(2024, 9, 5),
    window: { from: dayOf(2024, 6, 15), to: dayOf(2024, 9, 14) },
    sent: [
      { unit: 'UBND xã A', file: 'a.xlsx', day: dayOf(2024, 9, 6), source: 'given' },
      { unit: 'UBND xã B', file: 'b.xlsx', day: dayOf(2024, 9, 8), source: 'report' },
      { unit: 'UBND xã E', file: 'e.xlsx', source: 'file' },
      { unit: 'UBND xã K', file: 'k.xlsx', day: dayOf(2024, 9, 30), source: 'file' },
    ],
    late: [
      { unit: 'UBND xã A', file: 'a.xlsx', day: dayOf(2024, 9, 6), days: 1, source: 'given' },
      { unit: 'UBND xã B', file: 'b.xlsx', day: dayOf(2024, 9, 8), days: 3, source: 'report' },
    ],
    stale: [
      { unit: 'UBND xã C', file: 'c.xlsx', day: dayOf(2024, 6, 1), source: 'report' },
      { unit: 'UBND xã F', file: 'f.xlsx', day: dayOf(2024, 5, 20), source: 'given' },
    ],
    early: [
      { unit: 'UBND xã D', file: 'd.xlsx', day: dayOf(2024, 9, 1), source: 'report' },
      { unit: 'UBND xã G', file: 'g.xlsx', day: dayOf(2024, 9, 2), source: 'given' },
    ],
    fileDated: [{ unit: 'UBND xã K', file: 'k.xlsx', day: dayOf(2024, 9, 30), source: 'file' }],
    undated: [
      { unit: 'UBND xã E', file: 'e.xlsx', source: 'file' },
      { unit: 'UBND xã H', file: 'h.xlsx', source: 'file' },
    ],
  };

  test('in Vietnamese: the window and due day, then each list with the day and where it comes from', () => {
    const lines = timelinessLines(t, 'quý III/2024');
    expect(lines[0]).toMatch(/^Kỳ số liệu quý III\/2024: từ 15\/6\/2024 đến 14\/9\/2024\. Hạn nộp: trước ngày 05\/9\/2024\. /);
    expect(lines.slice(1)).toEqual([
      'Nộp muộn: UBND xã A (06/9/2024, muộn 1 ngày, ngày được nhập); UBND xã B (08/9/2024, muộn 3 ngày, ngày ghi trên báo cáo)',
      'Báo cáo ghi ngày trước kỳ số liệu (có thể là báo cáo kỳ trước): UBND xã C (01/6/2024, ngày ghi trên báo cáo); UBND xã F (20/5/2024, ngày được nhập)',
      'Lập trước khi kỳ số liệu khép lại (số liệu có thể chưa đủ kỳ): UBND xã D (01/9/2024, ngày ghi trên báo cáo); UBND xã G (02/9/2024, ngày được nhập)',
      'Ngày nộp: UBND xã A (06/9/2024, ngày được nhập); UBND xã B (08/9/2024, ngày ghi trên báo cáo)',
      'Chỉ biết ngày lưu tệp (không xét muộn): UBND xã K (30/9/2024)',
      'Không rõ ngày nộp: UBND xã E; UBND xã H',
    ]);
  });

  test('in English, one day late and three days late', () => {
    const lines = timelinessLines(t, 'Q3 2024', 'en');
    expect(lines[0]).toMatch(/^Figures for Q3 2024: from 15\/6\/2024 to 14\/9\/2024\. Due before 05\/9\/2024\. /);
    expect(lines.slice(1)).toEqual([
      'Late: UBND xã A (06/9/2024, 1 day late, day given); UBND xã B (08/9/2024, 3 days late, date on the report)',
      'Report dated before the period (last period’s?): UBND xã C (01/6/2024, date on the report); UBND xã F (20/5/2024, day given)',
      'Dated before the figures’ window closed (figures may be partial): UBND xã D (01/9/2024, date on the report); UBND xã G (02/9/2024, day given)',
      'Days sent: UBND xã A (06/9/2024, day given); UBND xã B (08/9/2024, date on the report)',
      'Only the file’s save date is known (not judged): UBND xã K (30/9/2024)',
      'No date: UBND xã E; UBND xã H',
    ]);
  });

  test('with no rule, the window and that nobody is judged late', () => {
    const none: Timeliness = { ...t, late: [], early: [], stale: [], sent: [], fileDated: [], undated: [] };
    delete none.dueBefore;
    expect(timelinessLines(none, 'quý III/2024')).toEqual([
      'Kỳ số liệu quý III/2024: từ 15/6/2024 đến 14/9/2024. Chưa có quy định hạn nộp của tỉnh: không xét nộp muộn.',
    ]);
    expect(timelinessLines(none, 'Q3 2024', 'en')).toEqual([
      'Figures for Q3 2024: from 15/6/2024 to 14/9/2024. No deadline rule was given: nobody is judged late.',
    ]);
  });

  test('everyone on time: the due day alone', () => {
    expect(timelinessLines({ ...t, late: [], stale: [], early: [], sent: [], fileDated: [], undated: [] }, 'quý III/2024')).toHaveLength(1);
  });
});

test('the recognition line: the counts, then what the table leaves out and where it was taken from, in both languages', () => {
  const note = { confidence: 0.899, tied: 40, unmatched: 1, missing: 0, periodGiven: '2024-H1', unitGiven: 'UBND xã Ba' };
  expect(recognitionText(note)).toBe(
    'nhận dạng từ bảng tự lập (độ tin cậy 89%): 40 dòng nhận ra, 1 dòng không nhận ra, thiếu 0 chỉ tiêu; bảng không ghi kỳ báo cáo, theo người tổng hợp là kỳ 2024-H1; bảng không ghi đơn vị, theo người tổng hợp là UBND xã Ba',
  );
  expect(recognitionText(note, 'en')).toBe(
    'recognised from a hand-made table (confidence 89%): 40 rows recognised, 1 not recognised, 0 indicators missing; the table names no period; given as 2024-H1; the table names no unit; given as UBND xã Ba',
  );
  expect(recognitionText({ confidence: 1, tied: 3, unmatched: 0, missing: 2 }, 'en')).toBe(
    'recognised from a hand-made table (confidence 100%): 3 rows recognised, 0 not recognised, 2 indicators missing',
  );
});

describe('an unusual value', () => {
  const rate: Outlier = {
    unit: 'UBND xã A',
    file: 'a.xlsx',
    code: 'VII.5.3',
    key: 'VII.5.3@value',
    value: 0.12,
    median: 0.85,
    z: -6.3,
    among: 25,
  };
  const count: Outlier = {
    unit: 'UBND xã B',
    file: 'b.xlsx',
    code: 'III.3.1.1',
    key: 'III.3.1.1@value',
    value: 4000,
    perSize: 200,
    median: 20.5,
    z: 41.234,
    among: 30,
  };

  test('a rate against the median, z with a true minus sign', () => {
    expect(outlierText(rate, {}, true)).toBe('VII.5.3 = 12%: trung vị của 25 đơn vị 85%, z = −6,3');
    expect(outlierText(rate, {}, true, 'en')).toBe('VII.5.3 = 12%: the median of 25 units is 85%, z = −6.3');
  });

  test('a count per person of the unit’s staff', () => {
    expect(outlierText(count, { size: 'IV.2.1' }, false)).toBe(
      'III.3.1.1 = 4.000, tức 200 trên một người của IV.2.1: trung vị của 30 đơn vị 20,5, z = 41,2',
    );
    expect(outlierText(count, { size: 'IV.2.1' }, false, 'en')).toBe(
      'III.3.1.1 = 4,000, that is 200 per person of IV.2.1: the median of 30 units is 20.5, z = 41.2',
    );
  });

  test('the method, with the size counts are divided by where the template has one', () => {
    expect(outlierMethodText({ size: 'IV.2.1' })).toContain('tỷ lệ so sánh trực tiếp, số đếm chia cho IV.2.1 của từng đơn vị; chỉ nêu');
    expect(outlierMethodText({})).toContain('tỷ lệ so sánh trực tiếp; chỉ nêu khi chênh lệch đáng kể');
    expect(outlierMethodText({ size: 'IV.2.1' }, 'en')).toContain("rates compared as they are, counts divided by each unit's IV.2.1; only");
    expect(outlierMethodText({}, 'en')).toContain('rates compared as they are; only a difference that matters');
    expect(outlierMethodText({})).toContain(
      'có ít nhất 5 đơn vị có số liệu không lỗi; tỷ lệ so sánh trực tiếp; chỉ nêu khi chênh lệch đáng kể (tỷ lệ cách trung vị từ 10 điểm phần trăm, số đếm từ một nửa trung vị và ít nhất 5; gấp đôi khi đa số đơn vị có cùng số liệu). Đây là cảnh báo',
    );
  });
});

describe('a unit’s targets in one line', () => {
  test('its level and year, the count of targets and of each outcome, in the order of the outcomes', () => {
    const u = { unit: 'UBND xã Bắc Sơn', level: 'xa' as const, year: 2024, counts: { 'no-data': 1, met: 2 } };
    expect(targetsSummaryText(u)).toBe('UBND xã Bắc Sơn — cấp xã, năm 2024: 3 mục tiêu (2 đạt, 1 chưa có số liệu)');
    expect(targetsSummaryText(u, 'en')).toBe('UBND xã Bắc Sơn — commune, 2024: 3 targets (2 met, 1 no figure)');
  });

  test('no level known, no year, one target; none at all', () => {
    const u = { unit: 'Sở Tư pháp', counts: { judge: 1 } };
    expect(targetsSummaryText(u)).toBe('Sở Tư pháp — chưa rõ cấp: 1 mục tiêu (1 cán bộ đánh giá)');
    expect(targetsSummaryText(u, 'en')).toBe('Sở Tư pháp — level not known: 1 target (1 for the official)');
    expect(targetsSummaryText({ unit: 'Sở Tư pháp', counts: { met: 0 } })).toBe('Sở Tư pháp — chưa rõ cấp: 0 mục tiêu');
  });

  test('the heading of the units of a consolidation', () => {
    expect(breakdownHeadingText('Sở Nội vụ tỉnh Hưng Yên', 'Chi tiết theo đơn vị', 2)).toBe(
      'Từng đơn vị trong tổng hợp của Sở Nội vụ tỉnh Hưng Yên (2 đơn vị, trang "Chi tiết theo đơn vị"): các mục tiêu đo được bằng số liệu',
    );
    expect(breakdownHeadingText('Sở Nội vụ tỉnh Hưng Yên', 'Chi tiết theo đơn vị', 1, 'en')).toBe(
      'Each unit of Sở Nội vụ tỉnh Hưng Yên\'s consolidation (1 unit, sheet "Chi tiết theo đơn vị"): the targets its figures measure',
    );
    expect(breakdownHeadingText('X', 'S', 2, 'en')).toContain('(2 units, sheet "S")');
  });
});
