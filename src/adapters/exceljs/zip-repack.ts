import { deflateSync, strFromU8, strToU8 } from 'fflate';
import { InternalError } from '../../domain/errors';
import { crc32Anywhere, entryBytes, inflateAnywhere, storedBytes, zipEntries, type Crc32, type Inflate } from '../lean-reader/zip';

/** How parts are compressed and checked; Node passes its native zlib (fflate, cold, cost a tenth of a second). */
export interface ZipCodec {
  inflate: Inflate;
  deflate: (data: Uint8Array) => Uint8Array;
  crc32: Crc32;
}

export const portableCodec: ZipCodec = {
  inflate: inflateAnywhere,
  deflate: (data) => deflateSync(data, { level: 6 }),
  crc32: crc32Anywhere,
};

/**
 * Changes to the parts of an archive the add-in wrote: parts are read as text (the ones already
 * changed as changed), replaced or added, and the archive is packed again once, at the end.
 */
export class PartEdit {
  private readonly entries: ReturnType<typeof zipEntries>;
  private readonly changed = new Map<string, Uint8Array>();

  constructor(
    private readonly data: Uint8Array,
    private readonly codec: ZipCodec = portableCodec,
  ) {
    this.entries = zipEntries(data);
  }

  has(path: string): boolean {
    return this.changed.has(path) || this.entries.has(path);
  }

  /** The names of the parts, those added included. */
  names(): string[] {
    return [...new Set([...this.entries.keys(), ...this.changed.keys()])];
  }

  text(path: string): string {
    const now = this.changed.get(path);
    if (now) return strFromU8(now);
    const entry = this.entries.get(path);
    if (!entry) throw new InternalError(`zip repack: the workbook written has no ${path}`);
    return strFromU8(entryBytes(this.data, entry, this.codec.inflate, this.codec.crc32));
  }

  set(path: string, text: string): void {
    this.changed.set(path, strToU8(text));
  }

  /** The archive with the changes; the same bytes when nothing changed. */
  bytes(): Uint8Array {
    return this.changed.size ? repackZip(this.data, this.changed, this.codec) : this.data;
  }
}

/**
 * The archive again with some entries replaced or added: the others' compressed bytes are copied
 * as they are, never inflated and deflated again (a consolidation's breakdown is most of the
 * file). Names are UTF-8; no archive the add-in writes needs zip64.
 */
function repackZip(data: Uint8Array, changed: ReadonlyMap<string, Uint8Array>, codec: ZipCodec = portableCodec): Uint8Array {
  const entries = [...zipEntries(data).values()].sort((a, b) => a.localHeader - b.localHeader);
  const parts = entries.map((e) =>
    changed.has(e.name)
      ? fresh(e.name, changed.get(e.name)!, codec)
      : { name: e.name, method: e.method, crc: e.crc, size: e.size, raw: storedBytes(data, e) },
  );
  for (const [name, bytes] of changed) if (!entries.some((e) => e.name === name)) parts.push(fresh(name, bytes, codec));
  const encoder = new TextEncoder();
  const names = parts.map((p) => encoder.encode(p.name));
  const localSize = parts.reduce((n, p, i) => n + 30 + names[i].length + p.raw.length, 0);
  const centralSize = names.reduce((n, name) => n + 46 + name.length, 0);
  if (localSize + centralSize > 0xffffffff || parts.length > 0xffff) throw new InternalError('zip repack: the archive needs zip64');
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  parts.forEach((p, i) => {
    offsets.push(at);
    header(view, at, 0x04034b50, p, names[i].length, false);
    out.set(names[i], at + 30);
    out.set(p.raw, at + 30 + names[i].length);
    at += 30 + names[i].length + p.raw.length;
  });
  const central = at;
  parts.forEach((p, i) => {
    header(view, at, 0x02014b50, p, names[i].length, true);
    view.setUint32(at + 42, offsets[i], true);
    out.set(names[i], at + 46);
    at += 46 + names[i].length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, parts.length, true);
  view.setUint16(at + 10, parts.length, true);
  view.setUint32(at + 12, at - central, true);
  view.setUint32(at + 16, central, true);
  return out;
}

interface Part {
  name: string;
  method: number;
  crc: number;
  size: number;
  raw: Uint8Array;
}

function fresh(name: string, bytes: Uint8Array, codec: ZipCodec): Part {
  return { name, method: 8, crc: codec.crc32(bytes), size: bytes.length, raw: codec.deflate(bytes) };
}

/** A local header (30 bytes) or a central directory record (46, its offset written by the caller). */
function header(view: DataView, at: number, signature: number, p: Part, nameLength: number, central: boolean): void {
  const shift = central ? 2 : 0;
  view.setUint32(at, signature, true);
  if (central) view.setUint16(at + 4, 20, true);
  view.setUint16(at + 4 + shift, 20, true);
  // Bit 11: the name is UTF-8.
  view.setUint16(at + 6 + shift, 0x0800, true);
  view.setUint16(at + 8 + shift, p.method, true);
  // 1 January 1980, 00:00: the earliest day zip can say.
  view.setUint16(at + 10 + shift, 0, true);
  view.setUint16(at + 12 + shift, 0x21, true);
  view.setUint32(at + 14 + shift, p.crc >>> 0, true);
  view.setUint32(at + 18 + shift, p.raw.length, true);
  view.setUint32(at + 22 + shift, p.size, true);
  view.setUint16(at + 26 + shift, nameLength, true);
}
