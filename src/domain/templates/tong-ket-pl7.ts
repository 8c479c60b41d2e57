import type { TemplateInput } from '../catalogue/schema';
import { PROVINCE_PLAN, PROVINCE_SOURCE, UNIT_ADDON, YEAR_COLUMNS } from './shared';

const TTTT = { agency: 'Sở Thông tin và Truyền thông' };
const VP = { agency: 'Văn phòng UBND tỉnh' };

/** Phụ lục 7 of the province's 2011–2020 summary plan: modernisation of the administration. */
const template: TemplateInput = {
  id: 'tong-ket-pl7',
  version: '1.1.0',
  name: 'B7 — Tổng kết 2011–2020: hiện đại hóa hành chính',
  kicker: 'Phụ lục 7',
  title: 'Thống kê các chỉ tiêu tại lĩnh vực hiện đại hóa hành chính',
  subtitle: PROVINCE_PLAN,
  source: PROVINCE_SOURCE,
  periodKind: 'none',
  tables: [
    {
      columns: [
        { key: 'stt', header: 'STT', width: 6, role: 'stt' },
        { key: 'label', header: 'Chỉ tiêu', width: 50, role: 'label' },
        // The form names the agencies in a footnote; as a column they are the add-in's.
        { key: 'agency', header: 'Cơ quan thống kê', width: 20, role: 'attr', attr: 'agency', addon: true },
        UNIT_ADDON,
        ...YEAR_COLUMNS,
      ],
      sections: [
        {
          rows: [
            { code: '1', label: 'Tỷ lệ văn bản hành chính được trao đổi dưới dạng điện tử', kind: 'percent', unit: '%', attrs: TTTT },
            { code: '2', label: 'Số đơn vị kết nối Trục liên thông VBQG', kind: 'count', unit: 'Đơn vị', attrs: TTTT },
            {
              code: '3',
              flow: true,
              label: 'Số lượng văn bản nhận trên Trục liên thông VBQG',
              kind: 'count',
              unit: 'Văn bản',
              attrs: TTTT,
            },
            { code: '4', flow: true, label: 'Số lượng văn bản gửi trên Trục liên thông VBQG', kind: 'count', unit: 'Văn bản', attrs: TTTT },
            { code: '5', label: 'Số lượng chữ ký số', kind: 'count', unit: 'Chữ ký số', attrs: TTTT },
            { code: '6', label: 'Tỷ lệ công chức có hộp thư điện tử', kind: 'percent', unit: '%', attrs: TTTT },
            {
              code: '7',
              label: 'Số cơ quan chuyên môn cấp tỉnh, đơn vị hành chính cấp huyện triển khai ứng dụng phần mềm quản lý văn bản',
              kind: 'count',
              unit: 'Cơ quan, đơn vị',
              attrs: TTTT,
            },
            {
              code: '8',
              label: 'Số cơ quan chuyên môn cấp tỉnh, đơn vị hành chính cấp huyện sử dụng mạng nội bộ (mạng LAN) để trao đổi công việc',
              kind: 'count',
              unit: 'Cơ quan, đơn vị',
              attrs: TTTT,
            },
            {
              code: '9',
              label: 'Số cơ quan chuyên môn cấp tỉnh, đơn vị hành chính cấp huyện có Cổng/Trang Thông tin điện tử',
              kind: 'count',
              unit: 'Cơ quan, đơn vị',
              attrs: TTTT,
            },
            { code: '10', label: 'Số dịch vụ công trực tuyến mức độ 3, mức độ 4', kind: 'count', unit: 'Dịch vụ', attrs: VP },
            {
              code: '11',
              label: 'Tỷ lệ dịch vụ công trực tuyến mức độ 3, mức độ 4 có phát sinh hồ sơ',
              kind: 'percent',
              unit: '%',
              attrs: VP,
            },
            { code: '12', label: 'Số đơn vị xây dựng, sử dụng phần mềm một cửa điện tử', kind: 'count', unit: 'Đơn vị', attrs: VP },
            { code: '13', label: 'Tỷ lệ hồ sơ giải quyết qua hệ thống một cửa điện tử', kind: 'percent', unit: '%', attrs: VP },
            {
              code: '14',
              label: 'Số cơ quan chuyên môn cấp tỉnh, đơn vị hành chính cấp huyện có bản Công bố ISO',
              kind: 'count',
              unit: 'Cơ quan, đơn vị',
              attrs: { agency: 'Sở Khoa học và Công nghệ' },
            },
          ],
        },
      ],
    },
  ],
  footer: [
    'Ghi chú:',
    '– Sở Thông tin và Truyền thông thống kê các chỉ tiêu từ số thứ tự thứ 1 đến 9;',
    '– Văn phòng UBND tỉnh thống kê các chỉ tiêu từ số thứ tự thứ 10 đến 13;',
    '– Sở Khoa học và Công nghệ thống kê chỉ tiêu số thứ tự thứ 14.',
  ],
  kindChecks: { partYear: 'RB09', percentRange: 'RB06', nonNegative: 'RB06' },
};

export default template;
