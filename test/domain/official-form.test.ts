import { ADDON_NOTE, hasOptionalColumns, placeOf, renderTemplate } from '../../src/domain/render/template';
import { parsePeriod } from '../../src/domain/period';
import type { SheetPlan } from '../../src/domain/sheet/plan';
import { template } from '../support/templates';

/** The plan's cells by address ("E13"). */
function cellsOf(plan: SheetPlan) {
  const at = new Map(plan.cells.map((c) => [`${String.fromCharCode(64 + c.col)}${c.row}`, c]));
  return (a: string) => at.get(a);
}
const rowOf = (plan: SheetPlan, code: string) => plan.cells.find((c) => c.col === 1 && c.value === code)!.row;
const texts = (plan: SheetPlan) => plan.cells.map((c) => c.value).filter((v): v is string => typeof v === 'string');

describe('the official columns by default, the add-in’s own on request and marked', () => {
  test('B1: STT | Chỉ tiêu | the six years, nothing else; the codes’ meaning in the label as the form writes it', () => {
    const plan = renderTemplate(template('tong-ket-pl1'));
    const at = cellsOf(plan);
    expect(['B8', 'C8', 'D8', 'E8', 'F8', 'G8', 'H8', 'I8'].map((a) => at(a)?.value)).toEqual([
      'STT',
      'Chỉ tiêu',
      'Năm 2015',
      'Năm 2016',
      'Năm 2017',
      'Năm 2018',
      'Năm 2019',
      'Năm 2020 (Tính đến 31/3)',
    ]);
    expect(at('J8')).toBeUndefined();
    expect(texts(plan)).not.toContain('Đơn vị tính');
    expect(texts(plan)).not.toContain(ADDON_NOTE);
    expect(at(`C${rowOf(plan, '3.1')}`)?.value).toBe('– Tổ chức cuộc thi tìm hiểu CCHC (Có tổ chức = 1; Không tổ chức = 0)');
    expect(at(`C${rowOf(plan, '3.4')}`)?.value).toBe(
      '– Xây dựng chuyên mục CCHC trên Cổng TTĐT của tỉnh (Có xây dựng = 1; Không xây dựng = 0)',
    );
  });

  test('asked for, the unit column comes back after the label, headed in grey italics, with a line saying it is not the form’s', () => {
    const plan = renderTemplate(template('tong-ket-pl1'), { addons: true });
    const at = cellsOf(plan);
    expect(at('D8')).toMatchObject({ value: 'Đơn vị tính', style: 'header-addon' });
    expect(plan.styles['header-addon']).toMatchObject({ italic: true, fill: 'D9D9D9' });
    expect(at('C8')).toMatchObject({ style: 'header' });
    expect(at(`D${rowOf(plan, '1')}`)?.value).toBe('Văn bản');
    // The years move one column right; the column map says where.
    expect(at('A8')?.value).toBe('#cols y2015@E;y2016@F;y2017@G;y2018@H;y2019@I;y2020@J');
    const note = plan.cells.find((c) => c.value === ADDON_NOTE)!;
    expect(note.row).toBe(plan.print.lastRow);
    expect(note.style).toBe('footer');
  });

  test('B7: the agencies stay in the footnote; as a column only on request', () => {
    const plain = renderTemplate(template('tong-ket-pl7'));
    expect(texts(plain)).not.toContain('Cơ quan thống kê');
    expect(texts(plain).some((t) => t.startsWith('– Sở Thông tin và Truyền thông thống kê'))).toBe(true);
    const extra = renderTemplate(template('tong-ket-pl7'), { addons: true });
    const at = cellsOf(extra);
    expect(['D8', 'E8'].map((a) => [at(a)?.value, at(a)?.style])).toEqual([
      ['Cơ quan thống kê', 'header-addon'],
      ['Đơn vị tính', 'header-addon'],
    ]);
    expect(at(`D${rowOf(extra, '14')}`)?.value).toBe('Sở Khoa học và Công nghệ');
  });

  test('B4: its tables number no rows, so no STT column unless asked for', () => {
    const plain = cellsOf(renderTemplate(template('tong-ket-pl4')));
    expect(['B9', 'C9', 'D9'].map((a) => plain(a)?.value)).toEqual([
      'Tỉnh, thành phố',
      'Giai đoạn',
      'Số cơ quan chuyên môn thuộc UBND tỉnh',
    ]);
    const extra = cellsOf(renderTemplate(template('tong-ket-pl4'), { addons: true }));
    expect([extra('B9')?.value, extra('B9')?.style, extra('B10')?.value]).toEqual(['STT', 'header-addon', '1']);
  });

  test('the district’s Phần II: STT | Chỉ tiêu | Đơn vị tổng hợp, báo cáo | the years', () => {
    const plan = renderTemplate(template('tong-ket-huyen-pl2'));
    const header = plan.cells.find((c) => c.value === 'Đơn vị tổng hợp, báo cáo')!;
    const row = plan.cells.filter((c) => c.row === header.row && c.col > 1).map((c) => c.value);
    expect(row).toEqual([
      'STT',
      'Chỉ tiêu',
      'Đơn vị tổng hợp, báo cáo',
      'Năm 2015',
      'Năm 2016',
      'Năm 2017',
      'Năm 2018',
      'Năm 2019',
      'Năm 2020 (Tính đến 31/3)',
    ]);
    const label = (code: string) => plan.cells.find((c) => c.row === rowOf(plan, code) && c.col === 3)?.value;
    expect(label('M1.3.1')).toBe('– Tổ chức cuộc thi tìm hiểu về CCHC (Có tổ chức: 1; Không tổ chức: 0)');
    expect(label('M1.3.4')).toBe('– Xây dựng chuyên mục CCHC trên Cổng TTĐT của huyện (Có xây dựng: 1; Không xây dựng: 0)');
  });
});

describe('the district’s Phụ lục 2 as issued', () => {
  test('the title names Khánh Sơn when no unit is given, the plan line as the form prints it', () => {
    const plan = renderTemplate(template('tong-ket-huyen-pl2'));
    expect(texts(plan)).toContain('THỐNG KÊ CÁC CHỈ TIÊU, NHIỆM VỤ VỀ CẢI CÁCH HÀNH CHÍNH HUYỆN KHÁNH SƠN QUA CÁC NĂM');
    expect(texts(plan)).toContain('(Kèm theo Kế hoạch số …/KH-UBND ngày … tháng … năm 2020 của UBND huyện)');
  });

  test('mục 8 is the eighth part of Phần II, titled as the form, with no "III." table', () => {
    const plan = renderTemplate(template('tong-ket-huyen-pl2'), { unit: 'UBND huyện Diên Khánh' });
    const titles = plan.cells.filter((c) => c.style === 'table-title').map((c) => c.value);
    expect(titles).toEqual([
      'I. Bảng phân công báo cáo, thống kê các chỉ tiêu trên các lĩnh vực',
      'II. Chi tiết chỉ tiêu thống kê trên các lĩnh vực',
      '8. Tự đánh giá mức độ thực hiện các mục tiêu cải cách hành chính nhà nước của huyện Diên Khánh giai đoạn 2011–2020',
    ]);
    expect(texts(plan)).toContain('THỐNG KÊ CÁC CHỈ TIÊU, NHIỆM VỤ VỀ CẢI CÁCH HÀNH CHÍNH HUYỆN DIÊN KHÁNH QUA CÁC NĂM');
    // Its header row comes right under the title: no section row repeating it.
    const title = plan.cells.find((c) => typeof c.value === 'string' && c.value.startsWith('8. '))!;
    expect(plan.cells.find((c) => c.row === title.row + 1 && c.col === 3)?.value).toBe('Các mục tiêu cải cách');
    expect(plan.cells.find((c) => c.row === title.row + 2 && c.col === 2)?.value).toBe('1');
  });

  test.each([
    ['UBND huyện Khánh Sơn', 'huyện Khánh Sơn'],
    ['Phòng Nội vụ huyện Diên Khánh', 'huyện Diên Khánh'],
    ['UBND thị xã Ninh Hòa', 'thị xã Ninh Hòa'],
    ['UBND Thành phố Cam Ranh', 'thành phố Cam Ranh'],
    ['UBND quận 3', 'quận 3'],
    // Written in capitals, or without the agency: the kind of place in lower case, its name as written.
    ['UBND THỊ XÃ NINH HÒA', 'thị xã NINH HÒA'],
    ['UBND THÀNH  PHỐ CAM RANH', 'thành  phố CAM RANH'],
    ['Huyện Ân Thi', 'huyện Ân Thi'],
    ['UBND HUYỆN  Ân Thi', 'huyện  Ân Thi'],
    ['UBND xã Bắc Sơn', 'huyện ……'],
    ['', 'huyện Khánh Sơn'],
  ])('the place of "%s" is "%s"', (unit, place) => {
    expect(placeOf(unit, 'huyện Khánh Sơn')).toBe(place);
  });

  test('a form issued for no place leaves dots', () => {
    expect(placeOf('', undefined)).toBe('huyện ……');
  });

  test('the report line names the report as given, trimmed; dots where it is not given', () => {
    const line = (plan: SheetPlan) => texts(plan).find((x) => x.startsWith('(Kèm theo'));
    const t = template('dinh-ky');
    expect(line(renderTemplate(t, { unit: ' UBND xã Bắc Sơn ', reportNumber: ' 68/BC-UBND ', reportDate: '  15/9/2024' }))).toBe(
      '(Kèm theo Báo cáo số 68/BC-UBND ngày 15/9/2024 của UBND xã Bắc Sơn)',
    );
    expect(line(renderTemplate(t, { unit: '', reportNumber: '   ', reportDate: '' }))).toBe('(Kèm theo Báo cáo số …… ngày …… của ……)');
  });
});

describe('PAR INDEX as the decision’s appendix, with the add-in’s tracking beside it', () => {
  let plan: SheetPlan;
  let at: ReturnType<typeof cellsOf>;
  // Made in each test, not once for the suite, so that mutation testing knows which tests run it.
  beforeEach(() => {
    plan = renderTemplate(template('par-index'), { unit: 'Sở Nội vụ', period: parsePeriod('2025')! });
    at = cellsOf(plan);
  });

  test('the title and the "Kèm theo" line of the source; no report line', () => {
    expect(at('B5')?.value).toBe('NHIỆM VỤ CỤ THỂ NHẰM DUY TRÌ, NÂNG CAO CHỈ SỐ CCHC (PAR INDEX) TỈNH GIA LAI GIAI ĐOẠN 2016–2020');
    expect(at('B6')?.value).toBe('(Kèm theo Quyết định số 934/QĐ-UBND ngày … tháng 12 năm 2016 của Ủy ban nhân dân tỉnh)');
    expect(texts(plan).some((t) => t.startsWith('(Kèm theo Báo cáo'))).toBe(false);
  });

  test('the six columns numbered (1)–(6) under their headings; the tracking columns grey, unnumbered, under the year followed', () => {
    // Header rows 8-9 (the tracking group over two), the numbers on row 10.
    expect(['B8', 'C8', 'D8', 'E8', 'F8', 'G8'].map((a) => at(a)?.value)).toEqual([
      'TT',
      'Nội dung thực hiện',
      'Đơn vị chủ trì',
      'Đơn vị phối hợp/thực hiện',
      'Sản phẩm đầu ra',
      'Thời gian hoàn thành',
    ]);
    expect([at('H8')?.value, at('H8')?.style]).toEqual(['Theo dõi thực hiện năm 2025', 'header-addon']);
    expect(['H9', 'I9', 'J9'].map((a) => at(a)?.value)).toEqual(['Tình trạng', 'Ngày hoàn thành', 'Kết quả, ghi chú']);
    expect(['B10', 'C10', 'D10', 'E10', 'F10', 'G10', 'H10', 'I10', 'J10'].map((a) => at(a)?.value)).toEqual([
      '(1)',
      '(2)',
      '(3)',
      '(4)',
      '(5)',
      '(6)',
      '',
      '',
      '',
    ]);
    expect(at('A10')?.value).toBe('#cols status@H;done@I;result@J');
    expect(plan.print.titleRows).toEqual([8, 10]);
    expect(plan.freezeRows).toBe(10);
    expect(at('B11')?.value).toBe('A');
    expect(texts(plan)).toContain(ADDON_NOTE);
  });
});

describe('B12: the district plan’s schedule as a tracking sheet', () => {
  let plan: SheetPlan;
  let at: ReturnType<typeof cellsOf>;
  // Made in each test, not once for the suite, so that mutation testing knows which tests run it.
  beforeEach(() => {
    plan = renderTemplate(template('tien-do-huyen'), { unit: 'UBND huyện Khánh Sơn', period: parsePeriod('2020')! });
    at = cellsOf(plan);
  });

  test('17 rows as the form lists them: 11 numbered, 6 dash rows under 2.2', () => {
    const rows = template('tien-do-huyen').tables[0].sections[0].rows;
    expect(rows).toHaveLength(17);
    expect(rows.filter((r) => r.stt)).toHaveLength(11);
    expect(rows.filter((r) => r.label.startsWith('– '))).toHaveLength(6);
    expect(['B8', 'C8', 'D8', 'E8', 'F8'].map((a) => at(a)?.value)).toEqual([
      'STT',
      'Nhiệm vụ',
      'Thời gian thực hiện',
      'Đơn vị chủ trì',
      'Đơn vị phối hợp',
    ]);
    const row = rowOf(plan, 'T3');
    expect([2, 3, 4, 5, 6].map((col) => plan.cells.find((c) => c.row === row && c.col === col)?.value)).toEqual([
      '3',
      'Trình UBND huyện dự thảo báo cáo tổng kết công tác CCHC huyện Khánh Sơn giai đoạn 2011–2020',
      'Trước ngày 20/6/2020',
      'Phòng Nội vụ',
      'Các cơ quan liên quan',
    ]);
  });

  test('each task has a state to choose, a date and a note; the two headings none', () => {
    const status = (code: string) => plan.validations.find((v) => v.row === rowOf(plan, code) && v.col === 7)?.rule;
    expect(status('T1.1')).toMatchObject({ type: 'list', values: ['Hoàn thành', 'Đang thực hiện', 'Chưa thực hiện'] });
    expect(status('T2.2.3')).toBeDefined();
    expect(status('T1')).toBeUndefined();
    expect(at(`G${rowOf(plan, 'T1')}`)?.style).toBe('group-value');
  });

  test('what the source leaves in doubt is a note on the label, the label kept clean', () => {
    const notes = new Map((plan.notes ?? []).map((n) => [`${n.row},${n.col}`, n.text]));
    expect(notes.get(`${rowOf(plan, 'T2.2.6')},3`)).toBe('Bản gốc ghi "9010:2015", đọc là ISO 9001:2015.');
    expect(notes.get(`${rowOf(plan, 'T2.1')},3`)).toBe('Ngày "01/6/2020" đọc không chắc chắn trong bản gốc.');
    expect(notes.size).toBe(5);
    expect(texts(plan).some((t) => t.includes('đọc không chắc chắn'))).toBe(false);
  });
});

describe('doubts the reference records about the forms’ text', () => {
  const noteOn = (id: string, code: string) => {
    const plan = renderTemplate(template(id));
    const row = rowOf(plan, code);
    const label = template(id).tables.find((tb) => tb.sections.some((s) => s.rows.some((r) => r.code === code)))!;
    const col = label.columns.filter((c) => !c.addon || c.role === 'value').findIndex((c) => c.role === 'label') + 2;
    return (plan.notes ?? []).find((n) => n.row === row && n.col === col)?.text;
  };

  test.each([
    ['tong-ket-huyen-pl2', 'M1.1.1', '"Huyện ủy" đọc theo bản tỉnh'],
    ['tong-ket-huyen-pl2', 'M3.5.1', 'đúng hgn'],
    ['tong-ket-huyen-pl2', 'M8.9', '35%, 100%'],
    ['dinh-ky', 'I.6', 'STT "5"'],
    ['par-index', 'A.VII.5', 'gần như không đọc được'],
  ])('%s %s carries its note (%s), its label none', (id, code, words) => {
    expect(noteOn(id, code)).toContain(words);
    const row = templateRow(id, code);
    expect(row.label).not.toMatch(/đọc không chắc chắn|OCR/);
  });

  test('rows read plainly carry none', () => {
    expect(noteOn('dinh-ky', 'I.1')).toBeUndefined();
    expect(noteOn('tong-ket-huyen-pl2', 'M8.1')).toBeUndefined();
  });
});

function templateRow(id: string, code: string) {
  return template(id)
    .tables.flatMap((tb) => tb.sections.flatMap((s) => s.rows))
    .find((r) => r.code === code)!;
}

test('columns shown on request: the add-in’s unit column is one, tracking value columns are not', () => {
  expect(hasOptionalColumns(template('tong-ket-huyen-pl2'))).toBe(true);
  expect(hasOptionalColumns(template('dinh-ky'))).toBe(false);
  expect(hasOptionalColumns(template('tien-do-huyen'))).toBe(false);
});
