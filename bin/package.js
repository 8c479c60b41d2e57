#!/usr/bin/env node
// `npm run package` (after `npm run build`, with ADDIN_BASE_URL set): one archive an IT office can
// deploy, dist/cchc-addin-<version>.zip, holding the static site (task pane, icons, samples,
// version.json), the production manifest and the test channel's, and the Vietnamese deploy guide.
const fs = require('fs');
const path = require('path');
const { zipSync } = require('fflate');
const { baseUrl, productionManifests } = require('./manifest.js');

const root = path.resolve(__dirname, '..');

/** Every file under `dir`, as paths relative to it with "/" between folders. */
function filesUnder(dir, prefix = '') {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    return e.isDirectory() ? filesUnder(path.join(dir, e.name), rel) : [rel];
  });
}

/** The archive's entries: name → bytes. */
function packageEntries(base) {
  const web = path.join(root, 'dist', 'web');
  const samples = path.join(root, 'dist', 'samples');
  for (const [dir, step] of [
    [web, 'npm run build:web'],
    [samples, 'npm run build:samples'],
  ])
    if (!fs.existsSync(dir)) throw new Error(`Chưa có ${path.relative(root, dir)}: chạy "${step}" (hoặc "npm run build") trước.`);
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const url = baseUrl(base);
  const { main, test } = productionManifests(fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8'), url, pkg.version);
  const entries = {};
  for (const f of filesUnder(web)) entries[`site/${f}`] = fs.readFileSync(path.join(web, f));
  for (const f of fs.readdirSync(path.join(root, 'assets')).filter((n) => /^icon-\d+\.png$/.test(n)))
    entries[`site/assets/${f}`] = fs.readFileSync(path.join(root, 'assets', f));
  for (const f of filesUnder(samples)) entries[`site/samples/${f}`] = fs.readFileSync(path.join(samples, f));
  // The built page's version.json must be this package's: a page from an older build would tell its users nothing.
  const built = JSON.parse(fs.readFileSync(path.join(web, 'version.json'), 'utf8')).version;
  if (built !== pkg.version)
    throw new Error(`dist/web là bản dựng phiên bản ${built}, không phải ${pkg.version}: chạy lại "npm run build".`);
  entries['manifest.xml'] = Buffer.from(main);
  entries['manifest-thu-nghiem.xml'] = Buffer.from(test);
  const guide = fs
    .readFileSync(path.join(root, 'docs', 'huong-dan-trien-khai.md'), 'utf8')
    .split('{{VERSION}}')
    .join(pkg.version)
    .split('{{BASE}}')
    .join(url)
    .split('{{ORIGIN}}')
    .join(new URL(url).origin)
    .split('{{PATH}}')
    .join(new URL(url).pathname);
  entries['HUONG-DAN-TRIEN-KHAI.md'] = Buffer.from(guide);
  // What to try on each kind of machine the first time, and what to send back.
  entries['KIEM-TRA-LAN-DAU.md'] = fs.readFileSync(path.join(root, 'docs', 'kiem-tra-lan-dau.md'));
  return { entries, name: `cchc-addin-${pkg.version}.zip` };
}

/** Writes the archive into `out`; returns its path. */
function writePackage(base, out = path.join(root, 'dist')) {
  const { entries, name } = packageEntries(base);
  const zip = zipSync(Object.fromEntries(Object.entries(entries).map(([n, b]) => [n, [new Uint8Array(b), { level: 9 }]])));
  fs.mkdirSync(out, { recursive: true });
  const file = path.join(out, name);
  fs.writeFileSync(file, zip);
  return file;
}

module.exports = { writePackage };

if (require.main === module) {
  const base = process.env.ADDIN_BASE_URL;
  if (!base) {
    console.error(
      'Cần ADDIN_BASE_URL: địa chỉ https:// nơi đặt bổ trợ, ví dụ ADDIN_BASE_URL=https://cchc.example.gov.vn/addin/ npm run package',
    );
    process.exit(2);
  }
  const outAt = process.argv.indexOf('--out');
  try {
    const file = writePackage(base, outAt > 0 ? path.resolve(process.argv[outAt + 1]) : undefined);
    console.log(
      `Đã ghi ${path.relative(process.cwd(), file)}: trang (site/), manifest.xml, manifest-thu-nghiem.xml, HUONG-DAN-TRIEN-KHAI.md, KIEM-TRA-LAN-DAU.md`,
    );
  } catch (e) {
    console.error(e.message);
    process.exit(2);
  }
}
