#!/usr/bin/env node
/**
 * `npm run mutate:score`: the mutation score of the kept results (test/mutation/stryker-incremental.json)
 * over the files Stryker mutates, file by file, without running anything: which files have no
 * results, and which changed since theirs (code, or the suites' files). With `--check` it fails
 * when a file has no results or stale ones, or when the score is under the break threshold.
 */
const { existsSync, readFileSync, readdirSync } = require('node:fs');
const { join, relative } = require('node:path');

const root = join(__dirname, '..');
// Another results file can be given (MUTATION_RESULTS), as the tests do.
const resultsFile = process.env.MUTATION_RESULTS ?? join(root, 'test/mutation/stryker-incremental.json');

/** A Stryker glob ("src/domain/**\/*.ts") as a regular expression: "**\/" any folders, "*" any name part. */
function globRegex(glob) {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    if (glob.startsWith('**/', i)) {
      re += '(?:.*/)?';
      i += 2;
    } else if (glob.startsWith('**', i)) {
      re += '.*';
      i += 1;
    } else if (glob[i] === '*') re += '[^/]*';
    else re += glob[i].replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function filesUnder(dir) {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const SCORED = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);
const KILLED = new Set(['Killed', 'Timeout']);
const percent = (k, n) => (n ? `${((100 * k) / n).toFixed(1)}%` : '—');

(async () => {
  const { default: config } = await import('../stryker.config.mjs');
  const include = config.mutate.filter((g) => !g.startsWith('!')).map(globRegex);
  const exclude = config.mutate.filter((g) => g.startsWith('!')).map((g) => globRegex(g.slice(1)));
  const inScope = filesUnder('src')
    .map((f) => relative(root, join(root, f)).split('\\').join('/'))
    .filter((f) => include.some((r) => r.test(f)) && !exclude.some((r) => r.test(f)))
    .sort();
  const results = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : { files: {}, testFiles: {} };
  const changedTests = Object.entries(results.testFiles ?? {}).filter(
    ([f, t]) => !existsSync(join(root, f)) || readFileSync(join(root, f), 'utf8') !== t.source,
  );

  let killed = 0;
  let scored = 0;
  const missing = [];
  const stale = [];
  const rows = [];
  for (const file of inScope) {
    const kept = results.files[file];
    if (!kept) {
      missing.push(file);
      continue;
    }
    if (readFileSync(join(root, file), 'utf8') !== kept.source) stale.push(file);
    const k = kept.mutants.filter((m) => KILLED.has(m.status)).length;
    const n = kept.mutants.filter((m) => SCORED.has(m.status)).length;
    killed += k;
    scored += n;
    if (n) rows.push([file, k, n]);
  }
  rows.sort((a, b) => b[2] - b[1] - (a[2] - a[1]));
  const out = [`Kept mutation results, ${rows.length} files (most mutants not killed first):`];
  for (const [file, k, n] of rows)
    out.push(
      `  ${percent(k, n).padStart(6)}  ${String(k).padStart(4)}/${String(n).padEnd(4)} ${file}${stale.includes(file) ? '  (stale)' : ''}`,
    );
  const score = scored ? (100 * killed) / scored : 0;
  const target = config.thresholds.break;
  out.push('', `Score: ${killed} of ${scored} scored mutants killed, ${score.toFixed(1)}% (break under ${target}%).`);
  if (stale.length) out.push(`Code changed since its results (re-run them): ${stale.join(', ')}`);
  if (missing.length) out.push(`No results yet (${missing.length}): ${missing.join(', ')}`);
  if (changedTests.length)
    out.push(`Suites changed since the results (their mutants are re-tested by the next run): ${changedTests.length}`);
  console.log(out.join('\n'));
  if (process.argv.includes('--check') && (stale.length || missing.length || score < target)) process.exit(1);
})();
