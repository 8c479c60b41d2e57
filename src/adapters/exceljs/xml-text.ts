// eslint-disable-next-line no-control-regex -- control characters are what XML cannot hold
const NOT_XML_TEXT = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
const ALL = new RegExp(NOT_XML_TEXT, 'g');
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Text escaped for XML, in an element or an attribute; characters XML 1.0 cannot hold (control
 * characters a received file may carry) are left out, as exceljs does, so that no part written
 * is one Excel calls damaged.
 */
export function xmlText(s: string): string {
  if (!NOT_XML_TEXT.test(s)) return s;
  return s.replace(ALL, (ch) => ESCAPES[ch] ?? '');
}
