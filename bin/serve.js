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

function createServer() {
  return http.createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    const target = url === '/' ? '/taskpane.html' : url;
    for (const [prefix, dir] of mounts) {
      if (!target.startsWith(prefix)) continue;
      const file = path.join(dir, target.slice(prefix.length));
      if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) continue;
      res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream' });
      fs.createReadStream(file).pipe(res);
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Không tìm thấy');
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
