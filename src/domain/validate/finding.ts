import type { Severity } from '../catalogue/schema';
import type { FindingText } from '../messages/findings';

/** One problem found in a sheet, pointing at its cell. */
export interface Finding {
  sheet: string;
  /** A1 address of the cell the finding is about. */
  cell: string;
  /** Indicator code (with "@column" in multi-column templates). */
  code: string;
  /** Rule id: the template's ("R01", "RB02"…) or a reading check ("DOC"). */
  rule: string;
  severity: Severity;
  /** What was found, as facts: `findingMessage` words it in either language. */
  text: FindingText;
  /** The message in Vietnamese (the language of the sheets, notes and reports). */
  message: string;
  expected?: number | string | null;
  actual?: number | string | null;
}
