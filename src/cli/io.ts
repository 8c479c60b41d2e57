import { basename } from 'node:path';
import { PassThrough } from 'node:stream';
import { otherFormat } from './convert';
import { readValues } from './read-files';
import { nodeCodec } from './node-zlib';
import { writeWhole } from './output-file';
import { readInput } from './input-files';
import { checkArchive } from '../adapters/lean-reader/archive-bounds';
import { drawCharts } from '../adapters/exceljs/chart-parts';
import { styleSamples, writeAllCells } from '../adapters/exceljs/sheet-data';
import { PartEdit } from '../adapters/exceljs/zip-repack';
import { ExcelJsWorkbook, fillSheet, sheetOptions } from '../adapters/exceljs/exceljs-adapter';
import { InputError } from '../domain/errors';
import type { WriteReason } from '../domain/messages/problems';
import type { SheetPlan } from '../domain/sheet/plan';

/** exceljs, loaded only by commands that open or write whole workbooks (checking and listing start faster without it). */
async function excelJs(): Promise<typeof import('exceljs')> {
  return (await import(/* webpackChunkName: "exceljs" */ 'exceljs')).default;
}

/** Why a file could not be written, from the system's error code (never its own words). */
const WRITE_REASONS: Record<string, WriteReason> = {
  ENOENT: 'no-folder',
  ENOTDIR: 'no-folder',
  EACCES: 'no-permission',
  EPERM: 'no-permission',
  EROFS: 'no-permission',
  EISDIR: 'is-folder',
  ENOSPC: 'no-space',
  EFBIG: 'no-space',
  EDQUOT: 'no-space',
  EBUSY: 'busy',
  ETXTBSY: 'busy',
};

/** Opens an .xlsx file read-only (the file itself is never written back). */
export async function openWorkbook(path: string): Promise<ExcelJsWorkbook> {
  const data = readInput(path);
  const name = basename(path);
  // A workbook to write into must be .xlsx: an .xls or .ods is read (converted) for checking and merging only.
  const format = otherFormat(name, data);
  if (format) throw new InputError(format === 'xls' ? { code: 'file-xls', file: name } : { code: 'file-ods', file: name });
  // The lean reader first: it bounds what the file may cost and names what is damaged; exceljs
  // would spend any memory a hostile file asks for.
  // A cell the lean reader could not take would be dropped by exceljs, and the copy written without it.
  const cells = (await readValues(name, data)).flatMap((g) => (g.damaged ?? []).map((d) => `${g.name}!${d.ref}`));
  if (cells.length) throw new InputError({ code: 'cells-unreadable', file: name, cells });
  // exceljs inflates every part it finds (images, embedded files): each is checked first.
  checkArchive(name, data, nodeCodec);
  try {
    return await ExcelJsWorkbook.open(await excelJs(), data);
  } catch {
    // exceljs throws plain errors for XML it cannot parse: the file is not a usable .xlsx.
    throw new InputError({ code: 'file-corrupt', file: name });
  }
}

/** Writes a text file (UTF-8), the failure named in plain words. */
export function writeText(path: string, text: string): void {
  writeOutput(path, text);
}

/** Saves a copy of an opened workbook; `dropped` is told when the copy lacks objects the file had. */
export async function saveWorkbook(wb: ExcelJsWorkbook, path: string, dropped: () => void = () => undefined): Promise<void> {
  const data = await wb.toBuffer();
  writeOutput(path, data);
  if (wb.objectsDropped) dropped();
}

/**
 * Writes a new workbook of the given sheets: the same sheets as the in-memory adapter writes
 * (asserted by test/workbook/stream-writer.test.ts), in a fifth of the time. exceljs's streaming
 * writer writes each sheet with one cell per style, then the cells are written in full straight
 * as XML (sheet-data.ts: a merge of 1,000 units writes 135,000 cells) and the sheets' charts
 * drawn, all in memory; then the file is written. Sheet names must be distinct.
 */
export async function writeNewWorkbook(plans: SheetPlan[], path: string): Promise<void> {
  const ExcelJS = await excelJs();
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  const samples = plans.map(styleSamples);
  for (const plan of samples) {
    const ws = wb.addWorksheet(plan.name, sheetOptions(plan));
    await fillSheet(ws, plan);
    ws.commit();
  }
  await wb.commit();
  if (!stream.readableEnded) await new Promise((done) => stream.once('end', done));
  // The cells and the charts, then the archive packed once.
  const workbook = new PartEdit(Buffer.concat(chunks), nodeCodec);
  writeAllCells(workbook, plans, samples);
  drawCharts(
    workbook,
    plans.map((plan) => ({ name: plan.name, plan })),
  );
  writeOutput(path, workbook.bytes());
}

/**
 * Writes an output whole (see writeWhole: the file that was there is kept on any failure); a file
 * system refusal (no such folder, no permission, disk full) is the user's to fix.
 */
function writeOutput(path: string, data: Uint8Array | string): void {
  try {
    writeWhole(path, data);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) throw e;
    throw new InputError({ code: 'file-not-written', file: path, reason: WRITE_REASONS[code] ?? 'other' });
  }
}
