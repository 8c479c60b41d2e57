import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { InputError } from '../domain/errors';
import { whileRunning } from './on-exit';

/** A file as the system knows it (device and inode, links followed); undefined where there is no file. */
function identity(path: string): string | undefined {
  try {
    const s = statSync(path, { bigint: true });
    return `${s.dev}:${s.ino}`;
  } catch {
    return undefined;
  }
}

/**
 * Refuses an output that is one of the command's inputs: compared as files, not as path text, so
 * that a folder link, a file link or a hard link to a received file is caught like its own name.
 */
export function refuseInputAsOutput(out: string, inputs: readonly (string | undefined)[]): void {
  const id = identity(out);
  if (id === undefined) return;
  const source = inputs.find((input) => input !== undefined && identity(input) === id);
  if (source !== undefined) throw new InputError({ code: 'out-is-source', file: out, source });
}

/** Refuses an output name whose extension is not that of what the command writes ("x.csv" for a workbook). */
export function requireExtension(out: string, extension: 'xlsx' | 'csv'): void {
  if (extname(out).toLowerCase() !== `.${extension}`) throw new InputError({ code: 'out-extension', file: out, extension });
}

/**
 * Writes a file whole or not at all: into a hidden temporary file beside it, flushed to disk,
 * then renamed over it. Whatever fails (disk full, no permission, the process stopped), the
 * file that was there is left as it was and the temporary is removed. An output given through
 * a link is written where the link leads, and the link stays.
 */
export function writeWhole(path: string, data: Uint8Array | string): void {
  const target = whereLinkLeads(path);
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const removeTemporary = () => {
    try {
      unlinkSync(temporary);
    } catch {
      // Never made, or already renamed.
    }
  };
  const done = whileRunning(removeTemporary);
  try {
    const fd = openSync(temporary, 'wx');
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, target);
  } catch (e) {
    removeTemporary();
    throw e;
  } finally {
    done();
  }
}

/** The real path of an existing file (links resolved); a name that does not exist yet as given. */
function whereLinkLeads(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
