/** Recognises what a received file is before opening it; throws a Vietnamese message naming the file. */
export function checkXlsxBytes(name: string, data: Uint8Array): void {
  if (/\.xlsm$/i.test(name)) throw new Error(`Tệp "${name}" là tệp có macro (.xlsm), không được nhận: hãy lưu lại dưới dạng .xlsx.`);
  if (data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0)
    throw new Error(`Tệp "${name}" là tệp Excel cũ (.xls) hoặc có đặt mật khẩu: hãy mở bằng Excel và lưu lại dưới dạng .xlsx không mật khẩu.`);
  if (!(data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04)) throw new Error(`Tệp "${name}" không phải là tệp Excel .xlsx.`);
}
