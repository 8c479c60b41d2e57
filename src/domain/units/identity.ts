import { distance } from 'fastest-levenshtein';
import { textKey } from '../recognise/text-key';

/**
 * "UBND", "Ủy ban nhân dân" (either accent place) and "UB" before a unit's name: the same unit
 * with or without them.
 */
const COUNCIL = /^(ubnd|uy ban nhan dan|ub) /;

/**
 * A unit's identity, as every part of the add-in compares names: without case, diacritics,
 * punctuation, runs of spaces, Unicode form or the council's prefix. The kind stays part of it:
 * "UBND xa Binh Minh" is "xã Bình Minh", never "phường Bình Minh".
 */
export function unitKey(name: string): string {
  return textKey(name).replace(COUNCIL, '');
}

/** How alike two names are, 0 to 1, on their keys (1 − edit distance / the longer key). */
export function nameLikeness(a: string, b: string): number {
  const ka = unitKey(a);
  const kb = unitKey(b);
  const longer = Math.max(ka.length, kb.length);
  return longer ? 1 - distance(ka, kb) / longer : 1;
}

/** Names this alike are proposed as the same unit; never taken without the office saying so. */
export const NEAR_NAME = 0.8;

/**
 * The candidate a name is most probably a misspelling of: the most alike at NEAR_NAME or more,
 * and of the same kind (a "xã" is never proposed for a "phường"); undefined when there is none,
 * or when two are equally alike.
 */
export function nearestName(name: string, candidates: readonly string[]): string | undefined {
  const kind = kindWord(unitKey(name));
  let best: { name: string; likeness: number } | undefined;
  let tie = false;
  for (const c of candidates) {
    if (kindWord(unitKey(c)) !== kind) continue;
    const likeness = nameLikeness(name, c);
    if (likeness < NEAR_NAME) continue;
    if (!best || likeness > best.likeness) [best, tie] = [{ name: c, likeness }, false];
    else if (likeness === best.likeness) tie = true;
  }
  return tie ? undefined : best?.name;
}

const KIND_WORDS = ['thi tran', 'thi xa', 'thanh pho', 'dac khu', 'xa', 'phuong', 'huyen', 'quan', 'tinh', 'so'];

/** The kind a key starts with ("xa", "phuong", …), or '' when it starts with none. */
function kindWord(key: string): string {
  return KIND_WORDS.find((w) => key === w || key.startsWith(`${w} `)) ?? '';
}
