import { logReasonText, logStatusText, type LogReason } from '../../src/domain/messages/merge-log';
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
