import { spawn } from 'node:child_process';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer as netServer } from 'node:net';
import { join } from 'node:path';
import { serveBuiltPage } from '../support/browser';

/** The standalone page's server (`npm start`): what it serves, and that it stops with whoever started it. */
const ROOT = join(__dirname, '..', '..');

function get(url: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    })
      .on('error', reject)
      .end();
  });
}

async function freePort(): Promise<number> {
  const s = netServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
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
  const port = await freePort();
  // A parent standing for npm: starts the server, then waits.
  const parent = spawn(
    process.execPath,
    ['-e', `require('child_process').spawn(process.execPath, ['bin/serve.js'], { stdio: 'ignore' }); setInterval(() => {}, 1000);`],
    { cwd: ROOT, env: { ...process.env, PORT: String(port) }, stdio: 'ignore' },
  );
  const answers = () =>
    get(`http://127.0.0.1:${port}/taskpane.html`).then(
      (r) => r.status === 200,
      () => false,
    );
  try {
    expect(await until(answers, 10_000)).toBe(true);
    parent.kill('SIGKILL');
    expect(await until(async () => !(await answers()), 5_000)).toBe(true);
  } finally {
    parent.kill('SIGKILL');
  }
});
