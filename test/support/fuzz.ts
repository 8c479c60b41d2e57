import { readGrids } from '../../src/adapters/lean-reader/lean-reader';
import { readXlsx } from '../../src/cli/read-files';
import { isInputError } from '../../src/domain/errors';
import type { Grid } from '../../src/domain/sheet/read';
import { rezip, SHEET, text } from './hostile';

/**
 * A structure-aware fuzzer of received files: valid workbooks mutated in their zip structure and
 * in their XML parts (cell addresses, types and values, truncation, garbage, repeated and
 * removed chunks), each read by both readers. A mutant fails when reading throws anything but
 * the add-in's own InputError, takes longer than its bound, or is accepted with a mutated cell
 * silently gone (neither read nor listed as damaged).
 */

/** mulberry32: a small seeded generator, so a failing mutant can be made again from its seed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Mutant {
  seed: number;
  how: string;
  bytes: Uint8Array;
  /** A cell whose value was set: it must be read at `ref` or listed as damaged (unless the reader refused the file). */
  expect?: { ref: string; content: string };
  /** The sheet XML is unchanged before this offset: the cells there must be read as they were (or the file refused). */
  intactBefore?: number;
}

const ODD_REFS = ['A0', 'e12', 'ZZZZZ1', '', 'E99999999', 'XFE1', 'AAAAAAAAAA200', 'E-1', 'E1.5', '1E', 'E 12', 'XFD1048576', 'A1048577'];
const ODD_VALUES = [
  'NaN',
  '1e999',
  '-1e309',
  'Infinity',
  '-',
  'abc',
  '',
  '9'.repeat(400),
  '12.5.6',
  '0x1F',
  '1e308',
  '-0',
  ' 7 ',
  '&#0;',
  '&#xFFFFFF;',
  '&amp;',
  '<',
];
const ODD_TYPES = ['s', 'n', 'str', 'b', 'e', 'inlineStr', 'd', 'x', ''];
const GARBAGE = [
  '<',
  '>',
  '"',
  "'",
  '&',
  '&#xD800;',
  '</c>',
  '<c>',
  '<row>',
  '<v>',
  '\u0000',
  '\uFFFF',
  '<!DOCTYPE x>',
  ']]>',
  '<![CDATA[',
];

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)];

/** One mutant of a workbook's parts, made from `seed`. */
export function mutant(parts: [string, Buffer][], seed: number): Mutant {
  const r = random(seed);
  const sheet = text(parts, SHEET);
  const cells = [...sheet.matchAll(/<c r="([A-Z]+\d+)"[^>]*>(?:<v>([^<]*)<\/v>)?/g)];
  const kind = Math.floor(r() * 9);
  const at = (n: number) => Math.floor(r() * n);
  switch (kind) {
    case 0: {
      // Bytes of the archive itself flipped.
      const bytes = rezip(parts);
      for (let i = 0, n = 1 + at(8); i < n; i++) bytes[at(bytes.length)] ^= 1 + at(255);
      return { seed, how: 'archive bytes flipped', bytes };
    }
    case 1: {
      const c = pick(r, cells);
      const ref = pick(r, ODD_REFS);
      return {
        seed,
        how: `address ${c[1]} → "${ref}"`,
        bytes: rezip(parts, { [SHEET]: sheet.replace(`<c r="${c[1]}"`, `<c r="${ref}"`) }),
      };
    }
    case 2: {
      const c = pick(
        r,
        cells.filter((x) => x[2] !== undefined),
      );
      const value = pick(r, ODD_VALUES);
      const cellXml = `<c r="${c[1]}"><v>${value}</v></c>`;
      const start = c.index;
      const end = sheet.indexOf('</c>', start) + 4;
      return {
        seed,
        how: `value of ${c[1]} → "${value}"`,
        bytes: rezip(parts, { [SHEET]: sheet.slice(0, start) + cellXml + sheet.slice(end) }),
        ...(value.trim() && !value.startsWith('<') ? { expect: { ref: c[1], content: value } } : {}),
        intactBefore: start,
      };
    }
    case 3: {
      const c = pick(
        r,
        cells.filter((x) => x[2] !== undefined),
      );
      const type = pick(r, ODD_TYPES);
      const start = c.index;
      const tagEnd = sheet.indexOf('>', start);
      const tag = sheet.slice(start, tagEnd).replace(/ t="[^"]*"/, '') + (type ? ` t="${type}"` : '');
      return {
        seed,
        how: `type of ${c[1]} → "${type}"`,
        bytes: rezip(parts, { [SHEET]: sheet.slice(0, start) + tag + sheet.slice(tagEnd) }),
      };
    }
    case 4: {
      const name = pick(r, [SHEET, 'xl/sharedStrings.xml', 'xl/workbook.xml', 'xl/styles.xml', 'xl/_rels/workbook.xml.rels']);
      const xml = text(parts, name);
      const cut = at(xml.length);
      return { seed, how: `${name} cut at ${cut}`, bytes: rezip(parts, { [name]: xml.slice(0, cut) }), ...sheetFrom(name, cut) };
    }
    case 5: {
      const name = pick(r, [SHEET, 'xl/sharedStrings.xml', 'xl/workbook.xml']);
      let xml = text(parts, name);
      let first = xml.length;
      for (let i = 0, n = 1 + at(5); i < n; i++) {
        const p = at(xml.length);
        first = Math.min(first, p);
        xml = xml.slice(0, p) + pick(r, GARBAGE) + xml.slice(p);
      }
      return { seed, how: `garbage in ${name}`, bytes: rezip(parts, { [name]: xml }), ...sheetFrom(name, first) };
    }
    case 6: {
      const name = pick(r, [SHEET, 'xl/sharedStrings.xml']);
      const xml = text(parts, name);
      const p = at(xml.length);
      const q = Math.min(xml.length, p + at(2000));
      const times = 1 + at(200);
      return {
        seed,
        how: `${name}: chunk repeated ${times} times`,
        bytes: rezip(parts, { [name]: xml.slice(0, q) + xml.slice(p, q).repeat(times) + xml.slice(q) }),
      };
    }
    case 7: {
      const name = pick(r, [SHEET, 'xl/sharedStrings.xml', 'xl/workbook.xml', 'xl/styles.xml']);
      const xml = text(parts, name);
      const p = at(xml.length);
      return {
        seed,
        how: `${name}: chunk removed`,
        bytes: rezip(parts, { [name]: xml.slice(0, p) + xml.slice(p + 1 + at(500)) }),
        ...sheetFrom(name, p),
      };
    }
    default: {
      // Deep nesting and a long run without spaces or addresses inside the cells.
      const deep = '<x>'.repeat(1 + at(50_000)) + '</x>'.repeat(at(3));
      const run = '<c><v>1</v></c>'.repeat(at(20_000));
      return {
        seed,
        how: 'deep nesting and a long run of cells',
        bytes: rezip(parts, { [SHEET]: sheet.replace('</sheetData>', `<row>${deep}${run}</row></sheetData>`) }),
      };
    }
  }
}

/** Where a change to the sheet part begins (nothing to say of a change to another part). */
function sheetFrom(name: string, offset: number): { intactBefore?: number } {
  return name === SHEET ? { intactBefore: offset } : {};
}

/** The cells of the original sheet with their values and where their XML ends. */
export interface OriginalCell {
  ref: string;
  row: number;
  col: number;
  value: unknown;
  end: number;
}

export function originalCells(parts: [string, Buffer][]): OriginalCell[] {
  const sheet = text(parts, SHEET);
  const [grid] = readXlsx('goc.xlsx', rezip(parts));
  const out: OriginalCell[] = [];
  for (const m of sheet.matchAll(/<c r="([A-Z]+)(\d+)"[^>]*?(\/>|>[\s\S]*?<\/c>)/g)) {
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const row = Number(m[2]);
    const value = grid.values[row - 1]?.[col - 1];
    if (value !== null && value !== undefined) out.push({ ref: m[1] + m[2], row, col, value, end: m.index + m[0].length });
  }
  return out;
}

export interface Failure {
  seed: number;
  how: string;
  reader: string;
  what: string;
}

/** Reads a mutant with both readers; what went wrong, if anything. */
export function tryMutant(m: Mutant, boundMs: number, original: OriginalCell[]): Failure[] {
  const failures: Failure[] = [];
  for (const [reader, read] of [
    ['node', readXlsx],
    ['page', readGrids],
  ] as const) {
    const start = performance.now();
    let grids: Grid[] | undefined;
    try {
      grids = read('dot-bien.xlsx', m.bytes);
    } catch (e) {
      if (!isInputError(e)) failures.push({ seed: m.seed, how: m.how, reader, what: `threw ${String(e)}` });
    }
    const ms = performance.now() - start;
    if (ms > boundMs) failures.push({ seed: m.seed, how: m.how, reader, what: `took ${Math.round(ms)} ms` });
    if (grids && m.expect && !holds(grids[0], m.expect.ref))
      failures.push({ seed: m.seed, how: m.how, reader, what: `cell ${m.expect.ref} ("${m.expect.content}") silently lost` });
    if (grids && m.intactBefore !== undefined)
      for (const c of original.filter((x) => x.end <= m.intactBefore!)) {
        const now = grids[0]?.values[c.row - 1]?.[c.col - 1];
        if (now !== c.value && !(grids[0]?.damaged ?? []).some((d) => d.ref === c.ref))
          failures.push({
            seed: m.seed,
            how: m.how,
            reader,
            what: `cell ${c.ref} before the change read as ${String(now)}, not ${String(c.value)}`,
          });
      }
  }
  return failures;
}

/** The cell at `ref` was read, or is listed as damaged. */
function holds(grid: Grid | undefined, ref: string): boolean {
  if (!grid) return false;
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const row = Number(m[2]);
  const value = grid.values[row - 1]?.[col - 1];
  return (value !== null && value !== undefined) || (grid.damaged ?? []).some((d) => d.ref === ref);
}
