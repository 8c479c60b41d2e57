import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTemplate } from '../../src/domain/catalogue/catalogue';
import type { TemplateInput } from '../../src/domain/catalogue/schema';

/**
 * A province's own form given as a JSON data file (test/fixtures/templates): a coded "Đánh giá"
 * column beside the figures, a group row, a derived total and ratio, every kind, one rule, and
 * no `kindChecks` of its own. On the rendered sheet its value cells are column E (figures) and F
 * (Đánh giá), rows 10–17 for I.1 … I.6 (I.1.2 row 12, I.1.3 row 13, I.1.4 row 14, I.2 row 15).
 */
export const provinceForm = loadTemplate(
  JSON.parse(readFileSync(join(__dirname, '../fixtures/templates/tinh-thu-nghiem.json'), 'utf8')) as TemplateInput,
);
export const PROVINCE_UNIT = 'Trung tâm Phục vụ hành chính công tỉnh';
