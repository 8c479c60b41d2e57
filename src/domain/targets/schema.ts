import { z } from 'zod';
import { LevelSchema } from '../catalogue/schema';

/**
 * Targets are data, like templates: each set is one file under src/domain/targets/sets (or a
 * province's own JSON file) checked against these schemas when it loads.
 */

/**
 * How a value is held against the threshold: `>=`, `>`, `=`, `<`, `<=`; `between` a range
 * (threshold to `upTo`, both included); `reduction` a fall of at least the threshold from the
 * value of `baseYear` ("giảm 10% so với năm 2025").
 */
export const ComparisonSchema = z.enum(['>=', '>', '=', '<', '<=', 'between', 'reduction']);
export type Comparison = z.infer<typeof ComparisonSchema>;

/** An indicator of a template a target is measured by. */
export const MeasureSchema = z.object({
  template: z.string().min(1),
  code: z.string().min(1),
  /** Not the very quantity the target names but the closest the form has: said beside the value. */
  approximate: z.boolean().optional(),
});
export type Measure = z.infer<typeof MeasureSchema>;

/** A self-assessment row ("Đạt/Không đạt") the target is one of the grounds of. */
export const AssessedRowSchema = z.object({ template: z.string().min(1), code: z.string().min(1) });

const ThresholdsByLevelSchema = z.object({ tinh: z.number(), huyen: z.number(), xa: z.number() }).partial();

export const TargetSchema = z.object({
  /** Unique across the targets in use ("D01", "2020-PL8.11b"). */
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9.-]*$/),
  /** Reform area ("Cải cách TTHC"). */
  area: z.string().optional(),
  label: z.string().min(1),
  /** The year the target is for. */
  year: z.number().int().min(2000).max(2100),
  /** Targets of one quantity for several years ("hài lòng" 90% by 2025, 95% by 2030) share a series: a report counts against the nearest. */
  series: z.string().optional(),
  /**
   * `threshold`: judged from a value; `roadmap`: "theo lộ trình", no figure given; `qualitative`:
   * no figure at all. The last two are left for the official to judge.
   */
  judged: z.enum(['threshold', 'roadmap', 'qualitative']),
  comparison: ComparisonSchema.optional(),
  /** Percentages as fractions (0.8 = 80%). */
  threshold: z.number().optional(),
  /** One threshold per level ("80% / 60% / 30%" for province, district, commune), instead of `threshold`. */
  byLevel: ThresholdsByLevelSchema.optional(),
  /** Upper end of a `between` range. */
  upTo: z.number().optional(),
  /** The year a `reduction` is counted from. */
  baseYear: z.number().int().optional(),
  /** Whether threshold and value are percentages (default) or plain numbers; a reduction is a percentage of a number. */
  unit: z.enum(['percent', 'number']).optional(),
  /** Levels the target is set for; every level when absent. */
  levels: z.array(LevelSchema).optional(),
  /** Indicators it is measured by, in order of preference: the first one a workbook holds is used. */
  measures: z.array(MeasureSchema).optional(),
  assesses: z.array(AssessedRowSchema).optional(),
  /** Where in the source the target is written ("Phụ lục 8, mục tiêu 11"). */
  where: z.string().optional(),
  /** What the source leaves in doubt (a figure read uncertainly). */
  doubt: z.string().optional(),
});
export type Target = z.infer<typeof TargetSchema>;

export const TargetSetSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  name: z.string().min(1),
  /** The document that sets the targets. */
  source: z.string().min(1),
  /** A unit's own targets apply to that unit alone ("UBND xã Bắc Sơn"); a programme's to every unit. */
  unit: z.string().optional(),
  targets: z.array(TargetSchema).min(1),
});
export type TargetSet = z.infer<typeof TargetSetSchema>;
export type TargetSetInput = z.input<typeof TargetSetSchema>;
