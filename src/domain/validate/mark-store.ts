/**
 * The hidden sheet that remembers what marked cells looked like, one row per cell, in one format
 * whichever host wrote it: a workbook checked in Excel can be cleared in the standalone page and
 * the reverse. Row 1 names the format; each row then holds
 *   sheet | address | previous fill | previous note | attached | exact fill
 * where the previous fill is "#RRGGBB" or empty (no fill), the previous note is the cell's note
 * before marking (empty: none), `attached` says what the mark added ("note", "comment" or
 * nothing), and the exact fill is a file writer's own description of a fill that a colour alone
 * does not give (a pattern or theme colour), empty otherwise.
 * Rows written before this format (no header) are read too: [sheet, address, fill as JSON, note
 * as JSON] from files, [sheet, address, "#RRGGBB", "1" when a comment was added] from Excel.
 */
export const MARK_STORE_HEADER = 'cchc-marks v2';

export interface StoredMark {
  sheet: string;
  address: string;
  /** "#RRGGBB", or null when the cell had no fill. */
  fill: string | null;
  /** The cell's note before it was marked, or null. */
  note: string | null;
  attached: 'note' | 'comment' | null;
  /** A file writer's exact description of the previous fill, when a colour alone does not give it. */
  exactFill: string | null;
}

/** The store's rows, header first. */
export function markStoreRows(marks: readonly StoredMark[]): string[][] {
  return [
    [MARK_STORE_HEADER, '', '', '', '', ''],
    ...marks.map((m) => [m.sheet, m.address, m.fill ?? '', m.note ?? '', m.attached ?? '', m.exactFill ?? '']),
  ];
}

/** The marks a store holds, whichever version wrote it; rows that name no cell are passed over. */
export function readMarkStore(rows: readonly (readonly string[])[]): StoredMark[] {
  const current = rows[0]?.[0] === MARK_STORE_HEADER;
  const out: StoredMark[] = [];
  for (const r of current ? rows.slice(1) : rows) {
    const [sheet = '', address = '', fill = '', note = '', attached = '', exact = ''] = r;
    if (!sheet || !/^[A-Z]{1,3}[1-9][0-9]*$/.test(address)) continue;
    out.push(current ? currentRow(sheet, address, fill, note, attached, exact) : legacyRow(sheet, address, fill, note));
  }
  return out;
}

function currentRow(sheet: string, address: string, fill: string, note: string, attached: string, exact: string): StoredMark {
  return {
    sheet,
    address,
    fill: markColour(fill),
    note: note || null,
    attached: attached === 'note' || attached === 'comment' ? attached : null,
    exactFill: exact || null,
  };
}

function legacyRow(sheet: string, address: string, fill: string, note: string): StoredMark {
  // Written by Excel: always a colour (white for none), and "1" when a comment was added.
  if (/^#[0-9a-f]{6}$/i.test(fill))
    return { sheet, address, fill: markColour(fill), note: null, attached: note === '1' ? 'comment' : null, exactFill: null };
  // Written to a file: the fill and the note as JSON; the mark always added a note.
  return {
    sheet,
    address,
    fill: fill ? colourOfJsonFill(fill) : null,
    note: note ? noteText(note) : null,
    attached: 'note',
    exactFill: fill || null,
  };
}

/** "#RRGGBB" in capitals; white counts as no fill (Excel reports an unfilled cell as white). */
export function markColour(text: string): string | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(text.trim());
  if (!m) return null;
  const c = `#${m[1].toUpperCase()}`;
  return c === '#FFFFFF' ? null : c;
}

function colourOfJsonFill(json: string): string | null {
  const argb = /"argb"\s*:\s*"(?:[0-9a-f]{2})?([0-9a-f]{6})"/i.exec(json);
  return argb ? markColour(argb[1]) : null;
}

/** A note stored as JSON: a plain string, or rich text whose runs are joined. */
function noteText(json: string): string | null {
  try {
    const v = JSON.parse(json) as unknown;
    if (typeof v === 'string') return v;
    const texts = (v as { texts?: { text?: unknown }[] })?.texts;
    return Array.isArray(texts) ? texts.map((t) => (typeof t.text === 'string' ? t.text : '')).join('') : null;
  } catch {
    return null;
  }
}
