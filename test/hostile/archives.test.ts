import { deflateRawSync } from 'node:zlib';
import { readGrids } from '../../src/adapters/lean-reader/lean-reader';
import { LIMITS } from '../../src/adapters/lean-reader/limits';
import { readXlsx } from '../../src/cli/read-files';
import { problemText } from '../../src/domain/messages/problems';
import { outcome, rezip, SHEET, templateParts, text, withRows } from '../support/hostile';
import { makeZip } from '../support/zip-writer';

/**
 * Archives made hostile: each is refused with the file named and the reason or the limit said,
 * by both readers, within the test's time (a hang or a crash fails it).
 */
const READ = [(d: Uint8Array) => readXlsx('x.xlsx', d), (d: Uint8Array) => readGrids('x.xlsx', d)];

function refused(data: Uint8Array): unknown {
  const [node, page] = READ.map((read) => outcome(() => read(data)));
  expect(page).toEqual(node);
  return node;
}

const MiB = 1024 * 1024;

describe('a damaged archive is named as damaged, where', () => {
  test('a part whose bytes do not match its CRC', async () => {
    const parts = await templateParts();
    expect(refused(rezip(parts, {}, { claims: { [SHEET]: { crc: 12345 } } }))).toEqual({
      code: 'file-corrupt',
      file: 'x.xlsx',
      damage: { reason: 'entry-crc', part: SHEET },
    });
  });

  test('a part that inflates to more than the directory says (the page truncates, Node stops: both refuse)', async () => {
    const parts = await templateParts();
    const shorter = text(parts, SHEET).length - 100;
    const lying = rezip(parts, {}, { claims: { [SHEET]: { size: shorter } } });
    for (const read of READ) expect(outcome(() => read(lying))).toMatchObject({ code: 'file-corrupt', damage: { part: SHEET } });
    expect(outcome(() => READ[0](lying))).toMatchObject({ damage: { reason: 'entry-inflate' } });
    expect(outcome(() => READ[1](lying))).toMatchObject({ damage: { reason: 'entry-crc' } });
  });

  test('two entries of one name; an entry pointing into another', async () => {
    const parts = await templateParts();
    const twice = makeZip([...parts, [SHEET, 'x']], { deflate: true });
    expect(refused(twice)).toMatchObject({ damage: { reason: 'entry-duplicate', part: SHEET } });
    const overlap = rezip(parts, {}, { pointAt: { 'xl/sharedStrings.xml': SHEET } });
    expect(refused(overlap)).toMatchObject({ code: 'file-corrupt', damage: { reason: 'entry-overlap' } });
  });

  test('a part that is not UTF-8; a part declaring a DTD and entities', async () => {
    const parts = await templateParts();
    const strings = Buffer.from(text(parts, 'xl/sharedStrings.xml'), 'utf8');
    const bad = Buffer.concat([strings.subarray(0, 200), Buffer.from([0xc3, 0x28]), strings.subarray(200)]);
    expect(refused(rezip(parts, { 'xl/sharedStrings.xml': bad }))).toMatchObject({
      damage: { reason: 'not-utf8', part: 'xl/sharedStrings.xml' },
    });
    const sheetBytes = Buffer.from(text(parts, SHEET), 'utf8');
    // Inside the cells (Node decodes no further than the cell data: what follows is never read).
    const inCells = sheetBytes.indexOf('<sheetData') + 200;
    const badSheet = Buffer.concat([sheetBytes.subarray(0, inCells), Buffer.from([0xff]), sheetBytes.subarray(inCells)]);
    expect(refused(rezip(parts, { [SHEET]: badSheet }))).toMatchObject({ damage: { reason: 'not-utf8', part: SHEET } });
    const dtd = text(parts, 'xl/workbook.xml').replace('?>', '?><!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa">]>');
    const problem = refused(rezip(parts, { 'xl/workbook.xml': dtd }));
    expect(problem).toMatchObject({ damage: { reason: 'doctype', part: 'xl/workbook.xml' } });
    expect(problemText(problem as never)).toBe(
      'Tệp "x.xlsx" bị hỏng hoặc không đúng định dạng .xlsx (phần xl/workbook.xml có khai báo DOCTYPE/ENTITY, không được nhận).',
    );
  });
});

describe('limits: refused before the work, the limit named', () => {
  test('a part declared larger than a part may be (nothing is inflated)', async () => {
    const parts = await templateParts();
    const problem = refused(rezip(parts, {}, { claims: { [SHEET]: { size: 150 * MiB } } }));
    expect(problem).toEqual({ code: 'file-limit', file: 'x.xlsx', limit: 'part-size', max: LIMITS.partBytes, part: SHEET });
    expect(problemText(problem as never, 'en')).toBe(`"x.xlsx" is not read: a part inflates to more than 100 MiB (in ${SHEET}).`);
  });

  test('a zip bomb: 60 MiB of one character compressed a thousand times and more', async () => {
    const parts = await templateParts();
    const bomb = Buffer.alloc(60 * MiB, 0x20);
    expect(deflateRawSync(bomb).length * LIMITS.ratio).toBeLessThan(bomb.length);
    expect(refused(rezip(parts, { [SHEET]: bomb }))).toMatchObject({ code: 'file-limit', limit: 'ratio', part: SHEET });
  });

  test('more parts than an archive may hold', () => {
    const many: [string, string][] = Array.from({ length: LIMITS.entries + 1 }, (_, i) => [`x/${i}.xml`, '']);
    expect(refused(makeZip([['xl/workbook.xml', '<workbook/>'], ...many]))).toMatchObject({ code: 'file-limit', limit: 'entries' });
  });

  test('a shared string over Excel’s 32,767 characters; more cells than the limit; cells spread over a vast area', async () => {
    const parts = await templateParts();
    const strings = text(parts, 'xl/sharedStrings.xml').replace('</sst>', `<si><t>${'a'.repeat(LIMITS.stringLength + 1)}</t></si></sst>`);
    expect(refused(rezip(parts, { 'xl/sharedStrings.xml': strings }))).toMatchObject({ limit: 'string-length' });

    const rows = Math.ceil((LIMITS.cells + 1) / 1000);
    const row = (r: number) => `<row r="${r}">${'<c><v>1</v></c>'.repeat(1000)}</row>`;
    const full = withRows(text(parts, SHEET), Array.from({ length: rows }, (_, i) => row(300 + i)).join(''));
    expect(refused(rezip(parts, { [SHEET]: full }))).toMatchObject({ limit: 'cells', max: LIMITS.cells });

    // A cell in the last column on each of 2,000 rows: few cells, but 32 million places.
    const far = Array.from({ length: 2000 }, (_, i) => `<row r="${300 + i}"><c r="XFD${300 + i}"><v>1</v></c></row>`).join('');
    expect(refused(rezip(parts, { [SHEET]: withRows(text(parts, SHEET), far) }))).toMatchObject({ limit: 'area' });
  });
});

describe('large but honest sheets are read, in time that grows with their size', () => {
  test('100,000 plain cells without style or type; a row of 10,000 cells without addresses', async () => {
    const parts = await templateParts();
    const plain = Array.from({ length: 1000 }, (_, i) => `<row r="${300 + i}">${'<c><v>2</v></c>'.repeat(100)}</row>`).join('');
    const long = `<row r="1400">${'<c><v>3</v></c>'.repeat(10_000)}</row>`;
    const data = rezip(parts, { [SHEET]: withRows(text(parts, SHEET), plain + long) });
    for (const read of READ) {
      const [grid] = read(data);
      expect(grid.values[299].length).toBe(100);
      expect(grid.values[1298][99]).toBe(2); // row 1299, the last of the thousand
      expect(grid.values[1399].length).toBe(10_000);
      expect(grid.values[1399][9999]).toBe(3);
      expect(grid.damaged).toBeUndefined();
    }
  });
});
