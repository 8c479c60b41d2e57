import type { TemplateInput } from '../catalogue/schema';

type Column = TemplateInput['tables'][number]['columns'][number];

/** Year columns of the 2011–2020 summary appendices ("Năm 2020" counts only to 31/3/2020). */
export const YEAR_COLUMNS: Column[] = [2015, 2016, 2017, 2018, 2019, 2020].map((y) => ({
  key: `y${y}`,
  header: y === 2020 ? 'Năm 2020 (Tính đến 31/3)' : `Năm ${y}`,
  width: 11,
  role: 'value' as const,
  ...(y === 2020 ? { partYear: true } : {}),
}));

export const ASSESSMENT_CODES = [
  { value: 'Đạt', label: 'Đạt' },
  { value: 'Không đạt', label: 'Không đạt' },
];

/** A yes/no answer coded 1/0 with the form's own wording ("Có tổ chức" / "Không tổ chức"). */
export function yesNo(yes: string, no: string) {
  return [
    { value: 1, label: yes },
    { value: 0, label: no },
  ];
}

export const PROVINCE_PLAN = '(Kèm theo Kế hoạch số 04/KH-UBND ngày 20 tháng 01 năm 2020 của UBND tỉnh)';
export const PROVINCE_SOURCE =
  'Kế hoạch số 04/KH-UBND ngày 20/01/2020 của UBND tỉnh Bình Định về tổng kết thực hiện Chương trình tổng thể CCHC nhà nước giai đoạn 2011–2020';

/** A unit-of-measure column: none of the 2011–2020 summary forms has one, so it is the add-in's, shown on request. */
export const UNIT_ADDON: Column = { key: 'unit', header: 'Đơn vị tính', width: 12, role: 'unit', addon: true };

/** STT and label columns before the years, then the add-in's unit column. */
export function indicatorColumns(label: string): Column[] {
  return [{ key: 'stt', header: 'STT', width: 6, role: 'stt' }, { key: 'label', header: label, width: 52, role: 'label' }, UNIT_ADDON];
}

/**
 * What a task table gains as a tracking sheet: each task's state, the day it was done and a note
 * on its result, under a heading naming the year followed. Not on the forms: the add-in's.
 */
export const TRACKING_COLUMNS: Column[] = [
  {
    key: 'status',
    header: 'Tình trạng',
    group: 'Theo dõi thực hiện {period}',
    width: 15,
    role: 'value',
    kind: 'code',
    addon: true,
    codes: ['Hoàn thành', 'Đang thực hiện', 'Chưa thực hiện'].map((s) => ({ value: s, label: s })),
  },
  { key: 'done', header: 'Ngày hoàn thành', group: 'Theo dõi thực hiện {period}', width: 13, role: 'value', kind: 'text', addon: true },
  { key: 'result', header: 'Kết quả, ghi chú', group: 'Theo dõi thực hiện {period}', width: 28, role: 'value', kind: 'text', addon: true },
];
