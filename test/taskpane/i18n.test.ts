import { TEXTS } from '../../src/taskpane/i18n';
import { ExcelFailure } from '../../src/adapters/office/excel-failure';

/** The task pane's English counts one and many (the Vietnamese noun has no plural). */
const en = TEXTS.en;

test.each([
  [en.summary(1, 0, 1), '1 error, 0 warnings in 1 template sheet'],
  [en.summary(0, 1, 2), '0 errors, 1 warning in 2 template sheets'],
  [en.counts(2, 1), '2 errors, 1 warning'],
  [en.rows(1), '1 indicator row'],
  [en.cleared(1), 'Marks cleared, 1 cell restored.'],
  [en.applyCompute(3), 'Write 3 cells'],
  [en.computed(1), 'Recomputed 1 cell.'],
  [en.mergeChosen(1), '1 file chosen'],
  [en.mergeErrors(1, 1).split(':')[0], '1 check error in 1 file'],
  [en.mergeErrors(4, 2).split(':')[0], '4 check errors in 2 files'],
])('%s', (said, expected) => expect(said).toBe(expected));

test('the period choices say year and whole year apart', () => {
  expect(en.year).not.toBe(en.wholeYear);
});

test('what Excel refused is named with its step, what its code means and the code itself', () => {
  const editing = new ExcelFailure('unprotect', 'InvalidOperationInCellEditMode', 'Phụ lục 2024-Q3');
  expect(TEXTS.vi.error(editing)).toBe(
    'Lỗi: Excel không cho gỡ bảo vệ trang "Phụ lục 2024-Q3": Excel đang ở chế độ sửa ô: nhấn Enter hoặc Esc rồi làm lại (mã lỗi InvalidOperationInCellEditMode).',
  );
  expect(TEXTS.en.error(editing)).toBe(
    'Error: Excel refused to unprotect the sheet "Phụ lục 2024-Q3": Excel is editing a cell: press Enter or Esc and try again (error code InvalidOperationInCellEditMode).',
  );
  // A code without a known meaning is shown as it is; a sheet left unprotected is said so.
  const reprotect = new ExcelFailure('protect', 'GeneralException', 'Biểu 1');
  expect(TEXTS.vi.error(reprotect)).toBe(
    'Lỗi: Excel không cho bảo vệ lại trang "Biểu 1" (mã lỗi GeneralException). Trang có thể đang không được bảo vệ: hãy bật lại ở Xem lại › Bảo vệ trang tính.',
  );
  expect(TEXTS.en.error(reprotect)).toContain('The sheet may be left unprotected');
});

test('what an Excel lacks and what it refused on the way are said in both languages', () => {
  expect(TEXTS.vi.shortfalls(['drop-downs', 'comments'])).toBe(
    'Excel này chưa có: danh sách chọn và kiểm tra khi nhập vào ô (cần ExcelApi 1.8); chú thích cạnh ô bị đánh dấu (cần ExcelApi 1.10; lời nhắn vẫn ở danh sách kết quả). Các việc khác vẫn làm đầy đủ.',
  );
  expect(TEXTS.en.shortfalls(['print-setup'])).toContain('print setup (needs ExcelApi 1.9');
  const notice = { kind: 'print-setup-failed' as const, sheet: 'Phụ lục 3', excelCode: 'GeneralException' };
  expect(TEXTS.vi.notice(notice)).toBe(
    'Excel không nhận thiết lập trang in của trang "Phụ lục 3" (mã lỗi GeneralException): khi in, hãy chọn khổ A4 và vừa một trang ngang.',
  );
  expect(TEXTS.en.notice(notice)).toContain('"Phụ lục 3" (error code GeneralException)');
});
