import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { mutant, originalCells, tryMutant, type Failure } from '../support/fuzz';
import { templateParts } from '../support/hostile';

/**
 * Seeded mutants of a filled Mẫu A workbook, read by both readers (see test/support/fuzz.ts).
 * `npm test` runs a few hundred; `npm run fuzz -- --count N` runs N (FUZZ_COUNT, FUZZ_SEED).
 */
const COUNT = Number(process.env.FUZZ_COUNT ?? 300);
const FIRST = Number(process.env.FUZZ_SEED ?? 1);
const BOUND_MS = 5000;

/** V8's collector, reached without starting node with --expose-gc. */
const collectGarbage: () => void = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

test(`${COUNT} mutants from seed ${FIRST}: only the add-in's own messages, within bounds, no cell silently lost`, async () => {
  const parts = await templateParts({ 'I.1': 3, 'I.2.1': 7, 'I.2.2': 5, 'I.4.1': 12, 'VI.1.1': 17465.5, 'I.5.2': 2, 'III.3.1': 0.99 });
  const original = originalCells(parts);
  expect(original.length).toBeGreaterThan(300);
  const failures: Failure[] = [];
  // The most one read takes: the heap is collected before each mutant, so what is measured is that
  // read's own memory, not the garbage of the ones before it (or of other suites in this process).
  let most = 0;
  for (let seed = FIRST; seed < FIRST + COUNT; seed++) {
    collectGarbage();
    const before = process.memoryUsage().rss;
    failures.push(...tryMutant(mutant(parts, seed), BOUND_MS, original));
    most = Math.max(most, process.memoryUsage().rss - before);
  }
  expect(failures).toEqual([]);
  // A cell at row 1,048,576 is the costliest (about 110 MB: the rows above it share one empty row).
  expect(most).toBeLessThan(256 * 1024 ** 2);
}, 600_000);
