import { MARK_FILL } from '../validate/marks';
import type { CellStyle, IndicatorKindStyle } from './style-types';

/** The look of the official forms: Times New Roman, bordered table, bold section rows. */
export const FONT = 'Times New Roman';

const INPUT_FILL = 'FFF7D6';
const DERIVED_FILL = 'EDEDED';
const HEADER_FILL = 'DDEBF7';
const SECTION_FILL = 'F2F2F2';
/** Headers of the columns the add-in adds to a form: grey and italic, unlike the form's own. */
const ADDON_FILL = 'D9D9D9';

const NUM_FMT: Record<IndicatorKindStyle, string | undefined> = {
  count: '#,##0',
  percent: '0.0%',
  money: '#,##0.0',
  code: '0',
  text: '@',
};

const cell = (s: Partial<CellStyle>): CellStyle => ({ border: true, v: 'middle', wrap: true, locked: true, ...s });

export const STYLES: Record<string, CellStyle> = {
  meta: { locked: true },
  issuer: { bold: true, h: 'center', v: 'middle', wrap: true, size: 12, locked: true },
  motto: { bold: true, h: 'center', size: 12, locked: true },
  'motto-sub': { bold: true, underline: true, h: 'center', size: 12, locked: true },
  kicker: { bold: true, h: 'center', size: 13, locked: true },
  title: { bold: true, h: 'center', v: 'middle', wrap: true, size: 13, locked: true },
  'note-line': { italic: true, h: 'center', wrap: true, locked: true },
  'table-title': { bold: true, h: 'left', locked: true },
  footer: { italic: true, h: 'left', wrap: true, locked: true },
  header: cell({ bold: true, h: 'center', fill: HEADER_FILL }),
  'column-number': cell({ italic: true, h: 'center' }),
  'header-addon': cell({ bold: true, italic: true, h: 'center', fill: ADDON_FILL }),
  'section-stt': cell({ bold: true, h: 'center', fill: SECTION_FILL }),
  section: cell({ bold: true, h: 'left', fill: SECTION_FILL }),
  stt: cell({ h: 'center' }),
  'stt-bold': cell({ h: 'center', bold: true }),
  label: cell({ h: 'left' }),
  'label-bold': cell({ h: 'left', bold: true }),
  unit: cell({ h: 'center' }),
  attr: cell({ h: 'left' }),
  'group-value': cell({ h: 'center' }),
  ...Object.fromEntries(
    (Object.keys(NUM_FMT) as IndicatorKindStyle[]).flatMap((k) => [
      [
        `input-${k}`,
        cell({ h: k === 'text' ? 'left' : k === 'code' ? 'center' : 'right', numFmt: NUM_FMT[k], fill: INPUT_FILL, locked: false }),
      ],
      [`derived-${k}`, cell({ h: 'right', numFmt: NUM_FMT[k], fill: DERIVED_FILL, italic: false })],
      [`plain-${k}`, cell({ h: k === 'text' || k === 'code' ? 'left' : 'right', numFmt: k === 'code' ? '@' : NUM_FMT[k] })],
      [
        `flagged-${k}`,
        cell({ h: k === 'text' || k === 'code' ? 'left' : 'right', numFmt: k === 'code' ? '@' : NUM_FMT[k], fill: MARK_FILL.error }),
      ],
      [`unusual-${k}`, cell({ h: 'right', numFmt: k === 'code' ? '@' : NUM_FMT[k], fill: MARK_FILL.warning })],
    ]),
  ),
};

export function inputStyle(kind: IndicatorKindStyle): string {
  return `input-${kind}`;
}

/** Bordered, unshaded value cell of a report sheet (breakdown, log). */
export function plainStyle(kind: IndicatorKindStyle): string {
  return `plain-${kind}`;
}

/** A report value the check found in error (the breakdown's cells of units with errors). */
export function flaggedStyle(kind: IndicatorKindStyle): string {
  return `flagged-${kind}`;
}

/** A report value far from the other units' (a warning, not an error). */
export function unusualStyle(kind: IndicatorKindStyle): string {
  return `unusual-${kind}`;
}

export function derivedStyle(kind: IndicatorKindStyle): string {
  return `derived-${kind}`;
}
