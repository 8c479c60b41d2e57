import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { isAscii, isUtf8 } from 'node:buffer';
import { builtInCatalogue } from '../domain/catalogue/catalogue';
import type { UnitFile } from '../domain/merge/merge';
import { readGrids, type PartReader } from '../adapters/lean-reader/lean-reader';
import type { SheetGrid } from '../app/port';
import { readUnitFile } from '../app/merge';
import { convertToXlsx, otherFormat } from './convert';
import { nodeCodec } from './node-zlib';

/**
 * Received files read in Node: native zlib, and sheet text decoded only up to the end of the
 * cell data, byte for byte when it is ASCII (as the cells of template sheets are; the data
 * validations after them are not), which takes a tenth of the time of UTF-8 decoding.
 */
const nodeParts: PartReader = {
  inflate: nodeCodec.inflate,
  crc32: nodeCodec.crc32,
  sheetText(xml) {
    const bytes = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength);
    const end = bytes.indexOf('</sheetData>');
    const cells = end === -1 ? bytes : bytes.subarray(0, end + '</sheetData>'.length);
    if (isAscii(cells)) return cells.toString('latin1');
    return isUtf8(cells) ? cells.toString('utf8') : undefined;
  },
};

/** Every sheet of a received file as values; an .xls or .ods is first converted by LibreOffice (see convert.ts). */
export function readValues(name: string, data: Uint8Array): SheetGrid[] {
  const format = otherFormat(name, data);
  return readGrids(name, format ? convertToXlsx(name, data, format) : data, nodeParts);
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
    return { file, size: 0, modified, checksum: '', unreadable: { problem: { code: 'file-unreadable', file } } };
  }
  const checksum = createHash('sha256').update(data).digest('hex');
  return readUnitFile({ file, size: data.length, modified, checksum }, data, readValues, builtInCatalogue());
}
