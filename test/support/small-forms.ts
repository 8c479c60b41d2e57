import { loadTemplate } from '../../src/domain/catalogue/catalogue';
import type { Row, Rule, Template } from '../../src/domain/catalogue/schema';

/** A form of one table, a label and a value column, over the rows (and rules) given; named by its title. */
export function smallForm(id: string, title: string, rows: Row[], rules?: Rule[]): Template {
  return loadTemplate({
    id,
    version: '1.0.0',
    name: title,
    kicker: 'Biểu',
    title,
    source: 'Thử nghiệm',
    periodKind: 'none',
    tables: [
      {
        columns: [
          { key: 'label', header: 'Chỉ tiêu', width: 40, role: 'label' },
          { key: 'value', header: 'Số liệu', width: 12, role: 'value' },
        ],
        sections: [{ rows }],
      },
    ],
    ...(rules ? { rules } : {}),
  });
}

/** A small form whose formula takes a percentage as an input: D = P × Q (a rate of an amount). */
export function percentTimesAmount(): Template {
  return smallForm('ty-le-nhan', 'Tỷ lệ nhân', [
    { code: 'P', label: 'Tỷ lệ', kind: 'percent' },
    { code: 'Q', label: 'Kinh phí', kind: 'money' },
    { code: 'D', label: 'Kinh phí theo tỷ lệ', kind: 'money', formula: '[P] * [Q]' },
  ]);
}
