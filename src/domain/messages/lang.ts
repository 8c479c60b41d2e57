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
