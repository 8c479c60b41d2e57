import ExcelJS from 'exceljs';
import { loadTemplate } from '../../src/domain/catalogue/catalogue';
import type { Template, TemplateInput } from '../../src/domain/catalogue/schema';
import { parsePeriod } from '../../src/domain/period';
import { renderTemplate } from '../../src/domain/render/template';
import { tablePlan } from '../../src/domain/render/table';
import { address, type SheetPlan } from '../../src/domain/sheet/plan';
import { readTemplateSheet } from '../../src/domain/sheet/read';
import { OfficeWorkbook } from '../../src/adapters/office/office-workbook';
import { ExcelJsWorkbook } from '../../src/adapters/exceljs/exceljs-adapter';
import { createExcelDouble, PAYLOAD_LIMIT, type DoubleCell, type Side } from '../support/excel-double';
import { cellValues, template, BUILT_IN } from '../support/templates';

const OPTS = { unit: 'UBND xã Bắc Sơn', period: parsePeriod('2024-Q3')! };

async function insertIntoDouble(plan: SheetPlan) {
  const excel = createExcelDouble({ api: 9 });
  const port = new OfficeWorkbook(excel.run, excel.supports);
  const before = excel.syncCount();
  const name = await port.addSheet(plan);
  return { excel, port, name, syncs: excel.syncCount() - before };
}

/** The sheet as exceljs writes it, read back from the .xlsx bytes with exceljs itself. */
async function throughExcelJs(plan: SheetPlan): Promise<ExcelJS.Worksheet> {
  const wb = ExcelJsWorkbook.create(ExcelJS);
  const name = await wb.addSheet(plan);
  const reopened = await ExcelJsWorkbook.open(ExcelJS, await wb.toBuffer());
  return reopened.workbook.getWorksheet(name)!;
}

/** dinh-ky with 900 more count rows (1,021 indicator rows): the sync count must not grow with the sheet. */
function bigTemplate(): Template {
  const input = JSON.parse(JSON.stringify(template('dinh-ky'))) as TemplateInput;
  input.id = 'dinh-ky-lon';
  const sections = input.tables[0].sections;
  sections[sections.length - 1].rows.push(
    ...Array.from({ length: 900 }, (_, i) => ({
      code: `VII.9.${i + 1}`,
      label: `Chỉ tiêu thử ${i + 1}`,
      kind: 'count' as const,
      unit: 'Hồ sơ',
    })),
  );
  return loadTemplate(input);
}

const H = { left: 'Left', center: 'Center', right: 'Right' } as Record<string, string>;
const V = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as Record<string, string>;
const OPERATOR = { greaterThanOrEqual: 'GreaterThanOrEqualTo', between: 'Between' } as Record<string, string>;
const noDollar = (a: string | undefined) => a?.replace(/\$/g, '');

/** The look of a cell in the double, in the terms of the exceljs model. */
function doubleLook(d: DoubleCell) {
  return {
    numFmt: d.numFmt,
    font: [d.font.name, d.font.size, !!d.font.bold, !!d.font.italic, d.font.underline === 'Single', d.font.color],
    fill: d.fill,
    h: d.h,
    v: d.v,
    wrap: !!d.wrap,
    locked: d.locked,
    borders: [...d.borders].sort(),
  };
}

function excelJsLook(x: ExcelJS.Cell) {
  const sides: Side[] = ['top', 'bottom', 'left', 'right'];
  return {
    numFmt: x.numFmt ?? 'General',
    font: [x.font?.name, x.font?.size, !!x.font?.bold, !!x.font?.italic, !!x.font?.underline, `#${x.font?.color?.argb?.slice(2)}`],
    fill: (x.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb?.replace(/^FF/, '#'),
    h: x.alignment?.horizontal && H[x.alignment.horizontal],
    v: x.alignment?.vertical && V[x.alignment.vertical],
    wrap: !!x.alignment?.wrapText,
    locked: x.protection?.locked !== false,
    borders: sides.filter((s) => x.border?.[s]?.style === 'thin').sort(),
  };
}

/** A validation in the exceljs model's terms, from the double's Office.js rule. */
function doubleValidation(d: DoubleCell) {
  const v = d.validation;
  if (!v?.rule) return undefined;
  const r = v.rule;
  const basic = r.wholeNumber ?? r.decimal;
  return {
    type: r.list ? 'list' : r.wholeNumber ? 'whole' : 'decimal',
    formulae: r.list ? [`"${r.list.source as string}"`] : [basic!.formula1, ...(basic!.formula2 === undefined ? [] : [basic!.formula2])],
    operator: basic?.operator,
    prompt: [v.prompt?.showPrompt, v.prompt?.title, v.prompt?.message],
    error: [v.errorAlert?.showAlert, v.errorAlert?.style, v.errorAlert?.title, v.errorAlert?.message],
  };
}

function excelJsValidation(x: ExcelJS.Cell) {
  const v = x.dataValidation;
  if (!v?.type) return undefined;
  return {
    type: v.type,
    formulae: v.formulae,
    operator: v.operator && OPERATOR[v.operator],
    prompt: [v.showInputMessage, v.promptTitle, v.prompt],
    error: [v.showErrorMessage, v.errorStyle === 'stop' ? 'Stop' : v.errorStyle, v.errorTitle, v.error],
  };
}

describe.each(BUILT_IN.templates.map((t) => [t.id, t] as const))(
  '%s: the Office.js adapter writes the sheet the exceljs adapter writes',
  (_id, t) => {
    const plan = renderTemplate(t, OPTS);
    let x: ExcelJS.Worksheet;
    let d: Awaited<ReturnType<typeof insertIntoDouble>>;
    beforeAll(async () => {
      [x, d] = await Promise.all([throughExcelJs(plan), insertIntoDouble(plan)]);
    });
    const sheet = () => d.excel.sheet(d.name)!;

    test('same name, contents and look in every planned cell', () => {
      expect(d.name).toBe(x.name);
      for (const p of plan.cells) {
        const where = `${t.id} ${address(p.row, p.col)}`;
        const dc = sheet().cells.get(`${p.row},${p.col}`)!;
        const xc = x.getCell(p.row, p.col);
        if (p.formula !== undefined) {
          expect([where, dc.formula]).toEqual([where, xc.formula]);
        } else {
          // A merged cell other than the top-left one is empty in Excel; exceljs shows the master's value there.
          const xv = xc.isMerged && xc.master.address !== xc.address ? '' : (xc.value ?? '');
          expect([where, dc.formula, dc.value]).toEqual([where, undefined, xv]);
        }
        expect([where, doubleLook(dc)]).toEqual([where, excelJsLook(xc)]);
      }
    });

    test('same merges, columns, row heights and validations', () => {
      const xMerges = Object.values((x as unknown as { _merges: Record<string, { range: string }> })._merges).map((m) => m.range);
      expect([...sheet().merges].sort()).toEqual(xMerges.sort());

      plan.columns.forEach((_c, i) => {
        const xCol = x.getColumn(i + 1);
        expect([i + 1, sheet().hiddenColumns.has(i + 1)]).toEqual([i + 1, !!xCol.hidden]);
        // Points back to characters: equal within the rounding to whole points.
        expect(Math.abs((sheet().columnWidths.get(i + 1)! / 0.75 - 5) / 7 - xCol.width!)).toBeLessThan(0.1);
      });
      expect(sheet().hiddenColumns).toEqual(new Set([1]));

      for (const h of plan.rowHeights) expect([h.row, sheet().rowHeights.get(h.row)]).toEqual([h.row, x.getRow(h.row).height]);

      const validated = new Set(plan.validations.map((v) => `${v.row},${v.col}`));
      expect(validated.size).toBeGreaterThan(0);
      for (const key of new Set([...sheet().cells.keys(), ...validated])) {
        const [r, c] = key.split(',').map(Number);
        const dv = doubleValidation(sheet().cells.get(key)!);
        expect([address(r, c), dv]).toEqual([address(r, c), excelJsValidation(x.getCell(r, c))]);
        expect(!!dv).toBe(validated.has(key));
      }
    });

    test('each value cell accepts what its kind allows: counts whole ≥ 0, money ≥ 0, percentages from 0 to 1 (0–100%), codes from the list', async () => {
      const located = readTemplateSheet(await d.port.readSheet(d.name), BUILT_IN)!;
      const rows = new Map(t.tables.flatMap((tb) => tb.sections.flatMap((s) => s.rows)).map((r) => [r.code, r]));
      const columns = new Map(t.tables.flatMap((tb) => tb.columns).map((c) => [c.key, c]));
      let checked = 0;
      for (const cell of located.cells.values()) {
        const row = rows.get(cell.code)!;
        const column = columns.get(cell.key)!;
        if (row.formula && !column.kind) continue;
        // A heading row holds nothing, whatever its columns hold elsewhere.
        const kind = row.kind === 'group' ? 'group' : (column.kind ?? row.kind);
        const codes = column.codes ?? row.codes;
        const want =
          kind === 'count'
            ? { type: 'whole', operator: 'GreaterThanOrEqualTo', formulae: [0] }
            : kind === 'money'
              ? { type: 'decimal', operator: 'GreaterThanOrEqualTo', formulae: [0] }
              : kind === 'percent'
                ? { type: 'decimal', operator: 'Between', formulae: [0, 1] }
                : kind === 'code'
                  ? { type: 'list', formulae: [`"${codes!.map((c) => c.value).join(',')}"`] }
                  : undefined;
        const got = doubleValidation(sheet().cells.get(`${cell.row},${cell.col}`)!);
        const where = `${cell.code}@${cell.key}`;
        expect([where, got && { type: got.type, operator: got.operator, formulae: got.formulae }]).toEqual([
          where,
          want && { operator: undefined, ...want },
        ]);
        checked++;
      }
      expect(checked).toBeGreaterThan(0);
    });

    test('same frozen rows, protection and print setup', () => {
      const view = x.views?.[0];
      const frozen = view?.state === 'frozen' ? view.ySplit : 0;
      expect(sheet().frozenRows).toBe(frozen);
      const xProtection = (x as unknown as { sheetProtection?: { sheet?: boolean; formatRows?: boolean } }).sheetProtection;
      expect(sheet().protected).toBe(true);
      expect(xProtection).toMatchObject({ sheet: true, formatRows: true });
      expect(sheet().protectOptions).toEqual({ allowFormatRows: true });

      const ps = x.pageSetup;
      const layout = sheet().layout;
      expect(layout.orientation).toBe(ps.orientation === 'landscape' ? 'Landscape' : 'Portrait');
      expect([layout.paperSize, ps.paperSize]).toEqual(['A4', 9]);
      // One page wide; the file says "height automatic" as fitToHeight 0, which Office.js does not document: left unset there.
      expect([ps.fitToWidth, ps.fitToHeight]).toEqual([1, 0]);
      expect(layout.zoom).toEqual({ horizontalFitToPages: 1 });
      expect(noDollar(layout.printArea)).toBe(noDollar(ps.printArea));
      expect(noDollar(layout.titleRows)).toBe(ps.printTitlesRow);
      const m = ps.margins!;
      const inches = {
        leftMargin: m.left,
        rightMargin: m.right,
        topMargin: m.top,
        bottomMargin: m.bottom,
        headerMargin: m.header,
        footerMargin: m.footer,
      };
      expect(Object.keys(layout.margins).sort()).toEqual(Object.keys(inches).sort());
      for (const [k, v] of Object.entries(inches)) expect(layout.margins[k]).toBeCloseTo(v * 72, 6);
    });

    test('four syncs (names, the sheet, its print setup, its protection), formats once per style and validations once per rule over address lists under 2,000 characters', () => {
      expect(d.syncs).toBe(4);
      const lists = d.excel.calls.filter((c) => c.includes('.getRanges ')).map((c) => c.slice(c.indexOf('.getRanges ') + 11));
      expect(lists.length).toBeGreaterThan(0);
      for (const l of lists) expect(l.length).toBeLessThanOrEqual(2000);
      const styles = new Set(plan.cells.map((c) => c.style)).size;
      const rules = new Set(plan.validations.map((v) => JSON.stringify(v.rule))).size;
      expect(lists.length).toBe(styles + rules); // no list needs splitting at this size
      expect(d.excel.calls.filter((c) => c.endsWith('.formulas='))).toHaveLength(1);
      expect(d.excel.calls.filter((c) => c.endsWith('.numberFormat='))).toHaveLength(1);
    });
  },
);

test('inserting takes the same number of syncs (≤ 4) for 121 rows and for 1,021 rows', async () => {
  const small = await insertIntoDouble(renderTemplate(template('dinh-ky'), OPTS));
  const bigPlan = renderTemplate(bigTemplate(), OPTS);
  const big = await insertIntoDouble(bigPlan);
  expect(small.syncs).toBeLessThanOrEqual(4);
  expect(big.syncs).toBe(small.syncs);
  expect(bigPlan.print.lastRow).toBeGreaterThan(1000);
  const bigSheet = big.excel.sheet(big.name)!;
  expect(bigSheet.cells.get(`${bigPlan.print.lastRow - 1},3`)!.value).toMatch(/^Chỉ tiêu thử/);
  // Long address lists are split, each still under the limit.
  const lists = big.excel.calls.filter((c) => c.includes('.getRanges ')).map((c) => c.slice(c.indexOf('.getRanges ') + 11));
  expect(lists.length).toBeGreaterThan(new Set(bigPlan.cells.map((c) => c.style)).size);
  for (const l of lists) expect(l.length).toBeLessThanOrEqual(2000);
});

test('a second insert of the same plan gets a new sheet name and leaves the first sheet as it was', async () => {
  const plan = renderTemplate(template('dinh-ky'), OPTS);
  const { excel, port, name } = await insertIntoDouble(plan);
  const first = JSON.stringify([...excel.sheet(name)!.cells].map(([k, c]) => [k, c.value, c.formula]));
  const second = await port.addSheet(plan);
  expect(second).not.toBe(name);
  expect(second).toBe(`${name} (2)`);
  expect(await port.sheetNames()).toEqual([name, second]);
  expect(JSON.stringify([...excel.sheet(name)!.cells].map(([k, c]) => [k, c.value, c.formula]))).toBe(first);
});

test('readSheet gives back the template sheet in two syncs (its size, then its cells): text that looks like a number stays text', async () => {
  const plan = renderTemplate(template('dinh-ky'), OPTS);
  const { excel, port, name } = await insertIntoDouble(plan);
  const before = excel.syncCount();
  const grid = await port.readSheet(name);
  expect(excel.syncCount() - before).toBe(2);
  for (const p of plan.cells) {
    const where = address(p.row, p.col);
    if (p.formula !== undefined) expect([where, grid.formulas[p.row - 1][p.col - 1]]).toEqual([where, p.formula]);
    else
      expect([where, grid.values[p.row - 1][p.col - 1], grid.formulas[p.row - 1][p.col - 1]]).toEqual([
        where,
        p.value === '' ? null : (p.value ?? null),
        null,
      ]);
  }
  expect(grid.values[12][1]).toBe('2.1'); // STT "2.1", not the number 2.1

  const sheet = readTemplateSheet(grid, BUILT_IN)!;
  expect(sheet.identity).toEqual({ templateId: 'dinh-ky', version: '1.1.0', unit: 'UBND xã Bắc Sơn', period: '2024-Q3' });
  expect(sheet.rowOf.size).toBe(121);
});

test('readSheet aligns a used range that does not start at A1', async () => {
  const excel = createExcelDouble({ api: 9 });
  excel.seedSheet('Số liệu');
  await excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('Số liệu');
    ws.getRange('C3:D4').formulas = [
      [7, 'hồ sơ'],
      ['=C3*2', ''],
    ];
    ws.getRange('D4').numberFormat = [['0.0%']];
    await ctx.sync();
  });
  const grid = await new OfficeWorkbook(excel.run, excel.supports).readSheet('Số liệu');
  expect(grid.values).toEqual([
    [null, null, null, null],
    [null, null, null, null],
    [null, null, 7, 'hồ sơ'],
    [null, null, null, null],
  ]);
  expect(grid.formulas[3]).toEqual([null, null, 'C3*2', null]);
  expect(grid.numFmts[3]).toEqual([null, null, 'General', '0.0%']);
  expect(await new OfficeWorkbook(excel.run, excel.supports).readSheet(excel.seedSheet('Trống').name)).toEqual({
    name: 'Trống',
    values: [],
    formulas: [],
    numFmts: [],
  });
});

test('patchCells writes through protection in four syncs (protection read, lifted, writes, put back) and restores the same protection', async () => {
  const t = template('dinh-ky');
  const { excel, port, name } = await insertIntoDouble(renderTemplate(t, OPTS));
  const sheet = readTemplateSheet(await port.readSheet(name), BUILT_IN)!;
  const at = (key: string) => sheet.cells.get(key)!;
  const patches = [
    ...[...cellValues({ 'I.2.1': 7, 'I.2.2': 5 })].map(([k, v]) => ({ ...at(k), value: v })),
    { ...at('I.2.1@value'), col: at('I.2.1@value').col + 1, value: '15/9/2024' }, // a note that looks like a date
  ];
  const before = excel.syncCount();
  await port.patchCells(name, patches);
  expect(excel.syncCount() - before).toBeLessThanOrEqual(4);
  const again = readTemplateSheet(await port.readSheet(name), BUILT_IN)!;
  expect(again.cells.get('I.2.1@value')!.raw).toBe(7);
  expect(again.cells.get('I.2.2@value')!.raw).toBe(5);
  const note = patches[2];
  expect(excel.sheet(name)!.cells.get(`${note.row},${note.col}`)!.value).toBe('15/9/2024');
  expect(excel.sheet(name)!.protected).toBe(true);
  expect(excel.sheet(name)!.protectOptions).toEqual({ allowFormatRows: true });
  expect(excel.calls.filter((c) => c.endsWith('.unprotect'))).toHaveLength(1);
});

test('patchCells puts back the options a user protected the sheet with, and leaves an unprotected sheet unprotected', async () => {
  const excel = createExcelDouble({ api: 9 });
  const port = new OfficeWorkbook(excel.run, excel.supports);
  excel.seedSheet('A');
  excel.seedSheet('B');
  await excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('A').protection.protect({ allowInsertRows: true, allowFormatColumns: true });
    await ctx.sync();
  });
  await expect(
    excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('A').getRange('B2').values = [[1]];
      await ctx.sync();
    }),
  ).rejects.toThrow('AccessDenied');
  await port.patchCells('A', [{ row: 2, col: 2, value: 1 }]);
  await port.patchCells('B', [{ row: 1, col: 1, formula: 'SUM(1,2)' }]);
  expect(excel.sheet('A')!.cells.get('2,2')!.value).toBe(1);
  expect(excel.sheet('A')!.protectOptions).toEqual({ allowInsertRows: true, allowFormatColumns: true });
  expect(excel.sheet('B')!.cells.get('1,1')!.formula).toBe('SUM(1,2)');
  expect(excel.sheet('B')!.protected).toBe(false);
});

describe('the double keeps the Excel API discipline', () => {
  test('reading a property without load and sync fails', async () => {
    const excel = createExcelDouble();
    excel.seedSheet('A');
    await expect(
      excel.run(async (ctx) => {
        const sheets = ctx.workbook.worksheets;
        sheets.load('items/name');
        return sheets.items.length;
      }),
    ).rejects.toThrow('PropertyNotLoaded');
    await expect(
      excel.run(async (ctx) => {
        const range = ctx.workbook.worksheets.getItem('A').getRange('A1');
        range.load('values');
        await ctx.sync();
        return range.formulas;
      }),
    ).rejects.toThrow('PropertyNotLoaded');
  });

  test('calls left without a sync, arrays of the wrong shape and overlapping merges fail', async () => {
    const excel = createExcelDouble();
    excel.seedSheet('A');
    await expect(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('A').getRange('A1').values = [[1]];
      }),
    ).rejects.toThrow('never synced');
    await expect(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('A').getRange('A1:B1').values = [[1]];
        await ctx.sync();
      }),
    ).rejects.toThrow('InvalidArgument');
    await expect(
      excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('A');
        ws.getRange('A1:B1').merge(false);
        ws.getRange('B1:C1').merge(false);
        await ctx.sync();
      }),
    ).rejects.toThrow('overlaps');
  });
});

test('a breakdown of 3,000 units (121 × 3,002 cells) is sent in requests under 5 MB, in a few syncs', async () => {
  const units = 3000;
  const columns = [
    { header: 'Mã chỉ tiêu', width: 11, kind: 'text' as const },
    { header: 'Chỉ tiêu', width: 48, kind: 'text' as const },
    ...Array.from({ length: units }, (_, i) => ({ header: `UBND xã Thử số ${i + 1}`, width: 14, kind: 'count' as const })),
  ];
  const rows = Array.from({ length: 121 }, (_, r) => ({
    cells: [`I.${r + 1}`, `Chỉ tiêu số ${r + 1} của mẫu`, ...Array.from({ length: units }, (_, c) => r * 10000 + c)],
  }));
  const plan = tablePlan('Chi tiết theo đơn vị', ['CHI TIẾT SỐ LIỆU THEO ĐƠN VỊ'], columns, rows);
  const d = await insertIntoDouble(plan);
  expect(d.excel.largestPayload()).toBeLessThanOrEqual(PAYLOAD_LIMIT);
  expect(d.excel.calls.filter((c) => c.endsWith('.formulas=')).length).toBeGreaterThan(1);
  expect(d.syncs).toBeLessThanOrEqual(6);
  const sheet = d.excel.sheet(d.name)!;
  for (const c of [plan.cells[0], plan.cells[plan.cells.length >> 1], plan.cells[plan.cells.length - 1]])
    expect(sheet.cells.get(`${c.row},${c.col}`)!.value).toBe(c.value);
  const last = plan.cells[plan.cells.length - 1];
  expect(sheet.cells.get(`${last.row},${last.col}`)!.numFmt).toBe('#,##0');
});

test('a breakdown of 3,000 units is read back in blocks, each response under 5 MB; one response would exceed it', async () => {
  const excel = createExcelDouble({ api: 9 });
  const port = new OfficeWorkbook(excel.run, excel.supports);
  const units = Array.from({ length: 3000 }, (_, i) => ({ header: `UBND xã Thử nghiệm số ${i + 1}`, width: 14, kind: 'count' as const }));
  const rows = Array.from({ length: 121 }, (_, r) => ({ cells: [`I.${r}`, `Chỉ tiêu ${r}`, ...units.map((_, u) => (r * 7 + u) % 1000)] }));
  const plan = tablePlan(
    'Chi tiết theo đơn vị',
    ['CHI TIẾT'],
    [{ header: 'Mã', width: 9, kind: 'text' }, { header: 'Chỉ tiêu', width: 40, kind: 'text' }, ...units],
    rows,
  );
  const name = await port.addSheet(plan);
  const before = excel.syncCount();
  const grid = await port.readSheet(name);
  expect(grid.values[3 + 120][2 + 2999]).toBe((120 * 7 + 2999) % 1000);
  expect(grid.values[2][2]).toBe('UBND xã Thử nghiệm số 1'); // the header row
  expect(excel.largestResponse()).toBeLessThan(PAYLOAD_LIMIT);
  expect(excel.syncCount() - before).toBeGreaterThan(2);
  // The whole used range in one load is what Excel on the web refuses.
  await expect(
    excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem(name).getUsedRange();
      used.load('values,formulas,numberFormat');
      await context.sync();
    }),
  ).rejects.toThrow('ResponsePayloadSizeLimitExceeded');
});

test('print setup is sent after the sheet and before its protection, each in a sync of its own, with documented values only', async () => {
  const excel = createExcelDouble({ api: 9 });
  const port = new OfficeWorkbook(excel.run, excel.supports);
  const name = await port.addSheet(renderTemplate(template('dinh-ky'), OPTS));
  // The sheet was synced before any page setup call, and page setup before protecting: a refusal
  // there can undo neither the sheet nor its protection.
  const calls = excel.calls;
  const protectAt = calls.findIndex((c) => c.includes('.protect '));
  const layoutAt = calls.findIndex((c) => c.includes('.pageLayout.'));
  const sheetAt = calls.findIndex((c) => c.includes('.freezeRows'));
  expect([sheetAt, layoutAt, protectAt].every((i) => i > -1)).toBe(true);
  expect(calls.slice(sheetAt, layoutAt)).toContain('sync');
  expect(calls.slice(layoutAt, protectAt)).toContain('sync');
  expect(port.takeNotices()).toEqual([]);
  expect(excel.sheet(name)!.layout.zoom).toEqual({ horizontalFitToPages: 1 });
  // A fit-to-page count of 0 is not a documented value: refused at sync.
  await expect(
    excel.run(async (context) => {
      context.workbook.worksheets.getItem(name).pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      await context.sync();
    }),
  ).rejects.toThrow('InvalidArgument');
});

describe('a doubt the source leaves about a row goes on its label cell', () => {
  const plan = renderTemplate(template('tien-do-huyen'), { unit: 'UBND huyện Khánh Sơn' });
  const row = plan.cells.find((c) => c.col === 1 && c.value === 'T2.2.6')!.row;
  const doubt = 'Bản gốc ghi "9010:2015", đọc là ISO 9001:2015.';

  test('as a note in the file', async () => {
    const ws = await throughExcelJs(plan);
    expect(ws.getCell(row, 3).note).toBe(doubt);
    expect(ws.getCell(row, 4).note).toBeUndefined();
  });

  test.each([
    ['notes (ExcelApi 1.18)', 18, 'notes'],
    ['comments only (ExcelApi 1.10)', 10, 'comments'],
  ] as const)('in Excel with %s', async (_, api, where) => {
    const excel = createExcelDouble({ api });
    const name = await new OfficeWorkbook(excel.run, excel.supports).addSheet(plan);
    expect([...excel[where]].filter(([cell]) => cell === `'${name}'!C${row}`)).toEqual([[`'${name}'!C${row}`, doubt]]);
    expect(excel[where === 'notes' ? 'comments' : 'notes'].size).toBe(0);
    expect(excel[where].size).toBe(5);
  });

  test('left out where Excel has neither', async () => {
    const excel = createExcelDouble({ api: 9 });
    await new OfficeWorkbook(excel.run, excel.supports).addSheet(plan);
    expect([excel.notes.size, excel.comments.size]).toEqual([0, 0]);
  });
});
