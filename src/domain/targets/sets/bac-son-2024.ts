import type { TargetSetInput } from '../schema';

/** A commune's own target for the year, from its quarterly report. */
const set: TargetSetInput = {
  id: 'xa-bac-son-2024',
  name: 'Mục tiêu năm 2024 của xã Bắc Sơn',
  source: 'Báo cáo số 68/BC-UBND ngày 15/9/2024 của UBND xã Bắc Sơn về công tác CCHC quý III năm 2024',
  unit: 'UBND xã Bắc Sơn',
  targets: [
    {
      id: 'BS2024-1',
      label: 'Số lượng hồ sơ trực tuyến tiếp nhận và giải quyết (tối thiểu)',
      year: 2024,
      judged: 'threshold',
      comparison: '>=',
      threshold: 0.98,
      measures: [{ template: 'dinh-ky', code: 'VII.5.3' }],
    },
  ],
};

export default set;
