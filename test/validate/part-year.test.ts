import { validateSheet } from '../../src/domain/validate/validate';
import { findingMessage } from '../../src/domain/messages/findings';
import { template } from '../support/templates';
import { typedSheet } from '../support/typed-sheet';

/** The years of one row ("1@y2015"…), 2015 to 2020. */
const years = (code: string, values: (number | null)[]) => Object.fromEntries(values.map((v, i) => [`${code}@y${2015 + i}`, v]));

async function partYear(id: string, cells: Record<string, number | null>) {
  const sheet = await typedSheet(id, cells, 'Sở Nội vụ');
  return validateSheet(sheet, template(id)).filter((f) => f.rule === 'RB09');
}

describe('RB09: "Năm 2020" counts only to 31/3, so a yearly count there above every full year is flagged', () => {
  test('documents issued: 60 in three months of 2020 against at most 52 a full year', async () => {
    const found = await partYear('tong-ket-pl1', years('1.1', [40, 45, 52, 48, 50, 60]));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: '1.1@y2020', severity: 'warning', actual: 60, expected: 'Năm 2020 (Tính đến 31/3) ≤ Năm 2017' });
    // B1 lays out STT | Chỉ tiêu | 2015–2020 from column B: 2020 is column I.
    expect(found[0].cell).toMatch(/^I\d+$/);
    expect(found[0].message).toBe(
      '1.1: cột "Năm 2020 (Tính đến 31/3)" ghi 60, nhiều hơn mọi năm đủ 12 tháng (cao nhất 52, "Năm 2017"): năm này chưa đủ 12 tháng, có thể đã ghi số cả năm',
    );
    expect(findingMessage(found[0].text, 'en')).toBe(
      '1.1: column "Năm 2020 (Tính đến 31/3)" holds 60, more than any full year (at most 52, "Năm 2017"): that year is counted only in part, so the whole year may have been written',
    );
  });

  test('equal to the largest full year is not flagged; one full year is enough to compare with', async () => {
    expect(await partYear('tong-ket-pl1', years('1.1', [40, 45, 52, 48, 50, 52]))).toEqual([]);
    expect(await partYear('tong-ket-pl1', years('1.1', [null, null, null, null, 3, 4]))).toHaveLength(1);
  });

  test('no full year to compare with, or a stock (staff in post, procedures in force): nothing to say', async () => {
    expect(await partYear('tong-ket-pl1', years('1.1', [null, null, null, null, null, 60]))).toEqual([]);
    // B5 1.2 "Tổng số có mặt" is a head count at a date: 2020 may well be the largest.
    expect(await partYear('tong-ket-pl5', years('1.2', [900, 910, 905, 899, 902, 950]))).toEqual([]);
    // Its 6 "bồi dưỡng hằng năm" is a yearly count.
    expect(await partYear('tong-ket-pl5', years('6', [300, 320, 310, 305, 330, 400]))).toHaveLength(1);
  });

  test('the district’s Phần II too, under the same id', async () => {
    const found = await partYear('tong-ket-huyen-pl2', years('M3.6.1', [10, 12, 9, 11, 8, 13]));
    expect(found.map((f) => [f.code, f.actual])).toEqual([['M3.6.1@y2020', 13]]);
  });
});
