/**
 * UTF-8 as the Encoding Standard reads and writes it, for engines without TextDecoder and
 * TextEncoder (EdgeHTML 18, in which Office 2016/2019 show the pane). Only UTF-8: every part of
 * an .xlsx is UTF-8, and the polyfill packages that carry all encodings weigh hundreds of kB.
 */

const REPLACEMENT = 0xfffd;

/** The code points of `bytes`; an ill-formed sequence is U+FFFD, or a TypeError when `fatal`. */
export function decodeUtf8(bytes: Uint8Array, fatal: boolean, keepBom: boolean): string {
  const points: number[] = [];
  let i = !keepBom && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let needed = 0;
  let seen = 0;
  let point = 0;
  let lower = 0x80;
  let upper = 0xbf;
  const bad = () => {
    if (fatal) throw new TypeError('The encoded data was not valid for encoding utf-8');
    points.push(REPLACEMENT);
  };
  for (; i < bytes.length; i++) {
    const b = bytes[i];
    if (needed === 0) {
      if (b <= 0x7f) points.push(b);
      else if (b >= 0xc2 && b <= 0xdf) [needed, point] = [1, b & 0x1f];
      else if (b >= 0xe0 && b <= 0xef) {
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
        [needed, point] = [2, b & 0xf];
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
        [needed, point] = [3, b & 0x7];
      } else bad();
      continue;
    }
    if (b < lower || b > upper) {
      // The sequence ends short: it is one error, and this byte starts afresh.
      [needed, seen, point, lower, upper] = [0, 0, 0, 0x80, 0xbf];
      i--;
      bad();
      continue;
    }
    [lower, upper] = [0x80, 0xbf];
    point = (point << 6) | (b & 0x3f);
    if (++seen === needed) {
      points.push(point);
      [needed, seen, point] = [0, 0, 0];
    }
  }
  if (needed) bad();
  let text = '';
  for (let at = 0; at < points.length; at += 8192) text += String.fromCodePoint(...points.slice(at, at + 8192));
  return text;
}

/** The UTF-8 bytes of a string; a lone surrogate is written as U+FFFD. */
export function encodeUtf8(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let c = text.codePointAt(i)!;
    if (c > 0xffff) i++;
    else if (c >= 0xd800 && c <= 0xdfff) c = REPLACEMENT;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  }
  return new Uint8Array(out);
}
