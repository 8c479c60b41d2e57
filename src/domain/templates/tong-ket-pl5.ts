import type { TemplateInput } from '../catalogue/schema';
import { PROVINCE_PLAN, PROVINCE_SOURCE, YEAR_COLUMNS, indicatorColumns } from './shared';

/** Phụ lục 5 of the province's 2011–2020 summary plan: cadres, civil servants and public employees (Sở Nội vụ). */
const template: TemplateInput = {
  id: 'tong-ket-pl5',
  version: '1.1.0',
  name: 'B5 — Tổng kết 2011–2020: đội ngũ cán bộ, công chức, viên chức',
  kicker: 'Phụ lục 5',
  title: 'Thống kê các chỉ tiêu tại lĩnh vực xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức',
  subtitle: PROVINCE_PLAN,
  source: PROVINCE_SOURCE,
  periodKind: 'none',
  tables: [
    {
      columns: [...indicatorColumns('Chỉ tiêu'), ...YEAR_COLUMNS],
      sections: [
        {
          rows: [
            { code: '1', label: 'Tổng số biên chế cán bộ, công chức', kind: 'group' },
            { code: '1.1', stt: '', label: '– Tổng số được giao', kind: 'count', unit: 'Người' },
            { code: '1.2', stt: '', label: '– Tổng số có mặt', kind: 'count', unit: 'Người' },
            { code: '2', label: 'Tổng số biên chế viên chức', kind: 'group' },
            { code: '2.1', stt: '', label: '– Tổng số được giao', kind: 'count', unit: 'Người' },
            { code: '2.2', stt: '', label: '– Tổng số có mặt', kind: 'count', unit: 'Người' },
            { code: '3', flow: true, label: 'Số công chức được tuyển dụng theo hình thức thi cạnh tranh', kind: 'count', unit: 'Người' },
            {
              code: '4',
              flow: true,
              label: 'Số công chức được bổ nhiệm vào các chức danh lãnh đạo, quản lý thông qua thi tuyển cạnh tranh',
              kind: 'count',
              unit: 'Người',
            },
            { code: '5', flow: true, label: 'Số lượng cán bộ, công chức được tinh giản biên chế', kind: 'count', unit: 'Người' },
            { code: '6', flow: true, label: 'Số lượng công chức được bồi dưỡng, tập huấn hằng năm', kind: 'count', unit: 'Người' },
            { code: '7', flow: true, label: 'Số lượng viên chức được bồi dưỡng, tập huấn hằng năm', kind: 'count', unit: 'Người' },
            { code: '8', flow: true, label: 'Số lượng các lớp đào tạo, bồi dưỡng', kind: 'count', unit: 'Lớp' },
          ],
        },
      ],
    },
  ],
  footer: ['Cơ quan thống kê: Sở Nội vụ.'],
  kindChecks: { partYear: 'RB09' },
  rules: [
    {
      id: 'RB04',
      severity: 'warning',
      title: 'Tổng số có mặt thường không vượt tổng số được giao',
      assert: ['[1.2] <= [1.1]', '[2.2] <= [2.1]'],
    },
  ],
};

export default template;
