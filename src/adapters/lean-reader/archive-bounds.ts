import { InputError } from '../../domain/errors';
import { LIMITS, LimitError } from './limits';
import { entryBytes, refuseOversized, zipEntries, ZipError, type Crc32, type Inflate } from './zip';

/**
 * Every part of a zip archive (.xlsx, .ods) checked as the reader checks those it reads: the
 * directory sound, each part within the size and ratio bounds and all of them within the total,
 * each inflated (never past its declared size) and its CRC-32 verified. Run before a file is
 * handed to a reader that would inflate whatever it holds: exceljs, LibreOffice. An InputError
 * names the file and what is wrong.
 */
export function checkArchive(name: string, data: Uint8Array, codec: { inflate: Inflate; crc32: Crc32 }): void {
  try {
    const entries = [...zipEntries(data).values()];
    // What the directory declares first, each part then all: nothing is inflated for a file refused by its sizes.
    entries.forEach(refuseOversized);
    if (entries.reduce((n, e) => n + e.size, 0) > LIMITS.totalBytes) throw new LimitError('total-size', LIMITS.totalBytes);
    for (const entry of entries) entryBytes(data, entry, codec.inflate, codec.crc32);
  } catch (e) {
    if (e instanceof ZipError) throw new InputError({ code: 'file-corrupt', file: name, damage: e.damage });
    if (e instanceof LimitError) throw new InputError({ code: 'file-limit', file: name, limit: e.limit, max: e.max, part: e.part });
    throw e;
  }
}
