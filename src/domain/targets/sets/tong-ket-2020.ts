import type { TargetSetInput, Target } from '../schema';

type TargetInput = TargetSetInput['targets'][number];

const pl8 = (...codes: number[]) => codes.map((c) => ({ template: 'tong-ket-pl8', code: String(c) }));
const m8 = (...codes: number[]) => codes.map((c) => ({ template: 'tong-ket-huyen-pl2', code: `M8.${c}` }));

/** "Mức độ hài lòng chung" of the province's Phụ lục 1 and the district's mục 1. */
const SATISFACTION = [
  { template: 'tong-ket-pl1', code: '6.3' },
  { template: 'tong-ket-huyen-pl2', code: 'M1.6.3' },
];
const E_DOCUMENTS = [
  { template: 'tong-ket-pl7', code: '1' },
  { template: 'tong-ket-huyen-pl2', code: 'M7.1' },
  { template: 'dinh-ky', code: 'VII.4.2' },
];
const ONE_STOP = [
  { template: 'tong-ket-pl7', code: '13' },
  { template: 'tong-ket-huyen-pl2', code: 'M7.13' },
];

const at = (
  id: string,
  label: string,
  comparison: Target['comparison'],
  threshold: number,
  rest: Partial<TargetInput> = {},
): TargetInput => ({
  id: `2020-${id}`,
  label,
  year: 2020,
  judged: 'threshold',
  comparison,
  threshold,
  ...rest,
});

/** A goal with no figure, judged by the office in charge. */
const judged = (id: string, label: string, assesses: TargetInput['assesses']): TargetInput => ({
  id: `2020-${id}`,
  label,
  year: 2020,
  judged: 'qualitative',
  assesses,
});

/**
 * The 2020 thresholds behind the self-assessment ("Đạt/Không đạt") of the province's Phụ lục 8 and
 * the district's mục 8: each quantitative part of a goal, with the indicator of the 2011–2020
 * summary forms it is measured by where one exists, and the goals with no figure.
 */
const set: TargetSetInput = {
  id: 'muc-tieu-2020',
  name: 'Mục tiêu CCHC đến năm 2020 (tự đánh giá Phụ lục 8, mục 8)',
  source:
    'Chương trình tổng thể CCHC nhà nước giai đoạn 2011–2020, theo Phụ lục 8 Kế hoạch số 04/KH-UBND ngày 20/01/2020 của UBND tỉnh Bình Định và mục 8 Phụ lục 2 Kế hoạch tổng kết của UBND huyện Khánh Sơn',
  targets: [
    judged('PL8.1', 'Thủ tục hành chính được cải cách gọn nhẹ, đơn giản; mỗi năm giảm chi phí khi giải quyết TTHC', pl8(1)),
    at('HL-TTHC', 'Mức độ hài lòng của nhân dân, doanh nghiệp về thủ tục hành chính', '>', 0.8, {
      measures: SATISFACTION,
      assesses: [...pl8(2), ...m8(2)],
    }),
    judged('PL8.3', 'Sắp xếp, tổ chức lại các cơ quan, đơn vị không còn chồng chéo, bỏ trống, trùng lặp chức năng', [...pl8(3), ...m8(3)]),
    judged('PL8.4', 'Chuyển giao cho xã hội những việc cơ quan hành chính nhà nước không nên làm', pl8(4)),
    at('HL-PHUC-VU', 'Sự hài lòng của cá nhân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước', '>', 0.8, {
      measures: SATISFACTION,
      assesses: [...pl8(5), ...m8(4)],
    }),
    at('HL-SU-NGHIEP', 'Sự hài lòng đối với dịch vụ sự nghiệp công (giáo dục, y tế)', '>', 0.8, { assesses: pl8(6) }),
    at('VTVL', 'Cơ quan, đơn vị có cơ cấu công chức theo vị trí việc làm', '=', 1, { assesses: [...pl8(7), ...m8(11)] }),
    at('VB-DIEN-TU', 'Văn bản, tài liệu chính thức trao đổi giữa các cơ quan hành chính nhà nước dưới dạng điện tử', '>=', 0.9, {
      measures: E_DOCUMENTS,
      assesses: [...pl8(8, 13), ...m8(7)],
    }),
    judged('PL8.9', 'Các trang tin, cổng thông tin điện tử kết nối với Cổng Thông tin điện tử Chính phủ', [...pl8(9), ...m8(8)]),
    at('DINH-DANH', 'Người dân, doanh nghiệp tham gia hệ thống Chính quyền điện tử được xác thực định danh điện tử', '>=', 0.2, {
      assesses: pl8(10),
    }),
    at('HS-TRUC-TUYEN', 'Hồ sơ giải quyết trực tuyến trên tổng số hồ sơ giải quyết TTHC', '>=', 0.2, {
      measures: [{ template: 'dinh-ky', code: 'VII.5.3', approximate: true }],
      assesses: pl8(11),
    }),
    at('DVC-TICH-HOP', 'Dịch vụ công trực tuyến mức độ 3, 4 tích hợp với Cổng Dịch vụ công quốc gia', '>=', 0.3, { assesses: pl8(11) }),
    at('MOT-CUA-DT', 'Hồ sơ giải quyết TTHC thực hiện qua Hệ thống thông tin một cửa điện tử', '=', 1, {
      measures: ONE_STOP,
      assesses: [...pl8(11), ...m8(9)],
    }),
    at('HUYEN-MUC-3-4', 'Hồ sơ giải quyết trực tuyến mức độ 3, 4 của huyện (chỉ tiêu được giao)', '>=', 0.35, {
      measures: [{ template: 'tong-ket-huyen-pl2', code: 'M7.11', approximate: true }],
      assesses: m8(9),
      doubt: 'Con số 35% đọc từ bản quét hỏng.',
    }),
    at('SO-HOA-MOT-CUA', 'Hồ sơ TTHC theo cơ chế một cửa, một cửa liên thông được số hóa, luân chuyển, xử lý trực tuyến', '=', 1, {
      assesses: m8(10),
    }),
    at('DVC-MUC-4', 'Dịch vụ công trực tuyến thực hiện ở mức độ 4 (tối thiểu)', '>=', 0.3, { assesses: pl8(12) }),
    at('DVC-DI-DONG', 'Cổng Dịch vụ công cấp tỉnh cung cấp giao diện cho thiết bị di động', '>=', 0.5, { assesses: pl8(12) }),
    at('DVC-HO-TRO', 'Dịch vụ công được hỗ trợ giải đáp thắc mắc cho người dân, doanh nghiệp', '=', 1, { assesses: pl8(12) }),
    at('DVC-CONG-KHAI-HL', 'Cơ quan nhà nước công khai mức độ hài lòng khi sử dụng dịch vụ công trực tuyến', '>=', 0.5, {
      assesses: pl8(12),
    }),
    at('CONG-TTDT-ND43', 'Cổng Thông tin điện tử công khai thông tin đầy đủ theo Nghị định số 43/2011/NĐ-CP', '=', 1, {
      assesses: pl8(12),
    }),
    at('DVC-KY-SO', 'Dịch vụ công trực tuyến sử dụng chữ ký số trên nền tảng di động', '>=', 0.2, { assesses: pl8(12) }),
    at('DVC-HS-DIEN-TU', 'Dịch vụ công trực tuyến xử lý bằng hồ sơ điện tử', '>=', 0.5, { assesses: pl8(12) }),
    at('DVC-TU-DONG', 'Thông tin của người dân được tự động nhập vào biểu mẫu trực tuyến', '>=', 0.2, { assesses: pl8(12) }),
    at('DVC-CSDL-DN', 'Dịch vụ công trực tuyến sử dụng dữ liệu từ Cơ sở dữ liệu quốc gia về Đăng ký doanh nghiệp', '>=', 0.5, {
      assesses: pl8(12),
    }),
    at('TRUC-LIEN-THONG', 'Phần mềm quản lý văn bản và điều hành kết nối, liên thông qua Trục liên thông văn bản quốc gia', '=', 1, {
      assesses: pl8(13),
    }),
    {
      id: '2020-HS-CONG-VIEC',
      label: 'Hồ sơ công việc xử lý trên môi trường mạng (tối thiểu): cấp bộ, cấp tỉnh 80%; cấp huyện 60%; cấp xã 30%',
      year: 2020,
      judged: 'threshold',
      comparison: '>=',
      byLevel: { tinh: 0.8, huyen: 0.6, xa: 0.3 },
      assesses: pl8(13),
    },
    at('BAO-CAO-QG', 'Báo cáo định kỳ (không gồm nội dung mật) gửi, nhận qua Hệ thống thông tin báo cáo quốc gia (tối thiểu)', '>=', 0.3, {
      measures: [{ template: 'dinh-ky', code: 'VII.3' }],
      assesses: pl8(14),
    }),
    at('RUT-NGAN-HOP', 'Rút ngắn thời gian họp qua hệ thống thông tin phục vụ họp, văn phòng điện tử', 'between', 0.3, {
      upTo: 0.5,
      assesses: pl8(15),
    }),
    at('MANG-CHUYEN-DUNG', 'Cơ quan kết nối vào Mạng truyền số liệu chuyên dùng của các cơ quan Đảng, Nhà nước', '=', 1, {
      assesses: pl8(16),
    }),
    judged('M8.1', 'Thủ tục hành chính giữa các cơ quan nhà nước và nội bộ cơ quan nhà nước được cải cách căn bản', m8(1)),
    judged('M8.5', 'Mô hình tổ chức, chức năng, nhiệm vụ của UBND huyện và UBND các xã bảo đảm yêu cầu quản lý nhà nước', m8(5, 6)),
    at('VB-GIAY', 'Tỷ lệ văn bản giấy', '<', 0.05, { assesses: m8(12), doubt: 'Con số 5% đọc từ bản quét hỏng.' }),
    at('E-OFFICE', 'Văn bản đi được tham mưu, xử lý trên phần mềm E-Office', '=', 1, {
      measures: [{ template: 'dinh-ky', code: 'VII.4.2', approximate: true }],
      assesses: m8(12),
    }),
    at('CHU-KY-SO', 'Văn bản điện tử phát hành có chứng thư số cơ quan và chữ ký số của lãnh đạo', '=', 1, { assesses: m8(12) }),
  ],
};

export default set;
