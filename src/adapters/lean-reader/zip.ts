import { inflateSync } from 'fflate';
import type { Damage } from '../../domain/messages/damage';
import { LIMITS, LimitError } from './limits';

/**
 * Inflates raw deflate data into at most `size` bytes (what the directory declares; a part that
 * inflates to more is damaged). The default is fflate (runs anywhere); Node passes its native
 * zlib, about three times faster on thousands of files.
 */
export type Inflate = (raw: Uint8Array, size: number) => Uint8Array;

export const inflateAnywhere: Inflate = (raw, size) => inflateSync(raw, { out: new Uint8Array(size) });

/** The archive's bytes are not a readable zip: the file is damaged where `damage` says. */
export class ZipError extends Error {
  constructor(readonly damage: Damage) {
    super(`damaged: ${damage.reason}`);
    this.name = 'ZipError';
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localHeader: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const names = new TextDecoder();

/**
 * The entries of a zip archive, from its central directory (which holds the sizes even when the
 * local headers defer them). Refuses what a well-made archive never holds: two entries of one
 * name, entries whose data overlap (a zip bomb's trick), more entries than the limit.
 */
export function zipEntries(data: Uint8Array): Map<string, ZipEntry> {
  if (data.length > LIMITS.fileBytes) throw new LimitError('file-size', LIMITS.fileBytes);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let eocd = data.length - 22;
  const stop = Math.max(0, data.length - 22 - 0xffff);
  while (eocd >= stop && view.getUint32(eocd, true) !== EOCD) eocd--;
  if (eocd < stop) throw new ZipError({ reason: 'no-directory' });
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_LOCATOR) {
    const zip64 = Number(view.getBigUint64(eocd - 12, true));
    if (zip64 + 56 > data.length || view.getUint32(zip64, true) !== ZIP64_EOCD) throw new ZipError({ reason: 'directory-damaged' });
    count = Number(view.getBigUint64(zip64 + 32, true));
    offset = Number(view.getBigUint64(zip64 + 48, true));
  }
  if (count > LIMITS.entries) throw new LimitError('entries', LIMITS.entries);
  const entries = new Map<string, ZipEntry>();
  for (let p = offset, i = 0; i < count; i++) {
    if (p + 46 > data.length || view.getUint32(p, true) !== CENTRAL) throw new ZipError({ reason: 'directory-damaged' });
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const entry: ZipEntry = {
      name: names.decode(data.subarray(p + 46, p + 46 + nameLength)),
      method: view.getUint16(p + 10, true),
      crc: view.getUint32(p + 16, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localHeader: view.getUint32(p + 42, true),
    };
    if ((view.getUint16(p + 8, true) & 1) !== 0) throw new ZipError({ reason: 'encrypted', part: entry.name });
    readZip64Extra(view, p + 46 + nameLength, extraLength, entry);
    if (entries.has(entry.name)) throw new ZipError({ reason: 'entry-duplicate', part: entry.name });
    entries.set(entry.name, entry);
    p += 46 + nameLength + extraLength + view.getUint16(p + 32, true);
  }
  refuseOverlaps([...entries.values()], offset);
  return entries;
}

/** Each entry's local header and data lie before the next entry's, and all before the directory. */
function refuseOverlaps(entries: ZipEntry[], directory: number): void {
  const ordered = entries.sort((a, b) => a.localHeader - b.localHeader);
  ordered.forEach((e, i) => {
    const end = e.localHeader + 30 + e.compressedSize;
    if (end > (ordered[i + 1]?.localHeader ?? directory)) throw new ZipError({ reason: 'entry-overlap', part: e.name });
  });
}

/** Sizes and offset that did not fit 32 bits are in the zip64 extra field, in this order. */
function readZip64Extra(view: DataView, start: number, length: number, entry: ZipEntry): void {
  const wide = (v: number) => v === 0xffffffff;
  if (!wide(entry.size) && !wide(entry.compressedSize) && !wide(entry.localHeader)) return;
  for (let p = start; p + 4 <= start + length;) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 1) {
      let q = p + 4;
      const next = () => Number(view.getBigUint64((q += 8) - 8, true));
      if (wide(entry.size)) entry.size = next();
      if (wide(entry.compressedSize)) entry.compressedSize = next();
      if (wide(entry.localHeader)) entry.localHeader = next();
      return;
    }
    p += 4 + size;
  }
}

/** The compressed bytes of an entry, as stored. */
export function storedBytes(data: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const at = entry.localHeader;
  if (at + 30 > data.length || view.getUint32(at, true) !== LOCAL) throw new ZipError({ reason: 'entry-damaged', part: entry.name });
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > data.length) throw new ZipError({ reason: 'entry-truncated', part: entry.name });
  return data.subarray(start, start + entry.compressedSize);
}

/** CRC-32 of bytes, as zip stores it. */
export type Crc32 = (data: Uint8Array) => number;

/** Refuses an entry whose declared size is past the bound for a part, or too many times its compressed size. */
export function refuseOversized(entry: ZipEntry): void {
  if (entry.size > LIMITS.partBytes) throw new LimitError('part-size', LIMITS.partBytes, entry.name);
  if (entry.size > LIMITS.ratioFrom && entry.size > LIMITS.ratio * Math.max(1, entry.compressedSize))
    throw new LimitError('ratio', LIMITS.ratio, entry.name);
}

/**
 * The inflated bytes of an entry (stored or deflated, the two methods .xlsx files use), checked
 * against the size and CRC-32 the directory declares. The declared size is checked against the
 * limits before anything is inflated, and inflating stops at it.
 */
export function entryBytes(data: Uint8Array, entry: ZipEntry, inflate: Inflate, crc32: Crc32): Uint8Array {
  refuseOversized(entry);
  const raw = storedBytes(data, entry);
  let out: Uint8Array;
  if (entry.method === 0) out = raw;
  else if (entry.method !== 8) throw new ZipError({ reason: 'entry-method', part: entry.name, method: entry.method });
  else {
    try {
      out = inflate(raw, entry.size);
    } catch {
      throw new ZipError({ reason: 'entry-inflate', part: entry.name });
    }
  }
  if (out.length !== entry.size) throw new ZipError({ reason: 'entry-damaged', part: entry.name });
  if (crc32(out) >>> 0 !== entry.crc >>> 0) throw new ZipError({ reason: 'entry-crc', part: entry.name });
  return out;
}

const TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 in plain TypeScript, for the page (Node passes zlib's native one). */
export const crc32Anywhere: Crc32 = (data) => {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
