import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadTemplate } from '../../src/domain/catalogue/catalogue';
import type { Template, TemplateInput } from '../../src/domain/catalogue/schema';
import { parseValuesCsv } from '../../src/domain/fill/csv';
import { planFill } from '../../src/domain/fill/fill';
import { renderTemplate } from '../../src/domain/render/template';
import { readTemplateSheet } from '../../src/domain/sheet/read';
import { MARK_FILL, MARK_STORE_SHEET, marksFor } from '../../src/domain/validate/marks';
import { validateSheet } from '../../src/domain/validate/validate';
import { OfficeWorkbook } from '../../src/adapters/office/office-workbook';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/exceljs-adapter';
import type { WorkbookPort } from '../../src/app/port';
import { isInputError } from '../../src/domain/errors';
import { problemText } from '../../src/domain/messages/problems';
import { createExcelDouble } from '../support/excel-double';
import { BAC_SON, template, BUILT_IN } from '../support/templates';

const CSV = parseValuesCsv(readFileSync(resolve(__dirname, '../../assets/samples/bac-son-2024-Q3.csv'), 'utf8'));

/** Inserts dinh-ky (or a larger variant) with Bắc Sơn's figures through a port; returns the sheet name. */
async function bacSon(port: WorkbookPort, t: Template = template('dinh-ky')): Promise<string> {
  const name = await port.addSheet(renderTemplate(t, BAC_SON));
  const sheet = readTemplateSheet(await port.readSheet(name), BUILT_IN)!;
  await port.patchCells(name, planFill(sheet, t, CSV).writes);
  return name;
}

/** dinh-ky with 900 more indicator rows, registered under its own id so sheets recognise it. */
function bigTemplate(): Template {
  const input = JSON.parse(JSON.stringify(template('dinh-ky'))) as TemplateInput;
  input.tables[0].sections[6].rows.push(
    ...Array.from({ length: 900 }, (_, i) => ({
      code: `VII.9.${i + 1}`,
      label: `Chỉ tiêu thử ${i + 1}`,
      kind: 'count' as const,
      unit: 'Hồ sơ',
    })),
  );
  return loadTemplate(input);
}

async function check(port: WorkbookPort, name: string, t?: Template) {
  const sheet = readTemplateSheet(await port.readSheet(name), BUILT_IN)!;
  const findings = validateSheet(sheet, t ?? sheet.template!);
  await port.markCells(name, marksFor(findings));
  return findings;
}

describe('checking inside Excel (Office.js double)', () => {
  test('reads and marks a sheet in a bounded number of syncs, the same whatever its size', async () => {
    const measure = async (t: Template) => {
      const excel = createExcelDouble({ api: 10 });
      const port = new OfficeWorkbook(excel.run, excel.supports);
      const name = await bacSon(port, t);
      const before = excel.syncCount();
      const findings = await check(port, name, t);
      return { syncs: excel.syncCount() - before, findings };
    };
    const small = await measure(template('dinh-ky'));
    const big = await measure(bigTemplate());
    expect(small.findings.filter((f) => f.severity === 'error')).toHaveLength(8);
    expect(big.findings.length).toBeGreaterThan(small.findings.length + 800); // 900 more empty rows to warn about
    // Read: its size, its cells; mark: the stored marks, the comments there and where each is (the form's
    // own notes on doubtful rows are comments in this host), lifting the protection, the writes, protecting again.
    expect(small.syncs).toBeLessThanOrEqual(8);
    expect(big.syncs).toBe(small.syncs);
  });

  test('marks carry the fill and a comment; clearing restores every cell exactly', async () => {
    const excel = createExcelDouble({ api: 10 });
    const port = new OfficeWorkbook(excel.run, excel.supports);
    const name = await bacSon(port);
    const model = excel.sheet(name)!;
    const snapshot = () => JSON.stringify([...model.cells].map(([k, c]) => [k, c.fill ?? null]));
    const before = snapshot();
    // The form's notes on its doubtful rows (comments in a host without notes) are not marks.
    const formNotes = [...excel.comments];
    expect(formNotes).toHaveLength(3);
    const findings = await check(port, name);
    const i2 = findings.find((f) => f.code === 'I.2')!;
    const [row, col] = [Number(/\d+/.exec(i2.cell)![0]), i2.cell.charCodeAt(0) - 64];
    expect(model.cells.get(`${row},${col}`)!.fill).toBe(`#${MARK_FILL.error}`);
    expect(excel.comments.get(`'${name}'!${i2.cell}`)).toContain('I.2 ghi 80% nhưng 5/7 nhiệm vụ = 71,4%');
    expect(excel.sheet(MARK_STORE_SHEET)!.visibility).toBe('VeryHidden');
    expect(model.protected).toBe(true);

    const restored = await port.clearMarks(name);
    expect(restored).toBe(marksFor(findings).length);
    expect(snapshot()).toBe(before);
    expect([...excel.comments]).toEqual(formNotes);
    expect(model.protected).toBe(true);
  });

  test('a reviewer deletes a mark’s comment and comments a marked cell herself: checking and clearing still work, her comment stays', async () => {
    const excel = createExcelDouble({ api: 10 });
    const port = new OfficeWorkbook(excel.run, excel.supports);
    const name = await bacSon(port);
    const model = excel.sheet(name)!;
    const fills = () => JSON.stringify([...model.cells].map(([k, c]) => [k, c.fill ?? null]));
    const before = fills();
    const formNotes = [...excel.comments];
    // Her own comment on I.2's cell (E12) before the check: Excel refuses a second comment there.
    excel.comments.set(`'${name}'!E12`, 'Đã hỏi lại xã');
    const findings = await check(port, name);
    expect(model.cells.get('12,5')!.fill).toBe(`#${MARK_FILL.error}`);
    expect(excel.comments.get(`'${name}'!E12`)).toBe('Đã hỏi lại xã');
    // She deletes the comment the check put on VII.5.3's cell.
    const vii53 = findings.find((f) => f.code === 'VII.5.3')!.cell;
    expect(excel.comments.delete(`'${name}'!${vii53}`)).toBe(true);

    expect(await port.clearMarks(name)).toBe(marksFor(findings).length);
    expect(fills()).toBe(before);
    expect([...excel.comments].filter(([cell]) => !formNotes.some(([note]) => note === cell))).toEqual([
      [`'${name}'!E12`, 'Đã hỏi lại xã'],
    ]);
    expect(formNotes.every(([cell, text]) => excel.comments.get(cell) === text)).toBe(true);
  });

  test('a sheet whose name holds a quote is marked and cleared (the quote written twice in addresses)', async () => {
    const excel = createExcelDouble({ api: 10 });
    const port = new OfficeWorkbook(excel.run, excel.supports);
    const name = await port.addSheet({ ...renderTemplate(template('dinh-ky'), BAC_SON), name: "Xã Đông's" });
    const formNotes = [...excel.comments];
    const sheet = readTemplateSheet(await port.readSheet(name), BUILT_IN)!;
    await port.patchCells(name, planFill(sheet, template('dinh-ky'), CSV).writes);
    const findings = await check(port, name);
    expect(excel.comments.get(`'Xã Đông''s'!E12`)).toContain('I.2 ghi 80%');
    expect(await port.clearMarks(name)).toBe(marksFor(findings).length);
    expect([...excel.comments]).toEqual(formNotes);
  });

  test('selecting a finding selects its cell', async () => {
    const excel = createExcelDouble({ api: 9 });
    const port = new OfficeWorkbook(excel.run, excel.supports);
    const name = await bacSon(port);
    await port.selectCell(name, 13, 5);
    expect(excel.selection()).toBe(`${name}!E13`);
  });
});

const look = (ws: ExcelJS.Worksheet) => {
  const out: string[] = [];
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (c) =>
      out.push(`${c.address}:${JSON.stringify(c.style.fill ?? null)}:${JSON.stringify(c.note ?? null)}`),
    ),
  );
  return out.join('\n');
};

test('checking an .xlsx file: notes and fills, cleared back to the original styles and notes', async () => {
  const created = ExcelJsWorkbook.create(ExcelJS);
  const name = await bacSon(created);
  created.workbook.getWorksheet(name)!.getCell('F12').note = 'ghi chú có sẵn';
  const wb = await ExcelJsWorkbook.open(ExcelJS, await created.toBuffer());
  const before = look(wb.workbook.getWorksheet(name)!);
  const findings = await check(wb, name);
  const back = await ExcelJsWorkbook.open(ExcelJS, await wb.toBuffer());
  const i2 = findings.find((f) => f.code === 'I.2')!;
  const cell = back.workbook.getWorksheet(name)!.getCell(i2.cell);
  expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${MARK_FILL.error}`);
  expect(JSON.stringify(cell.note)).toContain('5/7 nhiệm vụ = 71,4%');
  expect(back.workbook.getWorksheet(MARK_STORE_SHEET)!.state).toBe('veryHidden');

  // Clearing after a save and reopen restores the original look.
  const restored = await back.clearMarks(name);
  expect(restored).toBe(marksFor(findings).length);
  expect(back.workbook.getWorksheet(MARK_STORE_SHEET)).toBeUndefined();
  expect(look(back.workbook.getWorksheet(name)!)).toBe(before);
});

test('a sheet the user protected with her own password: checking says so and changes nothing', async () => {
  const excel = createExcelDouble({ api: 10 });
  const port = new OfficeWorkbook(excel.run, excel.supports);
  const name = await bacSon(port);
  const model = excel.sheet(name)!;
  await excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(name);
    ws.protection.unprotect();
    ws.protection.protect({ allowFormatRows: true }, 'mat-khau-cua-xa');
    await context.sync();
  });
  const fills = JSON.stringify([...model.cells].map(([k, c]) => [k, c.fill ?? null]));
  const comments = excel.comments.size;
  let thrown: unknown;
  try {
    await check(port, name);
  } catch (e) {
    thrown = e;
  }
  expect(isInputError(thrown) && problemText(thrown.problem)).toBe(
    `Trang "${name}" được bảo vệ bằng mật khẩu: hãy bỏ bảo vệ trang (Xem lại → Bỏ bảo vệ trang tính) rồi làm lại; trang chưa bị thay đổi.`,
  );
  expect(JSON.stringify([...model.cells].map(([k, c]) => [k, c.fill ?? null]))).toBe(fills);
  expect([model.protected, model.password, excel.comments.size]).toEqual([true, 'mat-khau-cua-xa', comments]);
  await expect(port.patchCells(name, [{ row: 14, col: 5, value: 9 }])).rejects.toMatchObject({
    problem: { code: 'sheet-password', sheet: name },
  });
});
