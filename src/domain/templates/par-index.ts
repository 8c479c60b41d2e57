import type { TemplateInput } from '../catalogue/schema';
import { TRACKING_COLUMNS } from './shared';

const KH_Q4 = 'Kế hoạch ban hành trong quý IV của năm trước liền kề năm thực hiện kế hoạch';
const TX = 'Thực hiện thường xuyên hằng năm';
const BC_DK = 'Báo cáo kết quả theo chế độ báo cáo CCHC định kỳ';
const BCKQ = 'Báo cáo kết quả thực hiện';
const PLAN_AND_REPORT = `1. ${KH_Q4}; 2. ${BC_DK}`;
const ROUTINE = `1. ${TX}; 2. ${BC_DK}`;
const SO_BAN_NGANH = 'Sở, ban, ngành tỉnh';
const SBN_HUYEN = 'Sở, ban, ngành tỉnh; UBND cấp huyện';
const SBN_HUYEN_XA = 'Sở, ban, ngành tỉnh; UBND cấp huyện; UBND cấp xã';

type Task = [label: string, lead: string, partners: string, output: string, deadline: string];

/** Tasks the source reads only in part: the doubt goes on the sheet as a note on the task. */
const DOUBTS: Record<string, string> = {
  'A.II.1': 'Bản gốc mất một đoạn ([…]); cách tách đơn vị chủ trì đọc không chắc chắn.',
  'A.III.2': 'Đơn vị chủ trì và đơn vị phối hợp đọc không chắc chắn trong bản gốc.',
  'A.III.4': 'Sản phẩm đầu ra đọc không chắc chắn trong bản gốc.',
  'A.V.4': 'Sản phẩm đầu ra đọc không chắc chắn trong bản gốc.',
  'A.VII.5': 'Nội dung, STT và đơn vị chủ trì gần như không đọc được trong bản gốc; đọc theo các nhiệm vụ ISO khác.',
  'A.VIII.3': '"100%" và đơn vị phối hợp đọc không chắc chắn trong bản gốc.',
};

/** Builds the rows of one lĩnh vực: a bold group row and its tasks. */
const field = (code: string, stt: string, label: string, tasks: Task[]) => [
  { code, stt, label, kind: 'group' as const, bold: true },
  ...tasks.map(([task, lead, partners, output, deadline], i) => ({
    code: `${code}.${i + 1}`,
    stt: String(i + 1),
    label: task,
    kind: 'text' as const,
    attrs: { lead, partners, output, deadline },
    ...(DOUBTS[`${code}.${i + 1}`] ? { doubt: DOUBTS[`${code}.${i + 1}`] } : {}),
  })),
];

/**
 * Mẫu C: the PAR INDEX task table of the plan to maintain and raise the province's
 * administrative reform index (Kế hoạch kèm theo Quyết định số 934/QĐ-UBND tháng 12 năm 2016
 * của UBND tỉnh Gia Lai), as a tracking sheet: each task gets a status and a result.
 */
const template: TemplateInput = {
  id: 'par-index',
  version: '1.1.0',
  name: 'Mẫu C — Theo dõi nhiệm vụ nâng cao Chỉ số CCHC (PAR INDEX)',
  sheetName: 'PAR INDEX',
  kicker: 'Phụ lục',
  title: 'Nhiệm vụ cụ thể nhằm duy trì, nâng cao Chỉ số CCHC (PAR INDEX) tỉnh Gia Lai giai đoạn 2016–2020',
  subtitle: '(Kèm theo Quyết định số 934/QĐ-UBND ngày … tháng 12 năm 2016 của Ủy ban nhân dân tỉnh)',
  attachedToReport: false,
  source:
    'Phụ lục Kế hoạch duy trì, nâng cao Chỉ số CCHC (PAR INDEX) tỉnh Gia Lai giai đoạn 2016–2020, kèm theo Quyết định số 934/QĐ-UBND tháng 12 năm 2016 của UBND tỉnh Gia Lai',
  periodKind: 'year',
  tables: [
    {
      numbered: true,
      columns: [
        { key: 'stt', header: 'TT', width: 6, role: 'stt' },
        { key: 'label', header: 'Nội dung thực hiện', width: 48, role: 'label' },
        { key: 'lead', header: 'Đơn vị chủ trì', width: 20, role: 'attr', attr: 'lead' },
        { key: 'partners', header: 'Đơn vị phối hợp/thực hiện', width: 22, role: 'attr', attr: 'partners' },
        { key: 'output', header: 'Sản phẩm đầu ra', width: 28, role: 'attr', attr: 'output' },
        { key: 'deadline', header: 'Thời gian hoàn thành', width: 26, role: 'attr', attr: 'deadline' },
        ...TRACKING_COLUMNS,
      ],
      sections: [
        {
          code: 'A',
          title: 'NHÓM TIÊU CHÍ THỰC HIỆN THƯỜNG XUYÊN',
          rows: [
            ...field('A.I', 'I', 'Công tác chỉ đạo điều hành CCHC', [
              [
                'Ban hành, triển khai kết quả thực hiện Kế hoạch CCHC hằng năm của tỉnh; xây dựng Kế hoạch tuyên truyền CCHC lồng ghép kế hoạch tuyên truyền CCHC hằng năm của tỉnh',
                'Sở Nội vụ',
                'Các sở: Tư pháp; Tài chính; Khoa học và Công nghệ; Thông tin và Truyền thông; Đài PTTH; Báo Gia Lai',
                '1. Quyết định của UBND tỉnh ban hành Kế hoạch CCHC hằng năm của tỉnh; 2. Báo cáo đánh giá mức độ thực hiện kế hoạch (đánh giá tỉ lệ % thực hiện)',
                PLAN_AND_REPORT,
              ],
              [
                'Thực hiện nghiêm túc chế độ báo cáo CCHC định kỳ',
                'Sở Nội vụ',
                SBN_HUYEN,
                'Báo cáo đầy đủ về số lượng; đảm bảo nội dung và thời gian quy định; số liệu báo cáo chính xác',
                'Sở, ban, ngành tỉnh, UBND cấp huyện gửi Sở Nội vụ: BC quý, BC chuyên đề trước ngày 05 tháng cuối cùng của quý; BC 6 tháng trước ngày 05/6; BC năm trước ngày 25/11. Sở Nội vụ tổng hợp, dự thảo BC trình UBND tỉnh: BC quý trước ngày 10 tháng cuối cùng của quý; BC 6 tháng trước ngày 10/6; BC năm trước ngày 02/12',
              ],
              [
                'Kiểm tra công tác CCHC',
                'Sở Nội vụ',
                'Các sở: Tư pháp; Tài chính; Khoa học và Công nghệ; Thông tin và Truyền thông',
                '1. Quyết định của UBND tỉnh ban hành Kế hoạch kiểm tra CCHC hằng năm của tỉnh; 2. Báo cáo mức độ thực hiện kế hoạch kiểm tra',
                `1. ${KH_Q4}; 2. Tổng hợp báo cáo kết quả kiểm tra trong quý III năm kế hoạch`,
              ],
            ]),
            ...field('A.II', 'II', 'Xây dựng và tổ chức thực hiện văn bản QPPL tại tỉnh', [
              [
                'Xây dựng văn bản QPPL hằng năm của tỉnh theo Thông báo của Bộ Tư pháp về Danh mục các nội dung giao cho địa phương quy định chi tiết: lập Danh mục văn bản quy định chi tiết luật, nghị quyết của Quốc hội; pháp lệnh, nghị quyết của Ủy ban thường vụ Quốc hội, quyết định […]; ban hành văn bản quy định chi tiết',
                'Sở Tư pháp (lập Danh mục); sở, ban, ngành tỉnh (soạn văn bản quy định chi tiết)',
                'Văn phòng Ủy ban nhân dân tỉnh và cơ quan, đơn vị có liên quan',
                'Danh mục văn bản quy định chi tiết; Văn bản quy phạm pháp luật của tỉnh',
                'Theo quy định của Luật Ban hành văn bản QPPL năm 2015 và Nghị định số 34/2016/NĐ-CP',
              ],
              [
                'Công tác phổ biến, giáo dục pháp luật',
                'Sở Tư pháp',
                SBN_HUYEN,
                '1. Quyết định của UBND tỉnh ban hành Kế hoạch PBGDPL hằng năm của tỉnh; 2. Báo cáo đánh giá mức độ thực hiện kế hoạch',
                `1. ${KH_Q4}; 2. Báo cáo đánh giá mức độ thực hiện theo chế độ báo cáo CCHC định kỳ`,
              ],
              [
                'Công tác theo dõi tình hình thi hành pháp luật',
                'Sở Tư pháp',
                SBN_HUYEN,
                '1. Quyết định của UBND tỉnh ban hành Kế hoạch theo dõi tình hình thi hành pháp luật hằng năm của tỉnh; 2. Báo cáo đánh giá mức độ thực hiện kế hoạch',
                `1. ${KH_Q4}; 2. Báo cáo kết quả thực hiện trong quý IV năm thực hiện kế hoạch`,
              ],
              [
                'Công tác rà soát văn bản QPPL của tỉnh',
                'Sở Tư pháp',
                SBN_HUYEN,
                '1. Báo cáo hằng năm về công tác rà soát văn bản của UBND tỉnh; 2. Báo cáo kết quả rà soát văn bản QPPL chuyên đề',
                'Theo quy định tại Điều 170, Nghị định số 34/2016/NĐ-CP của Chính phủ',
              ],
              [
                'Tổ chức kiểm tra việc thực hiện văn bản QPPL tại tỉnh; xử lý văn bản QPPL của tỉnh',
                'Sở Tư pháp',
                SBN_HUYEN,
                'Báo cáo hằng năm về công tác kiểm tra, xử lý văn bản của UBND tỉnh',
                'Theo quy định tại Điều 135, Nghị định số 34/2016/NĐ-CP của Chính phủ',
              ],
            ]),
            ...field('A.III', 'III', 'Cải cách TTHC', [
              [
                'Công tác rà soát, đánh giá TTHC',
                'Sở Tư pháp',
                SBN_HUYEN_XA,
                '1. Quyết định của UBND tỉnh ban hành Kế hoạch rà soát, đánh giá TTHC hằng năm của tỉnh; 2. Báo cáo kết quả rà soát TTHC; xử lý vấn đề phát hiện qua rà soát',
                `1. ${KH_Q4}; 2. Báo cáo kết quả thực hiện trong quý IV năm thực hiện kế hoạch`,
              ],
              [
                'Công bố, cập nhật TTHC (100% cơ quan chuyên môn cấp tỉnh thực hiện thống kê, trình Chủ tịch UBND tỉnh công bố đầy đủ, kịp thời TTHC)',
                SO_BAN_NGANH,
                'Sở Tư pháp',
                'Hồ sơ trình Chủ tịch UBND tỉnh công bố TTHC',
                'Theo quy định tại Điều 15, Nghị định số 48/2013/NĐ-CP của Chính phủ',
              ],
              [
                'Công khai TTHC (100% cơ quan chuyên môn cấp tỉnh, UBND cấp huyện, UBND cấp xã công khai TTHC tại Bộ phận tiếp nhận và trả kết quả; 100% TTHC được công khai trên Cổng thông tin điện tử; 100% Trang thông tin điện tử của sở, ban, ngành tỉnh, UBND cấp huyện công khai tất cả các TTHC)',
                'Sở Tư pháp (đôn đốc thực hiện, tổng hợp báo cáo kết quả)',
                'Sở, ban, ngành tỉnh; UBND cấp huyện; UBND cấp xã; cơ quan, đơn vị có thẩm quyền giải quyết TTHC',
                '1. Bảng niêm yết công khai TTHC, quy định hành chính; 2. Mục công khai TTHC trên Cổng/trang thông tin điện tử của sở, ban, ngành, địa phương; 3. Các hình thức niêm yết công khai khác',
                ROUTINE,
              ],
              [
                'Thực hiện tiếp nhận và xử lý phản ánh, kiến nghị của cá nhân, tổ chức về TTHC thuộc thẩm quyền giải quyết của tỉnh theo đúng quy định của Chính phủ và Quyết định số 29/2013/QĐ-UBND ngày 01/10/2013 của UBND tỉnh',
                'Sở Tư pháp',
                SBN_HUYEN,
                'Báo cáo số lượng tiếp nhận phản ánh, kiến nghị và kết quả xử lý phản ánh, kiến nghị',
                BC_DK,
              ],
            ]),
            ...field('A.IV', 'IV', 'Cải cách tổ chức bộ máy hành chính', [
              [
                'Tuân thủ các quy định của Chính phủ về tổ chức bộ máy (100% cơ quan chuyên môn cấp tỉnh, đơn vị hành chính cấp huyện thực hiện đúng quy định)',
                'Sở Nội vụ',
                SBN_HUYEN,
                'Báo cáo đánh giá kết quả thực hiện',
                ROUTINE,
              ],
              [
                'Kiểm tra tình hình tổ chức và hoạt động của các cơ quan chuyên môn cấp tỉnh, cấp huyện',
                'Sở Nội vụ',
                SBN_HUYEN,
                '1. Quyết định của UBND tỉnh ban hành Kế hoạch kiểm tra tình hình tổ chức và hoạt động của các cơ quan chuyên môn cấp tỉnh, cấp huyện hằng năm; 2. Báo cáo kết quả cụ thể so với kế hoạch; các kiến nghị, đề xuất',
                `1. ${KH_Q4}; 2. Báo cáo đánh giá mức độ thực hiện trong quý III năm thực hiện kế hoạch`,
              ],
              [
                'Thực hiện các quy định về phân cấp quản lý do Chính phủ ban hành; tổ chức kiểm tra, giám sát, đánh giá việc thực hiện các nội dung đã phân cấp và xử lý hoặc kiến nghị xử lý các vấn đề về phân cấp phát hiện qua kiểm tra',
                'Sở Nội vụ',
                SBN_HUYEN,
                '1. Tổ chức kiểm tra, đánh giá định kỳ đối với các nhiệm vụ được phân cấp cho các cơ quan, địa phương; 2. Báo cáo kết quả thực hiện nhiệm vụ đã được phân cấp cho cơ quan, địa phương',
                BC_DK,
              ],
            ]),
            ...field('A.V', 'V', 'Xây dựng và nâng cao chất lượng đội ngũ CB, CCVC', [
              [
                'Xác định cơ cấu công chức, cơ cấu chức danh nghề nghiệp viên chức theo vị trí việc làm',
                'Sở Nội vụ',
                'Sở, ban, ngành tỉnh; UBND cấp huyện; các đơn vị sự nghiệp công lập',
                '1. Các cơ quan hành chính có cơ cấu công chức theo vị trí việc làm được phê duyệt; 2. Các đơn vị sự nghiệp công lập có cơ cấu viên chức theo vị trí việc làm được phê duyệt',
                ROUTINE,
              ],
              [
                'Tuyển dụng và bố trí sử dụng công chức, viên chức',
                'Sở Nội vụ',
                SBN_HUYEN,
                '1. Kế hoạch tuyển dụng công chức; 2. Kế hoạch tuyển dụng viên chức',
                '1. Nhiệm vụ thực hiện theo kế hoạch; 2. Báo cáo kết quả tuyển dụng theo quy định',
              ],
              [
                'Thực hiện thi nâng ngạch công chức, thi hoặc xét thăng hạng viên chức theo nguyên tắc cạnh tranh',
                'Sở Nội vụ',
                SBN_HUYEN,
                '1. Kế hoạch thi nâng ngạch công chức; 2. Kế hoạch thi hoặc xét thăng hạng viên chức',
                '1. Nhiệm vụ thực hiện theo kế hoạch; 2. Báo cáo kết quả theo quy định',
              ],
              [
                'Thực hiện đúng quy định về bổ nhiệm vị trí lãnh đạo cấp sở và tương đương',
                'Sở Nội vụ',
                SBN_HUYEN,
                'Quyết định bổ nhiệm lãnh đạo cấp sở và tương đương',
                'Theo quy định',
              ],
              [
                'Thực hiện đúng quy định về đánh giá, phân loại công chức, viên chức',
                SBN_HUYEN,
                'Sở Nội vụ phối hợp; tổng hợp, báo cáo',
                'Báo cáo kết quả đánh giá, phân loại công chức, viên chức',
                `1. ${TX}; 2. Báo cáo kết quả theo định kỳ hằng năm`,
              ],
              [
                'Thực hiện tinh giản biên chế công chức, viên chức theo Nghị định số 108/2014/NĐ-CP của Chính phủ; xác định đối tượng và tiến hành thực hiện tinh giản biên chế từ năm 2016–2021',
                'Sở Nội vụ',
                SBN_HUYEN,
                '1. Quyết định của UBND tỉnh ban hành Kế hoạch tinh giản biên chế của tỉnh; 2. Báo cáo tình hình triển khai thực hiện tinh giản biên chế',
                `1. ${KH_Q4}; 2. Báo cáo trong năm thực hiện kế hoạch`,
              ],
              [
                'Công tác đào tạo, bồi dưỡng công chức của tỉnh',
                'Sở Nội vụ',
                SBN_HUYEN,
                '1. Quyết định của UBND tỉnh ban hành Kế hoạch đào tạo, bồi dưỡng CCVC của tỉnh; 2. Báo cáo đánh giá mức độ thực hiện kế hoạch (có so sánh % mức độ thực hiện so với kế hoạch đề ra)',
                `1. ${KH_Q4}; 2. Báo cáo kết quả thực hiện theo định kỳ`,
              ],
            ]),
            ...field('A.VI', 'VI', 'Cải cách tài chính công', [
              [
                'Thực hiện đúng quy định về quản lý ngân sách (100% cơ quan chuyên môn cấp tỉnh, đơn vị hành chính cấp huyện triển khai thực hiện đúng các quy định cơ chế tự chủ, tự chịu trách nhiệm về sử dụng biên chế, kinh phí quản lý hành chính)',
                'Sở Tài chính',
                SBN_HUYEN,
                BCKQ,
                ROUTINE,
              ],
            ]),
            ...field('A.VII', 'VII', 'Hiện đại hóa hành chính', [
              [
                'Kế hoạch ứng dụng CNTT của tỉnh',
                'Sở Thông tin và Truyền thông',
                SBN_HUYEN,
                '1. Quyết định của UBND tỉnh ban hành Kế hoạch ứng dụng CNTT của tỉnh; 2. Báo cáo đánh giá kết quả thực hiện (so sánh tỉ lệ % đạt được so với mục tiêu kế hoạch)',
                PLAN_AND_REPORT,
              ],
              [
                'Tăng tỷ lệ văn bản trao đổi giữa các cơ quan hành chính nhà nước dưới dạng điện tử (100% cơ quan chuyên môn cấp tỉnh, UBND cấp huyện sử dụng phần mềm quản lý văn bản điều hành để xử lý công việc; 80% trở lên văn bản trao đổi giữa các cơ quan hành chính nhà nước được xử lý qua phần mềm quản lý văn bản điều hành)',
                SBN_HUYEN_XA,
                'Sở Thông tin và Truyền thông',
                BCKQ,
                ROUTINE,
              ],
              [
                'Nâng cao mức độ sử dụng thư điện tử trong giải quyết công việc của cán bộ, công chức tại các cơ quan chuyên môn cấp tỉnh và đơn vị hành chính cấp huyện (100% CBCC thường xuyên sử dụng thư điện tử công vụ trong giải quyết công việc)',
                SBN_HUYEN,
                'Sở Thông tin và Truyền thông',
                BCKQ,
                ROUTINE,
              ],
              [
                'Nâng cao tỷ lệ cơ quan chuyên môn cấp tỉnh và đơn vị hành chính cấp huyện có Cổng/Trang thông tin điện tử',
                'Sở Thông tin và Truyền thông; Văn phòng UBND tỉnh',
                SBN_HUYEN,
                BCKQ,
                ROUTINE,
              ],
              [
                'Xây dựng, duy trì và áp dụng hệ thống quản lý chất lượng ISO',
                SO_BAN_NGANH,
                '',
                '1. Kế hoạch xây dựng, duy trì và triển khai áp dụng ISO được ban hành; 2. Báo cáo kết quả thực hiện',
                PLAN_AND_REPORT,
              ],
              [
                'Nâng cao tỷ lệ cơ quan chuyên môn cấp tỉnh và đơn vị hành chính cấp huyện thực hiện đúng quy định ISO trong hoạt động',
                SBN_HUYEN_XA,
                'Sở Khoa học và Công nghệ',
                BCKQ,
                ROUTINE,
              ],
            ]),
            ...field('A.VIII', 'VIII', 'Thực hiện cơ chế một cửa, cơ chế một cửa liên thông', [
              [
                'Tiếp tục duy trì, thực hiện có hiệu quả cơ chế một cửa theo quy định tại Quyết định số 09/2015/QĐ-TTg của Thủ tướng Chính phủ: 100% TTHC thuộc thẩm quyền giải quyết của cơ quan chuyên môn cấp tỉnh; 100% TTHC thuộc thẩm quyền giải quyết của UBND cấp huyện, cơ quan chuyên môn cấp huyện; 100% TTHC thuộc thẩm quyền giải quyết của UBND cấp xã được thực hiện theo cơ chế một cửa',
                'Sở Nội vụ',
                SBN_HUYEN_XA,
                BCKQ,
                ROUTINE,
              ],
              [
                'Tiếp tục triển khai có hiệu quả cơ chế một cửa liên thông thuộc các lĩnh vực được quy định tại Khoản 2, Điều 5 của Quy chế ban hành kèm theo Quyết định số 09/2015/QĐ-TTg và TTHC thuộc các lĩnh vực khác phù hợp với điều kiện, tình hình thực tế của tỉnh',
                'Sở Nội vụ',
                SBN_HUYEN_XA,
                BCKQ,
                ROUTINE,
              ],
              [
                '100% UBND cấp huyện thực hiện mô hình một cửa hiện đại theo kế hoạch của UBND tỉnh',
                'UBND cấp huyện',
                'Sở, ban, ngành tỉnh; UBND cấp xã',
                BCKQ,
                ROUTINE,
              ],
              [
                '100% UBND cấp xã triển khai ứng dụng phần mềm một cửa điện tử, một cửa điện tử liên thông',
                'UBND cấp huyện',
                'Sở Thông tin và Truyền thông; UBND cấp xã',
                BCKQ,
                ROUTINE,
              ],
              [
                'Phấn đấu trong từng năm, 100% hồ sơ TTHC được giải quyết đúng hạn thời hạn quy định',
                SBN_HUYEN_XA,
                'Sở Nội vụ',
                BCKQ,
                ROUTINE,
              ],
              [
                'Thực hiện nghiêm việc xin lỗi cá nhân, tổ chức đối với các trường hợp cơ quan, tổ chức giải quyết hồ sơ TTHC làm quá hạn giải quyết hồ sơ',
                SBN_HUYEN_XA,
                'Sở Nội vụ',
                BCKQ,
                ROUTINE,
              ],
            ]),
          ],
        },
        {
          code: 'B',
          title: 'NHÓM TIÊU CHÍ CẦN ĐẦU TƯ KINH PHÍ ĐỂ TRIỂN KHAI THỰC HIỆN',
          rows: [
            ...field('B.I', 'I', 'Hiện đại hóa hành chính', [
              [
                'Cung cấp dịch vụ công trực tuyến (100% dịch vụ công cung cấp trực tuyến mức độ 2; phấn đấu đến hết năm 2020: trên 80% thủ tục hành chính được cung cấp theo hình thức dịch vụ công trực tuyến mức độ 3; 30% TTHC cung cấp mức độ 4)',
                'Sở Thông tin và Truyền thông',
                SBN_HUYEN_XA,
                BCKQ,
                ROUTINE,
              ],
              [
                'Xây dựng kiến trúc Chính quyền điện tử của tỉnh',
                'Sở Thông tin và Truyền thông',
                SBN_HUYEN,
                'Đảm bảo nền tảng hạ tầng kỹ thuật; các ứng dụng nội bộ; dịch vụ chia sẻ, tích hợp; các kênh truy cập và các dịch vụ công trực tuyến mà tỉnh đã đặt ra cũng như định hướng trong chương trình quốc gia về ứng dụng CNTT trong hoạt động của các cơ quan nhà nước',
                'Theo lộ trình',
              ],
            ]),
            ...field('B.II', 'II', 'Thực hiện cơ chế một cửa, cơ chế một cửa liên thông', [
              [
                'Đảm bảo diện tích của Bộ phận tiếp nhận và trả kết quả của […], UBND cấp huyện, UBND cấp xã theo quy định (phấn đấu đến năm 2020, 100% các cơ quan, đơn vị đạt yêu cầu theo quy định)',
                SBN_HUYEN_XA,
                'Cơ quan, đơn vị liên quan',
                BCKQ,
                ROUTINE,
              ],
              [
                'Đảm bảo đạt chuẩn về trang thiết bị của Bộ phận tiếp nhận và trả kết quả của UBND cấp xã (phấn đấu đến năm 2020, 100% UBND cấp xã có bộ phận tiếp nhận và trả kết quả đạt chuẩn)',
                'UBND cấp huyện; UBND cấp xã',
                'Cơ quan, đơn vị liên quan',
                BCKQ,
                ROUTINE,
              ],
              [
                'Phấn đấu đến năm 2020, 100% UBND cấp huyện có bộ phận tiếp nhận và trả kết quả hiện đại',
                'Sở Nội vụ; Sở Thông tin và Truyền thông',
                'UBND cấp huyện; cơ quan, đơn vị liên quan',
                BCKQ,
                ROUTINE,
              ],
              [
                'Khảo sát sự hài lòng của người dân, doanh nghiệp về tình hình giải quyết TTHC tại Bộ phận tiếp nhận và trả kết quả',
                'Sở Nội vụ',
                SBN_HUYEN_XA,
                'Thực hiện khảo sát bằng hình thức phát phiếu và các hình thức khác',
                ROUTINE,
              ],
            ]),
          ],
        },
        {
          code: 'C',
          title: 'NHÓM TIÊU CHÍ KHÓ THỰC HIỆN',
          rows: [
            ...field('C.I', 'I', 'Công tác chỉ đạo điều hành CCHC', [
              [
                'Có sáng kiến mới trong thực hiện nhiệm vụ CCHC của tỉnh trong năm',
                'Sở Khoa học và Công nghệ',
                SBN_HUYEN_XA,
                'Giải pháp được công nhận mang tính mới, lần đầu tiên được áp dụng trong phạm vi toàn tỉnh',
                'Theo quy định',
              ],
            ]),
            ...field('C.II', 'II', 'Xây dựng và nâng cao chất lượng đội ngũ CB, CCVC', [
              [
                'Cán bộ, công chức cấp xã (phấn đấu hằng năm có trên 80% cán bộ, công chức cấp xã được đào tạo đạt chuẩn; trên 70% cán bộ, công chức cấp xã được bồi dưỡng về chuyên môn nghiệp vụ)',
                'UBND cấp huyện; UBND cấp xã',
                'Sở Nội vụ; các đơn vị liên quan',
                BCKQ,
                ROUTINE,
              ],
            ]),
            ...field('C.III', 'III', 'Cải cách tài chính công', [
              [
                'Thực hiện cơ chế tự chủ, tự chịu trách nhiệm tại các đơn vị sự nghiệp công lập thuộc tỉnh (phấn đấu đến năm 2020, trên 80% đơn vị […] được phê duyệt Đề án vận dụng cơ chế tài chính như doanh nghiệp; 100% đơn vị sự nghiệp công lập đã triển khai thực hiện cơ chế tự chủ, tự chịu trách nhiệm)',
                'Sở Tài chính (tham mưu triển khai đối với các đơn vị sự nghiệp cấp tỉnh)',
                'UBND cấp huyện; các đơn vị sự nghiệp công lập thuộc tỉnh, thuộc huyện',
                BCKQ,
                ROUTINE,
              ],
            ]),
            ...field('C.IV', 'IV', 'Hiện đại hóa hành chính', [
              [
                'Nâng cao tỷ lệ đơn vị hành chính cấp xã công bố hệ thống quản lý chất lượng ISO (phấn đấu đến năm 2020 có 100% đơn vị hành chính cấp xã thực hiện công bố)',
                'Sở Khoa học và Công nghệ',
                SBN_HUYEN_XA,
                BCKQ,
                ROUTINE,
              ],
            ]),
          ],
        },
      ],
    },
  ],
  kindChecks: { codeList: 'C01' },
};

export default template;
