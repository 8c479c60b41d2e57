import { loadTemplate } from '../../src/domain/catalogue/catalogue';
import { valueColumns } from '../../src/domain/catalogue/rows';
import type { TemplateInput } from '../../src/domain/catalogue/schema';
import { BUILT_IN } from '../support/templates';

/** A province's own small form, as data. */
function form(): TemplateInput {
  return {
    id: 'bieu-tinh',
    version: '1.0.0',
    name: 'Biểu của tỉnh',
    kicker: 'Biểu 1',
    title: 'Kết quả giải quyết hồ sơ',
    source: 'Thử nghiệm',
    periodKind: 'periodic',
    tables: [
      {
        columns: [
          { key: 'stt', header: 'STT', width: 6, role: 'stt' },
          { key: 'label', header: 'Chỉ tiêu', width: 40, role: 'label' },
          { key: 'value', header: 'Số liệu', width: 12, role: 'value' },
        ],
        sections: [
          {
            code: 'I',
            title: 'HỒ SƠ',
            rows: [
              { code: 'I.1', label: 'Tỷ lệ đúng hạn', kind: 'percent', formula: 'I.1.2 / I.1.1' },
              { code: 'I.1.1', label: 'Đã giải quyết', kind: 'count' },
              { code: 'I.1.2', label: 'Đúng hạn', kind: 'count' },
              { code: 'I.2', label: 'Nhóm', kind: 'group' },
              { code: 'I.3', label: 'Có khảo sát', kind: 'code', codes: [{ value: 1, label: 'Có' }] },
            ],
          },
        ],
      },
    ],
    rules: [{ id: 'T1', severity: 'error', title: 'Đúng hạn không vượt đã giải quyết', assert: ['I.1.2 <= I.1.1'], when: 'I.3 = 1' }],
  };
}

const broken = (change: (t: TemplateInput) => void) => {
  const t = form();
  change(t);
  return () => loadTemplate(t);
};

test('a form given as data loads, parsed and checked', () => {
  const t = loadTemplate(JSON.parse(JSON.stringify(form())) as TemplateInput);
  expect(t.tables[0].sections[0].rows.map((r) => r.code)).toEqual(['I.1', 'I.1.1', 'I.1.2', 'I.2', 'I.3']);
});

test('the catalogue holds the official forms, each found by id', () => {
  expect(BUILT_IN.templates.map((t) => t.id)).toEqual([
    'dinh-ky',
    'tong-ket-pl1',
    'tong-ket-pl2',
    'tong-ket-pl3',
    'tong-ket-pl4',
    'tong-ket-pl5',
    'tong-ket-pl6',
    'tong-ket-pl7',
    'tong-ket-pl8',
    'tong-ket-huyen-pl2',
    'tien-do-huyen',
    'par-index',
  ]);
  expect(BUILT_IN.find('dinh-ky')!.version).toBe('1.1.0');
  expect(BUILT_IN.find('khong-co')).toBeUndefined();
});

test.each([
  ['a field of the wrong shape', (t: TemplateInput) => (t.version = '1.0'), 'Mẫu "bieu-tinh" không hợp lệ: version:'],
  [
    'a duplicated column',
    (t: TemplateInput) => t.tables[0].columns.push({ key: 'value', header: 'X', width: 5, role: 'value' }),
    'cột "value" bị trùng',
  ],
  [
    'an attribute column without its attribute',
    (t: TemplateInput) => t.tables[0].columns.push({ key: 'note', header: 'Ghi chú', width: 5, role: 'attr' }),
    'cột "note" thiếu tên thuộc tính',
  ],
  [
    'a coded column without codes',
    (t: TemplateInput) => t.tables[0].columns.push({ key: 'st', header: 'TT', width: 5, role: 'value', kind: 'code' }),
    'cột "st" thiếu danh sách mã',
  ],
  [
    'no value column',
    (t: TemplateInput) => (t.tables[0].columns = t.tables[0].columns.filter((c) => c.role !== 'value')),
    'bảng không có cột số liệu',
  ],
  [
    'no label column',
    (t: TemplateInput) => (t.tables[0].columns = t.tables[0].columns.filter((c) => c.role !== 'label')),
    'bảng không có cột tên chỉ tiêu',
  ],
  [
    'a duplicated indicator',
    (t: TemplateInput) => t.tables[0].sections[0].rows.push({ code: 'I.1.1', label: 'Lặp', kind: 'count' }),
    'mã chỉ tiêu "I.1.1" bị trùng',
  ],
  [
    'a coded row without codes',
    (t: TemplateInput) => delete t.tables[0].sections[0].rows[4].codes,
    'chỉ tiêu "I.3" là mã nhưng thiếu danh sách mã',
  ],
  [
    'a group with a formula',
    (t: TemplateInput) => (t.tables[0].sections[0].rows[3].formula = 'I.1.1 + I.1.2'),
    'chỉ tiêu nhóm "I.2" không được có công thức',
  ],
  [
    'a formula naming an unknown row',
    (t: TemplateInput) => (t.tables[0].sections[0].rows[0].formula = 'I.1.2 / I.9'),
    'công thức của I.1: không có chỉ tiêu "I.9"',
  ],
  [
    'a formula naming a group',
    (t: TemplateInput) => (t.tables[0].sections[0].rows[0].formula = 'I.1.2 / I.2'),
    'công thức của I.1: "I.2" là dòng nhóm, không có số liệu',
  ],
  [
    'a formula that does not parse',
    (t: TemplateInput) => (t.tables[0].sections[0].rows[0].formula = 'I.1.2 /'),
    'Biểu thức "I.1.2 /": kết thúc đột ngột',
  ],
  [
    'formulas in a circle',
    (t: TemplateInput) => {
      t.tables[0].sections[0].rows[1].formula = 'I.1.2 + 1';
      t.tables[0].sections[0].rows[2].formula = 'I.1.1 + 1';
    },
    'công thức vòng tròn: I.1 → I.1.2 → I.1.1 → I.1.2',
  ],
  [
    'a rule naming an unknown row',
    (t: TemplateInput) => (t.rules![0].assert = ['I.1.2 <= I.1.9']),
    'quy tắc T1: không có chỉ tiêu "I.1.9"',
  ],
  ['a rule condition naming an unknown row', (t: TemplateInput) => (t.rules![0].when = 'I.8 = 1'), 'quy tắc T1: không có chỉ tiêu "I.8"'],
  [
    'a rule that does not parse',
    (t: TemplateInput) => (t.rules![0].assert = ['I.1.2']),
    'quy tắc T1: Điều kiện "I.1.2": thiếu phép so sánh',
  ],
  ['a rule leaving an unknown row blank', (t: TemplateInput) => (t.rules![0].blank = ['I.7']), 'quy tắc T1: không có chỉ tiêu "I.7"'],
  ['a rule requiring an unknown row', (t: TemplateInput) => (t.rules![0].filled = ['I.6']), 'quy tắc T1: không có chỉ tiêu "I.6"'],
])('a form with %s is refused, saying why', (_what, change, message) => {
  expect(broken(change)).toThrow(message);
});

test('every problem of a form is named with where it is, the first of a form without an id under "?"', () => {
  const shape = form() as Partial<TemplateInput>;
  delete shape.id;
  shape.version = '1.0';
  expect(() => loadTemplate(shape as TemplateInput)).toThrow(/^Mẫu "\?" không hợp lệ: id: [^;]+; version: [^;]+$/);
  const references = broken((t) => {
    t.tables[0].sections[0].rows[0].formula = 'I.1.2 / I.9';
    t.rules![0].filled = ['I.6'];
  });
  expect(references).toThrow(
    'Mẫu "bieu-tinh" không hợp lệ: công thức của I.1: không có chỉ tiêu "I.9"; quy tắc T1: không có chỉ tiêu "I.6"',
  );
});

test('the value columns of a form are those holding figures, by key', () => {
  expect([...valueColumns(BUILT_IN.find('dinh-ky')!).keys()]).toEqual(['value']);
  expect([...valueColumns(BUILT_IN.find('par-index')!).keys()]).toEqual(['status', 'done', 'result']);
});

test.each([
  // The district's Phụ lục 2 as the source writes it, repetition and the stray "thành phố" kept.
  ['tong-ket-huyen-pl2', 'M3.5.1', '– Tỷ lệ hồ sơ TTHC cấp huyện giải quyết đúng hẹn cấp huyện (đã tiếp nhận/đã trả đúng hẹn)'],
  // A sub-row: the dash starts the label, the STT column is blank.
  ['tong-ket-pl1', '1.1', '– Văn bản của Tỉnh/Thành ủy'],
  // The first sub-row of B2 carries its heading before the dash.
  ['tong-ket-pl2', '1.1', 'Chia theo loại VBQPPL: – Nghị quyết của HĐND tỉnh, thành phố trực thuộc trung ương'],
  [
    'tong-ket-huyen-pl2',
    'M8.12',
    'Giảm tỷ lệ văn bản giấy còn dưới 5%. 100% văn bản đi được tham mưu, xử lý trên phần mềm E-Office; 100% văn bản điện tử do các cơ quan trên địa bàn thành phố phát hành bảo đảm thực hiện chứng thư số cơ quan và chữ ký số của lãnh đạo cơ quan',
  ],
])('%s %s reads as the form has it', (id, code, label) => {
  const row = BUILT_IN.find(id)!
    .tables.flatMap((t) => t.sections.flatMap((s) => s.rows))
    .find((r) => r.code === code);
  expect(row?.label).toBe(label);
});

test('a loop of formulas is named once, from where it was first entered', () => {
  const t = form();
  t.tables[0].sections[0].rows[1].formula = 'I.1.2 + 1';
  t.tables[0].sections[0].rows[2].formula = 'I.1.1 + 1';
  let problem: unknown;
  try {
    loadTemplate(t);
  } catch (e) {
    problem = (e as { problem?: unknown }).problem;
  }
  expect(problem).toEqual({ code: 'template-invalid', template: 'bieu-tinh', detail: 'công thức vòng tròn: I.1 → I.1.2 → I.1.1 → I.1.2' });
});

test('a coded row takes its codes from its value column where the column has them', () => {
  const t = form();
  t.tables[0].columns[2] = { ...t.tables[0].columns[2], kind: 'code', codes: [{ value: 'Đạt', label: 'Đạt' }] };
  delete t.tables[0].sections[0].rows[4].codes;
  expect(loadTemplate(t).tables[0].sections[0].rows[4].codes).toBeUndefined();
  // Codes on a column that holds no values are not the row's.
  const u = form();
  u.tables[0].columns[0] = { ...u.tables[0].columns[0], codes: [{ value: 'Đạt', label: 'Đạt' }] };
  delete u.tables[0].sections[0].rows[4].codes;
  expect(() => loadTemplate(u)).toThrow('chỉ tiêu "I.3" là mã nhưng thiếu danh sách mã');
});
