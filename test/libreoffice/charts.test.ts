import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { writeNewWorkbook } from '../../src/cli/io';
import { mergeReports } from '../../src/domain/merge/merge';
import { mergeSheets } from '../../src/domain/merge/report-sheets';
import type { CellValue } from '../../src/domain/sheet/plan';
import { libreOfficeConvert } from '../support/libreoffice';
import { BUILT_IN } from '../support/templates';
import { dinhKyFiles } from '../support/units';

/** Three communes: on time 38/40 = 95%, 20/20 = 100%, 40/50 = 80%; online only for the first two. */
const UNITS: [string, Record<string, CellValue>][] = [
  ['UBND xã An Bình', { 'III.3.1.1': 40, 'III.3.1.2': 38, 'VII.5.3.1': 100, 'VII.5.3.2': 61 }],
  ['UBND xã Bắc Sơn', { 'III.3.1.1': 20, 'III.3.1.2': 20, 'VII.5.3.1': 8, 'VII.5.3.2': 2 }],
  ['UBND phường Hồng Hà', { 'III.3.1.1': 50, 'III.3.1.2': 40 }],
];

/** The consolidation as `cchc merge` writes it. */
async function consolidation(): Promise<Uint8Array> {
  const files = await dinhKyFiles(UNITS);
  const path = join(mkdtempSync(join(tmpdir(), 'cchc-charts-lo-')), 'tong-hop.xlsx');
  await writeNewWorkbook(mergeSheets(mergeReports(files, { catalogue: BUILT_IN, unit: 'Sở Nội vụ tỉnh Hưng Yên' })), path);
  return readFileSync(path);
}

const attrs = (tag: string) => new Map([...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1], m[2].replace(/&apos;/g, "'")]));

describe('the charts of a consolidation in LibreOffice', () => {
  it('are read as bar charts of the sheet’s cells, with the units’ rates as their data', async () => {
    const ods = unzipSync(libreOfficeConvert(await consolidation(), 'ods', 'tong-hop'));
    const content = strFromU8(ods['content.xml']);
    const start = content.indexOf('table:name="Biểu đồ"');
    const sheet = content.slice(start, content.indexOf('</table:table>', start));
    const objects = [...sheet.matchAll(/<draw:object [^>]*>/g)].map((m) => attrs(m[0]).get('xlink:href')!.replace('./', ''));
    // On time and online: two charts (nobody reported the plan, no target is settled by these figures).
    expect(objects).toHaveLength(2);
    const chart = (i: number) => strFromU8(ods[`${objects[i]}/content.xml`]);
    const series = (i: number) => attrs(/<chart:series [^>]*>/.exec(chart(i))![0]);
    expect(/<chart:chart [^>]*chart:class="chart:bar"/.test(chart(0))).toBe(true);
    // The bars of the on-time rates: rows 7–9 of the sheet, names in B, highest first.
    expect(series(0).get('chart:values-cell-range-address')).toBe("'Biểu đồ'.C7:'Biểu đồ'.C9");
    expect(attrs(/<chart:categories [^>]*>/.exec(chart(0))![0]).get('table:cell-range-address')).toBe("'Biểu đồ'.B7:'Biểu đồ'.B9");
    const values = [...chart(0).matchAll(/office:value="([^"]+)"/g)].map((m) => Number(m[1]));
    expect(values).toEqual([1, 38 / 40, 40 / 50].map((v) => expect.closeTo(v, 12)));
    // Online: 61/100 and 2/8.
    expect([...chart(1).matchAll(/office:value="([^"]+)"/g)].map((m) => Number(m[1]))).toEqual(
      [0.61, 0.25].map((v) => expect.closeTo(v, 12)),
    );
  });

  it('are drawn when the workbook is printed to PDF: each bar’s value written at its end', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-charts-pdf-'));
    writeFileSync(join(dir, 'tong-hop.pdf'), libreOfficeConvert(await consolidation(), 'pdf', 'tong-hop'));
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'tong-hop.pdf'), '-'], { encoding: 'utf8' });
    const pages = text.split('\f');
    const first = pages.findIndex((p) => p.includes('BIỂU ĐỒ'));
    const page = pages
      .slice(
        first,
        pages.findIndex((p, i) => i > first && p.includes('NHẬT KÝ TỔNG HỢP')),
      )
      .join('\n');
    // The cells show one decimal ("95.0%"); the labels on the bars are whole percents, drawn by the chart alone.
    for (const label of ['100%', '95%', '80%', '61%', '25%']) expect(page).toMatch(new RegExp(`(^|\\s)${label}(\\s|$)`, 'm'));
    expect(page).toMatch(/(^|\s)95\.0%/m);
  });

  it('prints each chart with its table on a page of its own, none cut between two pages', async () => {
    // The plan reported too (70% and 100%): three charts.
    const files = await dinhKyFiles(
      UNITS.map(([unit, v], i): [string, Record<string, CellValue>] => [unit, i < 2 ? { ...v, 'I.2.1': 10, 'I.2.2': 7 + 3 * i } : v]),
    );
    const dir = mkdtempSync(join(tmpdir(), 'cchc-charts-pages-'));
    await writeNewWorkbook(
      mergeSheets(mergeReports(files, { catalogue: BUILT_IN, unit: 'Sở Nội vụ tỉnh Hưng Yên' })),
      join(dir, 'th.xlsx'),
    );
    writeFileSync(join(dir, 'th.pdf'), libreOfficeConvert(readFileSync(join(dir, 'th.xlsx')), 'pdf', 'th'));
    // pdftotext splits some words of a line with spaces ("tiếp nh ận"): pages and titles compared without them.
    const all = execFileSync('pdftotext', ['-layout', join(dir, 'th.pdf'), '-'], { encoding: 'utf8' })
      .split('\f')
      .map((p) => p.replace(/\s+/g, ''));
    // The charts sheet's pages: from its title to the log's.
    const first = all.findIndex((p) => p.includes('BIỂUĐỒ—'));
    const pages = all.slice(
      first,
      all.findIndex((p, i) => i > first && p.includes('NHẬTKÝTỔNGHỢP')),
    );
    const titles = ['III.3.1. Tỷ lệ hồ sơ TTHC do UBND', 'VII.5.3. Tỷ lệ hồ sơ TTHC được tiếp nhận', 'I.2. Tỷ lệ hoàn thành Kế hoạch'].map(
      (t) => t.replace(/\s+/g, ''),
    );
    // Three pages, each with one table (its "Tổng hợp: …" note, a cell of the sheet) and its chart's bars. (A chart that
    // starts at a page's first row also leaves its words, clipped and unseen, on the page before: only cells are counted.)
    expect(pages).toHaveLength(3);
    expect(pages.map((p) => p.split('Tổnghợp:').length - 1)).toEqual([1, 1, 1]);
    titles.forEach((t, i) => expect(pages[i]).toContain(t));
    expect(pages[2]).toContain('BắcSơn100%');
    expect(pages[2]).toContain('AnBình70%');
  });
});
