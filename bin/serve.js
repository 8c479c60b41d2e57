#!/usr/bin/env node
// Serves the built task pane as a standalone web page (http://localhost:3000/taskpane.html),
// with the icons under /assets and the sample workbooks (bin/samples.js) under /samples. Loopback only.
const http = require('http');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const mounts = [
  ['/assets/', path.join(root, 'assets')],
  ['/samples/', path.join(root, 'dist', 'samples')],
  ['/', path.join(root, 'dist', 'web')],
];
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.json': 'application/json',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.csv': 'text/csv; charset=utf-8',
};

// What the page may load: its own files and Office.js from Microsoft's CDN (Fluent UI writes its
// styles at run time, hence inline styles). Any page the user has open may send requests to
// localhost: the Host header must name this machine, so a rebound name gets nothing.
const SECURITY = {
  'Content-Security-Policy': [
    "default-src 'self'",
    "script-src 'self' https://appsforoffice.microsoft.com",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};
const LOCAL_HOST = /^(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/i;

function answer(res, status, text) {
  res.writeHead(status, { ...SECURITY, 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}

/** The path asked for, decoded; undefined for escapes that decode to nothing ("/%", "/%E0%A4%A"). */
function pathOf(req) {
  try {
    return decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  } catch {
    return undefined;
  }
}

function createServer() {
  return http.createServer((req, res) => {
    if (!LOCAL_HOST.test(req.headers.host || '')) return answer(res, 403, 'Chỉ phục vụ localhost');
    const url = pathOf(req);
    if (url === undefined || url.includes('\0')) return answer(res, 400, 'Địa chỉ không hợp lệ');
    const target = url === '/' ? '/taskpane.html' : url;
    for (const [prefix, dir] of mounts) {
      if (!target.startsWith(prefix)) continue;
      const file = path.join(dir, target.slice(prefix.length));
      if (!file.startsWith(dir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) continue;
      res.writeHead(200, { ...SECURITY, 'Content-Type': types[path.extname(file)] || 'application/octet-stream' });
      fs.createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
      return;
    }
    answer(res, 404, 'Không tìm thấy');
  });
}

module.exports = { createServer };

if (require.main === module) {
  if (!fs.existsSync(path.join(root, 'dist', 'web', 'taskpane.html'))) {
    console.error('Chưa có bản dựng: chạy "npm run build:web" trước.');
    process.exit(2);
  }
  // PORT=0 takes any free port; the line printed names the one taken.
  const server = createServer();
  server.listen(Number(process.env.PORT || 3000), '127.0.0.1', () =>
    console.log(`Trang Báo cáo CCHC: http://localhost:${server.address().port}/taskpane.html (Ctrl+C để dừng)`),
  );
  // Started by `npm start`, the page stops with it, however npm was stopped (a killed npm passes on no signal).
  const parent = process.ppid;
  setInterval(() => {
    try {
      process.kill(parent, 0);
    } catch {
      process.exit(0);
    }
  }, 500).unref();
}
