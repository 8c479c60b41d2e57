import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { isAscii, isUtf8 } from 'node:buffer';
import { builtInCatalogue } from '../domain/catalogue/catalogue';
import type { UnitFile } from '../domain/merge/merge';
import { readGrids, type PartReader } from '../adapters/lean-reader/lean-reader';
import type { SheetGrid } from '../app/port';
import { readUnitFile, type FileFacts } from '../app/merge';
import { InputError } from '../domain/errors';
import { convertAllToXlsx, convertToXlsx, otherFormat, type Conversions, type ToConvert } from './convert';
import { nodeCodec } from './node-zlib';
import { readInput } from './input-files';

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

/** Every sheet of a received .xlsx file as values, read by the lean reader with Node's zlib. */
export function readXlsx(name: string, data: Uint8Array): SheetGrid[] {
  return readGrids(name, data, nodeParts);
}

/** Every sheet of a received file as values; an .xls or .ods is first converted by LibreOffice (see convert.ts). */
export async function readValues(name: string, data: Uint8Array, conversions?: Conversions): Promise<SheetGrid[]> {
  const format = otherFormat(name, data);
  return readXlsx(name, format ? await convertToXlsx(name, data, format, conversions) : data);
}

/** How many inputs of a merge are read at once: their .xls and .ods are converted by one LibreOffice run. */
const WINDOW = 25;

/** The inputs of a merge, each with its facts for the log and its template sheet prepared, or why not. */
export async function readUnitPaths(paths: readonly string[], conversions?: Conversions): Promise<UnitFile[]> {
  const out: UnitFile[] = [];
  for (let i = 0; i < paths.length; i += WINDOW) {
    const window = paths.slice(i, i + WINDOW).map(loadPath);
    const others = window.flatMap((w) => {
      const format = 'data' in w ? otherFormat(w.facts.file, w.data) : undefined;
      return format && 'data' in w ? [{ w, convert: { name: w.facts.file, data: w.data, format } satisfies ToConvert }] : [];
    });
    const results = await convertAllToXlsx(
      others.map((o) => o.convert),
      conversions,
    );
    const converted = new Map(results.map((result, n) => [others[n].w, result]));
    for (const w of window) {
      if (!('data' in w)) {
        out.push(w.unreadable);
        continue;
      }
      const xlsx = converted.get(w);
      const grids = (name: string, data: Uint8Array): SheetGrid[] => {
        if (xlsx instanceof InputError) throw xlsx;
        return readXlsx(name, xlsx ?? data);
      };
      out.push(readUnitFile(w.facts, w.data, grids, builtInCatalogue()));
    }
  }
  return out;
}

type Loaded = { facts: FileFacts; data: Buffer } | { unreadable: UnitFile };

function loadPath(path: string): Loaded {
  const file = basename(path);
  try {
    const data = readInput(path);
    const modified = statSync(path).mtimeMs;
    return { facts: { file, size: data.length, modified, checksum: createHash('sha256').update(data).digest('hex') }, data };
  } catch (e) {
    const problem = e instanceof InputError ? e.problem : ({ code: 'file-unreadable', file } as const);
    return { unreadable: { file, size: 0, modified: 0, checksum: '', unreadable: { problem } } };
  }
}
