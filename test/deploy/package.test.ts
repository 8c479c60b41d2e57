import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { descendants, parseXml } from '../support/xml';

const ROOT = resolve(__dirname, '../..');
const BASE = 'https://cchc.example.gov.vn/addin/';
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

const node = (script: string, env: Record<string, string | undefined>, ...args: string[]) => {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ADDIN_BASE_URL: undefined, ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const manifestOf = (text: string) => {
  const all = descendants(parseXml(text));
  const first = (name: string) => all.find((e) => e.name === name)!;
  return { all, first };
};

describe('the production manifests', () => {
  it('are written for the host in ADDIN_BASE_URL: its URLs, its domain, the package’s version; a test channel beside', () => {
    const out = mkdtempSync(join(tmpdir(), 'cchc-manifest-'));
    // No trailing slash given: the base is a folder all the same.
    const r = node('manifest.js', { ADDIN_BASE_URL: BASE.slice(0, -1) }, '--out', out);
    expect(r.code).toBe(0);
    const main = manifestOf(readFileSync(join(out, 'manifest.xml'), 'utf8'));
    const test = manifestOf(readFileSync(join(out, 'manifest-thu-nghiem.xml'), 'utf8'));
    const dev = manifestOf(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'));
    const urls = (m: typeof main) =>
      m.all.flatMap((e) => [e.attrs.DefaultValue, e.text]).filter((v): v is string => typeof v === 'string' && /^https?:/.test(v));
    expect(urls(main).length).toBe(urls(dev).length);
    for (const u of urls(main)) expect(u === 'https://cchc.example.gov.vn' || u.startsWith(BASE)).toBe(true);
    expect(main.first('SourceLocation').attrs.DefaultValue).toBe(`${BASE}taskpane.html`);
    expect(main.first('AppDomain').text).toBe('https://cchc.example.gov.vn');
    // The version: the package's, past the development manifest's.
    expect(main.first('Version').text).toBe(`${VERSION}.0`);
    const parts = (v: string) => v.split('.').map(Number);
    const [a, b] = [parts(main.first('Version').text), parts(dev.first('Version').text)];
    expect(a.findIndex((n, i) => n !== b[i])).toBeGreaterThanOrEqual(0);
    expect(a[a.findIndex((n, i) => n !== b[i])]).toBeGreaterThan(b[a.findIndex((n, i) => n !== b[i])]);
    // The test channel: another id and name, the same host.
    expect(test.first('Id').text).not.toBe(main.first('Id').text);
    expect(test.first('DisplayName').attrs.DefaultValue).toBe('Báo cáo CCHC (thử nghiệm)');
    expect(main.first('DisplayName').attrs.DefaultValue).toBe('Báo cáo CCHC');
    expect(test.all.find((e) => e.attrs.id === 'Group.Label')!.attrs.DefaultValue).toBe('Báo cáo CCHC (thử nghiệm)');
    expect(urls(test)).toEqual(urls(main));
  });

  it('are not written without a base, and refuse one that is not plain https', () => {
    const out = mkdtempSync(join(tmpdir(), 'cchc-manifest-'));
    const none = node('manifest.js', {}, '--out', out);
    expect([none.code, readdirSync(out)]).toEqual([0, []]);
    for (const bad of ['http://cchc.example.gov.vn/addin/', 'https://cchc.example.gov.vn/addin/?v=2', 'cchc.example.gov.vn']) {
      const r = node('manifest.js', { ADDIN_BASE_URL: bad }, '--out', out);
      expect([r.code, r.err]).toEqual([2, expect.stringContaining(`ADDIN_BASE_URL phải là một địa chỉ https://`)]);
    }
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('npm run package', () => {
  it('makes one archive with the site, both manifests and the Vietnamese guide for that host', () => {
    const out = mkdtempSync(join(tmpdir(), 'cchc-package-'));
    const r = node('package.js', { ADDIN_BASE_URL: BASE }, '--out', out);
    expect([r.code, r.err]).toEqual([0, '']);
    const zip = unzipSync(readFileSync(join(out, `cchc-addin-${VERSION}.zip`)));
    const names = Object.keys(zip);
    // The pages and every script they load.
    const html = strFromU8(zip['site/taskpane.html']);
    // The built page is minified: attribute values may go unquoted.
    const scripts = [...html.matchAll(/<script[^>]+src="?([^"\s>]+)/g)].map((m) => m[1]).filter((s) => !s.startsWith('https://'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) expect(names).toContain(`site/${s}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'site/commands.html',
        'site/version.json',
        ...[16, 32, 64, 80].map((n) => `site/assets/icon-${n}.png`),
        'site/samples/bac-son-2024-Q3.xlsx',
        'manifest.xml',
        'manifest-thu-nghiem.xml',
        'HUONG-DAN-TRIEN-KHAI.md',
        'KIEM-TRA-LAN-DAU.md',
        'site/start.js',
        'site/huong-dan.html',
      ]),
    );
    // Only what the site needs: no source maps, no screenshots.
    expect(names.filter((n) => /\.map$|screenshot/.test(n))).toEqual([]);
    expect(JSON.parse(strFromU8(zip['site/version.json']))).toEqual({ version: VERSION });
    expect(manifestOf(strFromU8(zip['manifest.xml'])).first('SourceLocation').attrs.DefaultValue).toBe(`${BASE}taskpane.html`);
    const guide = strFromU8(zip['HUONG-DAN-TRIEN-KHAI.md']);
    for (const said of [
      `Phiên bản ${VERSION}, dựng cho địa chỉ **${BASE}**`,
      'IIS',
      'location /addin/ {',
      'Microsoft 365 admin center',
      'Trusted Add-in Catalogs',
      'https://appsforoffice.microsoft.com',
      `${BASE}taskpane.html`,
      'manifest-thu-nghiem.xml',
    ])
      expect(guide).toContain(said);
    expect(guide).not.toMatch(/\{\{\w+\}\}/);
  });

  it('asks for the base and says so', () => {
    const r = node('package.js', {});
    expect([r.code, r.err]).toEqual([2, expect.stringContaining('Cần ADDIN_BASE_URL')]);
  });
});

test('the built page knows its version and serves it beside itself', () => {
  const built = join(ROOT, 'dist', 'web', 'version.json');
  expect(existsSync(built)).toBe(true);
  expect(JSON.parse(readFileSync(built, 'utf8'))).toEqual({ version: VERSION });
  const scripts = readdirSync(join(ROOT, 'dist', 'web')).filter((f) => /^taskpane\..*\.js$/.test(f));
  expect(scripts.some((f) => readFileSync(join(ROOT, 'dist', 'web', f), 'utf8').includes(`"${VERSION}"`))).toBe(true);
});
