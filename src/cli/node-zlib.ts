import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import type { ZipCodec } from '../adapters/exceljs/zip-repack';

/** Node's native zlib, several times faster than fflate and without its cold start. */
export const nodeCodec: ZipCodec = {
  // Inflating stops at the size the archive declares: a part that would inflate to more is damaged.
  inflate: (raw, size) => inflateRawSync(raw, { maxOutputLength: Math.max(1, size) }),
  // The fastest level, as the in-memory writer uses: half the time of the default, the file a fifth larger.
  deflate: (data) => deflateRawSync(data, { level: 1 }),
  crc32: (data) => crc32(data),
};
