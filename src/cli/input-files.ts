import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { InputError } from '../domain/errors';
import type { Problem } from '../domain/messages/problems';
import { LIMITS } from '../adapters/lean-reader/limits';

/** A list, values file or rules file given on the command line: far smaller than this in practice. */
const TEXT_MAX_BYTES = 16 * 1024 * 1024;

/**
 * The bytes of a file given on the command line, read only when it is a plain file within `max`
 * bytes (a device, a pipe that never ends or a file of gigabytes is refused before any is read);
 * `unreadable` is the problem when it cannot be read at all.
 */
export function readBounded(path: string, max: number, unreadable: Problem): Buffer {
  let fd: number;
  try {
    // Without waiting: a named pipe would otherwise hold the command until something writes to it.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    throw new InputError(unreadable);
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new InputError(unreadable);
    if (info.size > max) throw new InputError({ code: 'input-too-large', file: path, max });
    const data = Buffer.alloc(info.size);
    for (let at = 0; at < data.length;) {
      const n = readSync(fd, data, at, data.length - at, at);
      if (n === 0) break;
      at += n;
    }
    return data;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(unreadable);
  } finally {
    closeSync(fd);
  }
}

/**
 * The bytes of a workbook given on the command line, within the reader's bound for a file (see
 * readBounded); an InputError naming it when it cannot be read. Read synchronously: for a folder
 * of a thousand small files the promise API costs several times more.
 */
export function readInput(path: string): Buffer {
  return readBounded(path, LIMITS.fileBytes, { code: 'file-unreadable', file: path });
}

/**
 * A text file (CSV, a list, JSON) as UTF-8 text without its byte order mark. A file in UTF-16
 * (what Excel's "Unicode text" writes) or in another encoding (TCVN3, Windows-1258) is refused
 * naming the encoding, rather than read as garbled codes.
 */
export function readTextFile(path: string, unreadable: Problem): string {
  const data = readBounded(path, TEXT_MAX_BYTES, unreadable);
  const utf16 = (data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff) || data.subarray(0, 4096).includes(0);
  if (utf16) throw new InputError({ code: 'text-encoding', file: path, encoding: 'utf-16' });
  if (!isUtf8(data)) throw new InputError({ code: 'text-encoding', file: path, encoding: 'not-utf8' });
  const text = data.toString('utf8');
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}
