import type { Catalogue } from '../domain/catalogue/catalogue';
import type { CsvEntry } from '../domain/fill/csv';
import { planFill } from '../domain/fill/fill';
import { unitReport } from '../domain/merge/unit-report';
import { readTemplateSheet, type TemplateSheet } from '../domain/sheet/read';
import { checkAndMark } from './check';
import { applyCompute, previewCompute } from './compute';
import { insertTemplate } from './insert';
import { mergeIntoWorkbook, type UnitFile } from './merge';
import type { WorkbookPort } from './port';

/**
 * "Tự kiểm tra": the add-in's main actions run in the user's own Excel on scratch sheets, each
 * result read back and compared with figures worked out by hand, then the sheets removed. A
 * province's IT staff send the table back to say what works in their Excel.
 */
export type SelfTestStep = 'insert' | 'fill' | 'check' | 'clear-marks' | 'compute' | 'merge' | 'remove';

export interface SelfTestResult {
  step: SelfTestStep;
  ok: boolean;
  /** What was found instead of what was expected (the host words it). */
  found?: string;
  /** The failure, for the host to name with Excel's error code. */
  error?: unknown;
  ms: number;
}

const TEMPLATE = 'dinh-ky';
const PERIOD = '2024-Q3';
/** Two communes' figures: tasks set and done (I.2.1, I.2.2), files on time (III.3.1.1, III.3.1.2). */
const UNITS: [string, Record<string, number>][] = [
  ['UBND xã Tự Kiểm Tra Một', { 'I.2.1': 4, 'I.2.2': 3, 'III.3.1.1': 40, 'III.3.1.2': 38 }],
  ['UBND xã Tự Kiểm Tra Hai', { 'I.2.1': 3, 'I.2.2': 3, 'III.3.1.1': 20, 'III.3.1.2': 20 }],
];
/** The consolidation by hand: 4 + 3 tasks, 3 + 3 done, 38 + 20 of 40 + 20 files on time. */
const MERGED: Record<string, number> = { 'I.2.1': 7, 'I.2.2': 6, 'III.3.1.1': 60, 'III.3.1.2': 58 };
/** The first commune's ratios by hand: 3 of 4 tasks, 38 of 40 files. */
const RATIOS: Record<string, number> = { 'I.2': 0.75, 'III.3.1': 0.95 };

const entries = (values: Record<string, number>): CsvEntry[] =>
  Object.entries(values).map(([code, value], i) => ({ line: i + 1, code, value: String(value) }));

/** The figures of `codes` in a template sheet that differ from those expected, as "I.2.1: 5 ≠ 7". */
function differences(sheet: TemplateSheet | undefined, expected: Record<string, number>): string | undefined {
  if (!sheet) return 'no template sheet';
  const wrong = Object.entries(expected)
    .map(([code, want]) => [code, sheet.cells.get(`${code}@value`)?.raw, want] as const)
    .filter(([, got, want]) => got !== want)
    .map(([code, got, want]) => `${code}: ${String(got ?? '–')} ≠ ${want}`);
  return wrong.length ? wrong.join('; ') : undefined;
}

export async function selfTest(port: WorkbookPort, catalogue: Catalogue, done: (r: SelfTestResult) => void = () => undefined) {
  const results: SelfTestResult[] = [];
  const before = new Set(await port.sheetNames());
  const read = async (name: string) => readTemplateSheet(await port.readSheet(name), catalogue);
  const sheets: string[] = [];
  let failed = false;
  /** Runs a step unless an earlier one failed (its sheets would not be there); a step's answer is what it found wrong. */
  const step = async (name: SelfTestStep, run: () => Promise<string | undefined>, always = false) => {
    if (failed && !always) return;
    const start = Date.now();
    let result: SelfTestResult;
    try {
      const found = await run();
      result = { step: name, ok: found === undefined, ...(found !== undefined ? { found } : {}), ms: Date.now() - start };
    } catch (error) {
      result = { step: name, ok: false, error, ms: Date.now() - start };
    }
    failed ||= !result.ok;
    results.push(result);
    done(result);
  };

  await step('insert', async () => {
    for (const [unit] of UNITS) sheets.push(await insertTemplate(port, catalogue, { templateId: TEMPLATE, unit, period: PERIOD }));
    const back = await read(sheets[0]);
    return back?.identity.unit === UNITS[0][0] ? undefined : `unit ${back?.identity.unit ?? '–'}`;
  });
  await step('fill', async () => {
    for (const [i, [, values]] of UNITS.entries()) {
      const sheet = (await read(sheets[i]))!;
      await port.patchCells(sheets[i], planFill(sheet, sheet.template!, entries(values)).writes);
    }
    return differences(await read(sheets[0]), UNITS[0][1]);
  });
  let marked = 0;
  await step('check', async () => {
    const result = await checkAndMark(port, catalogue, [sheets[0]]);
    marked = result.sheets[0]?.findings.length ?? 0;
    return result.sheets.length === 1 ? undefined : `${result.sheets.length} sheets checked`;
  });
  await step('clear-marks', async () => {
    const cleared = await port.clearMarks(sheets[0]);
    return cleared <= marked ? undefined : `${cleared} cells restored for ${marked} findings`;
  });
  await step('compute', async () => {
    const changes = await previewCompute(port, catalogue, [sheets[0]]);
    const wrong = Object.entries(RATIOS)
      .map(([code, want]) => [code, changes.find((c) => c.code === code)?.newValue, want] as const)
      .filter(([, got, want]) => typeof got !== 'number' || Math.abs(got - want) > 1e-9)
      .map(([code, got, want]) => `${code}: ${String(got ?? '–')} ≠ ${want}`);
    if (wrong.length) return wrong.join('; ');
    await applyCompute(port, changes);
    // Each ratio's cell holds its formula afterwards (Excel calculates it), the figures typed are as they were.
    const after = (await read(sheets[0]))!;
    const formulaLess = Object.keys(RATIOS).filter((code) => !after.cells.get(`${code}@value`)?.formula);
    return formulaLess.length ? `no formula in ${formulaLess.join(', ')}` : differences(after, UNITS[0][1]);
  });
  await step('merge', async () => {
    const files: UnitFile[] = [];
    for (const name of sheets.slice(0, UNITS.length)) {
      const sheet = (await read(name))!;
      files.push({ file: `${name}.xlsx`, size: 0, modified: 0, checksum: name, report: unitReport(`${name}.xlsx`, sheet) });
    }
    const merged = await mergeIntoWorkbook(port, files, { catalogue, unit: 'Sở Nội vụ (tự kiểm tra)' });
    sheets.push(...merged.sheets);
    return differences(await read(merged.sheets[0]), MERGED);
  });
  await step(
    'remove',
    async () => {
      const added = (await port.sheetNames()).filter((n) => !before.has(n));
      for (const name of added) await port.removeSheet(name);
      const left = (await port.sheetNames()).filter((n) => !before.has(n));
      return left.length ? `left: ${left.join(', ')}` : undefined;
    },
    true,
  );
  return results;
}
