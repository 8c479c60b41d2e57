import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import type { UnitFile } from '../domain/merge/merge';
import { readGrids } from '../workbook/lean-reader';
import type { SheetGrid } from '../workbook/port';
import { readUnitFile } from '../workbook/unit-file';
import type { Inflate } from '../workbook/zip';

/** Received files read in Node: the lean reader with Node's native zlib. */
const nativeInflate: Inflate = (raw) => inflateRawSync(raw);

/** Every sheet of a received file as values. */
export function readValues(name: string, data: Uint8Array): SheetGrid[] {
  return readGrids(name, data, nativeInflate);
}

/** One input of a merge: its facts for the log and its template sheet prepared, or why not. */
export function readUnitPath(path: string): UnitFile {
  const file = basename(path);
  let data: Buffer;
  let modified = 0;
  try {
    data = readFileSync(path);
    modified = statSync(path).mtimeMs;
  } catch {
    return { file, size: 0, modified, checksum: '', error: `Không đọc được tệp "${file}".` };
  }
  const checksum = createHash('sha256').update(data).digest('hex');
  return readUnitFile({ file, size: data.length, modified, checksum }, data, nativeInflate);
}
