import type { ExpressionFault } from '../expr';

/** Where in a template a reference or an expression is: a row's formula or a rule. */
export type TemplatePlace = { formula: string } | { rule: string };

/** What zod cannot check of a template, as facts (`messages/template-issues.ts` words them). */
export type TemplateIssue =
  | { code: 'column-repeated'; column: string }
  | { code: 'column-unnamed'; column: string }
  | { code: 'column-codes-missing'; column: string }
  | { code: 'no-value-column' }
  | { code: 'no-label-column' }
  | { code: 'row-repeated'; row: string }
  | { code: 'row-codes-missing'; row: string }
  | { code: 'group-formula'; row: string }
  | { code: 'ref-unknown'; in: TemplatePlace; ref: string }
  | { code: 'ref-group'; in: TemplatePlace; ref: string }
  | { code: 'expression'; in: TemplatePlace; source: string; condition: boolean; fault: ExpressionFault }
  | { code: 'cycle'; path: string[] }
  | { code: 'size-not-count'; row: string }
  | { code: 'chart-not-rate'; row: string };
