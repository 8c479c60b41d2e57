/**
 * How a consolidation's breakdown by unit is laid out: written by the result sheets, read back by
 * the next period's comparison, so that neither finds the other's columns by its own copy of the
 * words.
 */
export const BREAKDOWN_SHEET = 'Chi tiết theo đơn vị';

/** The breakdown's header before its units: the indicator, its label and unit, the total, how many units gave a figure. */
export const BREAKDOWN_HEADER = ['Mã chỉ tiêu', 'Chỉ tiêu', 'Đơn vị tính', 'Tổng hợp', 'Số đơn vị có số liệu'] as const;

/** What heads a group's subtotal column in the breakdown ("Cộng Ân Thi"): never a unit. */
export const SUBTOTAL_PREFIX = 'Cộng ';
