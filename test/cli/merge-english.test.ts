import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cchc, tempDir } from '../support/cli';
import { gridXlsx, handMade, sampleData } from '../support/hand-made';
import { provinceFolder } from '../support/province-folder';
import { cellValues, template } from '../support/templates';
import { templateXlsx } from '../support/workbooks';
import { parsePeriod } from '../../src/domain/period';

/**
 * `cchc merge --lang en --json` says what became of each file and what could not be totalled in
 * English: the log's reasons and the notes carry their facts (codes) and their text in the
 * language asked for, whatever the sheets say. Unit, file and sheet names and what a cell holds
 * are the units' own and stay as typed.
 */

const VIETNAMESE = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i;

interface Json {
  log: { file: string; unit: string; status: string; why?: { code: string }; recognised?: object; reason: string }[];
  notes: { code: string; file?: string; text: string }[];
}

let json: Json;
let names: string[];
beforeAll(async () => {
  const dir = tempDir();
  const inbox = join(dir, 'nhan');
  const inputs = await provinceFolder(inbox);
  // A commune's own table typed by hand, with note rows under it; a template whose figure is a word; a damaged file.
  const hand = handMade(template('dinh-ky'), sampleData('xa-nhat-quan-2024-Q3.csv'), {
    columns: ['stt', 'label', 'unit', 'value'],
    heading: ['UBND XÃ NHẤT QUÁN', 'THỐNG KÊ SỐ LIỆU CẢI CÁCH HÀNH CHÍNH QUÝ III NĂM 2024'],
    noteRows: true,
  });
  writeFileSync(join(inbox, 'nhat-quan.xlsx'), await gridXlsx(hand.grid));
  const { bytes } = await templateXlsx(template('dinh-ky'), {
    unit: 'UBND xã Chữ Số',
    period: parsePeriod('2024-Q3'),
    values: cellValues({ 'I.2.1': 'mười hai', 'I.2.2': 9 }),
  });
  writeFileSync(join(inbox, 'chu-so.xlsx'), bytes);
  writeFileSync(join(inbox, 'hong.xlsx'), Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]));
  const files = [...inputs, join(inbox, 'nhat-quan.xlsx'), join(inbox, 'chu-so.xlsx'), join(inbox, 'hong.xlsx')];
  const r = cchc('merge', ...files, '--unit', 'Sở Nội vụ tỉnh Hưng Yên', '--out', join(dir, 'tong-hop.xlsx'), '--lang', 'en', '--json');
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  json = JSON.parse(r.out) as Json;
  names = [...json.log.flatMap((l) => [l.file, l.unit]), 'UBND huyện Ân Thi', 'Sở Nội vụ tỉnh Hưng Yên'].filter(Boolean);
}, 180_000);

/** The sentence without the units' and files' names and what it quotes from a cell. */
const ownWords = (text: string) =>
  [...names]
    .sort((a, b) => b.length - a.length)
    .reduce((t, name) => t.split(name).join(''), text)
    .replace(/"[^"]*"/g, '');

test('the merge met what this test is about: reasons of several kinds, a recognised table, notes of several kinds', () => {
  const why = new Set(json.log.map((l) => l.why?.code));
  for (const code of ['unreadable', 'other-period', 'errors-kept', 'in-consolidation']) expect(why).toContain(code);
  expect(json.log.some((l) => l.recognised)).toBe(true);
  const notes = new Set(json.notes.map((n) => n.code));
  for (const code of ['cell-unreadable', 'label-unrecognised']) expect(notes).toContain(code);
});

test('every reason and every note is in English, the names aside', () => {
  const said = [...json.log.map((l) => l.reason).filter(Boolean), ...json.notes.map((n) => n.text)];
  expect(said.length).toBeGreaterThan(8);
  for (const text of said) {
    expect(ownWords(text)).not.toMatch(VIETNAMESE);
    expect(ownWords(text)).toMatch(/\b[a-z]{4,}\b/);
  }
});

test('the log and the notes say the facts in English, as the sheets would in Vietnamese', () => {
  const reason = (file: string) => json.log.find((l) => l.file === file)!.reason;
  expect(reason('tan-tien-quy-2.xlsx')).toBe('period 2024-Q2, not 2024-Q3');
  expect(reason('an-binh.xlsx')).toBe(
    'the figures of UBND xã An Bình are in the consolidation of UBND huyện Ân Thi (huyen-an-thi-tong-hop.xlsx): not counted twice',
  );
  expect(reason('huyen-an-thi-tong-hop.xlsx')).toBe('a consolidation of 2 units: UBND xã An Bình, UBND xã Cẩm Phúc');
  expect(reason('nhat-quan.xlsx')).toMatch(
    /^recognised from a hand-made table \(confidence 100%\): 121 rows recognised, \d+ not recognised/,
  );
  expect(json.notes.filter((n) => n.code === 'cell-unreadable').map((n) => n.text)).toEqual([
    'chu-so.xlsx: cell I.2.1 holds "mười hai", which cannot be read, not added to the total',
  ]);
  expect(json.notes.find((n) => n.code === 'label-unrecognised')!.text).toMatch(
    /^nhat-quan\.xlsx: cell [A-Z]+\d+ ".*" is not recognised as any indicator, not consolidated$/,
  );
});
