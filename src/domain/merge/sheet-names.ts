/** The sheets a consolidation writes beside its consolidated sheet ("Tổng hợp <period>"), by name. */
export const BREAKDOWN_SHEET = 'Chi tiết theo đơn vị';
export const LOG_SHEET = 'Nhật ký tổng hợp';
export const CONSOLIDATED_PREFIX = 'Tổng hợp ';
