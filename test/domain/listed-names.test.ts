import { listedNames } from '../../src/domain/messages/lang';

const units = (n: number) => Array.from({ length: n }, (_, i) => `UBND xã ${i + 1}`);

test('a message lists up to ten names, then counts the rest', () => {
  expect(listedNames(units(3), 'vi')).toBe('UBND xã 1, UBND xã 2, UBND xã 3');
  // Exactly ten: all of them, nothing counted.
  expect(listedNames(units(10), 'vi')).toBe(units(10).join(', '));
  expect(listedNames(units(11), 'vi')).toBe(`${units(10).join(', ')} và 1 đơn vị khác`);
  expect(listedNames(units(1000), 'vi')).toBe(`${units(10).join(', ')} và 990 đơn vị khác`);
  expect(listedNames(units(12), 'en')).toBe(`${units(10).join(', ')} and 2 more units`);
  expect(listedNames(['a.xlsx', ...units(10)], 'vi', { vi: 'tệp', en: 'files' })).toMatch(/ và 1 tệp khác$/);
  expect(listedNames([], 'en')).toBe('');
});
