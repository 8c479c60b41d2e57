import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { otherSpreadsheet } from '../adapters/lean-reader/file-check';
import { checkArchive } from '../adapters/lean-reader/archive-bounds';
import { LIMITS } from '../adapters/lean-reader/limits';
import { InputError } from '../domain/errors';
import { whileRunning } from './on-exit';
import { nodeCodec } from './node-zlib';

/** The formats read by conversion: Excel 97–2003 and OpenDocument spreadsheets. */
export type OtherFormat = 'xls' | 'ods';

/** Whether a received file is an .xls or an .ods: by its first bytes, or a zip named .ods whose first entry is not the ODF type. */
export function otherFormat(name: string, data: Uint8Array): OtherFormat | undefined {
  return (
    otherSpreadsheet(data) ??
    (/\.ods$/i.test(name) && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04 ? 'ods' : undefined)
  );
}

/** LibreOffice's program, from CCHC_SOFFICE or the PATH; `{ missing }` when CCHC_SOFFICE names nothing. */
function soffice(): string | { missing: string } | undefined {
  const given = process.env.CCHC_SOFFICE;
  if (given) return existsSync(given) ? given : { missing: given };
  for (const dir of (process.env.PATH ?? '').split(delimiter))
    for (const name of ['soffice', 'libreoffice']) if (dir && existsSync(join(dir, name))) return join(dir, name);
  return undefined;
}

/**
 * How long all the conversions of one command may take together (CCHC_CONVERT_SECONDS, else three
 * minutes): a LibreOffice that does not answer costs this once, not once per file.
 */
function secondsAllowed(): number {
  const given = Number(process.env.CCHC_CONVERT_SECONDS);
  return Number.isInteger(given) && given > 0 && given <= 3600 ? given : 180;
}

/** LibreOffice's address space, on systems that can bound it: a form needs about 200 MiB. */
const MEMORY_KIB = 1024 * 1024;

/** A received file to convert. */
export interface ToConvert {
  name: string;
  data: Uint8Array;
  format: OtherFormat;
}

/** The conversions of one command: the time they share (see secondsAllowed), and who is told when a run starts. */
export interface Conversions {
  progress?: (count: number, format: OtherFormat) => void;
  /** When the command's time for conversions ends; set by its first run. */
  deadline?: number;
}

/**
 * .xls and .ods files as .xlsx bytes, converted by LibreOffice in a folder of its own (copies of
 * the files and a profile of its own, so the received files are never touched, not even by a lock
 * file, and a LibreOffice the user has open is left alone): one run for all the files of a format,
 * since starting LibreOffice takes longer than converting a form. The .xlsx is then read like any
 * other, within the lean reader's limits. Before LibreOffice sees a file it is checked as the
 * reader checks an .xlsx (an .ods archive within the bounds, an .xls within the size), and
 * LibreOffice runs in a process group of its own, with a bounded address space and the command's
 * time, ended with everything it started when that is spent or the user presses Ctrl+C.
 *
 * Each file's result is its bytes, or an InputError naming it. A run that crashes is tried again
 * file by file, so that one file LibreOffice cannot read costs the others nothing; a run that
 * outlives the time ends the conversions: the files it finished are kept, the others are named.
 */
export async function convertAllToXlsx(files: readonly ToConvert[], conversions: Conversions = {}): Promise<(Uint8Array | InputError)[]> {
  const program = soffice();
  if (program === undefined) return files.map((f) => new InputError({ code: 'file-needs-converter', file: f.name, format: f.format }));
  if (typeof program !== 'string')
    return files.map((f) => new InputError({ code: 'converter-missing', file: f.name, program: program.missing }));
  const refused = files.map(outOfBounds);
  const out: (Uint8Array | InputError)[] = files.map(
    (f, i) => refused[i] ?? new InputError({ code: 'file-not-converted', file: f.name, format: f.format }),
  );
  for (const format of ['xls', 'ods'] as const) {
    const batch = files.flatMap((f, i) => (f.format === format && !refused[i] ? [i] : []));
    if (!batch.length) continue;
    conversions.progress?.(batch.length, format);
    const run = await convertBatch(
      program,
      batch.map((i) => files[i]),
      format,
      conversions,
    );
    for (const [n, i] of batch.entries()) {
      const done = run.outputs[n];
      if (done) out[i] = done;
      else if (run.ended === 'out-of-time') out[i] = stopped(files[i]);
      else if (run.ended === 'crashed') out[i] = await convertOne(program, files[i], conversions);
    }
  }
  return out;
}

/** One file (see convertAllToXlsx). */
export async function convertToXlsx(name: string, data: Uint8Array, format: OtherFormat, conversions?: Conversions): Promise<Uint8Array> {
  const [result] = await convertAllToXlsx([{ name, data, format }], conversions);
  if (result instanceof InputError) throw result;
  return result;
}

/** A file LibreOffice is not given: an .ods beyond the archive bounds, an .xls beyond the size. */
function outOfBounds(f: ToConvert): InputError | undefined {
  if (f.format === 'xls')
    return f.data.length > LIMITS.fileBytes
      ? new InputError({ code: 'file-limit', file: f.name, limit: 'file-size', max: LIMITS.fileBytes })
      : undefined;
  try {
    checkArchive(f.name, f.data, nodeCodec);
    return undefined;
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
}

function stopped(f: ToConvert): InputError {
  return new InputError({ code: 'converter-stopped', seconds: secondsAllowed(), files: [f.name] });
}

async function convertOne(program: string, f: ToConvert, conversions: Conversions): Promise<Uint8Array | InputError> {
  const run = await convertBatch(program, [f], f.format, conversions);
  if (run.outputs[0]) return run.outputs[0];
  return run.ended === 'out-of-time' ? stopped(f) : new InputError({ code: 'file-not-converted', file: f.name, format: f.format });
}

interface Run {
  /** Each file's .xlsx, where LibreOffice wrote a whole one. */
  outputs: (Uint8Array | undefined)[];
  ended: 'finished' | 'crashed' | 'out-of-time';
}

async function convertBatch(program: string, files: readonly ToConvert[], format: OtherFormat, conversions: Conversions): Promise<Run> {
  conversions.deadline ??= Date.now() + secondsAllowed() * 1000;
  const left = conversions.deadline - Date.now();
  if (left <= 0) return { outputs: [], ended: 'out-of-time' };
  const dir = mkdtempSync(join(tmpdir(), 'cchc-'));
  let child: ReturnType<typeof spawn> | undefined;
  const kill = () => {
    // The whole group: soffice starts soffice.bin, which would otherwise live on.
    if (child?.pid && child.exitCode === null && child.signalCode === null)
      try {
        process.kill(process.platform === 'win32' ? child.pid : -child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
  };
  const end = () => {
    kill();
    rmSync(dir, { recursive: true, force: true });
  };
  const done = whileRunning(end);
  try {
    const inputs = files.map((f, n) => {
      const input = join(dir, `in-${n}.${format}`);
      // A copy in the run's own new folder: created, never written over anything ('wx').
      writeFileSync(input, f.data, { flag: 'wx' });
      return input;
    });
    const args = [
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
    ];
    child =
      process.platform === 'win32'
        ? spawn(program, args, { stdio: 'ignore' })
        : spawn('/bin/sh', ['-c', `ulimit -v ${MEMORY_KIB} 2>/dev/null; exec "$0" "$@"`, program, ...args], {
            stdio: 'ignore',
            detached: true,
          });
    const ended = await new Promise<Run['ended']>((resolve) => {
      const timer = setTimeout(() => {
        kill();
        resolve('out-of-time');
      }, left);
      child!.once('error', () => {
        clearTimeout(timer);
        resolve('crashed');
      });
      child!.once('exit', (code, signal) => {
        clearTimeout(timer);
        resolve(signal || code === null ? 'crashed' : 'finished');
      });
    });
    return {
      outputs: files.map((_, n) => {
        const output = join(dir, `in-${n}.xlsx`);
        if (!existsSync(output)) return undefined;
        const bytes = readFileSync(output);
        // A run stopped while writing leaves a file cut short: not a result.
        return ended === 'finished' || whole(bytes) ? bytes : undefined;
      }),
      ended,
    };
  } finally {
    end();
    done();
  }
}

/** An archive written to its end (its directory is found and every part is whole). */
function whole(bytes: Uint8Array): boolean {
  try {
    checkArchive('', bytes, nodeCodec);
    return true;
  } catch {
    return false;
  }
}
