import type { TemplateInput } from '../catalogue/schema';
import { PROVINCE_PLAN, PROVINCE_SOURCE, YEAR_COLUMNS, indicatorColumns } from './shared';

/** Phụ lục 2 of the province's 2011–2020 summary plan: institutional reform tasks (Sở Tư pháp). */
const template: TemplateInput = {
  id: 'tong-ket-pl2',
  version: '1.1.0',
  name: 'B2 — Tổng kết 2011–2020: cải cách thể chế',
  kicker: 'Phụ lục 2',
  title: 'Thống kê các nhiệm vụ tại lĩnh vực cải cách thể chế',
  subtitle: PROVINCE_PLAN,
  source: PROVINCE_SOURCE,
  periodKind: 'none',
  tables: [
    {
      columns: [...indicatorColumns('Nhiệm vụ/Tiêu chí'), ...YEAR_COLUMNS],
      sections: [
        {
          rows: [
            {
              code: '1',
              flow: true,
              label: 'Tổng số văn bản quy phạm pháp luật (VBQPPL) chủ trì soạn thảo đã được ban hành',
              kind: 'count',
              unit: 'Văn bản',
              formula: '[1.1] + [1.2] + [1.3] + [1.4] + [1.5] + [1.6]',
              rule: 'RB01',
            },
            {
              code: '1.1',
              flow: true,
              stt: '',
              label: 'Chia theo loại VBQPPL: – Nghị quyết của HĐND tỉnh, thành phố trực thuộc trung ương',
              kind: 'count',
              unit: 'Văn bản',
            },
            { code: '1.2', flow: true, stt: '', label: '– Quyết định của Ủy ban nhân dân cấp tỉnh', kind: 'count', unit: 'Văn bản' },
            { code: '1.3', flow: true, stt: '', label: '– Nghị quyết của Hội đồng nhân dân cấp huyện', kind: 'count', unit: 'Văn bản' },
            { code: '1.4', flow: true, stt: '', label: '– Quyết định của Ủy ban nhân dân cấp huyện', kind: 'count', unit: 'Văn bản' },
            { code: '1.5', flow: true, stt: '', label: '– Nghị quyết của Hội đồng nhân dân cấp xã', kind: 'count', unit: 'Văn bản' },
            { code: '1.6', flow: true, stt: '', label: '– Quyết định của Ủy ban nhân dân cấp xã', kind: 'count', unit: 'Văn bản' },
            {
              code: '2',
              flow: true,
              label: 'Số VBQPPL được đề nghị sửa đổi, bổ sung, thay thế, bãi bỏ hoặc ban hành mới sau rà soát',
              kind: 'count',
              unit: 'Văn bản',
            },
            {
              code: '3',
              flow: true,
              label: 'Số VBQPPL đã được xử lý theo thẩm quyền hoặc kiến nghị cơ quan có thẩm quyền xử lý sau rà soát',
              kind: 'count',
              unit: 'Văn bản',
            },
            { code: '4', flow: true, label: 'Số VBQPPL đã kiểm tra theo thẩm quyền', kind: 'count', unit: 'Văn bản' },
            { code: '5', flow: true, label: 'Số VBQPPL trái pháp luật về nội dung, thẩm quyền', kind: 'count', unit: 'Văn bản' },
            {
              code: '6',
              flow: true,
              label: 'Số VBQPPL trái pháp luật về nội dung, thẩm quyền đã được xử lý',
              kind: 'count',
              unit: 'Văn bản',
            },
            {
              code: '7',
              flow: true,
              label: 'Văn bản không phải là VBQPPL nhưng có chứa quy phạm pháp luật',
              kind: 'count',
              unit: 'Văn bản',
            },
          ],
        },
      ],
    },
  ],
  footer: ['Cơ quan thống kê: Sở Tư pháp.'],
  kindChecks: { partYear: 'RB09' },
  rules: [
    {
      id: 'RB01',
      severity: 'error',
      title: 'VBQPPL đã xử lý không vượt số đề nghị xử lý; VBQPPL trái pháp luật không vượt số đã kiểm tra',
      assert: ['[3] <= [2]', '[5] <= [4]', '[6] <= [5]'],
    },
  ],
};

export default template;
