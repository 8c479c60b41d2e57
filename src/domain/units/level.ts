import type { Level } from '../catalogue/schema';

/** A level word, and the words around it that make it another word ("thị xã", "xã hội", "cơ sở"). */
interface LevelWord {
  word: string;
  level: Level;
  notAfter?: string;
  notBefore?: string;
}

/**
 * Words that name a unit's level, as units write them. Since 1 July 2025 communes, wards and
 * special zones (xã, phường, đặc khu) report to the province, and a "thành phố" is a city run by
 * the centre (a province); "thị xã" is a district-level town, a "phòng" a district's office;
 * "xã hội" (in "Lao động – Thương binh và Xã hội") and "cơ sở" name no level.
 */
const LEVEL_WORDS: LevelWord[] = [
  { word: 'thị xã', level: 'huyen' },
  { word: 'thị trấn', level: 'xa' },
  { word: 'đặc khu', level: 'xa' },
  { word: 'phường', level: 'xa' },
  { word: 'xã', level: 'xa', notAfter: 'thị ', notBefore: ' hội' },
  { word: 'huyện', level: 'huyen' },
  { word: 'quận', level: 'huyen' },
  { word: 'phòng', level: 'huyen' },
  { word: 'thành phố', level: 'tinh' },
  { word: 'sở', level: 'tinh', notAfter: 'cơ ' },
  { word: 'tỉnh', level: 'tinh' },
];

/**
 * A letter has a lower and an upper case, as every letter of a Vietnamese name does; digits,
 * spaces and punctuation do not. (Written out rather than as a pattern: the page also runs in
 * EdgeHTML 18, which has neither look-behind nor \p{L} in patterns.)
 */
function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch.toLowerCase() !== ch.toUpperCase();
}

/** Where the word first stands as a word of its own in the text, not inside another. */
function firstAt(text: string, { word, notAfter, notBefore }: LevelWord): number | undefined {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (isLetter(text[at - 1]) || isLetter(text[end])) continue;
    if (notAfter !== undefined && text.slice(0, at).endsWith(notAfter)) continue;
    if (notBefore !== undefined && text.startsWith(notBefore, end)) continue;
    return at;
  }
  return undefined;
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd');
const foldOptional = (s: string | undefined) => (s === undefined ? undefined : fold(s));
/** The same words for a name typed without diacritics ("UBND xa Binh Minh"). */
const PLAIN_WORDS: LevelWord[] = LEVEL_WORDS.map((w) => ({
  word: fold(w.word),
  level: w.level,
  notAfter: foldOptional(w.notAfter),
  notBefore: foldOptional(w.notBefore),
}));

/**
 * The level of a unit from its name: the level word that comes first ("UBND xã Bắc Sơn, huyện Ân
 * Thi" is a commune; "Sở Nội vụ tỉnh Khánh Hòa" the province), with or without diacritics.
 * Undefined when no word settles it.
 */
export function levelOfUnit(name: string): Level | undefined {
  const text = name.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ');
  // A name with no letter beyond ASCII was typed without diacritics: its words are read folded
  // ("xa", "phuong"); a name with them keeps them, so that "quán" is never "quận".
  // eslint-disable-next-line no-control-regex
  const plain = !/[^\x00-\x7f]/.test(text);
  let first: { at: number; level: Level } | undefined;
  for (const w of plain ? PLAIN_WORDS : LEVEL_WORDS) {
    const at = firstAt(text, w);
    if (at !== undefined && (!first || at < first.at)) first = { at, level: w.level };
  }
  return first?.level;
}
