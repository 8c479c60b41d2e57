import type { Lang } from './lang';

/** Where a received .xlsx archive is damaged, as facts (`part` is the path inside the archive). */
export type Damage =
  | { reason: 'no-directory' }
  | { reason: 'directory-damaged' }
  | { reason: 'workbook-missing' }
  | { reason: 'encrypted'; part: string }
  | { reason: 'entry-damaged'; part: string }
  | { reason: 'entry-truncated'; part: string }
  | { reason: 'entry-method'; part: string; method: number }
  | { reason: 'entry-inflate'; part: string }
  | { reason: 'entry-crc'; part: string }
  | { reason: 'entry-duplicate'; part: string }
  | { reason: 'entry-overlap'; part: string }
  | { reason: 'not-utf8'; part: string }
  | { reason: 'doctype'; part: string }
  | { reason: 'cells-damaged'; count: number }
  | { reason: 'sheet-unfinished'; sheet: string };

/** A bound the reader keeps so that no file can take unbounded time or memory. */
export type Limit = 'file-size' | 'entries' | 'part-size' | 'total-size' | 'ratio' | 'cells' | 'area' | 'strings' | 'string-length';

export function damageText(d: Damage, lang: Lang): string {
  const vi = lang === 'vi';
  switch (d.reason) {
    case 'no-directory':
      return vi ? 'không tìm thấy mục lục của tệp nén' : 'the zip directory cannot be found';
    case 'directory-damaged':
      return vi ? 'mục lục của tệp nén bị hỏng' : 'the zip directory is damaged';
    case 'workbook-missing':
      return vi ? 'thiếu phần xl/workbook.xml' : 'the part xl/workbook.xml is missing';
    case 'encrypted':
      return vi ? `phần ${d.part} được mã hóa` : `the part ${d.part} is encrypted`;
    case 'entry-damaged':
      return vi ? `phần ${d.part} bị hỏng` : `the part ${d.part} is damaged`;
    case 'entry-truncated':
      return vi ? `phần ${d.part} bị cắt cụt` : `the part ${d.part} is cut short`;
    case 'entry-method':
      return vi
        ? `phần ${d.part} nén theo cách không hỗ trợ (${d.method})`
        : `the part ${d.part} is compressed by an unsupported method (${d.method})`;
    case 'entry-inflate':
      return vi ? `phần ${d.part} không giải nén được` : `the part ${d.part} cannot be decompressed`;
    case 'entry-crc':
      return vi
        ? `phần ${d.part} sai mã kiểm tra (CRC): dữ liệu đã bị thay đổi hoặc hỏng`
        : `the part ${d.part} fails its CRC check: its data was altered or damaged`;
    case 'entry-duplicate':
      return vi ? `phần ${d.part} xuất hiện hai lần` : `the part ${d.part} appears twice`;
    case 'entry-overlap':
      return vi ? `phần ${d.part} chồng lên phần khác trong tệp nén` : `the part ${d.part} overlaps another part of the archive`;
    case 'not-utf8':
      return vi ? `phần ${d.part} chứa ký tự không hợp lệ (không phải UTF-8)` : `the part ${d.part} holds invalid characters (not UTF-8)`;
    case 'doctype':
      return vi
        ? `phần ${d.part} có khai báo DOCTYPE/ENTITY, không được nhận`
        : `the part ${d.part} declares a DOCTYPE or entities, which are not accepted`;
    case 'cells-damaged':
      return vi ? `hơn ${d.count} ô không đọc được` : `more than ${d.count} cells cannot be read`;
    case 'sheet-unfinished':
      return vi ? `dữ liệu của trang "${d.sheet}" bị cắt cụt hoặc hỏng` : `the data of sheet "${d.sheet}" is cut short or garbled`;
  }
}

/** "quá 100 MiB", "over 100 MiB": a limit and its bound. */
export function limitText(limit: Limit, max: number, lang: Lang, part?: string): string {
  const vi = lang === 'vi';
  const mib = `${Math.round(max / 1024 / 1024)} MiB`;
  const count = max.toLocaleString(vi ? 'vi-VN' : 'en-US');
  const of = part ? (vi ? ` (ở ${part})` : ` (in ${part})`) : '';
  switch (limit) {
    case 'file-size':
      return vi ? `tệp lớn hơn ${mib}` : `the file is larger than ${mib}`;
    case 'entries':
      return vi ? `tệp nén có hơn ${count} phần` : `the archive has more than ${count} parts`;
    case 'part-size':
      return vi ? `một phần giải nén ra hơn ${mib}${of}` : `a part inflates to more than ${mib}${of}`;
    case 'total-size':
      return vi ? `các phần giải nén ra tổng cộng hơn ${mib}` : `the parts inflate to more than ${mib} in all`;
    case 'ratio':
      return vi
        ? `một phần giải nén ra lớn hơn ${count} lần cỡ nén, dấu hiệu của tệp nén độc hại${of}`
        : `a part inflates to more than ${count} times its compressed size, the mark of a zip bomb${of}`;
    case 'cells':
      return vi ? `tệp có hơn ${count} ô dữ liệu` : `the file has more than ${count} cells with data`;
    case 'area':
      return vi ? `các ô trải trên vùng hơn ${count} ô` : `the cells spread over more than ${count} places`;
    case 'strings':
      return vi ? `tệp có hơn ${count} chuỗi văn bản dùng chung` : `the file has more than ${count} shared strings`;
    case 'string-length':
      return vi
        ? `một chuỗi văn bản dài hơn ${count} ký tự, giới hạn của Excel`
        : `a text is longer than ${count} characters, Excel's limit`;
  }
}
