import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import webpack from 'webpack';

/** Bundles a test-support entry for the browser (e.g. the Office stand-in served as office.js). */
export function bundleForBrowser(entry: string): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'cchc-bundle-'));
  return new Promise((done, fail) =>
    webpack(
      {
        mode: 'development',
        devtool: false,
        entry: resolve(entry),
        output: { path: out, filename: 'bundle.js' },
        resolve: { extensions: ['.ts', '.js'] },
        module: {
          rules: [{ test: /\.ts$/, loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext' } } }],
        },
      },
      (err, stats) =>
        err || stats?.hasErrors() ? fail(err ?? new Error(stats!.toString())) : done(readFileSync(join(out, 'bundle.js'), 'utf8')),
    ),
  );
}
