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

/** How long one conversion may take: a file LibreOffice cannot finish is reported, not waited for. */
const CONVERT_TIMEOUT_MS = 120_000;

/**
 * An .xls or .ods as .xlsx bytes, converted by LibreOffice in a folder of its own (a copy of the
 * file and a profile of its own, so the received file is never touched, not even by a lock file,
 * and a LibreOffice the user has open is left alone). The .xlsx is then read like any other,
 * within the lean reader's limits. Without LibreOffice, or when it cannot convert the file, an
 * InputError names the file and says how to convert it by hand.
 */
export function convertToXlsx(name: string, data: Uint8Array, format: OtherFormat): Uint8Array {
  const program = soffice();
  if (!program) throw new InputError({ code: 'file-needs-converter', file: name, format });
  const dir = mkdtempSync(join(tmpdir(), 'cchc-'));
  try {
    const input = join(dir, `in.${format}`);
    writeFileSync(input, data);
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
        input,
      ],
      { timeout: CONVERT_TIMEOUT_MS, stdio: 'ignore' },
    );
    const output = join(dir, 'in.xlsx');
    if (run.status !== 0 || !existsSync(output)) throw new InputError({ code: 'file-not-converted', file: name, format });
    return readFileSync(output);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
