import type { TemplateInput } from '../catalogue/schema';
import { PROVINCE_PLAN, PROVINCE_SOURCE, YEAR_COLUMNS, indicatorColumns } from './shared';

/** Phụ lục 3 of the province's 2011–2020 summary plan: administrative procedure reform (Văn phòng UBND tỉnh). */
const template: TemplateInput = {
  id: 'tong-ket-pl3',
  version: '1.1.0',
  name: 'B3 — Tổng kết 2011–2020: cải cách thủ tục hành chính',
  kicker: 'Phụ lục 3',
  title: 'Thống kê các chỉ tiêu tại lĩnh vực cải cách thủ tục hành chính',
  subtitle: PROVINCE_PLAN,
  source: PROVINCE_SOURCE,
  periodKind: 'none',
  tables: [
    {
      columns: [...indicatorColumns('Chỉ tiêu'), ...YEAR_COLUMNS],
      sections: [
        {
          rows: [
            { code: '1', label: 'Tổng số TTHC của tỉnh', kind: 'count', unit: 'Thủ tục', formula: '[1.1] + [1.2] + [1.3]', rule: 'RB02' },
            { code: '1.1', stt: '', label: '– Số lượng TTHC cấp tỉnh', kind: 'count', unit: 'Thủ tục' },
            { code: '1.2', stt: '', label: '– Số lượng TTHC cấp huyện', kind: 'count', unit: 'Thủ tục' },
            { code: '1.3', stt: '', label: '– Số lượng TTHC cấp xã', kind: 'count', unit: 'Thủ tục' },
            { code: '2', label: 'Số TTHC do tỉnh ban hành (được giao trong Luật)', kind: 'count', unit: 'Thủ tục' },
            {
              code: '3',
              label: 'Số TTHC được đơn giản hóa sau rà soát (theo thẩm quyền của tỉnh, như: giảm thời gian giải quyết…)',
              kind: 'count',
              unit: 'Thủ tục',
            },
            {
              code: '4',
              label: 'Số lượng thủ tục hành chính được công khai đầy đủ, đúng quy định trên Cổng/Trang Thông tin điện tử',
              kind: 'count',
              unit: 'Thủ tục',
            },
            { code: '5', label: 'Thực hiện cơ chế một cửa, một cửa liên thông', kind: 'group' },
            {
              code: '5.1',
              stt: '',
              label:
                '– Số lượng TTHC thực hiện được giải quyết tại Trung tâm phục vụ hành chính công cấp tỉnh hoặc Bộ phận Tiếp nhận và trả kết quả cấp sở, ngành',
              kind: 'count',
              unit: 'Thủ tục',
            },
            {
              code: '5.2',
              stt: '',
              label: '– Số lượng TTHC thực hiện việc tiếp nhận, trả kết quả tại Bộ phận Một cửa cấp huyện',
              kind: 'count',
              unit: 'Thủ tục',
            },
            {
              code: '5.3',
              stt: '',
              label: '– Số lượng TTHC thực hiện việc tiếp nhận, trả kết quả tại Bộ phận Một cửa cấp xã',
              kind: 'count',
              unit: 'Thủ tục',
            },
            {
              code: '5.4',
              stt: '',
              label: '– Số lượng TTHC được giải quyết theo cơ chế một cửa liên thông cùng cấp',
              kind: 'count',
              unit: 'Thủ tục',
            },
            {
              code: '5.5',
              stt: '',
              label: '– Số lượng TTHC hoặc nhóm TTHC được giải quyết theo hình thức liên thông giữa các cấp chính quyền',
              kind: 'count',
              unit: 'Thủ tục',
            },
            { code: '5.6', stt: '', label: '– Số TTHC đã thực hiện 4 tại chỗ', kind: 'count', unit: 'Thủ tục' },
            { code: '6', label: 'Kết quả giải quyết hồ sơ TTHC', kind: 'group' },
            {
              code: '6.1',
              stt: '',
              label: '– Tỷ lệ hồ sơ TTHC cấp tỉnh giải quyết đúng hẹn (đã tiếp nhận/đã trả đúng hẹn)',
              kind: 'percent',
              unit: '%',
            },
            {
              code: '6.2',
              stt: '',
              label: '– Tỷ lệ hồ sơ TTHC cấp huyện giải quyết đúng hẹn (đã tiếp nhận/đã trả đúng hẹn)',
              kind: 'percent',
              unit: '%',
            },
            {
              code: '6.3',
              stt: '',
              label: '– Tỷ lệ hồ sơ TTHC cấp xã giải quyết đúng hẹn (đã tiếp nhận/đã trả đúng hẹn)',
              kind: 'percent',
              unit: '%',
            },
            { code: '7', label: 'Tiếp nhận và xử lý PAKN về TTHC', kind: 'group' },
            { code: '7.1', flow: true, stt: '', label: '– Số lượng PAKN đã tiếp nhận trong năm', kind: 'count', unit: 'PAKN' },
            { code: '7.2', flow: true, stt: '', label: '– Số lượng PAKN đã giải quyết trong năm', kind: 'count', unit: 'PAKN' },
            {
              code: '7.3',
              flow: true,
              stt: '',
              label: '– Số lượng PAKN được xử lý và đã công khai kết quả trả lời trên Cổng TTĐT',
              kind: 'count',
              unit: 'PAKN',
            },
          ],
        },
      ],
    },
  ],
  footer: ['Cơ quan thống kê: Văn phòng UBND tỉnh.'],
  kindChecks: { partYear: 'RB09', percentRange: 'RB02' },
  rules: [
    {
      id: 'RB02',
      severity: 'error',
      title: 'Số TTHC đơn giản hóa, công khai, thực hiện một cửa không vượt tổng số TTHC',
      assert: ['[3] <= [1]', '[4] <= [1]', '[5.1] + [5.2] + [5.3] <= [1]', '[5.4] <= [1]', '[5.5] <= [1]', '[5.6] <= [1]'],
    },
    { id: 'RB02', severity: 'error', title: 'PAKN đã giải quyết không vượt PAKN đã tiếp nhận', assert: ['[7.2] <= [7.1]'] },
    {
      id: 'RB02',
      severity: 'warning',
      title: 'PAKN đã công khai kết quả thường không vượt PAKN đã giải quyết',
      assert: ['[7.3] <= [7.2]'],
    },
  ],
};

export default template;
