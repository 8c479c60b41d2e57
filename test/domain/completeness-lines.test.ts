import type { Completeness } from '../../src/domain/merge/facts';
import { completenessLines, logReasonText } from '../../src/domain/outcome-messages/merge-log';

/**
 * What the log says of who sent, in each language, from a completeness set by hand: six units
 * listed; An and Bình merged; Cường's file of another quarter not used; Dũng and Đông sent nothing;
 * Giang sent within the consolidation of Ân Thi with Hà (not listed); Hải sent but is not listed,
 * its name near Dũng's; Khánh, not listed, near nobody.
 */
const listed: Completeness = {
  expected: ['An', 'Bình', 'Cường', 'Dũng', 'Đông', 'Giang'],
  submitted: ['An', 'Bình', 'Hải', 'Khánh'],
  missing: ['Dũng', 'Đông'],
  notUsed: [{ unit: 'Cường', file: 'cuong.xlsx', why: { code: 'other-period', period: '2024-Q2', expected: '2024-Q3' } }],
  duplicates: [],
  through: [
    { unit: 'Giang', file: 'an-thi.xlsx', consolidation: 'Ân Thi' },
    { unit: 'Hà', file: 'an-thi.xlsx', consolidation: 'Ân Thi' },
  ],
  unexpected: ['Hải', 'Khánh'],
  proposed: [{ unit: 'Hải', listed: 'Dũng' }],
};

test('against a list: the counts (merged = listed less not sent less not used), who sent nothing, through whom, not used and why, not listed', () => {
  expect(completenessLines(listed)).toEqual([
    'Đơn vị phải nộp: 6; đã nộp và được tổng hợp: 3; đã nộp nhưng không dùng: 1; chưa nộp: 2',
    'Chưa nộp: Dũng, Đông',
    'Gửi qua tệp tổng hợp: Giang, Hà (trong tệp tổng hợp của Ân Thi, an-thi.xlsx)',
    'Đã nộp nhưng không dùng: Cường (cuong.xlsx: kỳ 2024-Q2, không phải 2024-Q3)',
    'Nộp nhưng không có trong danh sách: Hải (có phải: Dũng?); Khánh',
  ]);
  expect(completenessLines(listed, 'en')).toEqual([
    'Units expected: 6; sent and merged: 3; sent but not used: 1; not sent: 2',
    'Not sent: Dũng, Đông',
    'Sent within a consolidation: Giang, Hà (in the consolidation of Ân Thi, an-thi.xlsx)',
    `Sent but not used: Cường (cuong.xlsx: ${logReasonText(listed.notUsed[0].why!, 'en')})`,
    'Sent but not on the list: Hải (is it Dũng?); Khánh',
  ]);
});

test('two consolidations each say their own units; a file not used with no reason says none; nobody missing is said so', () => {
  const c: Completeness = {
    ...listed,
    missing: [],
    notUsed: [{ unit: 'Cường', file: 'cuong.xlsx' }],
    through: [
      { unit: 'Giang', file: 'an-thi.xlsx', consolidation: 'Ân Thi' },
      { unit: 'Hà', file: 'kim-dong.xlsx', consolidation: 'Kim Động' },
      { unit: 'Hòa', file: 'an-thi.xlsx', consolidation: 'Ân Thi' },
    ],
    unexpected: [],
    proposed: [],
  };
  expect(completenessLines(c)).toEqual([
    'Đơn vị phải nộp: 6; đã nộp và được tổng hợp: 5; đã nộp nhưng không dùng: 1; chưa nộp: 0',
    'Chưa nộp: không có',
    'Gửi qua tệp tổng hợp: Giang, Hòa (trong tệp tổng hợp của Ân Thi, an-thi.xlsx); Hà (trong tệp tổng hợp của Kim Động, kim-dong.xlsx)',
    'Đã nộp nhưng không dùng: Cường (cuong.xlsx)',
  ]);
  expect(completenessLines(c, 'en')[1]).toBe('Not sent: none');
});

test('without a list: how many were merged, and nothing about who was expected', () => {
  const c: Completeness = { ...listed, expected: [], missing: [], notUsed: [], through: [], unexpected: [], proposed: [] };
  expect(completenessLines(c)).toEqual(['Đã nộp và được tổng hợp: 4 đơn vị (không có danh sách đơn vị phải nộp)']);
  expect(completenessLines(c, 'en')).toEqual(['Sent and merged: 4 units (no list of units expected)']);
});
