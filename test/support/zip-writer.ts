import { deflateRawSync } from 'node:zlib';

/**
 * A small zip writer for tests, to make the archives other producers write: entries stored or
 * deflated, sizes deferred to data descriptors, the zip64 end records and extra fields, and
 * damaged ones.
 */
export interface ZipOptions {
  /** Deflate entries (method 8) instead of storing them (method 0). */
  deflate?: boolean;
  /** Zero sizes in the local headers, real ones in data descriptors (as streaming writers do). */
  descriptors?: boolean;
  /** Sizes and offsets in zip64 extra fields and the zip64 end of central directory. */
  zip64?: boolean;
  /** Flag every entry as encrypted. */
  encrypted?: boolean;
  /** Compression method to claim (e.g. 14, LZMA) instead of the one used. */
  method?: number;
  /** What the directory claims of some entries instead of the truth: a CRC, an inflated size. */
  claims?: Record<string, { crc?: number; size?: number }>;
  /** Entries whose directory record points at the data of another entry (a zip bomb's overlap). */
  pointAt?: Record<string, string>;
  /** Entries given already deflated, with the size and CRC-32 of what they inflate to (a bomb too big to hold inflated). */
  deflated?: Record<string, { size: number; crc: number }>;
}

export function makeZip(files: Record<string, string | Uint8Array> | [string, string | Uint8Array][], o: ZipOptions = {}): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const push = (b: Buffer) => {
    chunks.push(b);
    offset += b.length;
  };
  const at0 = new Map<string, number>();
  for (const [name, content] of Array.isArray(files) ? files : Object.entries(files)) {
    const data = Buffer.from(typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    const given = o.deflated?.[name];
    const stored = given ? data : o.deflate ? deflateRawSync(data) : data;
    const method = o.method ?? (o.deflate || given ? 8 : 0);
    const flags = (o.encrypted ? 1 : 0) | (o.descriptors ? 8 : 0) | 0x800;
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = given?.crc ?? crc32(data);
    const size = given?.size ?? data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(o.descriptors ? 0 : crc, 14);
    local.writeUInt32LE(o.descriptors ? 0 : stored.length, 18);
    local.writeUInt32LE(o.descriptors ? 0 : size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const at = offset;
    at0.set(name, at);
    push(Buffer.concat([local, nameBytes, stored]));
    if (o.descriptors) {
      const d = Buffer.alloc(16);
      d.writeUInt32LE(0x08074b50, 0);
      d.writeUInt32LE(crc, 4);
      d.writeUInt32LE(stored.length, 8);
      d.writeUInt32LE(size, 12);
      push(d);
    }
    const extra = Buffer.alloc(o.zip64 ? 28 : 0);
    if (o.zip64) {
      extra.writeUInt16LE(1, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(size), 4);
      extra.writeBigUInt64LE(BigInt(stored.length), 12);
      extra.writeBigUInt64LE(BigInt(at), 20);
    }
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(45, 4);
    entry.writeUInt16LE(45, 6);
    entry.writeUInt16LE(flags, 8);
    entry.writeUInt16LE(method, 10);
    const claim = o.claims?.[name] ?? {};
    entry.writeUInt32LE(claim.crc ?? crc, 16);
    entry.writeUInt32LE(o.zip64 ? 0xffffffff : stored.length, 20);
    entry.writeUInt32LE(o.zip64 ? 0xffffffff : (claim.size ?? size), 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt16LE(extra.length, 30);
    const target = o.pointAt?.[name];
    entry.writeUInt32LE(o.zip64 ? 0xffffffff : target ? at0.get(target)! : at, 42);
    central.push(Buffer.concat([entry, nameBytes, extra]));
  }
  const dirStart = offset;
  const dir = Buffer.concat(central);
  push(dir);
  const count = central.length;
  if (o.zip64) {
    const end64 = Buffer.alloc(56);
    end64.writeUInt32LE(0x06064b50, 0);
    end64.writeBigUInt64LE(44n, 4);
    end64.writeUInt16LE(45, 12);
    end64.writeUInt16LE(45, 14);
    end64.writeBigUInt64LE(BigInt(count), 24);
    end64.writeBigUInt64LE(BigInt(count), 32);
    end64.writeBigUInt64LE(BigInt(dir.length), 40);
    end64.writeBigUInt64LE(BigInt(dirStart), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset), 8);
    locator.writeUInt32LE(1, 16);
    push(Buffer.concat([end64, locator]));
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(o.zip64 ? 0xffff : count, 8);
  end.writeUInt16LE(o.zip64 ? 0xffff : count, 10);
  end.writeUInt32LE(o.zip64 ? 0xffffffff : dir.length, 12);
  end.writeUInt32LE(o.zip64 ? 0xffffffff : dirStart, 16);
  push(end);
  return new Uint8Array(Buffer.concat(chunks));
}

function crc32(data: Uint8Array): number {
  let crc = ~0;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}
