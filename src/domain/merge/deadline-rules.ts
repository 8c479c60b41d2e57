import { z } from 'zod';
import { InputError } from '../errors';
import { MINISTRY_DEADLINES, dayOf, type DeadlineRules } from './deadlines';

const day = (max: number) =>
  z
    .number({ error: `phải là một ngày từ 1 đến ${max}` })
    .int(`phải là một ngày từ 1 đến ${max}`)
    .min(1)
    .max(max, `phải là một ngày từ 1 đến ${max}`);
const dayAndMonth = z
  .object(
    { day: day(31), month: z.number({ error: 'phải là một tháng từ 1 đến 12' }).int().min(1).max(12, 'phải là một tháng từ 1 đến 12') },
    { error: 'cần { "day": …, "month": … }' },
  )
  .strict()
  // 30 February is no day in any year (29 February counts, as in a leap year); a day or month
  // already refused above is not refused twice.
  .refine((d) => !inRange(d) || new Date(dayOf(2024, d.month, d.day) * 86_400_000).getUTCDate() === d.day, 'không có ngày này trong tháng');

function inRange(d: { day: number; month: number }): boolean {
  // Stryker disable next-line EqualityOperator: the 1st of a month, and every day of January and December, exist; leaving the bounds out of the check changes nothing
  return Number.isInteger(d.day) && Number.isInteger(d.month) && d.day >= 1 && d.day <= 31 && d.month >= 1 && d.month <= 12;
}

/**
 * A province's deadlines as a data file (JSON): any of the rules, the others the Ministry's
 * (the 20th of the period's last month, the window closing on the 14th). The quarter's day and the window's close fall in every month, so at most the 28th.
 */
const DeadlineRulesSchema = z
  .object({
    /** What the rules are, for people ("Quy định của UBND tỉnh …"). */
    name: z.string().optional(),
    quarterBefore: day(28).optional(),
    halfBefore: dayAndMonth.optional(),
    yearBefore: dayAndMonth.optional(),
    windowCloses: day(28).optional(),
  })
  .strict();

/** The rules of a province's file over the defaults; an InputError naming the file and what is wrong otherwise. */
export function loadDeadlineRules(input: unknown, file: string): DeadlineRules {
  const parsed = DeadlineRulesSchema.safeParse(input);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
    throw new InputError({ code: 'deadlines-invalid', file, detail });
  }
  const { name: _name, ...rules } = parsed.data;
  return { ...MINISTRY_DEADLINES, ...rules };
}
