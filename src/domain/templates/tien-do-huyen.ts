import type { TemplateInput } from '../catalogue/schema';
import { TRACKING_COLUMNS } from './shared';

type Task = [code: string, stt: string, label: string, time: string, lead: string, partners: string];

const XA = 'UBND các xã, thị trấn';
const CQ = 'Các cơ quan, đơn vị, địa phương';
const BY_JUNE = 'Trước ngày 01/6/2020';

/** Tasks of the plan in the form's order; a task with sub-tasks is a heading, the others are followed. */
const TASKS: Task[] = [
  ['1', '1', 'Xây dựng Kế hoạch tổng kết giai đoạn 2011–2020', '', '', ''],
  ['1.1', '1.1', 'Tham mưu UBND huyện ban hành Kế hoạch tổng kết giai đoạn 2011–2020', 'Tháng 4/2020', 'Phòng Nội vụ', ''],
  ['1.2', '1.2', 'UBND các xã, thị trấn ban hành Kế hoạch tổng kết của từng địa phương', 'Tháng 5/2020', XA, ''],
  ['2', '2', 'Xây dựng báo cáo tổng kết giai đoạn 2011–2020 (theo đề cương kèm theo)', '', '', ''],
  ['2.1', '2.1', 'Các cơ quan chuyên môn, đơn vị, UBND các xã, thị trấn xây dựng, gửi báo cáo tổng kết về Phòng Nội vụ', BY_JUNE, CQ, ''],
  ['2.2', '2.2', 'Đối với các cơ quan chủ trì, báo cáo thêm các nội dung lĩnh vực phụ trách', BY_JUNE, CQ, ''],
  [
    '2.2.1',
    '',
    '– Tổng kết, đánh giá công tác chỉ đạo điều hành CCHC; cải cách tổ chức bộ máy hành chính; xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức',
    '',
    'Phòng Nội vụ',
    '',
  ],
  ['2.2.2', '', '– Tổng kết, đánh giá kết quả thực hiện cải cách thể chế', '', 'Phòng Tư pháp', ''],
  ['2.2.3', '', '– Tổng kết công tác thực hiện cơ chế một cửa, một cửa liên thông; cải cách TTHC', '', 'Văn phòng HĐND và UBND huyện', ''],
  [
    '2.2.4',
    '',
    '– Cải cách tài chính công; đẩy mạnh thực hiện cơ chế tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí quản lý hành chính đối với các cơ quan nhà nước; cơ chế tự chủ của các đơn vị sự nghiệp công; đẩy mạnh xã hội hóa các dịch vụ công',
    '',
    'Phòng Tài chính – Kế hoạch',
    '',
  ],
  [
    '2.2.5',
    '',
    '– Ứng dụng công nghệ thông tin trong hoạt động của các cơ quan hành chính nhà nước và xây dựng Chính phủ điện tử',
    '',
    'Phòng Văn hóa và Thông tin',
    '',
  ],
  [
    '2.2.6',
    '',
    '– Việc áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008 và ISO 9001:2015',
    '',
    'Văn phòng HĐND và UBND huyện; Phòng Kinh tế và Hạ tầng',
    '',
  ],
  [
    '3',
    '3',
    'Trình UBND huyện dự thảo báo cáo tổng kết công tác CCHC {place} giai đoạn 2011–2020',
    'Trước ngày 20/6/2020',
    'Phòng Nội vụ',
    'Các cơ quan liên quan',
  ],
  ['4', '4', 'UBND các xã, thị trấn tổ chức tổng kết công tác CCHC giai đoạn 2011–2020 tại địa phương', 'Trước tháng 7/2020', XA, ''],
  [
    '5',
    '5',
    'Đề xuất biểu dương, khen thưởng tập thể, cá nhân có thành tích xuất sắc trong công tác CCHC giai đoạn 2011–2020',
    'Tháng 7/2020',
    'Phòng Nội vụ hướng dẫn, đề xuất',
    'Các cơ quan, đơn vị, cá nhân có liên quan',
  ],
  [
    '6',
    '6',
    'Tổ chức Hội nghị tổng kết công tác CCHC {place} giai đoạn 2011–2020',
    'Tháng 8/2020',
    'Phòng Nội vụ',
    'Văn phòng UBND huyện và các cơ quan, đơn vị có liên quan',
  ],
  [
    '7',
    '7',
    'Xây dựng, trình UBND huyện ban hành Chương trình CCHC {place} giai đoạn 2021–2030',
    'Theo hướng dẫn của UBND tỉnh',
    'Phòng Nội vụ',
    'Các cơ quan, đơn vị liên quan',
  ],
];

/** Rows the source reads only in part: the doubt goes on the sheet as a note, the label stays clean. */
const DOUBTS: Record<string, string> = {
  '2.1': 'Ngày "01/6/2020" đọc không chắc chắn trong bản gốc.',
  '2.2': 'Ngày "01/6/2020" đọc không chắc chắn trong bản gốc.',
  '2.2.1': 'Bản gốc hỏng nặng ở dòng này; nội dung đọc không chắc chắn.',
  '2.2.4': 'Đoạn giữa của dòng này đọc không chắc chắn trong bản gốc.',
  '2.2.6': 'Bản gốc ghi "9010:2015", đọc là ISO 9001:2015.',
};

/**
 * B12: the schedule of a district's 2011–2020 summary plan (mục II.4 "Tiến độ cụ thể" of the plan of
 * UBND huyện Khánh Sơn, 2020), as a tracking sheet: each task gets a state, the day it was done
 * and a note on its result.
 */
const template: TemplateInput = {
  id: 'tien-do-huyen',
  version: '1.0.0',
  name: 'B12 — Tiến độ Kế hoạch tổng kết 2011–2020 cấp huyện',
  sheetName: 'Tiến độ huyện',
  kicker: 'Bảng tiến độ',
  title: 'Tiến độ cụ thể thực hiện Kế hoạch tổng kết công tác cải cách hành chính {place} giai đoạn 2011–2020',
  place: 'huyện Khánh Sơn',
  subtitle: '(Mục II.4 Kế hoạch số …/KH-UBND ngày … tháng … năm 2020 của UBND huyện)',
  attachedToReport: false,
  source:
    'Mục II.4 "Tiến độ cụ thể" của Kế hoạch tổng kết thực hiện Chương trình CCHC nhà nước giai đoạn 2011–2020 của UBND huyện Khánh Sơn, tỉnh Khánh Hòa (2020)',
  periodKind: 'year',
  tables: [
    {
      columns: [
        { key: 'stt', header: 'STT', width: 6, role: 'stt' },
        { key: 'label', header: 'Nhiệm vụ', width: 48, role: 'label' },
        { key: 'time', header: 'Thời gian thực hiện', width: 16, role: 'attr', attr: 'time' },
        { key: 'lead', header: 'Đơn vị chủ trì', width: 20, role: 'attr', attr: 'lead' },
        { key: 'partners', header: 'Đơn vị phối hợp', width: 20, role: 'attr', attr: 'partners' },
        ...TRACKING_COLUMNS,
      ],
      sections: [
        {
          rows: TASKS.map(([code, stt, label, time, lead, partners]) => ({
            code: `T${code}`,
            stt,
            label,
            kind: code === '1' || code === '2' ? ('group' as const) : ('text' as const),
            attrs: { time, lead, partners },
            ...(DOUBTS[code] ? { doubt: DOUBTS[code] } : {}),
          })),
        },
      ],
    },
  ],
};

export default template;
