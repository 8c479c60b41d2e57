import type { Period } from '../period';

/**
 * When units must send a period's report and which days its figures cover. Nothing here is
 * assumed about a province: a due day exists only when its rules are given (a file, or the day
 * decided for the period). The data windows are the Ministry's (581/BNV-CCHC): quarter I from 15
 * December of the year before to 14 March, the half year to 14 June, quarter III from 15 June to
 * 14 September, the year from 15 December to 14 December; the Ministry asks provinces to send by
 * the 20th of the period's last month, the day a province's file falls back on.
 */
export interface DeadlineRules {
  /** Reports are due before this day of the quarter's last month. */
  quarterBefore: number;
  /** Before this day and month for the first half, and for the year. */
  halfBefore: { day: number; month: number };
  yearBefore: { day: number; month: number };
  /** The data window closes on this day of the period's last month. */
  windowCloses: number;
}

/** The Ministry's regime: what a province's rules file leaves out. */
export const MINISTRY_DEADLINES: DeadlineRules = {
  quarterBefore: 20,
  halfBefore: { day: 20, month: 6 },
  yearBefore: { day: 20, month: 12 },
  windowCloses: 14,
};

/** A calendar day (no time of day), as days since 1970-01-01. */
export type Day = number;

const MS_PER_DAY = 86_400_000;
/** Vietnam's time: a file saved at 20:00 UTC on 4 September was saved on 5 September there. */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

export const dayOf = (year: number, month: number, day: number): Day => Date.UTC(year, month - 1, day) / MS_PER_DAY;
export const dayOfTime = (ms: number): Day => Math.floor((ms + VIETNAM_OFFSET_MS) / MS_PER_DAY);

/** "05/9/2024". */
export function dayText(d: Day): string {
  const date = new Date(d * MS_PER_DAY);
  return `${String(date.getUTCDate()).padStart(2, '0')}/${date.getUTCMonth() + 1}/${date.getUTCFullYear()}`;
}

/** A day written "15/9/2024", "15-09-2024" or "2024-09-15"; undefined for anything else. */
export function parseDay(text: string): Day | undefined {
  const s = text.trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const parts = dmy ? [+dmy[3], +dmy[2], +dmy[1]] : ymd ? [+ymd[1], +ymd[2], +ymd[3]] : undefined;
  if (!parts) return undefined;
  const [y, m, d] = parts;
  const day = dayOf(y, m, d);
  // 31/2 rolls over into March: not a day.
  return new Date(day * MS_PER_DAY).getUTCDate() === d && m >= 1 && m <= 12 ? day : undefined;
}

const lastMonth = (p: Period) => (p.kind === 'quarter' ? p.quarter * 3 : p.kind === 'half' ? 6 : 12);

/** The first day that is late under a province's rules. */
export function dueBefore(p: Period, r: DeadlineRules): Day {
  if (p.kind === 'quarter') return dayOf(p.year, p.quarter * 3, r.quarterBefore);
  const at = p.kind === 'half' ? r.halfBefore : r.yearBefore;
  return dayOf(p.year, at.month, at.day);
}

/**
 * The days the period's figures cover: from the day after the previous window closed to the day
 * this one closes; the half year and the year run from the window that closed in December.
 */
export function dataWindow(p: Period, r: Pick<DeadlineRules, 'windowCloses'> = MINISTRY_DEADLINES): { from: Day; to: Day } {
  const closes = (year: number, month: number) => dayOf(year, month, r.windowCloses);
  const to = closes(p.year, lastMonth(p));
  const span = p.kind === 'quarter' ? 3 : p.kind === 'half' ? 6 : 12;
  const month = lastMonth(p) - span;
  const from = (month >= 1 ? closes(p.year, month) : closes(p.year - 1, month + 12)) + 1;
  return { from, to };
}

/**
 * When a unit sent its report: a day given for it, else the day its report is dated ("Kèm theo
 * Báo cáo số … ngày 15/9/2024"), else its file's date (which may be the day it was downloaded).
 */
export interface Submission {
  unit: string;
  file: string;
  day?: Day;
  source: 'given' | 'report' | 'file';
}

/** How far down a sheet's heading the report's line is looked for. */
const HEADING_ROWS = 15;

/**
 * The day a unit's report is dated, from its sheet's heading: the "(Kèm theo Báo cáo số … ngày
 * 15/9/2024 …)" line, or a place-and-date line as official documents open ("Ân Thi, ngày 15 tháng
 * 9 năm 2024"); undefined where neither has a whole date (the form's "ngày ……" left blank).
 */
export function reportDay(values: readonly (readonly unknown[])[]): Day | undefined {
  for (const row of values.slice(0, HEADING_ROWS))
    for (const cell of row) {
      if (typeof cell !== 'string') continue;
      const text = cell.normalize('NFC').trim();
      if (!/kèm theo\s+báo cáo/i.test(text) && !PLACE_AND_DATE.test(text)) continue;
      const m =
        /ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/i.exec(text) ??
        /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/i.exec(text);
      const day = m && parseDay(`${m[1]}/${m[2]}/${m[3]}`);
      if (day !== undefined && day !== null) return day;
    }
  return undefined;
}

/** "Ân Thi, ngày 15 tháng 9 năm 2024": a place (no digits), a comma, the date, nothing after. */
const PLACE_AND_DATE = /^[^\d,()]{2,40},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\.?$/i;

export interface Timeliness {
  /** The first late day, where the province's rules or this period's decision give one; without it nobody is late. */
  dueBefore?: Day;
  window: { from: Day; to: Day };
  /** Every merged unit's day and where it was read, in the units' order. */
  sent: Submission[];
  /** Sent on or after the due day, by how many days after the last day on time (days given or on the report only). */
  late: (Submission & { day: Day; days: number })[];
  /** Dated before the data window opened: it cannot hold this period's figures (last period's report?). */
  stale: (Submission & { day: Day })[];
  /**
   * Dated before the window closed, where the window closes before the due day: its figures may
   * not cover the whole period. (Where the due day comes first, reports are meant to be sent on
   * figures to date.)
   */
  early: (Submission & { day: Day })[];
  /** Only the file's date is known: shown, never judged (a copy's date is the day it was saved or downloaded). */
  fileDated: (Submission & { day: Day })[];
  /** No date at all. */
  undated: Submission[];
}

/**
 * Who sent late, or a report older than the period. Only a day given for a unit or the date on
 * its report is judged; the day a file was saved says when a copy was made, not when the unit
 * sent it. With no due day, nobody is late.
 */
export function timeliness(
  p: Period,
  subs: readonly Submission[],
  rules?: DeadlineRules,
  /** This period's due day or window where they were decided otherwise. */
  decided: { dueBefore?: Day; window?: { from: Day; to: Day } } = {},
): Timeliness {
  const due = decided.dueBefore ?? (rules ? dueBefore(p, rules) : undefined);
  const window = decided.window ?? dataWindow(p, rules);
  const dated = subs.filter((s): s is Submission & { day: Day } => s.day !== undefined);
  const judged = dated.filter((s) => s.source !== 'file');
  return {
    ...(due !== undefined ? { dueBefore: due } : {}),
    window,
    sent: [...subs],
    late: due === undefined ? [] : judged.filter((s) => s.day >= due).map((s) => ({ ...s, days: s.day - due + 1 })),
    stale: judged.filter((s) => s.day < window.from),
    early: due !== undefined && window.to < due ? judged.filter((s) => s.day >= window.from && s.day < window.to) : [],
    fileDated: dated.filter((s) => s.source === 'file'),
    undated: subs.filter((s) => s.day === undefined),
  };
}
