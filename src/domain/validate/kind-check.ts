import type { Section } from '../catalogue/schema';
import type { Add, CellReading } from './check-context';

/** The rule ids a section gives its kind checks (the form's own numbering), each optional. */
export type KindCheckIds = NonNullable<Section['kindChecks']>;

/** A cell that holds a value, as its kind's check sees it. */
export type FilledReading = CellReading & { value: number | string };

/** What one kind of indicator asks of a value: one module per kind, listed by kind in check-kinds.ts. */
export type KindCheck = (s: FilledReading, ids: KindCheckIds, add: Add) => void;

/** A coded cell's list as a finding quotes it: "Đạt; Không đạt", or "Có = 1; Không = 0". */
export function codeList(s: CellReading): string {
  return (s.codes ?? []).map((c) => (String(c.value) === c.label ? c.label : `${c.label} = ${c.value}`)).join('; ');
}
