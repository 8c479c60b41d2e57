/** Languages of the interface and of every text the add-in writes: Vietnamese first, English second. */
export type Lang = 'vi' | 'en';

/** How many names a message lists before it counts the rest: a pane 350 px wide, a terminal line. */
export const LISTED = 10;

/** Names joined for a message, the first `LISTED` of them, then how many more ("và 990 đơn vị khác"). */
export function listedNames(
  names: readonly string[],
  lang: Lang,
  noun: { vi: string; en: string } = { vi: 'đơn vị', en: 'units' },
): string {
  const shown = names.slice(0, LISTED).join(', ');
  const rest = names.length - LISTED;
  if (rest <= 0) return shown;
  return lang === 'vi' ? `${shown} và ${rest} ${noun.vi} khác` : `${shown} and ${rest} more ${noun.en}`;
}

/** How much of a text from a user's file a message quotes: enough to find it, never a whole cell or line. */
export const QUOTED = 60;

/** A text from a user's file as a message quotes it: its first `QUOTED` characters, then "…". */
export function excerpt(text: string): string {
  if (text.length <= QUOTED) return text;
  // Never half of a character written as two UTF-16 units (an emoji, a rare Hán character).
  const end = /[\uD800-\uDBFF]/.test(text[QUOTED - 1]) ? QUOTED - 1 : QUOTED;
  return `${text.slice(0, end)}…`;
}
