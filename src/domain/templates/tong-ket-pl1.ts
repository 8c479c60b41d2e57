import type { TemplateInput } from '../catalogue/schema';
import { yesNo, PROVINCE_PLAN, PROVINCE_SOURCE, YEAR_COLUMNS, indicatorColumns } from './shared';

/** Phụ lục 1 of the province's 2011–2020 summary plan: steering and direction of CCHC (Sở Nội vụ). */
const template: TemplateInput = {
  id: 'tong-ket-pl1',
  version: '1.1.0',
  name: 'B1 — Tổng kết 2011–2020: chỉ đạo, điều hành CCHC',
  kicker: 'Phụ lục 1',
  title: 'Thống kê các chỉ tiêu tại lĩnh vực chỉ đạo, điều hành cải cách hành chính',
  subtitle: PROVINCE_PLAN,
  source: PROVINCE_SOURCE,
  periodKind: 'none',
  tables: [
    {
      columns: [...indicatorColumns('Chỉ tiêu'), ...YEAR_COLUMNS],
      sections: [
        {
          rows: [
            {
              code: '1',
              flow: true,
              label: 'Số lượng văn bản chỉ đạo, điều hành',
              kind: 'count',
              unit: 'Văn bản',
              formula: '[1.1] + [1.2]',
            },
            { code: '1.1', flow: true, stt: '', label: '– Văn bản của Tỉnh/Thành ủy', kind: 'count', unit: 'Văn bản' },
            { code: '1.2', flow: true, stt: '', label: '– Văn bản của UBND tỉnh, Chủ tịch UBND tỉnh', kind: 'count', unit: 'Văn bản' },
            { code: '2', flow: true, label: 'Số lượng các cơ quan, đơn vị được kiểm tra CCHC', kind: 'count', unit: 'Cơ quan, đơn vị' },
            { code: '3', label: 'Tuyên truyền CCHC', kind: 'group' },
            {
              code: '3.1',
              stt: '',
              label: '– Tổ chức cuộc thi tìm hiểu CCHC (Có tổ chức = 1; Không tổ chức = 0)',
              kind: 'code',
              codes: yesNo('Có tổ chức', 'Không tổ chức'),
            },
            {
              code: '3.2',
              flow: true,
              stt: '',
              label: '– Số lượng bản tin chuyên đề CCHC trên đài PT-TH tỉnh',
              kind: 'count',
              unit: 'Bản tin',
            },
            { code: '3.3', flow: true, stt: '', label: '– Số lớp tập huấn chuyên đề CCHC', kind: 'count', unit: 'Lớp' },
            {
              code: '3.4',
              stt: '',
              label: '– Xây dựng chuyên mục CCHC trên Cổng TTĐT của tỉnh (Có xây dựng = 1; Không xây dựng = 0)',
              kind: 'code',
              codes: yesNo('Có xây dựng', 'Không xây dựng'),
            },
            { code: '3.5', stt: '', label: '– Hình thức tuyên truyền CCHC khác (nếu có)', kind: 'text' },
            { code: '4', label: 'Số lượng mô hình, sáng kiến CCHC được triển khai áp dụng', kind: 'count', unit: 'Mô hình' },
            { code: '5', label: 'Xây dựng, áp dụng bộ tiêu chí đánh giá CCHC các cơ quan, đơn vị', kind: 'group' },
            { code: '5.1', stt: '', label: '– Bộ tiêu chí đánh giá sở, ngành', kind: 'count', unit: 'Bộ' },
            { code: '5.2', stt: '', label: '– Bộ tiêu chí đánh giá UBND cấp huyện', kind: 'count', unit: 'Bộ' },
            { code: '5.3', stt: '', label: '– Bộ tiêu chí đánh giá UBND cấp xã', kind: 'count', unit: 'Bộ' },
            { code: '5.4', stt: '', label: '– Bộ tiêu chí đánh giá cơ quan ngành dọc tại địa phương', kind: 'count', unit: 'Bộ' },
            { code: '6', label: 'Đo lường sự hài lòng của người dân, tổ chức', kind: 'group' },
            { code: '6.1', stt: '', label: '– Số lượng dịch vụ đã khảo sát', kind: 'count', unit: 'Dịch vụ' },
            { code: '6.2', stt: '', label: '– Số lượng mẫu đã khảo sát', kind: 'count', unit: 'Phiếu' },
            { code: '6.3', stt: '', label: '– Mức độ hài lòng chung', kind: 'percent', unit: '%' },
          ],
        },
      ],
    },
  ],
  footer: ['Cơ quan thống kê: Sở Nội vụ.'],
  kindChecks: { partYear: 'RB09', percentRange: 'RB03', codeList: 'RB03' },
};

export default template;
