import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Opens an .xlsx in LibreOffice Calc (headless), lets it recalculate, and saves it again as
 * .xlsx (or converts to another format). Formulas written without a cached result are computed
 * by LibreOffice, which makes it a second, independent spreadsheet engine for the tests.
 */
export function libreOfficeConvert(
  data: Uint8Array,
  format = 'xlsx',
  name = 'book',
  /** What the input is (its extension) and the import filter to read it with ("CSV:44,34,76,1": comma, quote, UTF-8). */
  input: { from: string; filter?: string } = { from: 'xlsx' },
): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-lo-'));
  const file = join(dir, `${name}-in.${input.from}`);
  const outDir = join(dir, 'out');
  writeFileSync(file, data);
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--norestore',
      '--calc',
      ...(input.filter ? [`--infilter=${input.filter}`] : []),
      '--convert-to',
      format,
      '--outdir',
      outDir,
      file,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  return readFileSync(join(outDir, `${name}-in.${format.split(':')[0]}`));
}
