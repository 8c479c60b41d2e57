import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cchc, tempDir } from '../support/cli';

const ROOT = resolve(__dirname, '../..');

/** The README's walk through the samples: its first `sh` block under "## Command line", one command a line. */
function walkthrough(): { args: string[]; exit: number }[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Command line'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)![1];
  return block
    .trim()
    .split('\n')
    .map((line) => {
      const [command, comment = ''] = line.split(/\s+#\s+/);
      const words = [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
      expect(words.slice(0, 2)).toEqual(['node', 'bin/cchc.js']);
      return { args: words.slice(2), exit: Number(/exits (\d)/.exec(comment)?.[1] ?? 0) };
    });
}

test('every command of the README’s walk through the samples runs as written, with the exit code it says', () => {
  const dir = tempDir();
  cpSync(join(ROOT, 'assets/samples'), join(dir, 'assets/samples'), { recursive: true });
  const steps = walkthrough();
  expect(steps.length).toBeGreaterThanOrEqual(10);
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    for (const { args, exit } of steps) {
      const r = cchc(...args);
      expect([args.join(' '), r.code, r.err]).toEqual([args.join(' '), exit, '']);
    }
  } finally {
    process.chdir(cwd);
  }
  for (const out of ['bac-son.xlsx', 'tinh.xlsx', 'huyen.xlsx', 'so-lieu.csv', 'lai.xlsx']) expect(existsSync(join(dir, out))).toBe(true);
});
