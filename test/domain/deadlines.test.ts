import {
  dataWindow,
  dayOf,
  dayOfTime,
  dayText,
  dueBefore,
  parseDay,
  reportDay,
  timeliness,
  MINISTRY_DEADLINES,
} from '../../src/domain/merge/deadlines';
import { parsePeriod } from '../../src/domain/period';
import { loadDeadlineRules } from '../../src/domain/merge/deadline-rules';
import { InputError } from '../../src/domain/errors';
import { readGrids } from '../../src/adapters/lean-reader/lean-reader';
import { readUnitFile } from '../../src/app/merge';
import { mergeReports, type UnitFile } from '../../src/domain/merge/merge';
import { BUILT_IN, template } from '../support/templates';
import { templateXlsx } from '../support/workbooks';

const q3 = parsePeriod('2024-Q3')!;

const GIA_LAI = { quarterBefore: 5, halfBefore: { day: 5, month: 6 }, yearBefore: { day: 25, month: 11 }, windowCloses: 14 };

describe('deadlines and the data window', () => {
  it('under Gia Lai’s rules a quarter is due before the 5th of its last month; the half year before 5 June; the year before 25 November', () => {
    expect(dayText(dueBefore(q3, GIA_LAI))).toBe('05/9/2024');
    expect(dayText(dueBefore(parsePeriod('2024-Q1')!, GIA_LAI))).toBe('05/3/2024');
    expect(dayText(dueBefore(parsePeriod('2024-H1')!, GIA_LAI))).toBe('05/6/2024');
    expect(dayText(dueBefore(parsePeriod('2024')!, GIA_LAI))).toBe('25/11/2024');
    // The Ministry's: the 20th of the period's last month.
    expect(dayText(dueBefore(parsePeriod('2024')!, MINISTRY_DEADLINES))).toBe('20/12/2024');
    expect(dayText(dueBefore(q3, MINISTRY_DEADLINES))).toBe('20/9/2024');
  });

  it('the windows are the Ministry’s: quarter I 15/12–14/3, the half year 15/12–14/6, quarter III 15/6–14/9, the year 15/12–14/12', () => {
    const w = dataWindow(q3);
    expect([dayText(w.from), dayText(w.to)]).toEqual(['15/6/2024', '14/9/2024']);
    const q1 = dataWindow(parsePeriod('2024-Q1')!);
    expect([dayText(q1.from), dayText(q1.to)]).toEqual(['15/12/2023', '14/3/2024']);
    const h1 = dataWindow(parsePeriod('2024-H1')!);
    expect([dayText(h1.from), dayText(h1.to)]).toEqual(['15/12/2023', '14/6/2024']);
    const year = dataWindow(parsePeriod('2024')!);
    expect([dayText(year.from), dayText(year.to)]).toEqual(['15/12/2023', '14/12/2024']);
    const q4 = dataWindow(parsePeriod('2024-Q4')!);
    expect([dayText(q4.from), dayText(q4.to)]).toEqual(['15/9/2024', '14/12/2024']);
  });

  it('a province sets its own', () => {
    const own = { ...GIA_LAI, quarterBefore: 20, windowCloses: 10 };
    expect(dayText(dueBefore(q3, own))).toBe('20/9/2024');
    expect(dayText(dataWindow(q3, own).to)).toBe('10/9/2024');
  });

  it('reads days as officials write them, and a file’s time in Vietnam', () => {
    expect(parseDay('15/9/2024')).toBe(dayOf(2024, 9, 15));
    expect(parseDay('05-09-2024')).toBe(dayOf(2024, 9, 5));
    expect(parseDay('2024-09-15')).toBe(dayOf(2024, 9, 15));
    expect([parseDay('31/2/2024'), parseDay('15/13/2024'), parseDay('15/9'), parseDay('hôm qua')]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(parseDay(' 15.9.2024 ')).toBe(dayOf(2024, 9, 15));
    // Month 0 would roll back into December, day 0 into the month before: neither is a day.
    expect([parseDay('15/0/2024'), parseDay('0/9/2024'), parseDay('2024-00-15'), parseDay('2024-9-15x')]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    // 20:00 UTC on 4 September is 03:00 on 5 September in Vietnam.
    expect(dayText(dayOfTime(Date.UTC(2024, 8, 4, 20)))).toBe('05/9/2024');
    expect(dayText(dayOfTime(Date.UTC(2024, 8, 4, 16, 59)))).toBe('04/9/2024');
  });

  const subs = [
    { unit: 'A', file: 'a.xlsx', day: dayOf(2024, 9, 4), source: 'report' as const },
    { unit: 'B', file: 'b.xlsx', day: dayOf(2024, 9, 5), source: 'report' as const },
    { unit: 'C', file: 'c.xlsx', day: dayOf(2024, 9, 12), source: 'given' as const },
    { unit: 'D', file: 'd.xlsx', day: dayOf(2024, 6, 14), source: 'report' as const },
    { unit: 'E', file: 'e.xlsx', source: 'file' as const },
    { unit: 'F', file: 'f.xlsx', day: dayOf(2026, 12, 1), source: 'file' as const },
  ];

  it('with no rule, nobody is late: each day is shown with where it was read, a report older than the period named', () => {
    const t = timeliness(q3, subs);
    expect(t.dueBefore).toBeUndefined();
    expect(t.late).toEqual([]);
    expect(t.early).toEqual([]);
    expect(t.stale.map((s) => s.unit)).toEqual(['D']);
    expect(t.sent.map((s) => s.unit)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(t.fileDated.map((s) => s.unit)).toEqual(['F']);
    expect(t.undated.map((s) => s.unit)).toEqual(['E']);
  });

  it('under a rule names who was late and by how much; a file’s save date is never judged, however late', () => {
    const t = timeliness(q3, subs, GIA_LAI);
    // The 4th is the last day on time: the 5th is one day late, the 12th eight; F's file saved in 2026 is no evidence.
    expect(t.late.map((s) => [s.unit, s.days])).toEqual([
      ['B', 1],
      ['C', 8],
    ]);
    expect(t.stale.map((s) => s.unit)).toEqual(['D']);
    expect(t.fileDated.map((s) => s.unit)).toEqual(['F']);
    // Gia Lai's window closes after its due day: reports are sent on figures to date, none "early".
    expect(t.early).toEqual([]);
  });

  it('a file dated before the window opened is not called older than the period either', () => {
    const t = timeliness(q3, [{ unit: 'A', file: 'a.xlsx', day: dayOf(2024, 5, 1), source: 'file' }], GIA_LAI);
    expect([t.stale, t.late, t.early]).toEqual([[], [], []]);
    expect(t.fileDated.map((s) => s.unit)).toEqual(['A']);
  });

  it('where the window closes before the due day, a report dated inside the window is early', () => {
    const own = { ...GIA_LAI, quarterBefore: 20 };
    const t = timeliness(
      q3,
      [
        { unit: 'A', file: 'a.xlsx', day: dayOf(2024, 9, 10), source: 'report' },
        { unit: 'B', file: 'b.xlsx', day: dayOf(2024, 9, 14), source: 'report' },
        { unit: 'C', file: 'c.xlsx', day: dayOf(2024, 9, 15), source: 'report' },
      ],
      own,
    );
    expect(t.early.map((s) => s.unit)).toEqual(['A']);
    expect(t.late).toEqual([]);
  });

  it('the day the window opens is neither old nor early; the day it closes is not early', () => {
    const own = { ...GIA_LAI, quarterBefore: 20 };
    const sent = (unit: string, month: number, day: number) => ({
      unit,
      file: `${unit}.xlsx`,
      day: dayOf(2024, month, day),
      source: 'given' as const,
    });
    const t = timeliness(q3, [sent('A', 6, 14), sent('B', 6, 15), sent('C', 9, 14), sent('D', 9, 19), sent('E', 9, 20)], own);
    expect(t.stale.map((s) => s.unit)).toEqual(['A']);
    expect(t.early.map((s) => s.unit)).toEqual(['B']);
    expect(t.late.map((s) => [s.unit, s.days])).toEqual([['E', 1]]);
  });

  it('a due day or window decided for the period stands over the rules, and makes lateness without them', () => {
    const subs = [{ unit: 'A', file: 'a.xlsx', day: dayOf(2024, 9, 10), source: 'given' as const }];
    const t = timeliness(q3, subs, GIA_LAI, {
      dueBefore: dayOf(2024, 9, 8),
      window: { from: dayOf(2024, 9, 11), to: dayOf(2024, 9, 12) },
    });
    expect(t.dueBefore).toBe(dayOf(2024, 9, 8));
    expect(t.late.map((s) => s.days)).toEqual([3]);
    expect(t.stale.map((s) => s.unit)).toEqual(['A']);
    expect(timeliness(q3, subs, GIA_LAI, { dueBefore: dayOf(2024, 9, 30) }).window).toEqual(dataWindow(q3));
    expect(timeliness(q3, subs, undefined, { dueBefore: dayOf(2024, 9, 8) }).late.map((s) => s.days)).toEqual([3]);
  });
});

describe('the day a report is dated', () => {
  const heading = (...lines: unknown[]) => lines.map((l) => [null, l]);
  it('is read from the "Kèm theo Báo cáo số … ngày …" line or the place-and-date line, in either way of writing a date', () => {
    expect(reportDay(heading('PHỤ LỤC', '(Kèm theo Báo cáo số 68/BC-UBND ngày 15/9/2024 của UBND xã Bắc Sơn)'))).toBe(dayOf(2024, 9, 15));
    expect(reportDay(heading('(Kèm theo Báo cáo số 12/BC-UBND ngày 03 tháng 10 năm 2024 của UBND xã A)'))).toBe(dayOf(2024, 10, 3));
    expect(reportDay(heading('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Ân Thi, ngày 5 tháng 9 năm 2024'))).toBe(dayOf(2024, 9, 5));
    expect(reportDay(heading('(kèm theo báo cáo số 7 ngày 1-10-2024)'))).toBe(dayOf(2024, 10, 1));
    expect(reportDay(heading('(Kèm theo  Báo cáo số 7 ngày 2 / 10 / 2024)'))).toBe(dayOf(2024, 10, 2));
    expect(reportDay(heading('Xã Bắc Sơn, ngày 6 tháng 9 năm 2024.'))).toBe(dayOf(2024, 9, 6));
    // The fifteenth row is still the heading.
    expect(reportDay([...heading(...Array.from({ length: 14 }, () => 3)), [null, '(Kèm theo Báo cáo số 68 ngày 15/9/2024)']])).toBe(
      dayOf(2024, 9, 15),
    );
  });

  it('is unknown where the date is left blank, is no day, sits outside the heading or on another line', () => {
    expect(reportDay(heading('(Kèm theo Báo cáo số …… ngày …… của UBND xã Bắc Sơn)'))).toBeUndefined();
    expect(reportDay(heading('(Kèm theo Báo cáo số 68 ngày 31/2/2024)'))).toBeUndefined();
    expect(
      reportDay([...heading(...Array.from({ length: 15 }, () => '')), [null, '(Kèm theo Báo cáo số 68 ngày 15/9/2024)']]),
    ).toBeUndefined();
    // A figure's note with a date is not the report's date.
    expect(reportDay(heading('Số liệu tính đến ngày 14/9/2024', 'Quyết định số 5, ngày 2 tháng 3 năm 2024 của UBND tỉnh'))).toBeUndefined();
    // The first line with a whole date counts.
    expect(reportDay(heading('(Kèm theo Báo cáo số …… ngày ……)', 'Ân Thi, ngày 16 tháng 9 năm 2024'))).toBe(dayOf(2024, 9, 16));
  });

  it('stands for the day sent, unless one is given; the file’s date only where the report has none', async () => {
    const files: UnitFile[] = [];
    for (const [unit, date] of [
      ['UBND xã A', '15/9/2024'],
      ['UBND xã B', ''],
    ]) {
      const { bytes } = await templateXlsx(template('dinh-ky'), { unit, period: q3, reportDate: date });
      // Both files were saved on 20 September.
      const modified = Date.UTC(2024, 8, 20, 3);
      files.push(readUnitFile({ file: `${unit}.xlsx`, size: bytes.length, modified, checksum: unit }, bytes, readGrids, BUILT_IN));
    }
    expect(files.map((f) => f.reportDay)).toEqual([dayOf(2024, 9, 15), undefined]);
    const timed = (submitted = {}) =>
      mergeReports(files, { catalogue: BUILT_IN, unit: 'UBND huyện Ân Thi', timing: { submitted, rules: GIA_LAI } }).timeliness!;
    const late = (submitted = {}) => timed(submitted).late.map((s) => [s.unit, dayText(s.day), s.source]);
    // B's only date is its file's: shown, not judged.
    expect(late()).toEqual([['UBND xã A', '15/9/2024', 'report']]);
    expect(timed().fileDated.map((s) => [s.unit, dayText(s.day)])).toEqual([['UBND xã B', '20/9/2024']]);
    expect(late({ 'UBND xã A': dayOf(2024, 9, 4) })).toEqual([]);
    expect(late({ 'UBND xã B': dayOf(2024, 9, 6) })).toEqual([
      ['UBND xã A', '15/9/2024', 'report'],
      ['UBND xã B', '06/9/2024', 'given'],
    ]);
  });
});

describe('a province’s deadline rules', () => {
  const problem = (input: unknown) => {
    try {
      loadDeadlineRules(input, 'han-nop.json');
      return undefined;
    } catch (e) {
      return e instanceof InputError ? e.problem : e;
    }
  };
  it('take what the file sets over the Ministry’s, the name aside', () => {
    expect(MINISTRY_DEADLINES).toEqual({
      quarterBefore: 20,
      halfBefore: { day: 20, month: 6 },
      yearBefore: { day: 20, month: 12 },
      windowCloses: 14,
    });
    expect(loadDeadlineRules({ name: 'Quy định', quarterBefore: 10, yearBefore: { day: 29, month: 2 } }, 'x.json')).toEqual({
      ...MINISTRY_DEADLINES,
      quarterBefore: 10,
      yearBefore: { day: 29, month: 2 },
    });
    expect(loadDeadlineRules({}, 'x.json')).toEqual(MINISTRY_DEADLINES);
    expect(loadDeadlineRules({ quarterBefore: 28, windowCloses: 1 }, 'x.json')).toMatchObject({ quarterBefore: 28, windowCloses: 1 });
  });

  it('refuse a day past the 28th, not whole or not a number, a month out of range, a day the month lacks, unknown keys', () => {
    const detail = (input: unknown) => (problem(input) as { detail: string } | undefined)?.detail;
    expect(problem({ quarterBefore: 29 })).toEqual({
      code: 'deadlines-invalid',
      file: 'han-nop.json',
      detail: 'quarterBefore: phải là một ngày từ 1 đến 28',
    });
    for (const bad of [0, 1.5, '5']) expect(detail({ windowCloses: bad })).toMatch(/^windowCloses: /);
    expect(detail({ windowCloses: 1.5 })).toBe('windowCloses: phải là một ngày từ 1 đến 28');
    expect(detail({ windowCloses: '5' })).toBe('windowCloses: phải là một ngày từ 1 đến 28');
    expect(detail({ halfBefore: { day: 5, month: 13 } })).toBe('halfBefore.month: phải là một tháng từ 1 đến 12');
    expect(detail({ halfBefore: { day: 32, month: 1 } })).toBe('halfBefore.day: phải là một ngày từ 1 đến 31');
    expect(detail({ halfBefore: { day: 31, month: 4 } })).toBe('halfBefore: không có ngày này trong tháng');
    // A day or month refused for its range is not refused again as a day the month lacks.
    expect(detail({ halfBefore: { day: 0, month: 2 } })).toBe('halfBefore.day: phải là một ngày từ 1 đến 31');
    expect(detail({ halfBefore: { day: 1.5, month: 2 } })).toBe('halfBefore.day: phải là một ngày từ 1 đến 31');
    expect(detail({ halfBefore: { day: 5, month: 1.5 } })).toBe('halfBefore.month: phải là một tháng từ 1 đến 12');
    expect(detail({ halfBefore: { day: 30, month: 14 } })).toBe('halfBefore.month: phải là một tháng từ 1 đến 12');
    expect(detail({ yearBefore: 25 })).toBe('yearBefore: cần { "day": …, "month": … }');
    expect(detail({ quarterBefore: 29, windowCloses: 30 })).toBe(
      'quarterBefore: phải là một ngày từ 1 đến 28; windowCloses: phải là một ngày từ 1 đến 28',
    );
    expect(detail({ hanNop: 5 })).toMatch(/hanNop/);
    expect(problem(null)).toMatchObject({ code: 'deadlines-invalid', file: 'han-nop.json' });
  });
});
