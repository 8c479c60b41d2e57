import { InputError } from '../../domain/errors';

/** The spreadsheets that are not .xlsx, by their first bytes: an .xls (an OLE2 compound file) or an .ods (a zip whose first entry names the ODF type). */
export function otherSpreadsheet(data: Uint8Array): 'xls' | 'ods' | undefined {
  if (data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0) return 'xls';
  const head = String.fromCharCode(...data.subarray(0, 120));
  return head.startsWith('PK\x03\x04') && head.includes('mimetypeapplication/vnd.oasis.opendocument.spreadsheet') ? 'ods' : undefined;
}

/** Recognises what a received file is before opening it; throws an InputError naming the file. */
export function checkXlsxBytes(name: string, data: Uint8Array): void {
  if (/\.xlsm$/i.test(name)) throw new InputError({ code: 'file-xlsm', file: name });
  const other = otherSpreadsheet(data);
  if (other) throw new InputError({ code: other === 'xls' ? 'file-xls' : 'file-ods', file: name });
  if (!(data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04))
    throw new InputError({ code: 'file-not-xlsx', file: name });
}
