import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { connect } from 'node:net';
import { launchChromium, serveBuiltPage } from '../support/browser';

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

/** A request as raw bytes (what a hostile page or program may send, malformed or not); the status line and headers back. */
function raw(port: number, head: string): Promise<{ status: number; headers: string }> {
  return new Promise((resolve, reject) => {
    let got = '';
    const socket = connect(port, '127.0.0.1', () => socket.write(`${head}\r\nConnection: close\r\n\r\n`));
    socket.setTimeout(3000, () => socket.destroy(new Error('no answer')));
    socket.on('data', (c: Buffer) => (got += c.toString('latin1')));
    socket.on('error', reject);
    socket.on('close', () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(got)?.[1] ?? 0), headers: got.split('\r\n\r\n')[0] }));
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

test('malformed and hostile requests are answered and the server goes on; every answer carries the security headers', async () => {
  const server = await serveBuiltPage();
  const port = Number(new URL(server.url).port);
  const host = `Host: localhost:${port}`;
  try {
    const answers: [string, number][] = [];
    for (const request of [
      `GET /% HTTP/1.1\r\n${host}`,
      `GET /%E0%A4%A HTTP/1.1\r\n${host}`,
      `GET /..%2f..%2fpackage.json HTTP/1.1\r\n${host}`,
      `GET /%2e%2e/%2e%2e/package.json HTTP/1.1\r\n${host}`,
      `GET /taskpane.html%00.png HTTP/1.1\r\n${host}`,
      `GET /${'a'.repeat(20_000)} HTTP/1.1\r\n${host}`,
      // A page elsewhere reaching localhost through a name of its own (DNS rebinding), and no Host at all.
      'GET /taskpane.html HTTP/1.1\r\nHost: cchc.example.com',
      'GET /taskpane.html HTTP/1.0',
    ])
      answers.push([request.slice(0, 40), (await raw(port, request)).status]);
    expect(answers.map(([, status]) => status)).toEqual([400, 400, 404, 404, 400, 431, 403, 403]);
    const page = await raw(port, `GET /taskpane.html HTTP/1.1\r\n${host}`);
    expect(page.status).toBe(200);
    for (const answer of [
      page,
      await raw(port, `GET /khong-co HTTP/1.1\r\nHost: 127.0.0.1:${port}`),
      await raw(port, `GET /% HTTP/1.1\r\n${host}`),
    ]) {
      expect(answer.headers).toMatch(/\r\nX-Content-Type-Options: nosniff\r\n/);
      expect(answer.headers).toMatch(/\r\nReferrer-Policy: no-referrer\r\n/);
      const policy = /\r\nContent-Security-Policy: ([^\r]*)/.exec(answer.headers)?.[1] ?? '';
      expect(policy).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
      expect(policy).toContain("object-src 'none'");
    }
  } finally {
    await server.close();
  }
});

test('the page runs under its security policy: the sample opened and checked, nothing refused', async () => {
  const [server, browser] = await Promise.all([serveBuiltPage(), launchChromium()]);
  try {
    const page = await browser.newPage();
    const refused: string[] = [];
    await page.exposeFunction('cspRefused', (what: string) => refused.push(what));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { cspRefused: (w: string) => void }).cspRefused(`${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
    await page.route('**/office.js', (route) => route.abort());
    await page.goto(`${server.url.replace('127.0.0.1', 'localhost')}/taskpane.html`);
    await page.getByRole('button', { name: 'Mở tệp mẫu (xã Bắc Sơn, quý III/2024)' }).click();
    await page.getByText('Sổ làm việc: bac-son-2024-Q3.xlsx').waitFor();
    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await page.getByText('8 lỗi, 16 cảnh báo trên 1 trang mẫu').waitFor();
    expect(refused).toEqual([]);
  } finally {
    await browser.close();
    await server.close();
  }
});
