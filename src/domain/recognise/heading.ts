import { periodCode, type Period } from '../period';
import type { CellValue } from '../sheet/plan';
import { textKey } from './text-key';

/** What a sheet's heading (the lines above its table) says of who reports and for when. */
export interface Heading {
  /** "UBND xã Bắc Sơn", as the heading writes it (a name in capitals is written as in a sentence). */
  unit?: string;
  /** A period code ("2024-Q3", "2024-H1", "2024"). */
  period?: string;
}

const LEVELS_VI = ['xã', 'phường', 'thị trấn', 'đặc khu', 'huyện', 'quận', 'thị xã', 'thành phố', 'tỉnh'];
/** The same words typed without diacritics ("UBND XA BAC SON"). */
const LEVELS = [...LEVELS_VI, ...LEVELS_VI.map((l) => l.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd'))];
/** "UBND xã Bắc Sơn", "ỦY BAN NHÂN DÂN PHƯỜNG 3": the body, a level, a name (up to a bracket or a comma). */
const COMMUNE = new RegExp(`(?:^|\\s)(UBND|[UỦ][yỷỶY] ban nh[âa]n d[âa]n)\\s+(${LEVELS.join('|')})\\s+([^()\\n,;:]+)`, 'iu');
/** A department heading its own report: "SỞ NỘI VỤ", "Phòng Nội vụ", at the start of a line. */
const DEPARTMENT = /^(Sở|Phòng|SỞ|PHÒNG)\s+([^()\n,;:]+)$/u;

const ROMAN: Record<string, 1 | 2 | 3 | 4> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** A date in a heading ("ngày 15/9/2024", "ngày 20 tháng 01 năm 2020") names when a paper was signed, not the period. */
const DATE = /ngay \d{1,2}(?: thang | )\d{1,2}(?: nam | )\d{4}/g;

/** The period a heading line names, read from its key (see textKey): "quy iii nam 2024", "6 thang dau nam 2024", "nam 2024". */
export function periodIn(line: string): Period | undefined {
  const key = textKey(line).replace(DATE, ' ');
  if (key.startsWith('kem theo')) return undefined;
  let m = /\bquy (iv|iii|ii|i|[1-4])(?: nam)? (\d{4})\b/.exec(key);
  if (m) return { kind: 'quarter', year: Number(m[2]), quarter: ROMAN[m[1]] };
  // A quarter that is none of the four is no period, not the year it names.
  if (/\bquy\b/.test(key)) return undefined;
  m = /\b6 thang(?: dau)?(?: nam)? (\d{4})\b/.exec(key);
  if (m) return { kind: 'half', year: Number(m[1]) };
  // "9 tháng" and other spans are not reporting periods of the forms.
  if (/\b\d+ thang\b/.test(key)) return undefined;
  m = /\bnam (\d{4})\b/.exec(key);
  return m ? { kind: 'year', year: Number(m[1]) } : undefined;
}

const cap = (w: string) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1);
const lower = (s: string) => s.toLocaleLowerCase('vi');
/** Words in capitals ("BẮC SƠN") as a name is written in a sentence ("Bắc Sơn"); words in mixed case kept. */
const nameCase = (s: string) => (s === s.toLocaleUpperCase('vi') ? lower(s).split(' ').map(cap).join(' ') : s);

/** The unit a heading line names, if it names one, written as the add-in writes a unit ("UBND xã Bắc Sơn"). */
export function unitIn(line: string): string | undefined {
  const text = line.normalize('NFC').replace(/\s+/g, ' ').trim();
  const commune = COMMUNE.exec(text);
  if (commune) return `UBND ${lower(commune[2])} ${nameCase(commune[3].trim())}`;
  const department = DEPARTMENT.exec(text);
  // A department's name keeps its first word capitalised only ("Sở Nội vụ", "Sở Giáo dục và Đào tạo" as typed).
  if (department)
    return `${cap(lower(department[1]))} ${department[2] === department[2].toLocaleUpperCase('vi') ? cap(lower(department[2])) : department[2]}`;
  return undefined;
}

/**
 * Who reports and for when, from the lines above a table: the unit from the first line that
 * names one (mixed case preferred, as the "(Kèm theo … của UBND xã Bắc Sơn)" line writes it), the
 * period from the title ("… QUÝ III NĂM 2024"), never from the date a paper was signed.
 */
export function readHeading(rows: readonly (readonly CellValue[])[]): Heading {
  const lines = rows.flatMap((r) => r.filter((v): v is string => typeof v === 'string' && v.trim() !== ''));
  // A line in mixed case spells the name as the unit does; a line in capitals only suggests it.
  const named = lines.map((line) => ({ line, unit: unitIn(line) })).filter((x) => x.unit);
  const unit = (named.find((x) => x.line !== x.line.toLocaleUpperCase('vi')) ?? named[0])?.unit;
  const period = lines.map(periodIn).find((p) => p);
  return { ...(unit ? { unit } : {}), ...(period ? { period: periodCode(period) } : {}) };
}
