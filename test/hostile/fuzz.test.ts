import { mutant, originalCells, tryMutant, type Failure } from '../support/fuzz';
import { templateParts } from '../support/hostile';

/**
 * Seeded mutants of a filled Mẫu A workbook, read by both readers (see test/support/fuzz.ts).
 * `npm test` runs a few hundred; `npm run fuzz -- --count N` runs N (FUZZ_COUNT, FUZZ_SEED).
 */
const COUNT = Number(process.env.FUZZ_COUNT ?? 300);
const FIRST = Number(process.env.FUZZ_SEED ?? 1);
const BOUND_MS = 5000;

test(`${COUNT} mutants from seed ${FIRST}: only the add-in's own messages, within bounds, no cell silently lost`, async () => {
  const parts = await templateParts({ 'I.1': 3, 'I.2.1': 7, 'I.2.2': 5, 'I.4.1': 12, 'VI.1.1': 17465.5, 'I.5.2': 2, 'III.3.1': 0.99 });
  const original = originalCells(parts);
  expect(original.length).toBeGreaterThan(300);
  const failures: Failure[] = [];
  // Memory the process grows by while reading mutants (other suites may share this process).
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  for (let seed = FIRST; seed < FIRST + COUNT; seed++) {
    failures.push(...tryMutant(mutant(parts, seed), BOUND_MS, original));
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  expect(failures).toEqual([]);
  expect(peak - baseline).toBeLessThan(1024 ** 3);
}, 600_000);
