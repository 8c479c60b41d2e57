import { builtInCatalogue } from '../../src/domain/catalogue/catalogue';
import type { Template } from '../../src/domain/catalogue/schema';
import { parsePeriod } from '../../src/domain/period';
import type { CellValue } from '../../src/domain/sheet/plan';

// Kept apart from the workbook helpers: suites of the core load no spreadsheet library.

export const BAC_SON = { unit: 'UBND xã Bắc Sơn', period: parsePeriod('2024-Q3')!, reportNumber: '68/BC-UBND', reportDate: '15/9/2024' };

/** The templates that come with the add-in. */
export const BUILT_IN = builtInCatalogue();

export function template(id: string): Template {
  const t = BUILT_IN.find(id);
  if (!t) throw new Error(`no template ${id}`);
  return t;
}

/** Values by cell key; a bare code stands for its row's value column. */
export function cellValues(values: Record<string, CellValue>): Map<string, CellValue> {
  return new Map(Object.entries(values).map(([code, v]) => [code.includes('@') ? code : `${code}@value`, v]));
}
