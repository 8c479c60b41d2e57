#!/usr/bin/env node
// Writes the production manifests for the host the add-in is served from: with ADDIN_BASE_URL
// (the site's HTTPS address, e.g. https://cchc.example.gov.vn/addin/) set, dist/manifest.xml and
// dist/manifest-thu-nghiem.xml (the test channel: another id and name, so a province can try a
// new version beside the current one). Without it, nothing is written (development uses
// manifest.xml as it is, on https://localhost:3000).
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
/** Where manifest.xml points during development. */
const DEV_BASE = 'https://localhost:3000/';
/** The test channel's own add-in id: installed beside the current one, never in its place. */
const TEST_ID = '4f0e6c1d-7a52-4b8e-9c3f-2d61a8b0e975';

/** The base URL as the manifests need it: https, no query or fragment, ending in "/". */
function baseUrl(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (!url || url.protocol !== 'https:' || url.search || url.hash || url.username || url.password)
    throw new Error(
      `ADDIN_BASE_URL phải là một địa chỉ https:// không có "?" hay "#" (ví dụ https://cchc.example.gov.vn/addin/), không phải "${text}".`,
    );
  return url.origin + (url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`);
}

/** "1.2.3" → "1.2.3.0": a manifest's version has four parts. */
function manifestVersion(version) {
  if (!/^\d+\.\d+\.\d+$/.test(version)) throw new Error(`package.json: phiên bản "${version}" phải có dạng 1.2.3.`);
  return `${version}.0`;
}

/** Replaces what `pattern` finds exactly once; the manifest is this project's own, so anything else is a bug here. */
function once(text, pattern, replacement) {
  const found = text.match(new RegExp(pattern.source, 'g')) ?? [];
  if (found.length !== 1) throw new Error(`manifest.xml: ${pattern} found ${found.length} times`);
  return text.replace(pattern, replacement);
}

/** The development manifest for a production host, and for the test channel. */
function productionManifests(dev, base, version) {
  const origin = new URL(base).origin;
  let main = dev.split(DEV_BASE).join(base);
  main = once(main, /<AppDomain>[^<]*<\/AppDomain>/, `<AppDomain>${origin}</AppDomain>`);
  main = once(main, /<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
  if (main.includes('localhost')) throw new Error('manifest.xml: a localhost address is left');
  let test = once(main, /<Id>[^<]*<\/Id>/, `<Id>${TEST_ID}</Id>`);
  test = once(
    test,
    /(<DisplayName DefaultValue=")Báo cáo CCHC(">\s*<Override Locale="en-US" Value=")CCHC Report(")/,
    '$1Báo cáo CCHC (thử nghiệm)$2CCHC Report (test)$3',
  );
  test = once(
    test,
    /(<bt:String id="Group.Label" DefaultValue=")Báo cáo CCHC(">\s*<bt:Override Locale="en-US" Value=")CCHC Report(")/,
    '$1Báo cáo CCHC (thử nghiệm)$2CCHC Report (test)$3',
  );
  return { main, test };
}

/** Writes both manifests into `out`; returns their paths. */
function writeManifests(base, out = path.join(root, 'dist')) {
  const version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version;
  const { main, test } = productionManifests(fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8'), baseUrl(base), version);
  fs.mkdirSync(out, { recursive: true });
  const files = { main: path.join(out, 'manifest.xml'), test: path.join(out, 'manifest-thu-nghiem.xml') };
  fs.writeFileSync(files.main, main);
  fs.writeFileSync(files.test, test);
  return files;
}

module.exports = { baseUrl, productionManifests, writeManifests, TEST_ID };

if (require.main === module) {
  const base = process.env.ADDIN_BASE_URL;
  if (!base) {
    console.log('Chưa đặt ADDIN_BASE_URL: không ghi manifest cho máy chủ (manifest.xml dùng khi phát triển, https://localhost:3000).');
    process.exit(0);
  }
  const outAt = process.argv.indexOf('--out');
  try {
    const files = writeManifests(base, outAt > 0 ? path.resolve(process.argv[outAt + 1]) : undefined);
    console.log(`Đã ghi ${path.relative(process.cwd(), files.main)} và ${path.relative(process.cwd(), files.test)} cho ${baseUrl(base)}`);
  } catch (e) {
    console.error(e.message);
    process.exit(2);
  }
}
