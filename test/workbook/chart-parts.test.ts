import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { addCharts } from '../../src/adapters/exceljs/chart-parts';
import { storedBytes, zipEntries } from '../../src/adapters/lean-reader/zip';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/exceljs-adapter';
import { writeNewWorkbook } from '../../src/cli/io';
import { InternalError } from '../../src/domain/errors';
import { tablePlan } from '../../src/domain/render/table';
import type { ChartPlan, SheetPlan } from '../../src/domain/sheet/plan';
import { makeZip } from '../support/zip-writer';

/** Three communes' rates in rows 5–7 (names in B, rates in C), a note on B5, two charts drawn from them. */
function ratesPlan(name: string): SheetPlan {
  const plan = tablePlan(
    name,
    ['Tỷ lệ hồ sơ đúng hạn'],
    [
      { header: 'STT', width: 6, kind: 'count' },
      { header: 'Đơn vị', width: 30, kind: 'text' },
      { header: 'Tỷ lệ', width: 10, kind: 'percent' },
    ],
    [{ cells: [1, 'UBND xã A & B', 0.95] }, { cells: [2, 'UBND xã <C>', 0.8] }, { cells: [3, 'UBND xã D', null] }],
  );
  const chart = (title: string, top: number): ChartPlan => ({
    title,
    series: 'Tỷ lệ',
    rows: { first: 4, last: 6 },
    labelCol: 2,
    valueCol: 3,
    percent: true,
    at: { top, left: 6, bottom: top + 15, right: 14 },
  });
  return { ...plan, notes: [{ row: 4, col: 2, text: 'ghi chú' }], charts: [chart('Đúng hạn', 2), chart('Lần hai', 20)] };
}

const parts = (xlsx: Uint8Array) => {
  const files = unzipSync(xlsx);
  return { names: Object.keys(files), text: (p: string) => strFromU8(files[p]) };
};

async function inMemory(plans: SheetPlan[]): Promise<Uint8Array> {
  const wb = ExcelJsWorkbook.create(ExcelJS);
  for (const p of plans) await wb.addSheet(p);
  return wb.toBuffer();
}

async function streamed(plans: SheetPlan[]): Promise<Uint8Array> {
  const path = join(mkdtempSync(join(tmpdir(), 'cchc-charts-')), 'out.xlsx');
  await writeNewWorkbook(plans, path);
  return readFileSync(path);
}

describe.each([
  ['the in-memory writer (page, CLI edits)', inMemory],
  ['the streaming writer (cchc merge)', streamed],
])('charts written into a file by %s', (_, write) => {
  it('anchors each chart over its cells, refers to the sheet’s own cells, and caches their values', async () => {
    const p = parts(await write([tablePlan('Trước', ['x'], [{ header: 'a', width: 5, kind: 'text' }], []), ratesPlan("Xã 'A' mới")]));
    // The second sheet's part, found through the workbook as Excel does.
    const rid = [...p.text('xl/workbook.xml').matchAll(/<sheet\b[^>]*\sr:id="(rId\d+)"/g)][1][1];
    const target = new RegExp(`Id="${rid}"[^>]*Target="/?(?:xl/)?([^"]+)"`).exec(p.text('xl/_rels/workbook.xml.rels'))![1];
    const sheet = p.text(`xl/${target}`);
    const rels = p.text(`xl/${target.replace(/([^/]+)$/, '_rels/$1.rels')}`);
    // The note's parts keep their ids; the drawing takes one not yet used.
    const ids = [...rels.matchAll(/Id="(rId\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const drawingRel = /<Relationship Id="(rId\d+)" Type="[^"]+\/drawing" Target="\.\.\/drawings\/(drawing\d+\.xml)"/.exec(rels)!;
    expect(rels).toMatch(/\/comments"/);
    // <drawing> before <legacyDrawing> (the note's), as the schema orders them.
    const drawingAt = sheet.indexOf(`<drawing r:id="${drawingRel[1]}"/>`);
    expect(drawingAt).toBeGreaterThan(0);
    expect(drawingAt).toBeLessThan(sheet.indexOf('<legacyDrawing'));

    const drawing = p.text(`xl/drawings/${drawingRel[2]}`);
    const corners = [...drawing.matchAll(/<xdr:col>(\d+)<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>(\d+)<\/xdr:row>/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    // Zero-based: from F2 (5, 1) to the end of N17 (14, 17); the second from F20 to N35.
    expect(corners).toEqual([
      [5, 1],
      [14, 17],
      [5, 19],
      [14, 35],
    ]);
    const charts = [...p.text(`xl/drawings/_rels/${drawingRel[2]}.rels`).matchAll(/Target="\.\.\/charts\/(chart\d+\.xml)"/g)].map(
      (m) => m[1],
    );
    expect(charts).toHaveLength(2);
    const chart = p.text(`xl/charts/${charts[0]}`);
    expect([...chart.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) => m[1])).toEqual(["'Xã ''A'' mới'!$B$4:$B$6", "'Xã ''A'' mới'!$C$4:$C$6"]);
    expect([...chart.matchAll(/<c:pt idx="(\d)"><c:v>([^<]*)<\/c:v>/g)].map((m) => [m[1], m[2]])).toEqual([
      ['0', 'UBND xã A &amp; B'],
      ['1', 'UBND xã &lt;C&gt;'],
      ['2', 'UBND xã D'],
      // The empty rate has no point.
      ['0', '0.95'],
      ['1', '0.8'],
    ]);
    expect(chart).toContain('<c:barDir val="bar"/>');
    expect(chart).toContain('<a:t>Đúng hạn</a:t>');
    expect(chart).toContain('<c:orientation val="maxMin"/>');
    expect(chart).toMatch(/<c:max val="1"\/><c:min val="0"\/>/);
    const types = p.text('[Content_Types].xml');
    for (const part of [`/xl/drawings/${drawingRel[2]}`, ...charts.map((c) => `/xl/charts/${c}`)])
      expect(types).toContain(`PartName="${part}"`);
    // The first sheet has no drawing.
    expect(p.names.filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))).toHaveLength(1);
  });

  it('gives each sheet with charts its own drawing, the charts numbered across the workbook', async () => {
    const p = parts(await write([ratesPlan('Một'), ratesPlan('Hai')]));
    expect(p.names.filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).sort()).toEqual([1, 2, 3, 4].map((i) => `xl/charts/chart${i}.xml`));
    const targets = p.names
      .filter((n) => /^xl\/drawings\/_rels\/drawing\d\.xml\.rels$/.test(n))
      .sort()
      .map((n) => [...p.text(n).matchAll(/charts\/(chart\d)/g)].map((m) => m[1]));
    expect(targets).toEqual([
      ['chart1', 'chart2'],
      ['chart3', 'chart4'],
    ]);
  });

  it('copies the parts it does not change as they were, compressed bytes and all', async () => {
    const plans = [tablePlan('Trước', ['x'], [{ header: 'a', width: 5, kind: 'text' }], []), ratesPlan('Biểu đồ')];
    const drawn = await write(plans);
    // The same sheets written without their charts: what exceljs wrote before the charts were added.
    const plain = await write(plans.map((p) => ({ ...p, charts: [] })));
    const raw = (bytes: Uint8Array) => {
      const entries = zipEntries(bytes);
      return (name: string) => Buffer.from(storedBytes(bytes, entries.get(name)!));
    };
    for (const part of ['xl/worksheets/sheet1.xml', 'xl/styles.xml', 'xl/sharedStrings.xml'].filter((n) => zipEntries(plain).has(n)))
      expect(raw(drawn)(part).equals(raw(plain)(part))).toBe(true);
  });

  it('leaves a file exceljs still reads, cells intact', async () => {
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await write([ratesPlan('Biểu đồ')])) as unknown as ArrayBuffer);
    const ws = back.getWorksheet('Biểu đồ')!;
    expect([ws.getCell('B4').value, ws.getCell('C5').value]).toEqual(['UBND xã A & B', 0.8]);
  });
});

describe('drawing charts into a package', () => {
  const SHEET = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';
  const pkg = (sheet: string) =>
    makeZip({
      '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>',
      'xl/workbook.xml': '<workbook><sheets><sheet name="S" sheetId="1" r:id="rId7"/></sheets></workbook>',
      'xl/_rels/workbook.xml.rels':
        '<Relationships><Relationship Id="rId7" Type="x/worksheet" Target="/xl/worksheets/s.xml"/></Relationships>',
      'xl/worksheets/s.xml': sheet,
    });
  const plan = { ...ratesPlan('S'), name: 'S' };

  it('makes the sheet’s relationships where it had none and declares their namespace', () => {
    const p = parts(addCharts(pkg(SHEET), [{ name: 'S', plan }]));
    expect(p.text('xl/worksheets/_rels/s.xml.rels')).toContain(
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing"',
    );
    expect(p.text('xl/worksheets/s.xml')).toMatch(
      /^<worksheet xmlns:r="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships" [^>]*><sheetData\/><drawing r:id="rId1"\/><\/worksheet>$/,
    );
  });

  it('returns the bytes untouched when no sheet has a chart', () => {
    const bytes = pkg(SHEET);
    expect(addCharts(bytes, [{ name: 'S', plan: { ...plan, charts: [] } }])).toBe(bytes);
  });

  it('refuses a sheet that has a drawing already, or a sheet the package lacks, as its own bug', () => {
    expect(() => addCharts(pkg(SHEET.replace('<sheetData/>', '<sheetData/><drawing r:id="rId1"/>')), [{ name: 'S', plan }])).toThrow(
      InternalError,
    );
    expect(() => addCharts(pkg(SHEET), [{ name: 'Khác', plan }])).toThrow(InternalError);
  });
});
