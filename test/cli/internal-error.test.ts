import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readGrids } from '../../src/adapters/lean-reader/lean-reader';
import { readUnitFile } from '../../src/app/merge';
import { run } from '../../src/cli/main';
import * as merge from '../../src/domain/merge/merge';
import { tempDir } from '../support/cli';
import { BAC_SON, cellValues, template, BUILT_IN } from '../support/templates';
import { templateXlsx } from '../support/workbooks';

/**
 * A bug of the add-in is never passed off as the user's bad file: a merge logs the file as not
 * read because of an internal error, and the command line says so and exits 3.
 */
const unitFile = async (unit: string) =>
  (await templateXlsx(template('dinh-ky'), { ...BAC_SON, unit, values: cellValues({ 'I.2.1': 4 }) })).bytes;
const facts = (file: string, bytes: Uint8Array) => ({ file, size: bytes.length, modified: 1, checksum: file });

afterEach(() => jest.restoreAllMocks());

test('a programming error while reading a file is logged as internal, and the other files are merged', async () => {
  const good = await unitFile('UBND xã Một');
  const bad = await unitFile('UBND xã Hai');
  const broken = (name: string, data: Uint8Array) => {
    if (name === 'hai.xlsx') throw new TypeError("Cannot read properties of undefined (reading 'values')");
    return readGrids(name, data);
  };
  const files = [
    readUnitFile(facts('mot.xlsx', good), good, broken, BUILT_IN),
    readUnitFile(facts('hai.xlsx', bad), bad, broken, BUILT_IN),
  ];
  expect(files[1].unreadable).toEqual({ internal: "TypeError: Cannot read properties of undefined (reading 'values')" });
  const result = merge.mergeReports(files, { catalogue: BUILT_IN, unit: 'UBND huyện Ân Thi' });
  const log = new Map(result.log.map((l) => [l.file, l]));
  expect(log.get('mot.xlsx')!.status).toBe('merged');
  expect(log.get('hai.xlsx')!.status).toBe('skipped');
  expect(log.get('hai.xlsx')!.reason).toBe(
    "Lỗi nội bộ của phần mềm (không phải do dữ liệu của bạn): TypeError: Cannot read properties of undefined (reading 'values'). Xin báo cho người phát triển.",
  );
  expect(log.get('hai.xlsx')!.reason).not.toMatch(/hỏng/);
  expect(result.values.get('I.2.1@value')).toBe(4);
});

test('a damaged file is the sender’s problem, named as such', async () => {
  const good = await unitFile('UBND xã Một');
  const cut = good.slice(0, good.length - 200);
  const read = readUnitFile(facts('cut.xlsx', cut), cut, readGrids, BUILT_IN);
  expect(read.unreadable).toMatchObject({ problem: { code: 'file-corrupt', file: 'cut.xlsx' } });
  const merged = merge.mergeReports([read, readUnitFile(facts('mot.xlsx', good), good, readGrids, BUILT_IN)], {
    catalogue: BUILT_IN,
    unit: 'UBND huyện Ân Thi',
  });
  expect(merged.log.find((l) => l.file === 'cut.xlsx')!.reason).toMatch(/^Tệp "cut.xlsx" bị hỏng hoặc không đúng định dạng .xlsx \(/);
});

describe('the command line', () => {
  const lines = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
  };
  const folder = async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'mot.xlsx'), await unitFile('UBND xã Một'));
    return dir;
  };

  test('exits 3 with a short internal-error message on a bug, and the stack with --debug', async () => {
    jest.spyOn(merge, 'mergeReports').mockImplementation(() => {
      throw new RangeError('Invalid array length');
    });
    const dir = await folder();
    const plain = lines();
    expect(await run(['merge', dir, '--out', join(dir, 'out.xlsx')], plain.io)).toBe(3);
    expect(plain.err).toEqual([
      'Lỗi nội bộ của phần mềm (không phải do dữ liệu của bạn): RangeError: Invalid array length. Xin báo cho người phát triển.',
      'Chạy lại với --debug để xem chi tiết.',
    ]);
    const debug = lines();
    expect(await run(['merge', dir, '--out', join(dir, 'out.xlsx'), '--debug'], debug.io)).toBe(3);
    expect(debug.err[1]).toMatch(/^RangeError: Invalid array length\n\s+at /);
  });

  test('exits 2 naming the input when the input is wrong', async () => {
    const dir = await folder();
    const r = lines();
    expect(await run(['merge', dir, '--out', join(dir, 'mot.xlsx')], r.io)).toBe(2);
    expect(r.err).toEqual([
      `Tệp kết quả "${join(dir, 'mot.xlsx')}" chính là tệp đầu vào "${join(dir, 'mot.xlsx')}" (cùng một tệp trên đĩa): hãy ghi ra tệp khác, tệp đầu vào không bao giờ bị ghi đè.`,
    ]);
  });
});
