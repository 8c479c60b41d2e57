#!/usr/bin/env node
/**
 * `npm run mutate:score`: the mutation score of the kept results over the files Stryker mutates,
 * file by file, without running anything. With `--check` it fails when a file has no results or
 * stale ones, or when the score is under the break threshold.
 */
const { keptResults } = require('./mutation-kept');

const percent = (k, n) => (n ? `${((100 * k) / n).toFixed(1)}%` : '—');

(async () => {
  const kept = await keptResults();
  const rows = kept.files.filter((f) => f.scored).sort((a, b) => b.scored - b.killed - (a.scored - a.killed));
  const out = [`Kept mutation results, ${rows.length} files (most mutants not killed first):`];
  for (const { file, killed, scored } of rows)
    out.push(
      `  ${percent(killed, scored).padStart(6)}  ${String(killed).padStart(4)}/${String(scored).padEnd(4)} ${file}${kept.stale.includes(file) ? '  (stale)' : ''}`,
    );
  out.push('', `Score: ${kept.killed} of ${kept.scored} scored mutants killed, ${kept.score.toFixed(1)}% (break under ${kept.target}%).`);
  if (kept.stale.length) out.push(`Code changed since its results (re-run them): ${kept.stale.join(', ')}`);
  if (kept.missing.length) out.push(`No results yet (${kept.missing.length}): ${kept.missing.join(', ')}`);
  if (kept.changedTests.length)
    out.push(`Suites changed since the results (their mutants are re-tested by the next run): ${kept.changedTests.length}`);
  console.log(out.join('\n'));
  if (process.argv.includes('--check') && (kept.stale.length || kept.missing.length || kept.score < kept.target)) process.exit(1);
})();
