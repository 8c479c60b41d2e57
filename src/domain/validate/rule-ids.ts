/**
 * Ids under which the built-in checks report, when a template names none of its own (its
 * `kindChecks`, a derived row's `rule`).
 */
export const BUILT_IN_RULE = {
  unreadable: 'DOC',
  version: 'PB',
  missing: 'THIEU',
  groupValue: 'NHOM',
  codeList: 'MA',
  percentRange: 'TYLE',
  nonNegative: 'SO',
  derived: 'CT',
  partYear: 'NAM',
} as const;
