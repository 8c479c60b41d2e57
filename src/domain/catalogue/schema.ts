import { z } from 'zod';

/**
 * The template catalogue is data. Each template is one file under src/domain/templates
 * exporting a plain object; it is checked against these schemas when the catalogue loads.
 */

/** What a row (indicator) holds. `group` rows are headings with no value of their own. */
export const IndicatorKindSchema = z.enum(['group', 'count', 'percent', 'money', 'code', 'text']);
export type IndicatorKind = z.infer<typeof IndicatorKindSchema>;

/** One allowed answer of a coded indicator: the value stored in the cell and its meaning. */
export const CodeOptionSchema = z.object({
  value: z.union([z.number().int(), z.string().min(1)]),
  label: z.string().min(1),
});
export type CodeOption = z.infer<typeof CodeOptionSchema>;

/** Administrative level a row applies to; rows without `levels` apply to every level. */
export const LevelSchema = z.enum(['tinh', 'huyen', 'xa']);
export type Level = z.infer<typeof LevelSchema>;

export const RowSchema = z.object({
  /** Unique within the template; what formulas, rules, fill files and merges refer to. */
  code: z.string().regex(/^[A-Za-z0-9]+(\.[A-Za-z0-9]+)*$/),
  /** Shown in the STT column ("2.1", "–" for dash sub-rows); defaults to the code's last part. */
  stt: z.string().optional(),
  label: z.string().min(1),
  kind: IndicatorKindSchema,
  /** "Đơn vị tính" as printed on the form ("Văn bản", "%", "Có = 1; Không = 0"). */
  unit: z.string().optional(),
  /** Allowed answers of a `code` row. */
  codes: z.array(CodeOptionSchema).optional(),
  /** Derived indicator: an expression over indicator codes (see domain/expr). */
  formula: z.string().optional(),
  /** Id of the rule that the derived definition stands for (e.g. "R01"). */
  rule: z.string().optional(),
  /** Levels this row applies to (for "required" warnings). */
  levels: z.array(LevelSchema).optional(),
  /** Static text shown in `attr` columns, by attribute name (e.g. { note: "Văn phòng" }). */
  attrs: z.record(z.string(), z.string()).optional(),
  /** What the source leaves in doubt about the row (a word read uncertainly): a note on its label cell, the label kept clean. */
  doubt: z.string().optional(),
  /**
   * Counts what happened during a year (documents issued, classes held), not a stock (staff,
   * procedures in force): a year counted only in part holds a part of it.
   */
  flow: z.boolean().optional(),
  /** Row text is emphasised (sub-headings inside a section). */
  bold: z.boolean().optional(),
});
export type Row = z.infer<typeof RowSchema>;

/** Ids under which the checks of a value's kind report (a template's, or one section's where the form's rules differ by section). */
export const KindChecksSchema = z.object({
  percentRange: z.string().optional(),
  codeList: z.string().optional(),
  nonNegative: z.string().optional(),
  groupEmpty: z.string().optional(),
  ratioBlank: z.string().optional(),
  partYear: z.string().optional(),
});

export const SectionSchema = z.object({
  /** Roman numeral or letter shown in the STT column of the section row; no row when absent. */
  code: z.string().optional(),
  title: z.string().optional(),
  /** Attribute defaults for every row of the section (e.g. the responsible office). */
  attrs: z.record(z.string(), z.string()).optional(),
  /** Kind-check ids of this section's rows, over the template's. */
  kindChecks: KindChecksSchema.optional(),
  rows: z.array(RowSchema),
});
export type Section = z.infer<typeof SectionSchema>;

export const ColumnRoleSchema = z.enum(['stt', 'label', 'unit', 'attr', 'value']);
export type ColumnRole = z.infer<typeof ColumnRoleSchema>;

export const ColumnSchema = z.object({
  /** Unique within the template's value columns; value cells are addressed by (row code, key). */
  key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/),
  header: z.string().min(1),
  /** Upper header merged across adjacent columns with the same group ("Kết quả thống kê"); "{period}" is the sheet's period. */
  group: z.string().optional(),
  /** Width in characters. */
  width: z.number().positive(),
  role: ColumnRoleSchema,
  /** For `attr` columns: the attribute name read from the row. */
  attr: z.string().optional(),
  /** For `value` columns holding something else than the row's kind (e.g. a status column). */
  kind: IndicatorKindSchema.optional(),
  codes: z.array(CodeOptionSchema).optional(),
  /** A year counted only in part ("Năm 2020 (Tính đến 31/3)"): not to be read beside the full years. */
  partYear: z.boolean().optional(),
  /**
   * Not on the official form: a convenience the add-in adds (a unit of measure, the agency a footnote
   * names, a tracking column). Marked as such on the sheet; left out unless asked for, except value
   * columns, which hold what a tracking sheet is for.
   */
  addon: z.boolean().optional(),
});
export type Column = z.infer<typeof ColumnSchema>;

export const TableSchema = z.object({
  /** Heading printed above the table when a template holds several tables. */
  title: z.string().optional(),
  /** A row under the headers numbers the form's columns "(1)", "(2)"…, as some forms print. */
  numbered: z.boolean().optional(),
  columns: z.array(ColumnSchema).min(2),
  sections: z.array(SectionSchema).min(1),
});
export type Table = z.infer<typeof TableSchema>;

export const SeveritySchema = z.enum(['error', 'warning']);
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * A validation rule over indicator codes, checked in each value column of the rows it names; a
 * reference "[code@column]" names one column (rules across tables). `assert` holds comparisons that must be true,
 * chains allowed ("II.2.2.2 <= II.2.2.1 <= II.2.1"); with `when` the rule applies only when
 * that comparison holds; `blank` lists codes that must then be empty and `filled` codes that
 * must then have a value; a rule with only `when` flags every case where it holds (a value that
 * cannot be checked from the form). Ratios and totals are checked from the rows' `formula` instead.
 */
export const RuleSchema = z.object({
  id: z.string().min(1),
  severity: SeveritySchema,
  title: z.string().min(1),
  when: z.string().optional(),
  assert: z.array(z.string()).optional(),
  blank: z.array(z.string()).optional(),
  filled: z.array(z.string()).optional(),
  /**
   * A quantity the form does not ask for that the larger side of `assert` would add (the dossiers
   * carried over from the last period): a broken comparison says how much of it would make the
   * figures agree, for the official to judge.
   */
  unaccounted: z.string().optional(),
});
export type Rule = z.infer<typeof RuleSchema>;

export const PeriodKindSchema = z.enum(['periodic', 'year', 'none']);
export type PeriodKind = z.infer<typeof PeriodKindSchema>;

export const TemplateSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  /** Short name for lists ("Mẫu A: thống kê định kỳ"). */
  name: z.string().min(1),
  /** Base name of the inserted sheet when the kicker alone is ambiguous ("PL2 huyện"). */
  sheetName: z.string().max(24).optional(),
  /** "Phụ lục", "Phụ lục 3", "Biểu mẫu"... printed above the title. */
  kicker: z.string().min(1),
  title: z.string().min(1),
  /**
   * The place the form was issued for ("huyện Khánh Sơn"), printed where the title or a table title
   * says "{place}" when the unit the sheet is made for names none.
   */
  place: z.string().optional(),
  /** Whether the period text ("QUÝ III NĂM 2024") is appended to the title. */
  titleWithPeriod: z.boolean().optional(),
  /** Line printed under the title, e.g. the plan the form is attached to. */
  subtitle: z.string().optional(),
  /**
   * Whether the form is attached to a period's report, with a "(Kèm theo Báo cáo số … ngày …)" line
   * (default, for a form with a period); false for a form attached to a plan, as its subtitle says.
   */
  attachedToReport: z.boolean().optional(),
  /** Where the form comes from. */
  source: z.string().min(1),
  periodKind: PeriodKindSchema,
  tables: z.array(TableSchema).min(1),
  footer: z.array(z.string()).optional(),
  rules: z.array(RuleSchema).optional(),
  kindChecks: KindChecksSchema.optional(),
  /** A count that measures a unit's size (its staff): other counts are divided by it when units are compared with each other. */
  size: z.string().optional(),
  /** The rates drawn per unit on a consolidation's "Biểu đồ" sheet (derived percent rows), in that order. */
  charts: z.array(z.string()).optional(),
});
export type Template = z.infer<typeof TemplateSchema>;
export type TemplateInput = z.input<typeof TemplateSchema>;
