import { renderTemplate, wrappedLines } from '../../src/domain/render/template';
import { loadTemplate } from '../../src/domain/catalogue/catalogue';
import { STYLES } from '../../src/domain/render/styles';
import { MARK_FILL } from '../../src/domain/validate/marks';
import { cellKey } from '../../src/domain/sheet/identity';
import type { SheetPlan } from '../../src/domain/sheet/plan';
import { BAC_SON, BUILT_IN, template } from '../support/templates';

/** The plan's cells by address ("E13"), with their style looked up. */
function cellsOf(plan: SheetPlan) {
  const at = new Map(plan.cells.map((c) => [`${String.fromCharCode(64 + c.col)}${c.row}`, c]));
  return (a: string) => {
    const c = at.get(a);
    return c && { value: c.value, formula: c.formula, result: c.result, style: c.style, look: plan.styles[c.style] };
  };
}

describe('Mẫu A as the official form (rows and columns worked out from the form)', () => {
  const values = new Map([
    [cellKey('I.2.1', 'value'), 7],
    [cellKey('I.2.2', 'value'), 5],
  ]);
  let plan: SheetPlan;
  let at: ReturnType<typeof cellsOf>;
  // Made in each test, not once for the suite, so that mutation testing knows which tests run it.
  beforeEach(() => {
    plan = renderTemplate(template('dinh-ky'), { ...BAC_SON, values });
    at = cellsOf(plan);
  });

  test('identity in hidden column A, the motto block, the title with the period, the report line', () => {
    expect(plan.name).toBe('Phụ lục 2024-Q3');
    expect(plan.columns[0]).toEqual({ width: 12, hidden: true });
    expect(plan.columns.slice(1).map((c) => c.width)).toEqual([7, 62, 16, 12, 13]);
    expect([at('A1')!.value, at('A2')!.value, at('A3')!.value]).toEqual(['cchc:dinh-ky@1.1.0', 'UBND xã Bắc Sơn', '2024-Q3']);
    expect(at('B1')).toMatchObject({ value: 'UBND XÃ BẮC SƠN', style: 'issuer' });
    expect(at('D1')).toMatchObject({ value: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', style: 'motto' });
    expect(at('D2')).toMatchObject({ value: 'Độc lập - Tự do - Hạnh phúc', style: 'motto-sub' });
    expect(at('B4')!.value).toBe('PHỤ LỤC');
    expect(at('B5')!.value).toBe('THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH QUÝ III NĂM 2024');
    expect(at('B6')).toMatchObject({ value: '(Kèm theo Báo cáo số 68/BC-UBND ngày 15/9/2024 của UBND xã Bắc Sơn)', style: 'note-line' });
    // The scope of use is in the heading cell of the indicators (below), not a line of its own.
    expect(at('B7')).toBeUndefined();
    expect(plan.merges).toEqual(
      expect.arrayContaining([
        { top: 1, left: 2, bottom: 1, right: 3 },
        { top: 1, left: 4, bottom: 1, right: 6 },
        { top: 2, left: 4, bottom: 2, right: 6 },
        { top: 4, left: 2, bottom: 4, right: 6 },
        { top: 5, left: 2, bottom: 5, right: 6 },
      ]),
    );
  });

  test('two header rows with "Kết quả thống kê" over its columns, the column map, the frozen header', () => {
    expect(['B8', 'C8', 'D8', 'E8', 'F8'].map((a) => at(a)?.value ?? null)).toEqual([
      'STT',
      'Chỉ tiêu thống kê\n(Sử dụng trong kỳ báo cáo hằng quý, 6 tháng, năm)',
      'Kết quả thống kê',
      null,
      'Ghi chú',
    ]);
    expect(['D9', 'E9'].map((a) => at(a)!.value)).toEqual(['Đơn vị tính', 'Số liệu']);
    expect(plan.merges).toEqual(
      expect.arrayContaining([
        { top: 8, left: 2, bottom: 9, right: 2 },
        { top: 8, left: 3, bottom: 9, right: 3 },
        { top: 8, left: 4, bottom: 8, right: 5 },
        { top: 8, left: 6, bottom: 9, right: 6 },
      ]),
    );
    expect(at('A9')!.value).toBe('#cols value@E');
    expect(plan.freezeRows).toBe(9);
    expect(plan.print).toEqual({ landscape: false, titleRows: [8, 9], firstCol: 2, lastRow: plan.print.lastRow, lastCol: 6 });
    expect(plan.protect).toBe(true);
    expect(plan.font).toBe('Times New Roman');
  });

  test('sections, rows, STT, units and notes; inputs unlocked, derived cells as formulas with their results', () => {
    expect(at('B10')).toMatchObject({ value: 'I', style: 'section-stt' });
    expect(at('C10')).toMatchObject({ value: 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', style: 'section' });
    expect(plan.merges).toContainEqual({ top: 10, left: 3, bottom: 10, right: 6 });
    expect(['A11', 'B11', 'D11', 'F11'].map((a) => at(a)!.value)).toEqual(['I.1', '1', 'Văn bản', 'Văn phòng']);
    expect(at('E11')).toMatchObject({ value: null, style: 'input-count', look: { locked: false, numFmt: '#,##0' } });
    expect(at('E12')).toMatchObject({
      formula: 'IF(OR(COUNT(E14)=0,N(E13)=0),"",E14/E13)',
      style: 'derived-percent',
      look: { locked: true, numFmt: '0.0%' },
    });
    expect(at('E12')!.result as number).toBeCloseTo(5 / 7, 12);
    expect([at('E13')!.value, at('E14')!.value]).toEqual([7, 5]);
    expect(at('B13')!.value).toBe('2.1');
    // A group row: bold STT and label, no value.
    expect(at('A15')!.value).toBe('I.3');
    expect(at('B15')).toMatchObject({ value: '3', style: 'stt-bold' });
    expect(at('C15')).toMatchObject({ value: 'Kiểm tra CCHC', style: 'label-bold' });
    expect(at('E15')).toMatchObject({ value: null, style: 'group-value' });
    // A ratio with no parts: blank result.
    expect(at('E17')).toMatchObject({ result: '' });
  });

  test('units and notes the form leaves blank stay blank (I.6 and VII.4 notes, V.3 and VII.4.2 units)', () => {
    const row = (code: string) => plan.cells.find((c) => c.col === 1 && c.value === code)!.row;
    const at = (code: string, col: string) => cellsOf(plan)(`${col}${row(code)}`)?.value;
    expect([at('I.6', 'F'), at('VII.4', 'F'), at('V.3', 'D'), at('VII.4.2', 'D')]).toEqual(['', '', '', '']);
    // Their neighbours keep theirs.
    expect([at('I.5', 'F'), at('V.3.1', 'D')]).toEqual(['Văn phòng', 'Người']);
  });

  test('each input cell gets the data validation of its kind', () => {
    const v = new Map(plan.validations.map((x) => [`${x.row},${x.col}`, x.rule]));
    expect(v.get('11,5')).toEqual({ type: 'whole', min: 0, prompt: 'Nhập số nguyên không âm' });
    expect(v.has('12,5')).toBe(false);
    expect(v.has('15,5')).toBe(false);
    const row = (code: string) => plan.cells.find((c) => c.col === 1 && c.value === code)!.row;
    expect(v.get(`${row('VI.1.1')},5`)).toEqual({ type: 'decimal', min: 0, prompt: 'Nhập số tiền (triệu đồng), không âm' });
    expect(v.get(`${row('VII.3')},5`)).toEqual({ type: 'decimal', min: 0, max: 1, prompt: 'Nhập tỷ lệ từ 0% đến 100%' });
    expect(v.get(`${row('I.5.2')},5`)).toEqual({
      type: 'list',
      values: ['0', '1', '2'],
      prompt: 'Trực tuyến = 0; Phát phiếu = 1; Kết hợp = 2',
    });
  });

  test('every merge of the form and nothing else: motto block, banners, headers, one per section row', () => {
    // Sections follow one another from row 10: a section row, then its indicator rows.
    const sectionRows: number[] = [];
    let row = 10;
    for (const section of template('dinh-ky').tables[0].sections) {
      sectionRows.push(row);
      row += 1 + section.rows.length;
    }
    expect(sectionRows).toHaveLength(7);
    expect(plan.merges).toEqual([
      { top: 1, left: 2, bottom: 1, right: 3 }, // issuer over STT and label (5 columns: the left two)
      { top: 1, left: 4, bottom: 1, right: 6 },
      { top: 2, left: 4, bottom: 2, right: 6 },
      ...[4, 5, 6].map((r) => ({ top: r, left: 2, bottom: r, right: 6 })),
      { top: 8, left: 2, bottom: 9, right: 2 },
      { top: 8, left: 3, bottom: 9, right: 3 },
      { top: 8, left: 4, bottom: 8, right: 5 },
      { top: 8, left: 6, bottom: 9, right: 6 },
      ...sectionRows.map((r) => ({ top: r, left: 3, bottom: r, right: 6 })),
    ]);
    expect(plan.print.lastRow).toBe(row - 1);
  });

  test('long labels get taller rows', () => {
    const row = (code: string) => plan.cells.find((c) => c.col === 1 && c.value === code)!.row;
    const heights = new Map(plan.rowHeights.map((h) => [h.row, h.height]));
    // "Số văn bản chỉ đạo CCHC đã ban hành (Kết luận, chỉ thị, công văn chỉ đạo, quán triệt)": 86 characters in 62 × 1.35 − 1 = 82 → 2 lines.
    expect(heights.get(row('I.1'))).toBe(2 * 16 + 2);
    expect(heights.has(row('I.2.1'))).toBe(false);
  });

  test('a bold group row is as tall as its bold label: VII.4.3 takes two lines', () => {
    const row = (code: string) => plan.cells.find((c) => c.col === 1 && c.value === code)!.row;
    const heights = new Map(plan.rowHeights.map((h) => [h.row, h.height]));
    // "Xây dựng, vận hành, sử dụng Hệ thống thông tin một cửa điện tử tập trung của tỉnh": 81 letters, 2 capitals, as 82
    // lower-case ones; a regular line of 62 units holds 82, a bold one 0.9 of it: 62 × 0.9 × 1.35 − 1 = 74 → 2 lines.
    expect(heights.get(row('VII.4.3'))).toBe(2 * 16 + 2);
  });
});

test('a section title merged over its row is as tall as its bold words over the merged width', () => {
  const t = loadTemplate({
    id: 'muc-dai',
    version: '1.0.0',
    name: 'Mục dài',
    kicker: 'Biểu',
    title: 'Mục dài',
    source: 'Thử nghiệm',
    periodKind: 'none',
    tables: [
      {
        columns: [
          { key: 'stt', header: 'STT', width: 6, role: 'stt' },
          { key: 'label', header: 'Chỉ tiêu', width: 30, role: 'label' },
          { key: 'value', header: 'Số liệu', width: 10, role: 'value' },
        ],
        sections: [
          {
            code: 'I',
            title: 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH CỦA CƠ QUAN, ĐƠN VỊ',
            rows: [{ code: 'I.1', label: 'Số văn bản', kind: 'count' }],
          },
        ],
      },
    ],
  });
  const plan = renderTemplate(t);
  const titleRow = plan.cells.find((c) => c.value === 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH CỦA CƠ QUAN, ĐƠN VỊ')!.row;
  // Merged over 30 + 10 units, bold: 40 × 0.9 × 1.35 − 1 = 47 letters a line, a capital as 1.5. "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
  // CẢI" is 43, "CÁCH HÀNH CHÍNH CỦA CƠ QUAN, ĐƠN" 45, "VỊ" the third line.
  expect(plan.rowHeights.find((h) => h.row === titleRow)?.height).toBe(3 * 16 + 2);
  // Its one short row keeps the default height.
  expect(plan.rowHeights.find((h) => h.row === titleRow + 1)).toBeUndefined();
});

describe('other layouts', () => {
  test('without a period or a unit: no period in the name, dots for the report line', () => {
    const plan = renderTemplate(template('dinh-ky'));
    const at = cellsOf(plan);
    expect(plan.name).toBe('Phụ lục');
    expect([at('A2')!.value, at('A3')!.value, at('B1')!.value]).toEqual(['', '', '']);
    expect(at('B5')!.value).toBe('THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH');
    expect(at('B6')!.value).toBe('(Kèm theo Báo cáo số …… ngày …… của ……)');
  });

  test('a summary appendix: no report line, year columns, the footer under the table, a given sheet name', () => {
    const plan = renderTemplate(template('tong-ket-pl1'), { unit: 'Sở Nội vụ', sheetName: 'Tổng hợp' });
    const at = cellsOf(plan);
    expect(plan.name).toBe('Tổng hợp');
    expect(at('B4')!.value).toBe('PHỤ LỤC 1');
    expect(at('B6')!.value).toBe('(Kèm theo Kế hoạch số 04/KH-UBND ngày 20 tháng 01 năm 2020 của UBND tỉnh)');
    // STT | Chỉ tiêu | the years, as the form: no unit-of-measure column.
    expect(at('A8')!.value).toBe('#cols y2015@D;y2016@E;y2017@F;y2018@G;y2019@H;y2020@I');
    expect(['B8', 'C8', 'D8', 'I8'].map((a) => at(a)!.value)).toEqual(['STT', 'Chỉ tiêu', 'Năm 2015', 'Năm 2020 (Tính đến 31/3)']);
    const footer = plan.cells.find((c) => c.value === 'Cơ quan thống kê: Sở Nội vụ.')!;
    expect(footer.row).toBe(plan.print.lastRow);
    expect(footer.style).toBe('footer');
    expect(plan.print.landscape).toBe(true);
  });

  test('a narrow form (PL8: 6 | 70 | 16): the unit over STT and the goals, no motto squeezed into the last column', () => {
    const plan = renderTemplate(template('tong-ket-pl8'), { unit: 'UBND xã Tân Phong' });
    const at = cellsOf(plan);
    expect(at('B1')).toMatchObject({ value: 'UBND XÃ TÂN PHONG', style: 'issuer' });
    expect(plan.merges[0]).toEqual({ top: 1, left: 2, bottom: 1, right: 3 });
    expect(plan.cells.filter((c) => c.style === 'motto' || c.style === 'motto-sub')).toEqual([]);
    expect(plan.merges.filter((m) => m.top <= 2)).toHaveLength(1);
  });

  test('a sub-row as the forms print it: blank STT, the dash at the start of its label', () => {
    const plan = renderTemplate(template('tong-ket-pl1'));
    const row = plan.cells.find((c) => c.col === 1 && c.value === '1.1')!.row;
    const at = (col: number) => plan.cells.find((c) => c.row === row && c.col === col)?.value;
    expect([at(2), at(3)]).toEqual(['', '– Văn bản của Tỉnh/Thành ủy']);
  });

  test('headings taller than a line get taller header rows (bold: 0.9 × 1.35 characters a unit)', () => {
    const heightOf = (plan: SheetPlan, row: number) => plan.rowHeights.find((h) => h.row === row)?.height;
    // PL8 "Đánh giá kết quả đạt được (Đạt/Không đạt)" in 16: 18 characters a line, 3 lines.
    expect(heightOf(renderTemplate(template('tong-ket-pl8')), 8)).toBe(3 * 16 + 2);
    // PL3 "Năm 2020 (Tính đến 31/3)" in 11: 12 characters a line, 3 lines.
    expect(heightOf(renderTemplate(template('tong-ket-pl3')), 8)).toBe(3 * 16 + 2);
    // Mẫu A's headings each fit one line.
    // Mẫu A's indicator heading has its scope of use on a second line, which its two rows give it.
    const a = renderTemplate(template('dinh-ky'));
    expect([heightOf(a, 8), heightOf(a, 9)]).toEqual([undefined, undefined]);
    // A heading merged down both header rows that needs 4 lines ("Ghi chú của cơ / quan tổng hợp / số liệu báo /
    // cáo" in 13: 14 a line) gets them from the second row: 1 + 3.
    const t = template('dinh-ky');
    const long = {
      ...t,
      tables: [
        {
          ...t.tables[0],
          columns: t.tables[0].columns.map((c) =>
            c.key === 'note' ? { ...c, header: 'Ghi chú của cơ quan tổng hợp số liệu báo cáo' } : c,
          ),
        },
      ],
    };
    const plan = renderTemplate(long);
    expect([heightOf(plan, 8), heightOf(plan, 9)]).toEqual([undefined, 3 * 16 + 2]);
  });

  test('several tables: each with its title and its own column map; nothing frozen', () => {
    const plan = renderTemplate(template('tong-ket-pl4'), { unit: 'UBND tỉnh Bình Định' });
    const titles = plan.cells.filter((c) => c.style === 'table-title').map((c) => c.value);
    expect(titles).toEqual([
      'I. Số lượng, cơ cấu tổ chức thuộc Ủy ban nhân dân cấp tỉnh',
      'II. Số lượng, cơ cấu tổ chức thuộc Ủy ban nhân dân cấp huyện',
      'III. Số lượng đơn vị sự nghiệp công lập phân theo các lĩnh vực',
    ]);
    expect(plan.cells.filter((c) => typeof c.value === 'string' && c.value.startsWith('#cols '))).toHaveLength(3);
    expect(plan.freezeRows).toBe(0);
    // Worked out from the form, which numbers no rows (no STT column): table I (7 columns, B:H) title
    // row 8, header 9, rows 10-11; table II title 13, header 14, rows 15-16; table III (15 columns,
    // B:P) title 18, two header rows 19-20 with four groups of three, rows 21-22; the footer two rows below.
    // The issuer over B:C (14 + 24 = 38 characters, the first run of at least 24), the motto over D:P.
    expect(plan.merges).toEqual([
      { top: 1, left: 2, bottom: 1, right: 3 },
      { top: 1, left: 4, bottom: 1, right: 16 },
      { top: 2, left: 4, bottom: 2, right: 16 },
      ...[4, 5, 6].map((r) => ({ top: r, left: 2, bottom: r, right: 16 })),
      { top: 8, left: 2, bottom: 8, right: 8 },
      { top: 13, left: 2, bottom: 13, right: 8 },
      { top: 18, left: 2, bottom: 18, right: 16 },
      ...[2, 3].map((c) => ({ top: 19, left: c, bottom: 20, right: c })),
      ...[4, 7, 10, 13].map((c) => ({ top: 19, left: c, bottom: 19, right: c + 2 })),
      { top: 19, left: 16, bottom: 20, right: 16 },
      { top: 24, left: 2, bottom: 24, right: 16 },
    ]);
    const at = cellsOf(plan);
    expect(['B9', 'C9'].map((a) => at(a)!.value)).toEqual(['Tỉnh, thành phố', 'Giai đoạn']);
    expect([at('D19')!.value, at('D20')!.value, at('E20')!.value, at('M19')!.value]).toEqual([
      'Sự nghiệp GD-ĐT',
      'Thuộc UBND cấp tỉnh',
      'Thuộc CQ chuyên môn cấp tỉnh',
      'Sự nghiệp khác',
    ]);
    // Each column as wide as the widest table needs it; "Giai đoạn 2001–2010 (Tính đến 12/2010)" wraps in 24.
    expect(plan.columns.map((c) => c.width)).toEqual([12, 14, 24, 12, 12, 12, 12, 14, 10, 10, 10, 10, 10, 10, 10, 14]);
    // Headings are bold (0.9 × 1.35 characters a unit, a capital 1.5): in 12, 13 characters a line, so "Số cơ
    // quan | chuyên môn | thuộc UBND | tỉnh" takes 4 lines (66) and "Số văn | phòng, thanh | tra thuộc | UBND
    // cấp | huyện" 5 (82); in 10, 11 a line, "Thuộc CQ chuyên môn cấp tỉnh" takes 3 (50) on the second
    // header row of table III.
    const heights = (rows: number[], height: number) => rows.map((row) => ({ row, height }));
    expect(plan.rowHeights).toEqual([
      ...heights([9], 66),
      ...heights([10, 11], 34),
      ...heights([14], 82),
      ...heights([15, 16], 34),
      ...heights([20], 50),
      ...heights([21, 22], 34),
    ]);
    // 184 characters wide across the sheet: printed landscape, even though the first table is narrow;
    // no header repeated on each page (table I's would stand over table III's).
    expect(plan.print).toEqual({ landscape: true, firstCol: 2, lastRow: 24, lastCol: 16 });
    // The unit's name goes into the rows that show it.
    expect(plan.cells.filter((c) => c.value === 'UBND tỉnh Bình Định').length).toBeGreaterThan(1);
  });
});

describe('no cell is merged with itself', () => {
  const selfMerged = (plan: SheetPlan) => plan.merges.filter((m) => m.top === m.bottom && m.left === m.right);

  test.each(BUILT_IN.templates.map((t) => t.id))('%s', (id) => {
    for (const addons of [false, true]) expect(selfMerged(renderTemplate(template(id), { ...BAC_SON, addons }))).toEqual([]);
  });

  test('a form of a label and a value column: the issuer and the section titles over one column each', () => {
    const t = template('dinh-ky');
    const narrow = {
      ...t,
      tables: t.tables.map((tb) => ({ ...tb, columns: tb.columns.filter((c) => c.role === 'label' || c.key === 'value') })),
    };
    const plan = renderTemplate(narrow, BAC_SON);
    expect(plan.columns.map((c) => c.width)).toEqual([12, 62, 12]);
    expect(plan.cells.find((c) => c.row === 1 && c.col === 2)?.value).toBe('UBND XÃ BẮC SƠN');
    expect(selfMerged(plan)).toEqual([]);
  });
});

test('a unit name longer than a cell holds is cut to Excel’s 32,767 characters, ending in "…"', () => {
  const unit = `UBND xã ${'Bắc Sơn '.repeat(5000)}`.trim();
  const plan = renderTemplate(template('dinh-ky'), { unit });
  const a2 = plan.cells.find((c) => c.row === 2 && c.col === 1)!.value as string;
  expect([a2.length, a2.slice(0, 16), a2.at(-1)]).toEqual([32_767, 'UBND xã Bắc Sơn ', '…']);
  expect(Math.max(...plan.cells.map((c) => (typeof c.value === 'string' ? c.value.length : 0)))).toBe(32_767);
});

test('STT drops only the section’s own prefix: a row coded apart from its section keeps its whole code', () => {
  const t = template('dinh-ky');
  const [first, ...rest] = t.tables[0].sections;
  const rows = [
    { code: 'I9', label: 'Hàng mã khác', kind: 'count' as const },
    { code: 'II.4', label: 'Hàng mục khác', kind: 'count' as const },
  ];
  const odd = {
    ...t,
    tables: [{ ...t.tables[0], sections: [{ ...first, rows: [...rows, ...first.rows] }, ...rest] }, ...t.tables.slice(1)],
  };
  const plan = renderTemplate(odd, BAC_SON);
  const sttOf = (code: string) => {
    const row = plan.cells.find((c) => c.col === 1 && c.value === code)!.row;
    return plan.cells.find((c) => c.row === row && c.col === 2)!.value;
  };
  expect(['I9', 'II.4', 'I.1', 'I.2'].map(sttOf)).toEqual(['I9', 'II.4', '1', '2']);
});

test('header rows grow for a group heading that wraps over its own columns, and for a heading merged down both rows', () => {
  const t = template('tong-ket-pl4');
  const GROUP = 'Sự nghiệp giáo dục và đào tạo, dạy nghề thuộc các cấp';
  const NOTE = 'Ghi chú về nguồn số liệu và thời điểm thống kê của đơn vị sự nghiệp công lập trong kỳ';
  const third = {
    ...t.tables[2],
    columns: t.tables[2].columns.map((c) =>
      c.group === 'Sự nghiệp GD-ĐT' ? { ...c, group: GROUP } : c.key === 'note' ? { ...c, header: NOTE } : c,
    ),
  };
  const plan = renderTemplate({ ...t, tables: [t.tables[0], t.tables[1], third] }, { unit: 'UBND tỉnh Bình Định' });
  // Bold headings, 0.9 × 1.35 characters a unit less one. The group spans its three columns of 10:
  // 35 a line, "Sự nghiệp … dạy" 34.5 then "nghề thuộc các cấp", two lines (34), where the rest of
  // the table would hold it in one. Under it "Thuộc CQ chuyên môn cấp tỉnh" takes three in 10. The
  // note, 16 a line in 14, takes six ("Ghi chú về" | "nguồn số liệu và" | "thời điểm thống" | "kê của
  // đơn vị sự" | "nghiệp công lập" | "trong kỳ"), more than the 2 + 3 of the rows it is merged over:
  // the second row takes the four left (66).
  expect(plan.rowHeights.filter((h) => h.row === 19 || h.row === 20)).toEqual([
    { row: 19, height: 34 },
    { row: 20, height: 66 },
  ]);
});

test.each([
  ['', 10, 1],
  ['một hai ba', 10, 1],
  // 10 × 1.35 − 1 = 12 characters a line.
  ['một hai ba bốn năm', 10, 2],
  ['abcdefghijklmnopqrstuvwxyz', 10, 3],
  // Exactly a line: two words of 5 and 6 with the space between; one word of 12, with a space after it.
  ['abcde fghijk', 10, 1],
  ['abcde fghijkl', 10, 2],
  ['abcdefghijkl ', 10, 1],
  ['abcdefghijklm', 10, 2],
  ['a', 1, 1],
  ['abcdef', 1, 2],
  // A capital counts 1.5: "ABCDEFGH" is 12, a line of width 10; "ABCDEFGHI" 13.5, two.
  ['ABCDEFGH', 10, 1],
  ['ABCDEFGHI', 10, 2],
  // "Tổng số TTHC đủ điều kiện cung cấp trực tuyến mức độ toàn trình": 63 letters and 5 capitals, 65.5
  // in the 63 a breakdown's label column (48) holds: two lines, as LibreOffice prints it.
  ['Tổng số TTHC đủ điều kiện cung cấp trực tuyến mức độ toàn trình', 48, 2],
  ['Tổng số thủ tục đủ điều kiện cung cấp trực tuyến mức độ toàn', 48, 1],
  // Lines of a text apart: each wrapped on its own.
  ['một\nhai', 10, 2],
])('%j in a column %i wide takes %i line(s)', (text, width, lines) => {
  expect(wrappedLines(text, width)).toBe(lines);
});

describe('shading on grey paper', () => {
  // Relative luminance of an sRGB colour (WCAG), worked out here apart from the styles' code.
  const luminance = (hex: string) => {
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
    const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const fill = (style: string) => STYLES[style].fill!;

  test('an input cell, a warning and an error print as clearly different greys, black text readable on each', () => {
    const [input, warning, error] = [fill('input-count'), MARK_FILL.warning, fill('flagged-count')].map(luminance);
    expect(input - warning).toBeGreaterThan(0.2);
    expect(warning - error).toBeGreaterThan(0.15);
    // Contrast of black text on the darkest (WCAG: (L + 0.05) / 0.05), at least 4.5.
    expect((error + 0.05) / 0.05).toBeGreaterThan(4.5);
    expect(fill('flagged-count')).toBe(MARK_FILL.error);
  });
});
