import type { TemplateInput } from '../catalogue/schema';
import { PROVINCE_PLAN, PROVINCE_SOURCE, YEAR_COLUMNS, indicatorColumns } from './shared';

const SUB = (parent: string, withState: boolean) =>
  [
    'Số lượng đơn vị sự nghiệp công tự bảo đảm chi thường xuyên và chi đầu tư',
    'Số lượng đơn vị sự nghiệp công tự bảo đảm chi thường xuyên',
    'Số lượng đơn vị sự nghiệp công tự bảo đảm một phần chi thường xuyên',
    ...(withState ? ['Số lượng đơn vị sự nghiệp công do Nhà nước bảo đảm chi thường xuyên'] : []),
  ].map((label, i) => ({ code: `${parent}.${i + 1}`, stt: '', label: `– ${label}`, kind: 'count' as const, unit: 'Đơn vị' }));

/** Phụ lục 6 of the province's 2011–2020 summary plan: public finance reform (Sở Tài chính). */
const template: TemplateInput = {
  id: 'tong-ket-pl6',
  version: '1.1.0',
  name: 'B6 — Tổng kết 2011–2020: cải cách tài chính công',
  kicker: 'Phụ lục 6',
  title: 'Thống kê các chỉ tiêu tại lĩnh vực cải cách tài chính công',
  subtitle: PROVINCE_PLAN,
  source: PROVINCE_SOURCE,
  periodKind: 'none',
  tables: [
    {
      columns: [...indicatorColumns('Chỉ tiêu'), ...YEAR_COLUMNS],
      sections: [
        {
          rows: [
            { code: '1', label: 'Số cơ quan hành chính thực hiện cơ chế tự chủ', kind: 'count', unit: 'Cơ quan' },
            {
              code: '2',
              label: 'Số đơn vị sự nghiệp công lập thuộc UBND cấp tỉnh thực hiện cơ chế tự chủ',
              kind: 'count',
              unit: 'Đơn vị',
              formula: '[2.1] + [2.2] + [2.3] + [2.4]',
              rule: 'RB05',
            },
            ...SUB('2', true),
            {
              code: '3',
              label: 'Số đơn vị sự nghiệp công lập thuộc cơ quan chuyên môn của UBND cấp tỉnh thực hiện cơ chế tự chủ',
              kind: 'count',
              unit: 'Đơn vị',
            },
            ...SUB('3', false),
            {
              code: '4',
              label: 'Số đơn vị sự nghiệp công lập thuộc UBND cấp huyện thực hiện cơ chế tự chủ',
              kind: 'count',
              unit: 'Đơn vị',
            },
            ...SUB('4', false),
            {
              code: '5',
              label:
                'Số tổ chức khoa học và công nghệ công lập thực hiện cơ chế tự chủ, tự chịu trách nhiệm theo Nghị định số 54/2016/NĐ-CP',
              kind: 'count',
              unit: 'Tổ chức',
            },
          ],
        },
      ],
    },
  ],
  footer: ['Cơ quan thống kê: Sở Tài chính.'],
  rules: [
    {
      id: 'RB05',
      severity: 'error',
      title: 'Số đơn vị thực hiện tự chủ không nhỏ hơn tổng các nhóm được kê (mẫu không có dòng "do Nhà nước bảo đảm" cho nhóm này)',
      assert: ['[3] >= [3.1] + [3.2] + [3.3]', '[4] >= [4.1] + [4.2] + [4.3]'],
    },
  ],
};

export default template;
