import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { otherSpreadsheet } from '../adapters/lean-reader/file-check';
import { InputError } from '../domain/errors';

/** The formats read by conversion: Excel 97–2003 and OpenDocument spreadsheets. */
export type OtherFormat = 'xls' | 'ods';

/** Whether a received file is an .xls or an .ods: by its first bytes, or a zip named .ods whose first entry is not the ODF type. */
export function otherFormat(name: string, data: Uint8Array): OtherFormat | undefined {
  return (
    otherSpreadsheet(data) ??
    (/\.ods$/i.test(name) && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04 ? 'ods' : undefined)
  );
}

/** LibreOffice's program, from CCHC_SOFFICE or the PATH. */
function soffice(): string | undefined {
  const given = process.env.CCHC_SOFFICE;
  if (given) return existsSync(given) ? given : undefined;
  for (const dir of (process.env.PATH ?? '').split(delimiter))
    for (const name of ['soffice', 'libreoffice']) if (dir && existsSync(join(dir, name))) return join(dir, name);
  return undefined;
}

/** How long one LibreOffice run may take: a file it cannot finish is reported, not waited for. */
const CONVERT_TIMEOUT_MS = 120_000;

/** A received file to convert. */
export interface ToConvert {
  name: string;
  data: Uint8Array;
  format: OtherFormat;
}

/**
 * .xls and .ods files as .xlsx bytes, converted by LibreOffice in a folder of its own (copies of
 * the files and a profile of its own, so the received files are never touched, not even by a lock
 * file, and a LibreOffice the user has open is left alone): one run for all the files of a format,
 * since starting LibreOffice takes longer than converting a form. The .xlsx is then read like any
 * other, within the lean reader's limits. Each file's result is its bytes, or an InputError naming
 * it and saying how to convert it by hand (no LibreOffice, or it cannot convert that file). A run
 * that is stopped (out of time, killed) leaves no output to trust: its files are converted again
 * one by one, so that one file LibreOffice cannot finish costs the others nothing.
 */
export function convertAllToXlsx(files: readonly ToConvert[]): (Uint8Array | InputError)[] {
  const program = soffice();
  if (!program) return files.map((f) => new InputError({ code: 'file-needs-converter', file: f.name, format: f.format }));
  const out: (Uint8Array | InputError)[] = [];
  for (const format of ['xls', 'ods'] as const) {
    const batch = files.flatMap((f, i) => (f.format === format ? [i] : []));
    if (!batch.length) continue;
    const converted = convertBatch(
      program,
      batch.map((i) => files[i]),
      format,
    );
    batch.forEach((i, n) => {
      const done = converted?.[n];
      out[i] =
        done ?? (converted ? new InputError({ code: 'file-not-converted', file: files[i].name, format }) : convertOne(program, files[i]));
    });
  }
  return out;
}

/** One file (see convertAllToXlsx). */
export function convertToXlsx(name: string, data: Uint8Array, format: OtherFormat): Uint8Array {
  const [result] = convertAllToXlsx([{ name, data, format }]);
  if (result instanceof InputError) throw result;
  return result;
}

function convertOne(program: string, f: ToConvert): Uint8Array | InputError {
  const [result] = convertBatch(program, [f], f.format) ?? [];
  return result ?? new InputError({ code: 'file-not-converted', file: f.name, format: f.format });
}

/** Each file's .xlsx, or undefined where LibreOffice wrote none; undefined for all when the run was stopped. */
function convertBatch(program: string, files: readonly ToConvert[], format: OtherFormat): (Uint8Array | undefined)[] | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-'));
  try {
    const inputs = files.map((f, n) => {
      const input = join(dir, `in-${n}.${format}`);
      writeFileSync(input, f.data);
      return input;
    });
    const run = spawnSync(
      program,
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--headless',
        '--norestore',
        // The format named, so that a damaged file is refused rather than opened as text.
        `--infilter=${format === 'xls' ? 'MS Excel 97' : 'calc8'}`,
        '--convert-to',
        'xlsx',
        '--outdir',
        dir,
        ...inputs,
      ],
      { timeout: CONVERT_TIMEOUT_MS, stdio: 'ignore' },
    );
    if (run.error || run.signal) return undefined;
    return files.map((_, n) => {
      const output = join(dir, `in-${n}.xlsx`);
      return existsSync(output) ? readFileSync(output) : undefined;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
