import { InputError } from '../../domain/errors';

/** Recognises what a received file is before opening it; throws an InputError naming the file. */
export function checkXlsxBytes(name: string, data: Uint8Array): void {
  if (/\.xlsm$/i.test(name)) throw new InputError({ code: 'file-xlsm', file: name });
  if (data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0) throw new InputError({ code: 'file-xls', file: name });
  const head = String.fromCharCode(...data.subarray(0, 120));
  if (head.startsWith('PK\x03\x04') && head.includes('mimetypeapplication/vnd.oasis.opendocument.spreadsheet'))
    throw new InputError({ code: 'file-ods', file: name });
  if (!(data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04))
    throw new InputError({ code: 'file-not-xlsx', file: name });
}
