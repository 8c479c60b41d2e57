import type { IndicatorKind } from '../catalogue/schema';
export type { CellStyle } from '../sheet/plan';

/** Kinds of indicator that own a value cell (group rows have none). */
export type IndicatorKindStyle = Exclude<IndicatorKind, 'group'>;
