import type { Level } from '../catalogue/schema';

/**
 * Words that name a unit's level, as units write them. Since 1 July 2025 communes, wards and
 * special zones (xã, phường, đặc khu) report to the province, and a "thành phố" is a city run by
 * the centre (a province); "thị xã" is a district-level town, a "phòng" a district's office;
 * "xã hội" (in "Lao động – Thương binh và Xã hội") and "cơ sở" name no level.
 */
const LEVEL_WORDS: [string, Level][] = [
  ['thị xã', 'huyen'],
  ['thị trấn', 'xa'],
  ['đặc khu', 'xa'],
  ['phường', 'xa'],
  ['(?<!thị )xã(?! hội)', 'xa'],
  ['huyện', 'huyen'],
  ['quận', 'huyen'],
  ['phòng', 'huyen'],
  ['thành phố', 'tinh'],
  ['(?<!cơ )sở', 'tinh'],
  ['tỉnh', 'tinh'],
];

const PATTERNS = LEVEL_WORDS.map(([w, level]) => ({
  word: w.replace(/\(\?<?[!=][^)]*\)/g, ''),
  re: new RegExp(`(?<!\\p{L})${w}(?!\\p{L})`, 'u'),
  level,
}));

/**
 * The level of a unit from its name: the level word that comes first ("UBND xã Bắc Sơn, huyện Ân
 * Thi" is a commune; "Sở Nội vụ tỉnh Khánh Hòa" the province). Undefined when no word settles it.
 */
export function levelOfUnit(name: string): Level | undefined {
  const text = name.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ');
  let first: { at: number; level: Level } | undefined;
  for (const { word, re, level } of PATTERNS) {
    // Most words are not in the name at all: the plain search is far cheaper than the pattern.
    if (!text.includes(word)) continue;
    const at = re.exec(text)?.index;
    if (at !== undefined && (!first || at < first.at)) first = { at, level };
  }
  return first?.level;
}
