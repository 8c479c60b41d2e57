import ExcelJS from 'exceljs';
import { address, parseAddress } from '../../src/domain/sheet/plan';
import type { createExcelDouble, DoubleCell } from './excel-double';

type Double = ReturnType<typeof createExcelDouble>;

/**
 * Moves a workbook between the Excel double and an .xlsx file, keeping what marking touches:
 * values, formulas, number formats, solid fills, notes, hidden sheets and protection. As Excel
 * saves it, a comment goes into the file with a note standing in for it; a file's notes open in
 * Excel as notes.
 */
export function doubleToFile(excel: Double, sheets: string[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const name of sheets) {
    const model = excel.sheet(name)!;
    const ws = wb.addWorksheet(name, {
      state: model.visibility === 'VeryHidden' ? 'veryHidden' : model.visibility === 'Hidden' ? 'hidden' : 'visible',
    });
    for (const [key, c] of model.cells) {
      const [row, col] = key.split(',').map(Number);
      const cell = ws.getCell(row, col);
      cell.value = c.formula ? { formula: c.formula } : c.value === '' ? null : c.value;
      if (c.numFmt !== 'General') cell.numFmt = c.numFmt;
      if (c.fill && c.fill.toUpperCase() !== '#FFFFFF')
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${c.fill.slice(1).toUpperCase()}` } };
      cell.protection = { locked: c.locked };
    }
    for (const [where, text] of [...excel.comments, ...excel.notes]) {
      const [sheet, a] = splitRef(where);
      if (sheet === name) ws.getCell(a).note = text;
    }
    if (model.protected) void ws.protect('', {});
  }
  return wb;
}

export function fileToDouble(wb: ExcelJS.Workbook, excel: Double): void {
  wb.eachSheet((ws) => {
    const model = excel.seedSheet(ws.name);
    model.visibility = ws.state === 'veryHidden' ? 'VeryHidden' : ws.state === 'hidden' ? 'Hidden' : 'Visible';
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const v = cell.value;
        const c: DoubleCell = {
          value: '',
          numFmt: cell.numFmt || 'General',
          font: {},
          locked: cell.protection?.locked !== false,
          borders: new Set(),
        };
        if (v && typeof v === 'object' && 'formula' in v) c.formula = v.formula;
        else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') c.value = v;
        const fill = cell.fill;
        if (fill?.type === 'pattern' && fill.pattern === 'solid' && fill.fgColor?.argb) c.fill = `#${fill.fgColor.argb.slice(2)}`;
        model.cells.set(`${cell.row},${cell.col}`, c);
        if (cell.note)
          excel.notes.set(
            `'${ws.name}'!${address(Number(cell.row), Number(cell.col))}`,
            typeof cell.note === 'string' ? cell.note : (cell.note.texts ?? []).map((t) => t.text).join(''),
          );
      }),
    );
    model.protected = !!(ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet;
  });
}

function splitRef(ref: string): [string, string] {
  const m = /^'(.*)'!([A-Z]+\d+)$/.exec(ref)!;
  parseAddress(m[2]);
  return [m[1].replace(/''/g, "'"), m[2]];
}
