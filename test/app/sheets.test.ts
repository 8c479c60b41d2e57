import { sheetsToUse } from '../../src/app/sheets';
import { MARK_STORE_SHEET } from '../../src/domain/validate/marks';

/** Which sheets the check, compute and targets work on: one helper for every panel. */
const port = { sheetNames: () => Promise.resolve(['Phụ lục', MARK_STORE_SHEET, 'Biểu 2']) };

test('the sheet the user is looking at, when asked', async () => {
  expect(await sheetsToUse(port, () => Promise.resolve('Biểu 2'))).toEqual({ names: ['Biểu 2'], active: 'Biểu 2' });
});

test('every sheet but the hidden sheet of marks, when not asked or when Excel names no active sheet', async () => {
  expect(await sheetsToUse(port)).toEqual({ names: ['Phụ lục', 'Biểu 2'] });
  expect(await sheetsToUse(port, () => Promise.resolve(undefined))).toEqual({ names: ['Phụ lục', 'Biểu 2'] });
});
