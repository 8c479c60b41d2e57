import type { TargetSetInput } from '../schema';

type TargetInput = TargetSetInput['targets'][number];

const at = (
  id: string,
  label: string,
  comparison: TargetInput['comparison'],
  threshold: number,
  rest: Partial<TargetInput> = {},
): TargetInput => ({
  id: `PAR-${id}`,
  label,
  year: 2020,
  judged: 'threshold',
  comparison,
  threshold,
  where: `Dòng ${id.replace(/-\d$/, '')}`,
  ...rest,
});

/** The 2020 thresholds written into the tasks of Gia Lai's PAR INDEX plan (mẫu C). */
const set: TargetSetInput = {
  id: 'par-index-gia-lai-2020',
  name: 'Mục tiêu đến năm 2020 trong Kế hoạch nâng cao Chỉ số CCHC (PAR INDEX) tỉnh Gia Lai',
  source:
    'Phụ lục Kế hoạch duy trì, nâng cao Chỉ số CCHC (PAR INDEX) tỉnh Gia Lai giai đoạn 2016–2020, kèm theo Quyết định số 934/QĐ-UBND tháng 12 năm 2016 của UBND tỉnh Gia Lai',
  targets: [
    at('A.III.2', 'Cơ quan chuyên môn cấp tỉnh thống kê, trình công bố đầy đủ, kịp thời TTHC', '=', 1, { levels: ['tinh'] }),
    at('A.III.3', 'Cơ quan, đơn vị công khai TTHC tại Bộ phận tiếp nhận và trả kết quả, trên Cổng và trang thông tin điện tử', '=', 1),
    at('A.IV.1', 'Cơ quan chuyên môn cấp tỉnh, đơn vị hành chính cấp huyện thực hiện đúng quy định về tổ chức bộ máy', '=', 1, {
      levels: ['tinh', 'huyen'],
    }),
    at('A.VI.1', 'Cơ quan, đơn vị thực hiện đúng cơ chế tự chủ về biên chế, kinh phí quản lý hành chính', '=', 1, {
      levels: ['tinh', 'huyen'],
    }),
    at('A.VII.2-1', 'Cơ quan chuyên môn cấp tỉnh, UBND cấp huyện dùng phần mềm quản lý văn bản điều hành', '=', 1, {
      levels: ['tinh', 'huyen'],
    }),
    at('A.VII.2-2', 'Văn bản trao đổi được xử lý qua phần mềm quản lý văn bản điều hành', '>=', 0.8, {
      levels: ['tinh', 'huyen'],
      measures: [{ template: 'dinh-ky', code: 'VII.4.2', approximate: true }],
    }),
    at('A.VII.3', 'Cán bộ, công chức thường xuyên sử dụng thư điện tử công vụ', '=', 1),
    at('A.VIII.1', 'TTHC thực hiện theo cơ chế một cửa ở mỗi cấp', '=', 1),
    at('A.VIII.3', 'UBND cấp huyện thực hiện mô hình một cửa hiện đại', '=', 1, {
      levels: ['huyen'],
      doubt: 'Con số 100% đọc không chắc chắn.',
    }),
    at('A.VIII.4', 'UBND cấp xã triển khai phần mềm một cửa điện tử, một cửa điện tử liên thông', '=', 1, { levels: ['xa'] }),
    at('A.VIII.5', 'Hồ sơ TTHC được giải quyết đúng hạn (mỗi năm)', '=', 1, { measures: [{ template: 'dinh-ky', code: 'III.3.1' }] }),
    at('B.I.1-1', 'Dịch vụ công được cung cấp trực tuyến mức độ 2', '=', 1),
    at('B.I.1-2', 'TTHC cung cấp dịch vụ công trực tuyến mức độ 3', '>', 0.8),
    at('B.I.1-3', 'TTHC cung cấp dịch vụ công trực tuyến mức độ 4', '>=', 0.3),
    at('B.II.1', 'Cơ quan, đơn vị có Bộ phận tiếp nhận và trả kết quả đạt diện tích theo quy định', '=', 1),
    at('B.II.2', 'UBND cấp xã có Bộ phận tiếp nhận và trả kết quả đạt chuẩn trang thiết bị', '=', 1, { levels: ['xa'] }),
    at('B.II.3', 'UBND cấp huyện có Bộ phận tiếp nhận và trả kết quả hiện đại', '=', 1, { levels: ['huyen'] }),
    at('C.II.1-1', 'Cán bộ, công chức cấp xã được đào tạo đạt chuẩn', '>', 0.8, { levels: ['xa'] }),
    at('C.II.1-2', 'Cán bộ, công chức cấp xã được bồi dưỡng chuyên môn nghiệp vụ (hằng năm)', '>', 0.7, { levels: ['xa'] }),
    at('C.III.1-1', 'Đơn vị sự nghiệp công lập được phê duyệt Đề án vận dụng cơ chế tài chính như doanh nghiệp', '>', 0.8, {
      doubt: 'Phần chủ ngữ bị mất trên bản quét.',
    }),
    at('C.III.1-2', 'Đơn vị sự nghiệp công lập triển khai cơ chế tự chủ', '=', 1),
    at('C.IV.1', 'Đơn vị hành chính cấp xã công bố hệ thống quản lý chất lượng ISO', '=', 1, { levels: ['xa'] }),
  ],
};

export default set;
