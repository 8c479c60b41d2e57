import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { ExcelJsWorkbook } from '../workbook/exceljs-adapter';

/** A failure the user must see as a plain message (exit code 2), never a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/** Opens an .xlsx file read-only (the file itself is never written back). */
export async function openWorkbook(path: string): Promise<ExcelJsWorkbook> {
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch {
    throw new UserError(`Không mở được tệp "${path}": tệp không tồn tại hoặc không đọc được.`);
  }
  const name = basename(path);
  if (/\.xlsm$/i.test(name)) {
    throw new UserError(`Tệp "${name}" là tệp có macro (.xlsm), không được nhận: hãy lưu lại dưới dạng .xlsx.`);
  }
  if (OLE_MAGIC.every((b, i) => data[i] === b)) {
    throw new UserError(`Tệp "${name}" là tệp Excel cũ (.xls) hoặc có đặt mật khẩu: hãy mở bằng Excel và lưu lại dưới dạng .xlsx không mật khẩu.`);
  }
  if (!ZIP_MAGIC.every((b, i) => data[i] === b)) {
    throw new UserError(`Tệp "${name}" không phải là tệp Excel .xlsx.`);
  }
  try {
    return await ExcelJsWorkbook.open(ExcelJS, data);
  } catch (e) {
    throw new UserError(`Tệp "${name}" bị hỏng hoặc không đúng định dạng .xlsx (${(e as Error).message}).`);
  }
}

export async function saveWorkbook(wb: ExcelJsWorkbook, path: string): Promise<void> {
  try {
    await writeFile(path, await wb.toBuffer());
  } catch (e) {
    throw new UserError(`Không ghi được tệp "${path}": ${(e as Error).message}`);
  }
}

export function newWorkbook(): ExcelJsWorkbook {
  return ExcelJsWorkbook.create(ExcelJS);
}
