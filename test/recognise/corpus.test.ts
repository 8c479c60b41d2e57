import { mergeReports, type MergeResult, type UnitFile } from '../../src/domain/merge/merge';
import { unitReport } from '../../src/domain/merge/unit-report';
import { recogniseGrid } from '../../src/domain/recognise/recognise';
import { readAnySheet } from '../../src/domain/recognise/recognised-sheet';
import type { CellValue } from '../../src/domain/sheet/plan';
import type { TemplateSheet } from '../../src/domain/sheet/read';
import { DERIVED } from '../support/derived-oracle';
import { asciiFold, handMade, sampleData, type Data, type HandMade } from '../support/hand-made';
import { typedSheet } from '../support/typed-sheet';
import { BUILT_IN, template } from '../support/templates';

const UNITS = [
  { unit: 'UBND xã Bắc Sơn', caps: 'UBND XÃ BẮC SƠN', data: sampleData('bac-son-2024-Q3.csv') },
  { unit: 'UBND xã Nhất Quán', caps: 'UBND XÃ NHẤT QUÁN', data: sampleData('xa-nhat-quan-2024-Q3.csv') },
];
const heading = (u: (typeof UNITS)[number]) => [
  u.caps,
  'PHỤ LỤC',
  'THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH QUÝ III NĂM 2024',
  `(Kèm theo Báo cáo số 68/BC-UBND ngày 15/9/2024 của ${u.unit})`,
];

const FORM: HandMade['columns'] = ['stt', 'label', 'unit', 'value', 'note'];
/** Hand-made variants of Mẫu A; `all`: every row of the form is tied (the merge then equals a clean one). */
const VARIANTS: { name: string; opts: HandMade; all: boolean }[] = [
  { name: 'as the Word form, "Kết quả thống kê" over two header rows', opts: { columns: FORM, twoRowHeader: true }, all: true },
  { name: 'no diacritics anywhere', opts: { columns: FORM, ascii: true }, all: true },
  {
    name: 'columns reordered, other header words',
    opts: { columns: ['value', 'label', 'unit', 'stt', 'note'], words: { label: 'Nội dung', unit: 'ĐVT', stt: 'TT', value: 'Kết quả' } },
    all: true,
  },
  { name: 'no STT column', opts: { columns: ['label', 'unit', 'value'] }, all: true },
  { name: 'shifted down and right', opts: { columns: FORM, top: 6, left: 3 }, all: true },
  { name: 'blank rows and note rows', opts: { columns: FORM, blankRows: true, noteRows: true }, all: true },
  { name: 'numbers typed as text', opts: { columns: FORM, numbersAsText: true }, all: true },
  { name: 'labels with slips', opts: { columns: FORM, slips: ['I.1', 'II.2.1', 'III.1', 'VII.5.4', 'VI.1.1'] }, all: true },
  { name: 'STT shifted one row against the labels', opts: { columns: FORM, sttShifted: true }, all: true },
  {
    name: 'no diacritics, no STT, numbers as text',
    opts: { columns: ['label', 'value', 'unit'], ascii: true, numbersAsText: true },
    all: true,
  },
  {
    name: 'a second table below (contacts)',
    opts: {
      columns: FORM,
      after: [
        [],
        ['DANH SÁCH CÁN BỘ ĐẦU MỐI'],
        ['STT', 'Họ và tên', 'Chức vụ', 'Điện thoại'],
        ['1', 'Nguyễn Văn An', 'Công chức Văn phòng', '0912345678'],
        ['2', 'Lê Thị Bình', 'Phó Chủ tịch UBND xã', '0987654321'],
      ],
    },
    all: true,
  },
  {
    name: 'a second table of figures below (budget)',
    opts: {
      columns: FORM,
      after: [[], ['STT', 'Nội dung', 'Số liệu'], ['1', 'Kinh phí thực hiện CCHC', 120000000], ['2', 'Kinh phí ứng dụng CNTT', 80000000]],
    },
    all: true,
  },
  { name: 'a section and a group row left out', opts: { columns: FORM, drop: ['III', 'II.2.2'] }, all: false },
];

describe('hand-made Mẫu A sheets', () => {
  for (const v of VARIANTS)
    test(`${v.name}: recognised, no row tied to a wrong code`, () => {
      for (const u of UNITS) {
        const { grid, codeAt } = handMade(template('dinh-ky'), u.data, { heading: heading(u), ...v.opts });
        const r = recogniseGrid(grid, BUILT_IN)!;
        expect(r.template.id).toBe('dinh-ky');
        for (const row of r.rows) expect([row.row, row.code]).toEqual([row.row, codeAt.get(row.row)]);
        if (v.all) expect(r.rows).toHaveLength(121);
        else expect(r.rows.length).toBeGreaterThan(90);
        // Every row written for an indicator is tied or listed as unmatched: none vanishes.
        const listed = new Set([...r.rows.map((x) => x.row), ...r.unmatched.map((x) => x.row)]);
        for (const row of codeAt.keys()) expect(listed.has(row)).toBe(true);
        expect(r.heading).toEqual({ unit: v.opts.ascii ? asciiFold(u.unit) : u.unit, period: '2024-Q3' });
      }
    });
});

const files = (sheets: TemplateSheet[]): UnitFile[] =>
  sheets.map((s, i) => ({ file: `${i}.xlsx`, size: 1, modified: 1, checksum: String(i), report: unitReport(`${i}.xlsx`, s) }));
const merged = (sheets: TemplateSheet[]) => mergeReports(files(sheets), { catalogue: BUILT_IN, unit: 'UBND tỉnh Thử Nghiệm' });
/** A map as sorted entries: the same figures read in another column order are the same facts. */
const sorted = (m: Map<string, unknown>) => [...m].sort(([a], [b]) => (a < b ? -1 : 1));
const facts = (m: MergeResult) => ({
  values: sorted(m.values),
  derived: sorted(m.derived),
  reported: sorted(m.reported),
  units: m.units.map((u) => ({ unit: u.unit, values: sorted(u.values), derived: sorted(u.derived) })),
  errors: m.errors.map((e) => [e.unit, e.finding.rule, e.finding.code].join(' ')).sort(),
});

describe('the merge of recognised sheets equals the merge of the same figures in clean templates', () => {
  let clean: ReturnType<typeof facts>;
  beforeAll(async () => {
    const sheets = await Promise.all(
      UNITS.map((u) => typedSheet('dinh-ky', Object.fromEntries([...u.data].map(([k, x]) => [k, x])), u.unit)),
    );
    clean = facts(merged(sheets));
  });
  for (const v of VARIANTS.filter((x) => x.all && !x.opts.ascii))
    test(v.name, () => {
      const sheets = UNITS.map((u) =>
        readAnySheet(handMade(template('dinh-ky'), u.data, { heading: heading(u), ...v.opts }).grid, BUILT_IN)!,
      );
      expect(sheets.map((s) => [s.identity.unit, s.identity.period])).toEqual(UNITS.map((u) => [u.unit, '2024-Q3']));
      expect(facts(merged(sheets))).toEqual(clean);
    });
  test('the clean merge holds every figure the units sent (derived cells apart), so that equality says something', () => {
    const derived = new Set(template('dinh-ky').tables[0].sections.flatMap((s) => s.rows.filter((r) => r.formula).map((r) => r.code)));
    const given = (u: (typeof UNITS)[number]) => [...u.data].filter(([k, v]) => !derived.has(k.split('@')[0]) && v !== '—').map(([k]) => k);
    expect(
      clean.units.map((u) =>
        [...u.values]
          .filter(([, v]) => v !== null)
          .map(([k]) => k)
          .sort(),
      ),
    ).toEqual(UNITS.map((u) => given(u).sort()));
  });
});

/** Figures for a year form, made up row by row and year by year (a count, a share, a code, a text by the row's kind), with its totals typed as a unit types them (worked out by the separate oracle). */
function yearData(id: string): Data {
  const t = template(id);
  const data: Data = new Map();
  const years = t.tables[0].columns.filter((c) => c.role === 'value').map((c) => c.key);
  t.tables[0].sections
    .flatMap((s) => s.rows)
    .forEach((r, i) =>
      years.forEach((y, j) => {
        if (r.formula || r.kind === 'group') return;
        const v =
          r.kind === 'count'
            ? 3 + ((i * 7 + j * 5) % 40)
            : r.kind === 'percent'
              ? ((i + j) % 10) / 10
              : r.kind === 'code'
                ? (r.codes?.[0]?.value ?? null)
                : 'Đã thực hiện';
        data.set(`${r.code}@${y}`, v);
      }),
    );
  for (const [code, f] of Object.entries(DERIVED[id] ?? {}))
    for (const y of years) {
      const v = f((c) => {
        const x = data.get(`${c}@${y}`);
        return typeof x === 'number' ? x : null;
      });
      if (v !== null) data.set(`${code}@${y}`, v);
    }
  return data;
}
const B_HEADING = [
  'UBND HUYỆN KHÁNH SƠN',
  'PHỤ LỤC',
  'THỐNG KÊ CÁC CHỈ TIÊU',
  '(Kèm theo Kế hoạch số 04/KH-UBND ngày 20 tháng 01 năm 2020 của UBND tỉnh)',
];
const B_VARIANTS: { id: string; opts: HandMade }[] = [
  { id: 'tong-ket-pl1', opts: { columns: ['stt', 'label', 'unit', 'value'], words: { label: 'Chỉ tiêu' }, ascii: true } },
  {
    id: 'tong-ket-pl3',
    opts: {
      columns: ['label', 'value', 'unit'],
      words: { label: 'Chỉ tiêu' },
      years: ['y2020', 'y2019', 'y2018', 'y2017', 'y2016', 'y2015'],
    },
  },
  {
    id: 'tong-ket-pl6',
    opts: {
      columns: ['stt', 'label', 'unit', 'value', 'note'],
      words: { label: 'Chỉ tiêu' },
      numbersAsText: true,
      blankRows: true,
      top: 2,
      left: 1,
    },
  },
];

describe('hand-made year forms (Mẫu B)', () => {
  for (const { id, opts } of B_VARIANTS)
    test(`${id}: every row tied to its own code, every year to its column, and merged as the clean form`, async () => {
      const data = yearData(id);
      const { grid, codeAt } = handMade(template(id), data, { heading: B_HEADING, ...opts });
      const r = recogniseGrid(grid, BUILT_IN)!;
      expect(r.template.id).toBe(id);
      expect(r.rows.map((x) => [x.row, x.code])).toEqual([...codeAt].map(([row, code]) => [row, code]));
      // The plan's signing date ("năm 2020") is not the period; the unit is the one heading the sheet.
      expect(r.heading).toEqual({ unit: opts.ascii ? 'UBND huyen Khanh Son' : 'UBND huyện Khánh Sơn' });
      const sheet = readAnySheet(grid, BUILT_IN)!;
      // Typed without diacritics, a text answer is that text.
      const typed = [...data].map(([k, v]) => [k, opts.ascii && typeof v === 'string' ? asciiFold(v) : v]);
      const cleanSheet = await typedSheet(id, Object.fromEntries(typed), sheet.identity.unit);
      expect(facts(merged([sheet]))).toEqual(facts(merged([cleanSheet])));
    });
});

describe('sheets that are not appendices', () => {
  const sheets: Record<string, CellValue[][]> = {
    'a budget table': [
      ['DỰ TOÁN NGÂN SÁCH NĂM 2024'],
      ['STT', 'Nội dung', 'Dự toán', 'Thực hiện'],
      ['1', 'Chi thường xuyên', 1200, 1100],
      ['2', 'Chi đầu tư', 500, 430],
    ],
    'a staff list': [['DANH SÁCH CÁN BỘ, CÔNG CHỨC'], ['STT', 'Họ và tên', 'Chức vụ', 'Ghi chú'], ['1', 'Nguyễn Văn An', 'Chủ tịch', null]],
    'a table of other figures under appendix words': [
      ['BÁO CÁO KẾT QUẢ THU NGÂN SÁCH'],
      ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Số liệu'],
      ['1', 'Thu thuế sử dụng đất phi nông nghiệp', 'Triệu đồng', 320],
      ['2', 'Thu phí, lệ phí', 'Triệu đồng', 85],
      ['3', 'Thu khác ngân sách xã', 'Triệu đồng', 40],
      ['4', 'Số hồ sơ đã tiếp nhận', 'Hồ sơ', 12],
    ],
  };
  for (const [name, values] of Object.entries(sheets))
    test(`${name} is not recognised`, () =>
      expect(recogniseGrid({ name: 'Sheet1', values, formulas: [], numFmts: [] }, BUILT_IN)).toBeUndefined());
});
