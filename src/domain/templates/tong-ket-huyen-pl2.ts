import type { TemplateInput } from '../catalogue/schema';
import { yesNo, ASSESSMENT_CODES, YEAR_COLUMNS } from './shared';

const DASH = '–';

/**
 * Phụ lục 2 of a district's 2011–2020 summary plan, after the one of UBND huyện Khánh Sơn (2020):
 * the assignment table, the indicators by field with the office that compiles them, and the
 * district's self-assessment. The district's name is left out so any district can use it.
 */
const template: TemplateInput = {
  id: 'tong-ket-huyen-pl2',
  version: '1.0.0',
  name: 'B9–B11 — Tổng kết 2011–2020 cấp huyện (Phụ lục 2)',
  sheetName: 'PL2 huyện',
  kicker: 'Phụ lục 2',
  title: 'Thống kê các chỉ tiêu, nhiệm vụ về cải cách hành chính huyện qua các năm',
  subtitle: '(Kèm theo Kế hoạch tổng kết thực hiện Chương trình tổng thể CCHC giai đoạn 2011–2020 của UBND huyện)',
  source: 'Phụ lục 2 kèm theo Kế hoạch tổng kết thực hiện Chương trình CCHC nhà nước giai đoạn 2011–2020 của UBND huyện Khánh Sơn, tỉnh Khánh Hòa (2020)',
  periodKind: 'none',
  tables: [
    {
      title: 'I. Bảng phân công báo cáo, thống kê các chỉ tiêu trên các lĩnh vực',
      columns: [
        { key: 'stt', header: 'STT', width: 6, role: 'stt' },
        { key: 'label', header: 'Lĩnh vực thống kê', width: 52, role: 'label' },
        { key: 'reporter', header: 'Đơn vị báo cáo', width: 40, role: 'attr', attr: 'reporter' },
        { key: 'remark', header: 'Ghi chú', width: 16, role: 'value', kind: 'text' },
      ],
      sections: [
        {
          rows: [
            { code: 'PC1', stt: '1', label: 'Lĩnh vực chỉ đạo, điều hành', kind: 'text', attrs: { reporter: 'Phòng Nội vụ, các cơ quan chuyên môn, UBND xã' } },
            { code: 'PC2', stt: '2', label: 'Lĩnh vực cải cách thể chế', kind: 'text', attrs: { reporter: 'Phòng Tư pháp, UBND xã' } },
            { code: 'PC3', stt: '3', label: 'Lĩnh vực cải cách thủ tục hành chính, một cửa liên thông', kind: 'text', attrs: { reporter: 'Văn phòng HĐND&UBND huyện, UBND cấp xã' } },
            { code: 'PC4', stt: '4', label: 'Cải cách bộ máy hành chính nhà nước', kind: 'text', attrs: { reporter: 'Phòng Nội vụ, UBND xã' } },
            { code: 'PC5', stt: '5', label: 'Lĩnh vực xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức', kind: 'text', attrs: { reporter: 'Phòng Nội vụ, UBND xã' } },
            { code: 'PC6', stt: '6', label: 'Lĩnh vực cải cách tài chính', kind: 'text', attrs: { reporter: 'Phòng Tài chính – Kế hoạch, UBND xã' } },
            { code: 'PC7', stt: '7', label: 'Lĩnh vực hiện đại hóa hành chính', kind: 'text', attrs: { reporter: 'Phòng Văn hóa và Thông tin, Văn phòng HĐND&UBND huyện, UBND xã' } },
            {
              code: 'PC8',
              stt: '8',
              label: 'Tự đánh giá mức độ thực hiện các mục tiêu cải cách hành chính nhà nước của huyện giai đoạn 2011–2020',
              kind: 'text',
              attrs: {
                reporter: 'Phòng Nội vụ, Văn phòng HĐND&UBND, Phòng Kinh tế – Hạ tầng, Phòng Tài chính – Kế hoạch, Phòng Tư pháp, Phòng Văn hóa và Thông tin, UBND xã',
              },
            },
          ],
        },
      ],
    },
    {
      title: 'II. Chi tiết chỉ tiêu thống kê trên các lĩnh vực',
      columns: [
        { key: 'stt', header: 'STT', width: 6, role: 'stt' },
        { key: 'label', header: 'Chỉ tiêu', width: 52, role: 'label' },
        { key: 'compiler', header: 'Đơn vị tổng hợp, báo cáo', width: 24, role: 'attr', attr: 'compiler' },
        { key: 'unit', header: 'Đơn vị tính', width: 11, role: 'unit' },
        ...YEAR_COLUMNS,
      ],
      sections: [
        {
          code: '1',
          title: 'Lĩnh vực chỉ đạo, điều hành',
          rows: [
            { code: 'M1.1', stt: '1', label: 'Số lượng văn bản chỉ đạo, điều hành', kind: 'count', unit: 'Văn bản', formula: '[M1.1.1] + [M1.1.2]', attrs: { compiler: 'Phòng Nội vụ' } },
            { code: 'M1.1.1', stt: DASH, label: 'Văn bản của Huyện ủy', kind: 'count', unit: 'Văn bản' },
            { code: 'M1.1.2', stt: DASH, label: 'Văn bản của UBND huyện, Chủ tịch UBND huyện', kind: 'count', unit: 'Văn bản' },
            { code: 'M1.2', stt: '2', label: 'Số lượng các cơ quan, đơn vị được kiểm tra CCHC', kind: 'count', unit: 'Cơ quan, đơn vị', attrs: { compiler: 'Phòng Nội vụ' } },
            { code: 'M1.3', stt: '3', label: 'Tuyên truyền CCHC', kind: 'group' },
            {
              code: 'M1.3.1',
              stt: DASH,
              label: 'Tổ chức cuộc thi tìm hiểu về CCHC',
              kind: 'code',
              unit: 'Có tổ chức: 1; Không tổ chức: 0',
              codes: yesNo('Có tổ chức', 'Không tổ chức'),
              attrs: { compiler: 'Phòng Nội vụ' },
            },
            { code: 'M1.3.2', stt: DASH, label: 'Số lượng bản tin chuyên đề CCHC', kind: 'count', unit: 'Bản tin', attrs: { compiler: 'Trung tâm Văn hóa, Thông tin và Thể thao' } },
            { code: 'M1.3.3', stt: DASH, label: 'Số lớp tập huấn chuyên đề CCHC', kind: 'count', unit: 'Lớp', attrs: { compiler: 'Phòng Nội vụ; Văn phòng HĐND&UBND huyện' } },
            {
              code: 'M1.3.4',
              stt: DASH,
              label: 'Xây dựng chuyên mục CCHC trên Cổng TTĐT của huyện',
              kind: 'code',
              unit: 'Có xây dựng: 1; Không xây dựng: 0',
              codes: yesNo('Có xây dựng', 'Không xây dựng'),
              attrs: { compiler: 'Văn phòng HĐND&UBND huyện' },
            },
            { code: 'M1.3.5', stt: DASH, label: 'Hình thức tuyên truyền CCHC khác (nếu có)', kind: 'text', attrs: { compiler: 'Phòng Nội vụ' } },
            { code: 'M1.4', stt: '4', label: 'Số lượng mô hình, sáng kiến CCHC được triển khai áp dụng', kind: 'count', unit: 'Mô hình', attrs: { compiler: 'Phòng Nội vụ' } },
            { code: 'M1.5', stt: '5', label: 'Xây dựng, áp dụng bộ tiêu chí đánh giá CCHC các cơ quan, đơn vị', kind: 'count', unit: 'Bộ', attrs: { compiler: 'Phòng Nội vụ' } },
            { code: 'M1.6', stt: '6', label: 'Đo lường sự hài lòng của người dân, tổ chức', kind: 'group', attrs: { compiler: 'Phòng Nội vụ' } },
            { code: 'M1.6.1', stt: DASH, label: 'Số lượng dịch vụ đã khảo sát', kind: 'count', unit: 'Dịch vụ' },
            { code: 'M1.6.2', stt: DASH, label: 'Số lượng mẫu đã khảo sát', kind: 'count', unit: 'Phiếu' },
            { code: 'M1.6.3', stt: DASH, label: 'Mức độ hài lòng chung', kind: 'percent', unit: '%' },
            { code: 'M1.7', stt: '7', label: 'Kinh phí CCHC hằng năm', kind: 'group', attrs: { compiler: 'Phòng Nội vụ, UBND xã, thị trấn' } },
            { code: 'M1.7.1', stt: DASH, label: 'Kinh phí CCHC sử dụng', kind: 'money', unit: 'Triệu đồng' },
            { code: 'M1.7.2', stt: DASH, label: 'Kinh phí CCHC phân bổ', kind: 'money', unit: 'Triệu đồng' },
          ],
        },
        {
          code: '3',
          title: 'Lĩnh vực cải cách thủ tục hành chính',
          rows: [
            { code: 'M3.1', stt: '1', label: 'Tổng số TTHC', kind: 'count', unit: 'Thủ tục', formula: '[M3.1.1] + [M3.1.2]', rule: 'RB02' },
            { code: 'M3.1.1', stt: DASH, label: 'Số lượng TTHC cấp huyện', kind: 'count', unit: 'Thủ tục', attrs: { compiler: 'VP HĐND&UBND huyện' } },
            { code: 'M3.1.2', stt: DASH, label: 'Số lượng TTHC cấp xã', kind: 'count', unit: 'Thủ tục', attrs: { compiler: 'Cấp xã' } },
            {
              code: 'M3.2',
              stt: '2',
              label: 'Số TTHC được đơn giản hóa sau rà soát (theo thẩm quyền của tỉnh, như: giảm thời gian giải quyết….)',
              kind: 'count',
              unit: 'Thủ tục',
              attrs: { compiler: 'VP HĐND&UBND huyện; Cấp xã' },
            },
            {
              code: 'M3.3',
              stt: '3',
              label: 'Số lượng thủ tục hành chính được công khai đầy đủ, đúng quy định trên Cổng/Trang Thông tin điện tử',
              kind: 'count',
              unit: 'Thủ tục',
              attrs: { compiler: 'VP HĐND&UBND huyện' },
            },
            { code: 'M3.4', stt: '4', label: 'Thực hiện cơ chế một cửa, một cửa liên thông', kind: 'group', attrs: { compiler: 'VP HĐND&UBND huyện; Cấp xã' } },
            { code: 'M3.4.1', stt: DASH, label: 'Số lượng TTHC thực hiện việc tiếp nhận, trả kết quả tại Bộ phận một cửa cấp huyện, cấp xã', kind: 'count', unit: 'Thủ tục' },
            { code: 'M3.4.2', stt: DASH, label: 'Số lượng TTHC được giải quyết theo cơ chế một cửa liên thông cùng cấp', kind: 'count', unit: 'Thủ tục' },
            { code: 'M3.4.3', stt: DASH, label: 'Số lượng TTHC hoặc nhóm TTHC được giải quyết theo hình thức liên thông giữa các cấp chính quyền', kind: 'count', unit: 'Thủ tục' },
            { code: 'M3.5', stt: '5', label: 'Kết quả giải quyết hồ sơ TTHC', kind: 'group', attrs: { compiler: 'Văn phòng HĐND & UBND huyện' } },
            { code: 'M3.5.1', stt: DASH, label: 'Tỷ lệ hồ sơ TTHC cấp huyện giải quyết đúng hẹn (đã tiếp nhận/đã trả đúng hẹn)', kind: 'percent', unit: '%' },
            { code: 'M3.5.2', stt: DASH, label: 'Tỷ lệ hồ sơ TTHC cấp xã giải quyết đúng hẹn (đã tiếp nhận/đã trả đúng hẹn)', kind: 'percent', unit: '%', attrs: { compiler: 'Cấp xã' } },
            { code: 'M3.6', stt: '6', label: 'Tiếp nhận và xử lý PAKN về TTHC', kind: 'group', attrs: { compiler: 'Văn phòng HĐND & UBND huyện; Cấp xã' } },
            { code: 'M3.6.1', stt: DASH, label: 'Số lượng PAKN đã tiếp nhận trong năm', kind: 'count', unit: 'PAKN' },
            { code: 'M3.6.2', stt: DASH, label: 'Số lượng PAKN đã giải quyết trong năm', kind: 'count', unit: 'PAKN' },
            { code: 'M3.6.3', stt: DASH, label: 'Số lượng PAKN được xử lý và đã công khai kết quả trả lời trên Cổng TTĐT', kind: 'count', unit: 'PAKN' },
          ],
        },
        {
          code: '5',
          title: 'Lĩnh vực xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức',
          rows: [
            { code: 'M5.1', stt: '1', label: 'Tổng số biên chế cán bộ, công chức', kind: 'group', attrs: { compiler: 'Phòng Nội vụ' } },
            { code: 'M5.1.1', stt: DASH, label: 'Tổng số được giao', kind: 'count', unit: 'Người' },
            { code: 'M5.1.2', stt: DASH, label: 'Tổng số có mặt', kind: 'count', unit: 'Người' },
            { code: 'M5.2', stt: '2', label: 'Tổng số biên chế viên chức', kind: 'group', attrs: { compiler: 'Phòng Nội vụ' } },
            { code: 'M5.2.1', stt: DASH, label: 'Tổng số được giao', kind: 'count', unit: 'Người' },
            { code: 'M5.2.2', stt: DASH, label: 'Tổng số có mặt', kind: 'count', unit: 'Người' },
            { code: 'M5.3', stt: '3', label: 'Số công chức được tuyển dụng theo hình thức thi cạnh tranh', kind: 'count', unit: 'Người', attrs: { compiler: 'Phòng Nội vụ' } },
            {
              code: 'M5.4',
              stt: '4',
              label: 'Số công chức được bổ nhiệm vào các chức danh lãnh đạo, quản lý thông qua thi tuyển cạnh tranh',
              kind: 'count',
              unit: 'Người',
              attrs: { compiler: 'Phòng Nội vụ' },
            },
            { code: 'M5.5', stt: '5', label: 'Số lượng cán bộ, công chức được tinh giản biên chế', kind: 'count', unit: 'Người', attrs: { compiler: 'Phòng Nội vụ' } },
            { code: 'M5.6', stt: '6', label: 'Số lượng công chức được bồi dưỡng, tập huấn hằng năm', kind: 'count', unit: 'Người', attrs: { compiler: 'Phòng Nội vụ, UBND cấp xã' } },
            { code: 'M5.7', stt: '7', label: 'Số lượng viên chức được bồi dưỡng, tập huấn hằng năm', kind: 'count', unit: 'Người', attrs: { compiler: 'Phòng Nội vụ' } },
            { code: 'M5.8', stt: '8', label: 'Số lượng các lớp đào tạo, bồi dưỡng', kind: 'count', unit: 'Lớp', attrs: { compiler: 'Phòng Nội vụ' } },
          ],
        },
        {
          code: '6',
          title: 'Lĩnh vực cải cách tài chính công',
          rows: [
            { code: 'M6.1', stt: '1', label: 'Số cơ quan hành chính thực hiện cơ chế tự chủ', kind: 'count', unit: 'Cơ quan', attrs: { compiler: 'Phòng Tài chính – KH' } },
            {
              code: 'M6.2',
              stt: '2',
              label: 'Số đơn vị sự nghiệp công lập thuộc UBND huyện thực hiện cơ chế tự chủ',
              kind: 'count',
              unit: 'Đơn vị',
              formula: '[M6.2.1] + [M6.2.2] + [M6.2.3] + [M6.2.4]',
              rule: 'RB05',
              attrs: { compiler: 'Phòng Tài chính – KH' },
            },
            { code: 'M6.2.1', stt: DASH, label: 'Số lượng đơn vị sự nghiệp công tự bảo đảm chi thường xuyên và chi đầu tư', kind: 'count', unit: 'Đơn vị' },
            { code: 'M6.2.2', stt: DASH, label: 'Số lượng đơn vị sự nghiệp công tự bảo đảm chi thường xuyên', kind: 'count', unit: 'Đơn vị' },
            { code: 'M6.2.3', stt: DASH, label: 'Số lượng đơn vị sự nghiệp công tự bảo đảm một phần chi thường xuyên', kind: 'count', unit: 'Đơn vị' },
            { code: 'M6.2.4', stt: DASH, label: 'Số lượng đơn vị sự nghiệp công do Nhà nước bảo đảm chi thường xuyên', kind: 'count', unit: 'Đơn vị' },
          ],
        },
        {
          code: '7',
          title: 'Lĩnh vực hiện đại hóa hành chính',
          attrs: { compiler: 'Phòng Văn hóa và Thông tin' },
          rows: [
            { code: 'M7.1', stt: '1', label: 'Tỷ lệ văn bản hành chính được trao đổi dưới dạng điện tử', kind: 'percent', unit: '%' },
            { code: 'M7.2', stt: '2', label: 'Số đơn vị kết nối Trục liên thông văn bản QG', kind: 'count', unit: 'Đơn vị' },
            { code: 'M7.3', stt: '3', label: 'Số lượng văn bản nhận trên Trục liên thông VBQG', kind: 'count', unit: 'Văn bản' },
            { code: 'M7.4', stt: '4', label: 'Số lượng văn bản gửi trên Trục liên thông VBQG', kind: 'count', unit: 'Văn bản' },
            { code: 'M7.5', stt: '5', label: 'Số lượng chữ ký số', kind: 'count', unit: 'Chữ ký số' },
            { code: 'M7.6', stt: '6', label: 'Tỷ lệ công chức có hộp thư điện tử', kind: 'percent', unit: '%' },
            { code: 'M7.7', stt: '7', label: 'Số cơ quan chuyên môn thuộc huyện, đơn vị triển khai ứng dụng phần mềm quản lý văn bản', kind: 'count', unit: 'Cơ quan, đơn vị' },
            { code: 'M7.8', stt: '8', label: 'Số cơ quan chuyên môn, đơn vị hành chính sử dụng mạng nội bộ (mạng LAN) để trao đổi công việc', kind: 'count', unit: 'Cơ quan, đơn vị' },
            { code: 'M7.9', stt: '9', label: 'Số đơn vị có Cổng/Trang Thông tin điện tử', kind: 'count', unit: 'Đơn vị' },
            { code: 'M7.10', stt: '10', label: 'Số dịch vụ công trực tuyến mức độ 3, mức độ 4', kind: 'count', unit: 'Dịch vụ', attrs: { compiler: 'Văn phòng HĐND & UBND huyện' } },
            { code: 'M7.11', stt: '11', label: 'Tỷ lệ dịch vụ công trực tuyến mức độ 3, mức độ 4 có phát sinh hồ sơ', kind: 'percent', unit: '%', attrs: { compiler: 'Văn phòng HĐND & UBND huyện' } },
            { code: 'M7.12', stt: '12', label: 'Số đơn vị sử dụng phần mềm một cửa điện tử', kind: 'count', unit: 'Đơn vị', attrs: { compiler: 'Văn phòng HĐND & UBND huyện' } },
            { code: 'M7.13', stt: '13', label: 'Tỷ lệ hồ sơ giải quyết qua hệ thống một cửa điện tử', kind: 'percent', unit: '%', attrs: { compiler: 'Văn phòng HĐND & UBND huyện' } },
            { code: 'M7.14', stt: '14', label: 'Số cơ quan chuyên môn áp dụng ISO 9001:2008', kind: 'count', unit: 'Cơ quan', attrs: { compiler: 'Văn phòng HĐND & UBND huyện' } },
          ],
        },
      ],
    },
    {
      title: 'III. Tự đánh giá mức độ thực hiện các mục tiêu cải cách hành chính nhà nước của huyện giai đoạn 2011–2020',
      columns: [
        { key: 'stt', header: 'STT', width: 6, role: 'stt' },
        { key: 'label', header: 'Các mục tiêu cải cách', width: 60, role: 'label' },
        { key: 'owner', header: 'Đơn vị chủ trì tự đánh giá', width: 24, role: 'attr', attr: 'owner' },
        { key: 'assessment', header: 'Đánh giá kết quả đạt được (Đạt/Không đạt)', width: 16, role: 'value' },
      ],
      sections: [
        {
          code: '8',
          title: 'Tự đánh giá mức độ thực hiện các mục tiêu cải cách hành chính nhà nước',
          rows: [
            [
              'Thủ tục hành chính giữa các cơ quan nhà nước và nội bộ cơ quan nhà nước được cải cách căn bản; làm cho bộ máy hoạt động thông suốt, đồng bộ, góp phần tích cực nâng cao chất lượng thực hiện cơ chế một cửa, một cửa liên thông theo hướng hiện đại',
              'Văn phòng HĐND&UBND huyện',
            ],
            [
              'Thủ tục hành chính được cải cách cơ bản, mức độ hài lòng của nhân dân và doanh nghiệp về thủ tục hành chính đạt mức trên 80% vào năm 2020',
              'Phòng Nội vụ (theo báo cáo khảo sát mức độ hài lòng hằng năm)',
            ],
            ['Sắp xếp, tổ chức lại các cơ quan, đơn vị để không còn sự chồng chéo, bỏ trống hoặc trùng lặp về chức năng, nhiệm vụ, quyền hạn', 'Phòng Nội vụ'],
            [
              'Sự hài lòng của cá nhân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước đạt mức trên 80% vào năm 2020',
              'Phòng Nội vụ (theo báo cáo khảo sát mức độ hài lòng hằng năm)',
            ],
            [
              'Đến năm 2017, mô hình tổ chức, chức năng, nhiệm vụ, quyền hạn của UBND huyện và UBND các xã, thị trấn được thực hiện đảm bảo yêu cầu quản lý nhà nước, có cơ cấu tinh gọn, hoạt động thông suốt, đồng bộ, minh bạch về trách nhiệm giải trình và quản lý hiệu lực, hiệu quả. Đến năm 2020, thẩm quyền và phạm vi quản lý của UBND huyện và UBND các xã, phường được thực hiện theo sự phân định hợp lý, bảo đảm quản lý thống nhất, hiệu quả tài nguyên, khoáng sản và các nguồn lực kinh tế – xã hội khác, giải quyết thủ tục hành chính nhanh nhất, phục vụ tốt nhất cho người dân và doanh nghiệp',
              'Phòng Nội vụ',
            ],
            [
              'Đến năm 2017, mô hình tổ chức, chức năng, nhiệm vụ, quyền hạn của UBND huyện và UBND các xã, phường được thực hiện đảm bảo yêu cầu quản lý nhà nước, có cơ cấu tinh gọn, hoạt động thông suốt, minh bạch về trách nhiệm giải trình và quản lý hiệu lực, hiệu quả. Đến năm 2020, thẩm quyền và phạm vi quản lý của UBND huyện và UBND các xã, thị trấn được thực hiện theo sự phân định hợp lý, bảo đảm quản lý thống nhất, hiệu quả tài nguyên, khoáng sản và các nguồn lực kinh tế – xã hội khác, giải quyết thủ tục hành chính nhanh nhất, phục vụ tốt nhất cho người dân và doanh nghiệp',
              'Phòng Nội vụ',
            ],
            [
              'Đến năm 2020: 90% các văn bản, tài liệu chính thức trao đổi giữa các cơ quan hành chính nhà nước được thực hiện dưới dạng điện tử; cán bộ, công chức, viên chức thường xuyên sử dụng hệ thống thư điện tử trong công việc; bảo đảm dữ liệu điện tử phục vụ hầu hết các hoạt động trong các cơ quan; hầu hết các giao dịch của các cơ quan hành chính nhà nước được thực hiện trên môi trường điện tử, mọi lúc, mọi nơi, dựa trên các ứng dụng truyền thông đa phương tiện; hầu hết các dịch vụ công được cung cấp trực tuyến trên Mạng thông tin điện tử hành chính ở mức độ 3 và 4, đáp ứng nhu cầu thực tế, phục vụ người dân và doanh nghiệp mọi lúc, mọi nơi, dựa trên nhiều phương tiện khác nhau',
              'Phòng Văn hóa và Thông tin',
            ],
            [
              'Các trang tin, cổng thông tin điện tử hoàn thành việc kết nối với Cổng Thông tin điện tử Chính phủ, hình thành đầy đủ Mạng thông tin điện tử hành chính trên Internet',
              'Văn phòng HĐND&UBND huyện',
            ],
            [
              'Tỷ lệ hồ sơ giải quyết trực tuyến mức độ 3, 4 (trên tổng số hồ sơ giải quyết thủ tục hành chính) của huyện đạt 35% chỉ tiêu được giao; 100% hồ sơ giải quyết thủ tục hành chính được thực hiện thông qua Hệ thống thông tin một cửa điện tử của tỉnh',
              'Văn phòng HĐND&UBND huyện',
            ],
            [
              '100% hồ sơ thủ tục hành chính áp dụng cơ chế một cửa, một cửa liên thông được số hóa, luân chuyển, phối hợp xử lý trực tuyến giữa các cơ quan hành chính thuộc huyện, các cơ quan, đơn vị có liên quan',
              'Văn phòng HĐND&UBND huyện',
            ],
            [
              'Đến năm 2020, đội ngũ cán bộ, công chức, viên chức có số lượng, cơ cấu hợp lý, đủ trình độ, năng lực hoàn thành công vụ, phục vụ sự nghiệp phát triển kinh tế – xã hội; 100% cơ quan nhà nước có cơ cấu cán bộ, công chức theo vị trí việc làm',
              'Phòng Nội vụ',
            ],
            [
              'Giảm tỷ lệ văn bản giấy còn dưới 5%. 100% văn bản đi được tham mưu, xử lý trên phần mềm E-Office; 100% văn bản điện tử do các cơ quan trên địa bàn phát hành bảo đảm thực hiện chứng thư số cơ quan và chữ ký số của lãnh đạo cơ quan',
              'Phòng Văn hóa và Thông tin',
            ],
          ].map(([label, owner], i) => ({ code: `M8.${i + 1}`, stt: String(i + 1), label, kind: 'code' as const, codes: ASSESSMENT_CODES, attrs: { owner } })),
        },
      ],
    },
  ],
  kindChecks: { percentRange: 'RB02', codeList: 'RB08', nonNegative: 'RB07' },
  rules: [
    { id: 'RB02', severity: 'error', title: 'Số TTHC đơn giản hóa, công khai, thực hiện một cửa không vượt tổng số TTHC', assert: ['[M3.2] <= [M3.1]', '[M3.3] <= [M3.1]', '[M3.4.1] <= [M3.1]'] },
    { id: 'RB02', severity: 'error', title: 'PAKN đã giải quyết không vượt PAKN đã tiếp nhận', assert: ['[M3.6.2] <= [M3.6.1]'] },
    { id: 'RB02', severity: 'warning', title: 'PAKN đã công khai kết quả thường không vượt PAKN đã giải quyết', assert: ['[M3.6.3] <= [M3.6.2]'] },
    { id: 'RB03', severity: 'warning', title: 'Kinh phí CCHC sử dụng thường không vượt kinh phí phân bổ', assert: ['[M1.7.1] <= [M1.7.2]'] },
    { id: 'RB04', severity: 'warning', title: 'Tổng số có mặt thường không vượt tổng số được giao', assert: ['[M5.1.2] <= [M5.1.1]', '[M5.2.2] <= [M5.2.1]'] },
  ],
};

export default template;
