import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { serveBuiltPage } from '../support/browser';

/** The standalone page's server (`npm start`): what it serves, and that it stops with whoever started it. */
const ROOT = join(__dirname, '..', '..');

function get(url: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    // A request that hangs (a dying server, a busy machine) fails after two seconds instead of holding the test.
    request(url, { timeout: 2000 }, (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    })
      .on('timeout', function (this: ReturnType<typeof request>) {
        this.destroy(new Error('timeout'));
      })
      .on('error', reject)
      .end();
  });
}

const until = async (what: () => Promise<boolean>, ms: number) => {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) if (await what()) return true;
  return false;
};

test('the page names its icon, and the icon is served', async () => {
  const server = await serveBuiltPage();
  try {
    const page = await get(`${server.url}/taskpane.html`);
    // The built page is minified: attributes may lose their quotes.
    const link = /<link[^>]*\brel="?icon"?[^>]*>/.exec(page.body)?.[0] ?? '';
    const href = /\bhref="?([^"\s>]+)/.exec(link)?.[1];
    expect(href).toBe('assets/icon-32.png');
    const icon = await get(`${server.url}/${href}`);
    expect([icon.status, icon.type]).toEqual([200, 'image/png']);
    expect(icon.body.slice(1, 4)).toBe('PNG');
  } finally {
    await server.close();
  }
});

test('the server stops when the process that started it is killed outright', async () => {
  // A parent standing for npm: starts the server on a free port, then waits. The server's line names its port.
  const parent = spawn(
    process.execPath,
    [
      '-e',
      `require('child_process').spawn(process.execPath, ['bin/serve.js'], { stdio: ['ignore', 'inherit', 'ignore'] }); setInterval(() => {}, 1000);`,
    ],
    { cwd: ROOT, env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'ignore'] },
  );
  const printedPort = new Promise<number>((resolve, reject) => {
    let out = '';
    const giveUp = setTimeout(() => reject(new Error(`the server printed no address: ${out}`)), 20_000);
    parent.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /localhost:(\d+)\/taskpane\.html/.exec(out);
      if (m) {
        clearTimeout(giveUp);
        resolve(Number(m[1]));
      }
    });
  });
  try {
    const port = await printedPort;
    expect(port).toBeGreaterThan(0);
    const answers = () =>
      get(`http://127.0.0.1:${port}/taskpane.html`).then(
        (r) => r.status === 200,
        () => false,
      );
    expect(await until(answers, 10_000)).toBe(true);
    parent.kill('SIGKILL');
    expect(await until(async () => !(await answers()), 5_000)).toBe(true);
  } finally {
    parent.kill('SIGKILL');
  }
}, 60_000);
