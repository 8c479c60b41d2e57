import { loadTemplate } from '../../src/domain/catalogue/catalogue';
import type { Template } from '../../src/domain/catalogue/schema';

/** A small form whose formula takes a percentage as an input: D = P × Q (a rate of an amount). */
export function percentTimesAmount(): Template {
  return loadTemplate({
    id: 'ty-le-nhan',
    version: '1.0.0',
    name: 'Tỷ lệ nhân',
    kicker: 'Biểu',
    title: 'Tỷ lệ nhân',
    source: 'Thử nghiệm',
    periodKind: 'none',
    tables: [
      {
        columns: [
          { key: 'label', header: 'Chỉ tiêu', width: 40, role: 'label' },
          { key: 'value', header: 'Số liệu', width: 12, role: 'value' },
        ],
        sections: [
          {
            rows: [
              { code: 'P', label: 'Tỷ lệ', kind: 'percent' },
              { code: 'Q', label: 'Kinh phí', kind: 'money' },
              { code: 'D', label: 'Kinh phí theo tỷ lệ', kind: 'money', formula: '[P] * [Q]' },
            ],
          },
        ],
      },
    ],
  });
}
