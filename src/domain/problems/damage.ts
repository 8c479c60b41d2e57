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
