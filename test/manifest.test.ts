import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { descendants, parseXml, type XmlElement } from './support/xml';
import { TABS } from '../src/taskpane/start-options';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

/** Offline checks of the manifests ("office-addin-manifest validate" needs Microsoft's service). */
const ROOT = resolve(__dirname, '..');
const DEV = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { productionManifests } = require('../bin/manifest.js') as {
  productionManifests: (dev: string, base: string, version: string) => { main: string; test: string };
};
const PRODUCTION_BASE = 'https://cchc.example.gov.vn/addin/';
const production = productionManifests(DEV, PRODUCTION_BASE, '1.1.0');
const child = (el: XmlElement, name: string) => el.children.find((c) => c.name === name);

const ORDER = [
  'Id',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'VersionOverrides',
];

/** The Resources group a resid must come from, by the element that uses it. */
const RESID_GROUP: Record<string, string> = {
  'bt:Image': 'bt:Images',
  SourceLocation: 'bt:Urls',
  FunctionFile: 'bt:Urls',
  LearnMoreUrl: 'bt:Urls',
  Label: 'bt:ShortStrings',
  Title: 'bt:ShortStrings',
  Description: 'bt:LongStrings',
};

function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe.each([
  ['manifest.xml (development)', DEV, 'https://localhost:3000/'],
  [`the production manifest for ${PRODUCTION_BASE}`, production.main, PRODUCTION_BASE],
  ['the test channel’s manifest', production.test, PRODUCTION_BASE],
])('%s', (_, text, base) => {
  const root = parseXml(text);
  const all = descendants(root);
  /** Resource id → its DefaultValue etc. and the group (bt:Images, bt:Urls, …) it sits in. */
  const resources = new Map(
    all
      .find((e) => e.name === 'Resources')!
      .children.flatMap((group) =>
        group.children.filter((r) => r.attrs.id).map((r) => [r.attrs.id, { attrs: r.attrs, group: group.name }] as const),
      ),
  );
  /** An icon's file in the repository: its URL under the base, from the project's root (assets/…). */
  const iconFile = (url: string) => {
    expect(url.startsWith(base)).toBe(true);
    return join(ROOT, url.slice(base.length));
  };

  test('is a TaskPaneApp whose elements come in schema order', () => {
    expect(root.name).toBe('OfficeApp');
    expect(root.attrs['xsi:type']).toBe('TaskPaneApp');
    const names = root.children.map((c) => c.name);
    expect(names).toEqual(ORDER.filter((n) => names.includes(n)));
    for (const required of [
      'Id',
      'Version',
      'ProviderName',
      'DefaultLocale',
      'DisplayName',
      'Description',
      'IconUrl',
      'Hosts',
      'DefaultSettings',
      'Permissions',
    ])
      expect(names).toContain(required);
  });

  test('has a GUID id, a four-part version and ReadWriteDocument permission', () => {
    expect(child(root, 'Id')!.text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(child(root, 'Version')!.text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(child(root, 'Permissions')!.text).toBe('ReadWriteDocument');
  });

  test('requires ExcelApi 1.7 (volume-licensed Office 2019) in a Workbook host', () => {
    const set = all.find((e) => e.name === 'Set')!;
    expect(set.attrs).toEqual({ Name: 'ExcelApi', MinVersion: '1.7' });
    expect(child(root, 'Requirements')!.children[0].attrs.DefaultMinVersion).toBe('1.7');
    expect(child(child(root, 'Hosts')!, 'Host')!.attrs.Name).toBe('Workbook');
  });

  test('every location is https, under the base the add-in is served from', () => {
    const urls = all.filter((e) => /Url$|SourceLocation$/.test(e.name) && e.attrs.DefaultValue).map((e) => e.attrs.DefaultValue);
    urls.push(
      ...all.filter((e) => (e.name === 'bt:Url' || e.name === 'bt:Image') && e.attrs.DefaultValue).map((e) => e.attrs.DefaultValue),
    );
    expect(urls.length).toBeGreaterThan(6);
    for (const u of urls) expect([u, u.startsWith(base)]).toEqual([expect.stringMatching(/^https:\/\//), true]);
    // The domain the pane may navigate in: the host's origin.
    expect(all.filter((e) => e.name === 'AppDomain').map((e) => e.text)).toEqual([new URL(base).origin]);
  });

  test('every icon exists in assets/ as a PNG of the size it claims', () => {
    const icons = all.filter((e) => e.name === 'bt:Image' && e.attrs.DefaultValue).map((e) => e.attrs.DefaultValue);
    icons.push(child(root, 'IconUrl')!.attrs.DefaultValue, child(root, 'HighResolutionIconUrl')!.attrs.DefaultValue);
    for (const url of icons) {
      const file = iconFile(url);
      expect(existsSync(file)).toBe(true);
      const size = Number(/icon-(\d+)\.png$/.exec(file)![1]);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  test('every ribbon icon resolves to a PNG of its size attribute', () => {
    const sized = all.filter((e) => e.name === 'bt:Image' && e.attrs.size);
    expect(sized.length).toBeGreaterThan(0);
    for (const img of sized) {
      const url = resources.get(img.attrs.resid)!.attrs.DefaultValue;
      const size = Number(img.attrs.size);
      expect(pngSize(iconFile(url))).toEqual({ width: size, height: size });
    }
  });

  test('every resid is defined in Resources, in the group its element needs', () => {
    const used = all.filter((e) => e.attrs.resid);
    expect(used.length).toBeGreaterThan(5);
    for (const e of used) {
      expect(resources.has(e.attrs.resid)).toBe(true);
      expect([e.name, resources.get(e.attrs.resid)!.group]).toEqual([e.name, RESID_GROUP[e.name]]);
    }
  });

  test('puts a "Báo cáo CCHC" group on the Home tab: four buttons, each opening the one pane at its tab', () => {
    const tab = all.find((e) => e.name === 'OfficeTab')!;
    expect(tab.attrs.id).toBe('TabHome');
    const text = (id: string) => all.find((e) => e.name === 'bt:String' && e.attrs.id === id)!.attrs.DefaultValue;
    const group = descendants(tab).find((e) => e.name === 'Group')!;
    expect(text(child(group, 'Label')!.attrs.resid)).toMatch(/^Báo cáo CCHC( \(thử nghiệm\))?$/);
    const buttons = descendants(group).filter((e) => e.name === 'Control' && e.attrs['xsi:type'] === 'Button');
    const opened = buttons.map((button) => {
      const action = child(button, 'Action')!;
      expect(action.attrs['xsi:type']).toBe('ShowTaskpane');
      expect(child(action, 'TaskpaneId')!.text).toBe('CCHC.Taskpane');
      const url = new URL(resources.get(child(action, 'SourceLocation')!.attrs.resid)!.attrs.DefaultValue);
      expect(url.pathname.endsWith('/taskpane.html')).toBe(true);
      return [text(child(button, 'Label')!.attrs.resid), url.searchParams.get('tab')];
    });
    expect(opened).toEqual([
      ['Chèn mẫu', 'insert'],
      ['Kiểm tra', 'check'],
      ['Tính toán', 'compute'],
      ['Tổng hợp', 'merge'],
    ]);
    // Each tab is one the pane opens at.
    for (const [, tabName] of opened) expect(TABS).toContain(tabName);
    expect(new Set(buttons.map((b) => b.attrs.id)).size).toBe(4);
  });

  test('its help page is the support address, shipped with the page', () => {
    expect(child(root, 'SupportUrl')!.attrs.DefaultValue).toBe(`${base}huong-dan.html`);
    expect(existsSync(join(ROOT, 'src/taskpane/huong-dan.html'))).toBe(true);
  });

  test('office-addin-manifest reads it as this test does (its online validation needs Microsoft’s service)', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cchc-manifest-')), 'manifest.xml');
    writeFileSync(file, text);
    // In a Node process of its own: the package loads an ES module jest's CommonJS runtime cannot.
    const read = `require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1]).then((i) => process.stdout.write(JSON.stringify(i)))`;
    const info = JSON.parse(execFileSync(process.execPath, ['-e', read, file], { cwd: ROOT, encoding: 'utf8' })) as {
      defaultSettings?: { sourceLocation?: string };
    };
    expect(info).toMatchObject({
      id: child(root, 'Id')!.text,
      version: child(root, 'Version')!.text,
      displayName: child(root, 'DisplayName')!.attrs.DefaultValue,
      defaultLocale: 'vi-VN',
      hosts: ['Workbook'],
      officeAppType: 'TaskPaneApp',
      permissions: 'ReadWriteDocument',
      supportUrl: `${base}huong-dan.html`,
      appDomains: [new URL(base).origin],
    });
    expect(info.defaultSettings?.sourceLocation).toBe(`${base}taskpane.html`);
  });

  test('the XML reader used here rejects malformed manifests', () => {
    expect(() => parseXml(text.replace('</Hosts>', ''))).toThrow(/mismatched|unclosed/);
    expect(() => parseXml(text.replace('<?xml version="1.0" encoding="UTF-8"?>', ''))).toThrow('missing XML declaration');
  });
});
