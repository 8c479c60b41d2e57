import type { TemplateInput } from '../catalogue/schema';
import { PROVINCE_PLAN, PROVINCE_SOURCE } from './shared';

type Column = TemplateInput['tables'][number]['columns'][number];

const LEAD: Column[] = [
  // The form numbers its periods in no column.
  { key: 'stt', header: 'STT', width: 5, role: 'stt', addon: true },
  { key: 'unitName', header: 'Tỉnh, thành phố', width: 14, role: 'attr', attr: 'unitName' },
  { key: 'label', header: 'Giai đoạn', width: 24, role: 'label' },
];
const NOTE: Column = { key: 'note', header: 'Ghi chú', width: 14, role: 'value', kind: 'text' };
const periods = (table: string) => [
  {
    code: `${table}.P2010`,
    stt: '1',
    label: 'Giai đoạn 2001–2010 (Tính đến 12/2010)',
    kind: 'count' as const,
    attrs: { unitName: '{unit}' },
  },
  {
    code: `${table}.P2019`,
    stt: '2',
    label: 'Giai đoạn 2011–2020 (Tính đến 12/2019)',
    kind: 'count' as const,
    attrs: { unitName: '{unit}' },
  },
];
const FIELDS: [string, string][] = [
  ['gd', 'Sự nghiệp GD-ĐT'],
  ['yt', 'Sự nghiệp y tế'],
  ['vh', 'Sự nghiệp VH, TDTT'],
  ['khac', 'Sự nghiệp khác'],
];

/** Phụ lục 4 of the province's 2011–2020 summary plan: organisations by period, in its three official tables (Sở Nội vụ). */
const template: TemplateInput = {
  id: 'tong-ket-pl4',
  version: '1.1.0',
  name: 'B4 — Tổng kết 2011–2020: số lượng tổ chức theo giai đoạn',
  kicker: 'Phụ lục 4',
  title: 'Thống kê và so sánh số lượng tổ chức thuộc tỉnh/huyện (Tính đến ngày 31 tháng 12 năm 2019)',
  subtitle: PROVINCE_PLAN,
  source: PROVINCE_SOURCE,
  periodKind: 'none',
  tables: [
    {
      title: 'I. Số lượng, cơ cấu tổ chức thuộc Ủy ban nhân dân cấp tỉnh',
      columns: [
        ...LEAD,
        { key: 'cqcm', header: 'Số cơ quan chuyên môn thuộc UBND tỉnh', width: 12, role: 'value' },
        { key: 'chiCuc', header: 'Số Chi cục thuộc Sở', width: 12, role: 'value' },
        { key: 'phongSo', header: 'Số phòng, văn phòng, thanh tra thuộc Sở', width: 12, role: 'value' },
        { key: 'dvsnTinh', header: 'Số đơn vị sự nghiệp thuộc UBND tỉnh', width: 12, role: 'value' },
        NOTE,
      ],
      sections: [{ rows: periods('I') }],
    },
    {
      title: 'II. Số lượng, cơ cấu tổ chức thuộc Ủy ban nhân dân cấp huyện',
      columns: [
        ...LEAD,
        { key: 'ubndHuyen', header: 'Số UBND cấp huyện', width: 12, role: 'value' },
        { key: 'phongHuyen', header: 'Số phòng chuyên môn thuộc UBND cấp huyện', width: 12, role: 'value' },
        { key: 'vpTtHuyen', header: 'Số văn phòng, thanh tra thuộc UBND cấp huyện', width: 12, role: 'value' },
        { key: 'dvsnHuyen', header: 'Số đơn vị sự nghiệp thuộc UBND cấp huyện', width: 12, role: 'value' },
        NOTE,
      ],
      sections: [{ rows: periods('II') }],
    },
    {
      title: 'III. Số lượng đơn vị sự nghiệp công lập phân theo các lĩnh vực',
      columns: [
        ...LEAD,
        ...FIELDS.flatMap(([k, group]) => [
          { key: `${k}Tinh`, header: 'Thuộc UBND cấp tỉnh', group, width: 10, role: 'value' as const },
          { key: `${k}Cqcm`, header: 'Thuộc CQ chuyên môn cấp tỉnh', group, width: 10, role: 'value' as const },
          { key: `${k}Huyen`, header: 'Thuộc UBND cấp huyện', group, width: 10, role: 'value' as const },
        ]),
        NOTE,
      ],
      sections: [{ rows: periods('III') }],
    },
  ],
  footer: ['Cơ quan thống kê: Sở Nội vụ.'],
  kindChecks: { nonNegative: 'RB07' },
  rules: (['P2010', 'P2019'] as const).map((p) => ({
    id: 'RB07',
    severity: 'warning' as const,
    title:
      'Tổng số đơn vị sự nghiệp theo lĩnh vực (bảng III) thường khớp với số đơn vị sự nghiệp thuộc UBND tỉnh và UBND cấp huyện (bảng I, II)',
    assert: [
      `${FIELDS.flatMap(([k]) => ['Tinh', 'Cqcm', 'Huyen'].map((l) => `[III.${p}@${k}${l}]`)).join(' + ')} = [I.${p}@dvsnTinh] + [II.${p}@dvsnHuyen]`,
    ],
  })),
};

export default template;
