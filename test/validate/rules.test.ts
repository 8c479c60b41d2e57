import { templateRows } from '../../src/domain/catalogue/rows';
import type { CellValue } from '../../src/domain/sheet/plan';
import type { Finding } from '../../src/domain/validate/finding';
import { validateSheet } from '../../src/domain/validate/validate';
import { keyOf, typedSheet } from '../support/typed-sheet';
import { template, BUILT_IN } from '../support/templates';

type Cells = Record<string, CellValue>;

/**
 * One rule of one template: cells that break it (a finding `rule` at `at`), and cells on its
 * boundary that satisfy it (equal values, exactly at the tolerance, zero denominators): no finding
 * of that rule and severity anywhere on the sheet. Messages are written out by hand.
 */
interface Case {
  id: string;
  template?: string;
  /** "R14:error". */
  rule: string;
  fail: Cells;
  at: string;
  boundary: Cells;
  message?: string;
  unit?: string;
}

const HUYEN = 'tong-ket-huyen-pl2';

const CASES: Case[] = [
  // Reported ratios against their parts: within 0.5 percentage points (inclusive), else an error.
  {
    id: 'ratio 3 points off',
    rule: 'R01:error',
    fail: { 'I.2': '78%', 'I.2.1': 8, 'I.2.2': 6 },
    at: 'I.2',
    boundary: { 'I.2': '75,5%', 'I.2.1': 8, 'I.2.2': 6 },
    message: 'I.2 ghi 78% nhưng 6/8 nhiệm vụ = 75%',
  },
  {
    id: 'ratio 1 point off',
    rule: 'R01:error',
    fail: { 'I.2': '76%', 'I.2.1': 8, 'I.2.2': 6 },
    at: 'I.2',
    boundary: { 'I.2': '74,5%', 'I.2.1': 8, 'I.2.2': 6 },
  },
  {
    id: 'ratio as a fraction',
    rule: 'R01:error',
    fail: { 'I.2': 0.8, 'I.2.1': 7, 'I.2.2': 5 },
    at: 'I.2',
    boundary: { 'I.2': 0.71, 'I.2.1': 7, 'I.2.2': 5 },
    message: 'I.2 ghi 80% nhưng 5/7 nhiệm vụ = 71,4%',
  },
  {
    id: 'ratio left empty',
    rule: 'R01:warning',
    fail: { 'I.2': '', 'I.2.1': 8, 'I.2.2': 6 },
    at: 'I.2',
    boundary: { 'I.2': '', 'I.2.1': 8 },
    message: 'I.2 để trống; tính được 6/8 nhiệm vụ = 75%',
  },
  {
    id: 'R02',
    rule: 'R02:error',
    fail: { 'I.3.2': '50%', 'I.3.3': 4, 'I.3.3.1': 3 },
    at: 'I.3.2',
    boundary: { 'I.3.2': '75%', 'I.3.3': 4, 'I.3.3.1': 3 },
    message: 'I.3.2 ghi 50% nhưng 3/4 vấn đề = 75%',
  },
  {
    id: 'R03',
    rule: 'R03:error',
    fail: { 'II.2.2': '20%', 'II.2.2.1': 4, 'II.2.2.2': 1 },
    at: 'II.2.2',
    boundary: { 'II.2.2': '25%', 'II.2.2.1': 4, 'II.2.2.2': 1 },
  },
  {
    id: 'R04',
    rule: 'R04:error',
    fail: { 'II.3.2': '100%', 'II.3.2.1': 2, 'II.3.2.2': 1 },
    at: 'II.3.2',
    boundary: { 'II.3.2': '50%', 'II.3.2.1': 2, 'II.3.2.2': 1 },
  },
  {
    id: 'R05',
    rule: 'R05:error',
    fail: { 'III.3.1': '98%', 'III.3.1.1': 376, 'III.3.1.2': 376 },
    at: 'III.3.1',
    boundary: { 'III.3.1': '100%', 'III.3.1.1': 376, 'III.3.1.2': 376 },
  },
  {
    id: 'R06',
    rule: 'R06:error',
    fail: { 'III.3.2': '0%', 'III.3.2.1': 2, 'III.3.2.2': 1 },
    at: 'III.3.2',
    boundary: { 'III.3.2': '50,5%', 'III.3.2.1': 2, 'III.3.2.2': 1 },
  },
  // Bắc Sơn's disbursement: 3.598 / 17.465 = 20,6%, reported 21 (rounded).
  {
    id: 'R07',
    rule: 'R07:error',
    fail: { 'VI.1': '23%', 'VI.1.1': '17.465', 'VI.1.2': '3.598' },
    at: 'VI.1',
    boundary: { 'VI.1': '21%', 'VI.1.1': '17.465', 'VI.1.2': '3.598' },
    message: 'VI.1 ghi 23% nhưng 3.598/17.465 triệu đồng = 20,6%',
  },
  {
    id: 'R08',
    rule: 'R08:error',
    fail: { 'VII.5.1': '10%', 'VII.5.1.1': 10, 'VII.5.1.2': 2 },
    at: 'VII.5.1',
    boundary: { 'VII.5.1': '20%', 'VII.5.1.1': 10, 'VII.5.1.2': 2 },
  },
  {
    id: 'R09',
    rule: 'R09:error',
    fail: { 'VII.5.2': '22', 'VII.5.2.1': 99, 'VII.5.2.2': 2 },
    at: 'VII.5.2',
    boundary: { 'VII.5.2': '2%', 'VII.5.2.1': 99, 'VII.5.2.2': 2 },
    message: 'VII.5.2 ghi 22% nhưng 2/99 thủ tục = 2%',
  },
  {
    id: 'R10 over 100%',
    rule: 'R10:error',
    fail: { 'VII.5.3': '100%', 'VII.5.3.1': 5, 'VII.5.3.2': 6 },
    at: 'VII.5.3',
    boundary: { 'VII.5.3': '100%', 'VII.5.3.1': 6, 'VII.5.3.2': 6 },
    message: 'VII.5.3 ghi 100% nhưng 6/5 hồ sơ = 120% (vượt 100%)',
  },
  {
    id: 'R11',
    rule: 'R11:error',
    fail: { 'VII.5.4': '90%', 'VII.5.4.1': 24, 'VII.5.4.2': 24 },
    at: 'VII.5.4',
    boundary: { 'VII.5.4': '100%', 'VII.5.4.1': 24, 'VII.5.4.2': 24 },
  },
  {
    id: 'R38 zero denominator',
    rule: 'R38:warning',
    fail: { 'I.3.2': '0%', 'I.3.3': 0, 'I.3.3.1': 0 },
    at: 'I.3.2',
    boundary: { 'I.3.2': '', 'I.3.3': 0, 'I.3.3.1': 0 },
    message: 'I.3.2 ghi 0% nhưng mẫu số I.3.3 = 0: tỷ lệ không xác định, nên để trống',
  },
  // Totals defined as sums, typed over their formula.
  {
    id: 'R30',
    rule: 'R30:error',
    fail: { 'VI.2.1': 9, 'VI.2.2': 1, 'VI.2.3': 2, 'VI.2.4': 3, 'VI.2.5': 1 },
    at: 'VI.2.1',
    boundary: { 'VI.2.1': 7, 'VI.2.2': 1, 'VI.2.3': 2, 'VI.2.4': 3, 'VI.2.5': 1 },
    message: 'VI.2.1 ghi 9 nhưng VI.2.2 + VI.2.3 + VI.2.4 + VI.2.5 = 7',
  },
  {
    id: 'R31',
    rule: 'R31:error',
    fail: { 'VI.2.4': 5, 'VI.2.4.1': 1, 'VI.2.4.2': 2, 'VI.2.4.3': 3 },
    at: 'VI.2.4',
    boundary: { 'VI.2.4': 6, 'VI.2.4.1': 1, 'VI.2.4.2': 2, 'VI.2.4.3': 3 },
  },
  {
    id: 'R30 left empty',
    rule: 'R30:warning',
    fail: { 'VI.2.1': '', 'VI.2.2': 1, 'VI.2.3': 2 },
    at: 'VI.2.1',
    boundary: { 'VI.2.1': '' },
    message: 'VI.2.1 để trống; tính được VI.2.2 + VI.2.3 + VI.2.4 + VI.2.5 = 3',
  },
  // Values that cannot be checked from the form.
  { id: 'R12 staff', rule: 'R12:warning', fail: { 'IV.2.5': '5%' }, at: 'IV.2.5', boundary: { 'IV.2.5': '0%' } },
  { id: 'R12 employees', rule: 'R12:warning', fail: { 'IV.3.4': 0.03 }, at: 'IV.3.4', boundary: { 'IV.3.4': 0 } },
  // Value kinds.
  {
    id: 'percent over 100%',
    rule: 'R13:error',
    fail: { 'VII.3': '120%' },
    at: 'VII.3',
    boundary: { 'VII.3': '100%' },
    message: 'VII.3 ghi 120%, tỷ lệ phải từ 0% đến 100%',
  },
  {
    id: 'negative percent',
    rule: 'R13:error',
    fail: { 'VII.3': '-5%' },
    at: 'VII.3',
    boundary: { 'VII.3': '0%' },
    message: 'VII.3 ghi -5%, tỷ lệ phải từ 0% đến 100%',
  },
  {
    id: 'percent-formatted 1.2 is 120%',
    rule: 'R13:error',
    fail: { 'VII.4.2': 1.2 },
    at: 'VII.4.2',
    boundary: { 'VII.4.2': 1 },
    message: 'VII.4.2 ghi 120%',
  },
  {
    id: 'bare 80 in a percent cell',
    rule: 'R13:warning',
    fail: { 'VII.3': '80' },
    at: 'VII.3',
    boundary: { 'VII.3': '80%' },
    message: 'VII.3 ghi "80", được hiểu là 80%',
  },
  {
    id: 'code outside the list',
    rule: 'R39:error',
    fail: { 'I.5.2': 3 },
    at: 'I.5.2',
    boundary: { 'I.5.2': 2 },
    message: 'I.5.2 ghi 3, không thuộc danh sách mã: Trực tuyến = 0; Phát phiếu = 1; Kết hợp = 2',
  },
  {
    id: 'code typed with a leading zero',
    rule: 'R39:warning',
    fail: { 'I.5.2': '01' },
    at: 'I.5.2',
    boundary: { 'I.5.2': '1' },
    message: 'I.5.2 ghi "01", không đúng dạng mã; hiểu là 1',
  },
  {
    id: 'negative count',
    rule: 'R40:error',
    fail: { 'I.4.1': -1 },
    at: 'I.4.1',
    boundary: { 'I.4.1': 0 },
    message: 'I.4.1 ghi -1, phải là số nguyên không âm (Nhiệm vụ)',
  },
  { id: 'fractional count', rule: 'R40:error', fail: { 'I.4.1': '2,5' }, at: 'I.4.1', boundary: { 'I.4.1': '2' } },
  {
    id: 'negative money',
    rule: 'R40:error',
    fail: { 'VI.1.1': '-0,5' },
    at: 'VI.1.1',
    boundary: { 'VI.1.1': '0' },
    message: 'VI.1.1 ghi -0,5, số tiền không được âm',
  },
  {
    id: 'group row with a value',
    rule: 'R41:warning',
    fail: { 'VI.2': 0 },
    at: 'VI.2',
    boundary: { 'VI.2': '' },
    message: 'VI.2 là dòng nhóm, không có số liệu riêng, nhưng ghi 0',
  },
  // Part ≤ whole and chains: equal values are allowed.
  {
    id: 'R14',
    rule: 'R14:error',
    fail: { 'I.2.1': 5, 'I.2.2': 6 },
    at: 'I.2.2',
    boundary: { 'I.2.1': 5, 'I.2.2': 5 },
    message: 'Nhiệm vụ hoàn thành không vượt nhiệm vụ đề ra: I.2.2 = 6 > I.2.1 = 5',
  },
  { id: 'R15', rule: 'R15:error', fail: { 'I.3.3': 2, 'I.3.3.1': 3 }, at: 'I.3.3.1', boundary: { 'I.3.3': 3, 'I.3.3.1': 3 } },
  {
    id: 'R16',
    rule: 'R16:error',
    fail: { 'I.4.1': 5, 'I.4.2': 3, 'I.4.3': 2, 'I.4.4': 1 },
    at: 'I.4.2',
    boundary: { 'I.4.1': 6, 'I.4.2': 3, 'I.4.3': 2, 'I.4.4': 1 },
    message: 'I.4.2 + I.4.3 + I.4.4 = 6 > I.4.1 = 5',
  },
  {
    id: 'R17 first link',
    rule: 'R17:error',
    fail: { 'II.2.1': 5, 'II.2.2.1': 2, 'II.2.2.2': 3 },
    at: 'II.2.2.2',
    boundary: { 'II.2.1': 2, 'II.2.2.1': 2, 'II.2.2.2': 2 },
  },
  {
    id: 'R17 second link',
    rule: 'R17:error',
    fail: { 'II.2.1': 1, 'II.2.2.1': 2, 'II.2.2.2': 1 },
    at: 'II.2.2.1',
    boundary: { 'II.2.1': 2, 'II.2.2.1': 2, 'II.2.2.2': 1 },
    message: 'II.2.2.1 = 2 > II.2.1 = 1',
  },
  {
    id: 'R18',
    rule: 'R18:error',
    fail: { 'II.3.1': 4, 'II.3.2.1': 5, 'II.3.2.2': 1 },
    at: 'II.3.2.1',
    boundary: { 'II.3.1': 5, 'II.3.2.1': 5, 'II.3.2.2': 5 },
  },
  {
    id: 'R19',
    rule: 'R19:error',
    fail: { 'III.3.1.1': 376, 'III.3.1.2': 377 },
    at: 'III.3.1.2',
    boundary: { 'III.3.1.1': 376, 'III.3.1.2': 376 },
  },
  { id: 'R20', rule: 'R20:error', fail: { 'III.3.2.1': 0, 'III.3.2.2': 1 }, at: 'III.3.2.2', boundary: { 'III.3.2.1': 1, 'III.3.2.2': 1 } },
  {
    id: 'R21 error',
    rule: 'R21:error',
    fail: { 'III.1.4': 50, 'III.2.3': 51 },
    at: 'III.2.3',
    boundary: { 'III.1.4': 50, 'III.1.1': 50, 'III.2.1': 50, 'III.2.2': 50, 'III.2.3': 50 },
  },
  {
    id: 'R21 warning',
    rule: 'R21:warning',
    fail: { 'III.1.4': 50, 'III.1.2': 60 },
    at: 'III.1.2',
    boundary: { 'III.1.4': 50, 'III.1.2': 50 },
  },
  {
    id: 'R22',
    rule: 'R22:warning',
    fail: { 'IV.3.1': 20, 'IV.3.2': 21 },
    at: 'IV.3.2',
    boundary: { 'IV.2.1': 20, 'IV.2.2': 20, 'IV.3.1': 20, 'IV.3.2': 20 },
  },
  {
    id: 'R23',
    rule: 'R23:warning',
    fail: { 'VI.1.1': '17.465', 'VI.1.2': '17.465,5' },
    at: 'VI.1.2',
    boundary: { 'VI.1.1': '17.465', 'VI.1.2': '17.465' },
  },
  {
    id: 'R24',
    rule: 'R24:error',
    fail: { 'VII.5.1.1': 107, 'VII.5.1.2': 107, 'VII.5.1.3': 108 },
    at: 'VII.5.1.3',
    boundary: { 'VII.5.1.1': 107, 'VII.5.1.2': 107, 'VII.5.1.3': 107 },
  },
  {
    id: 'R25',
    rule: 'R25:error',
    fail: { 'VII.5.2.1': 99, 'VII.5.2.2': 100, 'VII.5.2.3': 2 },
    at: 'VII.5.2.2',
    boundary: { 'VII.5.2.1': 99, 'VII.5.2.2': 99, 'VII.5.2.3': 99 },
  },
  { id: 'R26', rule: 'R26:error', fail: { 'VII.5.3.1': 5, 'VII.5.3.2': 6 }, at: 'VII.5.3.2', boundary: { 'VII.5.3.1': 6, 'VII.5.3.2': 6 } },
  {
    id: 'R27',
    rule: 'R27:error',
    fail: { 'VII.5.4.1': 24, 'VII.5.4.2': 25 },
    at: 'VII.5.4.2',
    boundary: { 'VII.5.4.1': 24, 'VII.5.4.2': 24 },
  },
  {
    id: 'R28',
    rule: 'R28:error',
    fail: { 'V.3': 2, 'V.3.1': 1, 'V.3.2': 1, 'V.3.3': 1 },
    at: 'V.3.1',
    boundary: { 'V.3': 3, 'V.3.1': 1, 'V.3.2': 1, 'V.3.3': 1 },
  },
  {
    id: 'R29 over the sum',
    rule: 'R29:error',
    fail: { 'II.1': 5, 'II.1.1': 2, 'II.1.2': 2 },
    at: 'II.1',
    boundary: { 'II.1': 4, 'II.1.1': 2, 'II.1.2': 2 },
    message: 'II.1 = 5 > II.1.1 + II.1.2 = 4',
  },
  {
    id: 'R29 under a part',
    rule: 'R29:error',
    fail: { 'II.1': 1, 'II.1.1': 2, 'II.1.2': 0 },
    at: 'II.1',
    boundary: { 'II.1': 2, 'II.1.1': 2, 'II.1.2': 0 },
    message: 'II.1 = 1 < max(II.1.1; II.1.2) = 2',
  },
  {
    // At the commune level the two rows may count the same texts: a total between them is doubted, not wrong.
    id: 'R29 under the sum',
    rule: 'R29:warning',
    fail: { 'II.1': 3, 'II.1.1': 2, 'II.1.2': 2 },
    at: 'II.1',
    boundary: { 'II.1': 4, 'II.1.1': 2, 'II.1.2': 2 },
    message: 'II.1 = 3 < II.1.1 + II.1.2 = 4',
  },
  {
    id: 'R32 error',
    rule: 'R32:error',
    fail: { 'III.1.4': 50, 'VII.5.2.1': 51 },
    at: 'VII.5.2.1',
    boundary: { 'III.1.4': 50, 'VII.5.1.1': 50, 'VII.5.2.1': 0, 'VII.5.4.1': 50 },
  },
  {
    id: 'R32 warning',
    rule: 'R32:warning',
    fail: { 'III.1.4': 50, 'VII.5.1.1': 30, 'VII.5.2.1': 21 },
    at: 'VII.5.1.1',
    boundary: { 'III.1.4': 50, 'VII.5.1.1': 30, 'VII.5.2.1': 20 },
  },
  {
    id: 'R33 error',
    rule: 'R33:error',
    fail: { 'VII.5.1.3': 2, 'VII.5.2.3': 7, 'VII.5.3.2': 6 },
    at: 'VII.5.1.3',
    boundary: { 'VII.5.1.3': 0, 'VII.5.2.3': 6, 'VII.5.3.2': 6 },
    message: 'max(VII.5.1.3; VII.5.2.3) = 7 > VII.5.3.2 = 6',
  },
  {
    id: 'R33 warning',
    rule: 'R33:warning',
    fail: { 'VII.5.1.3': 4, 'VII.5.2.3': 3, 'VII.5.3.2': 6 },
    at: 'VII.5.1.3',
    boundary: { 'VII.5.1.3': 3, 'VII.5.2.3': 3, 'VII.5.3.2': 6 },
  },
  {
    id: 'R34',
    rule: 'R34:warning',
    fail: { 'III.3.1.1': 377, 'VII.5.3.1': 376 },
    at: 'III.3.1.1',
    boundary: { 'III.3.1.1': 376, 'VII.5.3.1': 376 },
    message: 'III.3.1.1 = 377 > VII.5.3.1 = 376; chỉ khớp nếu có ít nhất 1 hồ sơ tồn kỳ trước chuyển sang',
  },
  // Conditional rules.
  {
    id: 'R35',
    rule: 'R35:error',
    fail: { 'VII.2.1': 0, 'VII.2.2': 1 },
    at: 'VII.2.1',
    boundary: { 'VII.2.1': 0, 'VII.2.2': 0 },
    message: '(khi VII.2.2 = 1)',
  },
  {
    id: 'R36 no survey',
    rule: 'R36:error',
    fail: { 'I.5': 0, 'I.5.1': 30 },
    at: 'I.5.1',
    boundary: { 'I.5': 0, 'I.5.1': '' },
    message: 'I.5.1 phải để trống khi I.5 = 0, nhưng ghi 30',
  },
  {
    id: 'R36 survey',
    rule: 'R36:error',
    fail: { 'I.5': 1, 'I.5.2': 1 },
    at: 'I.5.1',
    boundary: { 'I.5': 1, 'I.5.1': 1, 'I.5.2': 0 },
    message: 'I.5.1 phải có số liệu khi I.5 = 1',
  },
  {
    id: 'R36 survey with no forms',
    rule: 'R36:error',
    fail: { 'I.5': 1, 'I.5.1': 0, 'I.5.2': 1 },
    at: 'I.5.1',
    boundary: { 'I.5': 1, 'I.5.1': 1, 'I.5.2': 1 },
  },
  {
    id: 'R37',
    rule: 'R37:error',
    fail: { 'I.3.1': 0, 'I.3.3': 1 },
    at: 'I.3.3',
    boundary: { 'I.3.1': 0, 'I.3.3': 0 },
    message: 'Không kiểm tra thì không có vấn đề phát hiện: I.3.3 = 1 ≠ 0 (khi I.3.1 = 0)',
  },

  // 2011–2020 summary appendices (year columns).
  {
    id: 'PL1 percent',
    template: 'tong-ket-pl1',
    rule: 'RB03:error',
    fail: { '6.3@y2016': '101%' },
    at: '6.3@y2016',
    boundary: { '6.3@y2016': '100%' },
  },
  { id: 'PL1 code', template: 'tong-ket-pl1', rule: 'RB03:error', fail: { '3.1@y2017': 2 }, at: '3.1@y2017', boundary: { '3.1@y2017': 0 } },
  {
    id: 'PL1 count (RB07 is B4’s alone)',
    template: 'tong-ket-pl1',
    rule: 'SO:error',
    fail: { '2@y2020': -3 },
    at: '2@y2020',
    boundary: { '2@y2020': 0 },
  },
  {
    id: 'PL2 rule',
    template: 'tong-ket-pl2',
    rule: 'RB01:error',
    fail: { '5@y2016': 4, '6@y2016': 6 },
    at: '6@y2016',
    boundary: { '5@y2016': 6, '6@y2016': 6 },
  },
  {
    id: 'PL2 rule, first comparison',
    template: 'tong-ket-pl2',
    rule: 'RB01:error',
    fail: { '2@y2015': 4, '3@y2015': 5 },
    at: '3@y2015',
    boundary: { '2@y2015': 5, '3@y2015': 5, '4@y2015': 5, '5@y2015': 5 },
  },
  {
    id: 'PL2 total',
    template: 'tong-ket-pl2',
    rule: 'RB01:error',
    fail: { '1@y2018': 7, '1.1@y2018': 1, '1.2@y2018': 5 },
    at: '1@y2018',
    boundary: { '1@y2018': 6, '1.1@y2018': 1, '1.2@y2018': 5 },
  },
  {
    id: 'PL2 count (RB07 is B4’s alone)',
    template: 'tong-ket-pl2',
    rule: 'SO:error',
    fail: { '7@y2019': '1,5' },
    at: '7@y2019',
    boundary: { '7@y2019': 1 },
  },
  {
    id: 'PL3 one-stop',
    template: 'tong-ket-pl3',
    rule: 'RB02:error',
    fail: { '1.1@y2016': 10, '5.2@y2016': 6, '5.3@y2016': 5 },
    at: '5.2@y2016',
    boundary: { '1.1@y2016': 10, '5.2@y2016': 5, '5.3@y2016': 5 },
  },
  {
    id: 'PL3 complaints',
    template: 'tong-ket-pl3',
    rule: 'RB02:error',
    fail: { '7.1@y2017': 3, '7.2@y2017': 4 },
    at: '7.2@y2017',
    boundary: { '7.1@y2017': 4, '7.2@y2017': 4 },
  },
  {
    id: 'PL3 published',
    template: 'tong-ket-pl3',
    rule: 'RB02:warning',
    fail: { '7.2@y2017': 3, '7.3@y2017': 4 },
    at: '7.3@y2017',
    boundary: { '7.2@y2017': 4, '7.3@y2017': 4 },
  },
  {
    id: 'PL3 total',
    template: 'tong-ket-pl3',
    rule: 'RB02:error',
    fail: { '1@y2015': 100, '1.1@y2015': 90 },
    at: '1@y2015',
    boundary: { '1@y2015': 90, '1.1@y2015': 90 },
  },
  {
    id: 'PL3 percent',
    template: 'tong-ket-pl3',
    rule: 'RB02:error',
    fail: { '6.1@y2019': '-1%' },
    at: '6.1@y2019',
    boundary: { '6.1@y2019': '0%' },
  },
  {
    id: 'PL3 count (RB07 is B4’s alone)',
    template: 'tong-ket-pl3',
    rule: 'SO:error',
    fail: { '3@y2019': -1 },
    at: '3@y2019',
    boundary: { '3@y2019': 0 },
  },
  {
    id: 'PL4 count',
    template: 'tong-ket-pl4',
    rule: 'RB07:error',
    fail: { 'I.P2019@cqcm': -1 },
    at: 'I.P2019@cqcm',
    boundary: { 'I.P2019@cqcm': 0 },
  },
  {
    id: 'PL4 across tables',
    template: 'tong-ket-pl4',
    rule: 'RB07:warning',
    fail: { 'I.P2019@dvsnTinh': 10, 'II.P2019@dvsnHuyen': 20, 'III.P2019@gdTinh': 5, 'III.P2019@ytHuyen': 15, 'III.P2019@khacCqcm': 1 },
    at: 'III.P2019@gdTinh',
    boundary: {
      'I.P2019@dvsnTinh': 10,
      'II.P2019@dvsnHuyen': 20,
      'III.P2019@gdTinh': 5,
      'III.P2019@ytHuyen': 15,
      'III.P2019@khacCqcm': 10,
    },
    message: '= 21',
  },
  {
    id: 'PL5 staff',
    template: 'tong-ket-pl5',
    rule: 'RB04:warning',
    fail: { '2.1@y2016': 10, '2.2@y2016': 11 },
    at: '2.2@y2016',
    boundary: { '1.1@y2016': 10, '1.2@y2016': 10, '2.1@y2016': 10, '2.2@y2016': 10 },
  },
  {
    id: 'PL5 count (RB07 is B4’s alone)',
    template: 'tong-ket-pl5',
    rule: 'SO:error',
    fail: { '8@y2016': -2 },
    at: '8@y2016',
    boundary: { '8@y2016': 0 },
  },
  {
    id: 'PL6 total',
    template: 'tong-ket-pl6',
    rule: 'RB05:error',
    fail: { '2@y2016': 5, '2.1@y2016': 1, '2.4@y2016': 3 },
    at: '2@y2016',
    boundary: { '2@y2016': 4, '2.1@y2016': 1, '2.4@y2016': 3 },
  },
  {
    id: 'PL6 listed groups',
    template: 'tong-ket-pl6',
    rule: 'RB05:error',
    fail: { '4@y2016': 5, '4.1@y2016': 2, '4.2@y2016': 2, '4.3@y2016': 2 },
    at: '4@y2016',
    boundary: { '3@y2016': 6, '3.1@y2016': 2, '3.2@y2016': 2, '3.3@y2016': 2 },
  },
  {
    id: 'PL6 count (RB07 is B4’s alone)',
    template: 'tong-ket-pl6',
    rule: 'SO:error',
    fail: { '5@y2016': -2 },
    at: '5@y2016',
    boundary: { '5@y2016': 0 },
  },
  {
    id: 'PL7 percent',
    template: 'tong-ket-pl7',
    rule: 'RB06:error',
    fail: { '1@y2018': '150%' },
    at: '1@y2018',
    boundary: { '1@y2018': '100%' },
  },
  { id: 'PL7 count', template: 'tong-ket-pl7', rule: 'RB06:error', fail: { '2@y2018': -1 }, at: '2@y2018', boundary: { '2@y2018': 0 } },
  {
    id: 'PL8 assessment',
    template: 'tong-ket-pl8',
    rule: 'RB08:error',
    fail: { '3': 'Đạt một phần' },
    at: '3',
    boundary: { '3': 'Không đạt' },
    message: '3 ghi "Đạt một phần", không thuộc danh sách: Đạt; Không đạt',
  },
  {
    id: 'district total',
    template: HUYEN,
    rule: 'RB02:error',
    fail: { 'M3.1@y2016': 9, 'M3.1.1@y2016': 4, 'M3.1.2@y2016': 4 },
    at: 'M3.1@y2016',
    boundary: { 'M3.1@y2016': 8, 'M3.1.1@y2016': 4, 'M3.1.2@y2016': 4 },
  },
  {
    id: 'district procedures',
    template: HUYEN,
    rule: 'RB02:error',
    fail: { 'M3.1@y2016': 8, 'M3.3@y2016': 9 },
    at: 'M3.3@y2016',
    boundary: { 'M3.1@y2016': 8, 'M3.2@y2016': 8, 'M3.3@y2016': 8, 'M3.4.1@y2016': 8 },
  },
  {
    id: 'district complaints',
    template: HUYEN,
    rule: 'RB02:error',
    fail: { 'M3.6.1@y2016': 1, 'M3.6.2@y2016': 2 },
    at: 'M3.6.2@y2016',
    boundary: { 'M3.6.1@y2016': 2, 'M3.6.2@y2016': 2 },
  },
  {
    id: 'district published',
    template: HUYEN,
    rule: 'RB02:warning',
    fail: { 'M3.6.2@y2016': 1, 'M3.6.3@y2016': 2 },
    at: 'M3.6.3@y2016',
    boundary: { 'M3.6.2@y2016': 2, 'M3.6.3@y2016': 2 },
  },
  {
    id: 'district percent, mục 7',
    template: HUYEN,
    rule: 'RB06:error',
    fail: { 'M7.1@y2017': '100,1%' },
    at: 'M7.1@y2017',
    boundary: { 'M7.1@y2017': '100%' },
  },
  {
    id: 'district percent, mục 3',
    template: HUYEN,
    rule: 'RB02:error',
    fail: { 'M3.5.1@y2017': '-0,1%' },
    at: 'M3.5.1@y2017',
    boundary: { 'M3.5.1@y2017': '0%' },
  },
  {
    id: 'district percent, mục 1',
    template: HUYEN,
    rule: 'RB03:error',
    fail: { 'M1.6.3@y2018': '101%' },
    at: 'M1.6.3@y2018',
    boundary: { 'M1.6.3@y2018': '100%' },
  },
  {
    id: 'district count, mục 7',
    template: HUYEN,
    rule: 'RB06:error',
    fail: { 'M7.3@y2016': -1 },
    at: 'M7.3@y2016',
    boundary: { 'M7.3@y2016': 0 },
  },
  {
    id: 'district budget',
    template: HUYEN,
    rule: 'RB03:warning',
    fail: { 'M1.7.1@y2017': '100,5', 'M1.7.2@y2017': 100 },
    at: 'M1.7.1@y2017',
    boundary: { 'M1.7.1@y2017': 100, 'M1.7.2@y2017': 100 },
  },
  {
    id: 'district staff',
    template: HUYEN,
    rule: 'RB04:warning',
    fail: { 'M5.1.1@y2018': 50, 'M5.1.2@y2018': 51 },
    at: 'M5.1.2@y2018',
    boundary: { 'M5.1.1@y2018': 50, 'M5.1.2@y2018': 50, 'M5.2.1@y2018': 9, 'M5.2.2@y2018': 9 },
  },
  {
    id: 'district units',
    template: HUYEN,
    rule: 'RB05:error',
    fail: { 'M6.2@y2019': 3, 'M6.2.1@y2019': 1, 'M6.2.4@y2019': 1 },
    at: 'M6.2@y2019',
    boundary: { 'M6.2@y2019': 2, 'M6.2.1@y2019': 1, 'M6.2.4@y2019': 1 },
  },
  {
    id: 'district count, mục 1 (RB07 is B4’s alone)',
    template: HUYEN,
    rule: 'SO:error',
    fail: { 'M1.3.2@y2019': -1 },
    at: 'M1.3.2@y2019',
    boundary: { 'M1.3.2@y2019': 0 },
  },
  {
    id: 'district code, mục 1',
    template: HUYEN,
    rule: 'RB03:error',
    fail: { 'M1.3.1@y2019': 2 },
    at: 'M1.3.1@y2019',
    boundary: { 'M1.3.1@y2019': 'Có tổ chức' },
  },
  {
    id: 'district assessment',
    template: HUYEN,
    rule: 'RB08:error',
    fail: { 'M8.2@assessment': 'Dat' },
    at: 'M8.2@assessment',
    boundary: { 'M8.2@assessment': 'Đạt' },
  },
  {
    id: 'part year 1.1',
    template: 'tong-ket-pl1',
    rule: 'RB09:warning',
    fail: { '1.1@y2018': 30, '1.1@y2019': 31, '1.1@y2020': 32 },
    at: '1.1@y2020',
    boundary: { '1.1@y2018': 30, '1.1@y2019': 31, '1.1@y2020': 31 },
  },
  {
    id: 'part year 1',
    template: 'tong-ket-pl2',
    rule: 'RB09:warning',
    fail: { '1@y2018': 30, '1@y2019': 31, '1@y2020': 32 },
    at: '1@y2020',
    boundary: { '1@y2018': 30, '1@y2019': 31, '1@y2020': 31 },
  },
  {
    id: 'part year 7.1',
    template: 'tong-ket-pl3',
    rule: 'RB09:warning',
    fail: { '7.1@y2018': 30, '7.1@y2019': 31, '7.1@y2020': 32 },
    at: '7.1@y2020',
    boundary: { '7.1@y2018': 30, '7.1@y2019': 31, '7.1@y2020': 31 },
  },
  {
    id: 'part year 6',
    template: 'tong-ket-pl5',
    rule: 'RB09:warning',
    fail: { '6@y2018': 30, '6@y2019': 31, '6@y2020': 32 },
    at: '6@y2020',
    boundary: { '6@y2018': 30, '6@y2019': 31, '6@y2020': 31 },
  },
  {
    id: 'part year 3',
    template: 'tong-ket-pl7',
    rule: 'RB09:warning',
    fail: { '3@y2018': 30, '3@y2019': 31, '3@y2020': 32 },
    at: '3@y2020',
    boundary: { '3@y2018': 30, '3@y2019': 31, '3@y2020': 31 },
  },
  {
    id: 'part year M3.6.1',
    template: 'tong-ket-huyen-pl2',
    rule: 'RB09:warning',
    fail: { 'M3.6.1@y2018': 30, 'M3.6.1@y2019': 31, 'M3.6.1@y2020': 32 },
    at: 'M3.6.1@y2020',
    boundary: { 'M3.6.1@y2018': 30, 'M3.6.1@y2019': 31, 'M3.6.1@y2020': 31 },
  },
  {
    id: 'PAR INDEX status',
    template: 'par-index',
    rule: 'C01:error',
    fail: { 'A.I.1@status': 'Xong' },
    at: 'A.I.1@status',
    boundary: { 'A.I.1@status': 'Hoàn thành' },
  },
];

const findingsOf = async (c: Case, cells: Cells) =>
  validateSheet(await typedSheet(c.template ?? 'dinh-ky', cells, c.unit), template(c.template ?? 'dinh-ky')).filter(
    (f) => f.rule !== 'THIEU',
  );
const is = (f: Finding, rule: string) => `${f.rule}:${f.severity}` === rule;
/** A finding's code is "I.2" in single-column templates and "5@y2016" in others. */
const atCode = (f: Finding, code: string) => keyOf(f.code) === keyOf(code);

describe.each(CASES.map((c) => [`${c.template ?? 'dinh-ky'} ${c.rule} ${c.id}`, c] as const))('%s', (_name, c) => {
  test('is reported at its cell when broken', async () => {
    const sheet = await typedSheet(c.template ?? 'dinh-ky', c.fail, c.unit);
    const hits = (await findingsOf(c, c.fail)).filter((f) => is(f, c.rule) && atCode(f, c.at));
    expect(hits).not.toEqual([]);
    const cell = sheet.cells.get(keyOf(c.at))!;
    expect(hits[0].cell).toBe(`${String.fromCharCode(64 + cell.col)}${cell.row}`);
    if (c.message) expect(hits.map((h) => h.message).join('\n')).toContain(c.message);
  });
  test('holds on its boundary', async () => {
    expect((await findingsOf(c, c.boundary)).filter((f) => is(f, c.rule))).toEqual([]);
  });
});

/** The kind checks' findings, told apart by what they say. */
const KIND_CHECK_TEXT: Record<string, RegExp> = {
  percentRange: /tỷ lệ phải từ 0% đến 100%/,
  codeList: /không thuộc danh sách/,
  nonNegative: /phải là số nguyên không âm|số tiền không được âm/,
  groupEmpty: /là dòng nhóm/,
  ratioBlank: /nên để trống/,
  partYear: /chưa đủ 12 tháng/,
};

test('every rule of every template has a failing case and a boundary case', async () => {
  const missing: string[] = [];
  for (const t of BUILT_IN.templates) {
    const found: Finding[] = [];
    for (const c of CASES.filter((x) => (x.template ?? 'dinh-ky') === t.id))
      found.push(...(await findingsOf(c, c.fail)).filter((f) => is(f, c.rule)));
    for (const r of t.rules ?? [])
      if (!found.some((f) => f.rule === r.id && f.severity === r.severity && f.message.startsWith(r.title)))
        missing.push(`${t.id} ${r.id} ${r.severity}: ${r.title}`);
    for (const row of templateRows(t))
      if (row.rule && !found.some((f) => f.rule === row.rule && f.code.split('@')[0] === row.code))
        missing.push(`${t.id} ${row.rule} (${row.code} = ${row.formula})`);
    for (const [check, id] of Object.entries(t.kindChecks ?? {}))
      if (!found.some((f) => f.rule === id && KIND_CHECK_TEXT[check].test(f.message))) missing.push(`${t.id} ${id} (${check})`);
  }
  expect(missing).toEqual([]);
});
