import { problemText, type Problem } from '../domain/messages/problems';
import type { Lang } from '../domain/messages/lang';

/**
 * Characters a terminal would act on rather than show: control characters (a line break in a file
 * name would print a line of its own, an escape sequence would recolour or move the cursor) and
 * the bidirectional overrides that reorder what follows. `LINES` leaves line breaks and tabs,
 * for text whose lines are the CLI's own.
 */
// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const ALL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- as above
const LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const escaped = (c: string) => {
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  if (c === '\t') return '\\t';
  // As JSON writes it, so that JSON output escaped here still reads back as the same text.
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
};

/** A name (file, unit, sheet) as printed: every such character written as its escape ("\n", "\u001b", "\u202e"). */
export function shown(name: string): string {
  return name.replace(ALL, escaped);
}

/** A text of the CLI's own lines, with whatever it quotes escaped but its line breaks and tabs kept. */
export function shownLines(text: string): string {
  return text.replace(LINES, escaped);
}

/** A problem's sentence, the names it quotes escaped (see shown). */
export function problemLine(problem: Problem, lang: Lang): string {
  const fact = (key: string, value: unknown): unknown => {
    if (typeof value === 'string') return key === 'usage' ? value : shown(value);
    return Array.isArray(value) ? value.map((x: unknown) => (typeof x === 'string' ? shown(x) : x)) : value;
  };
  const facts = Object.fromEntries(Object.entries(problem).map(([k, v]) => [k, fact(k, v)]));
  return problemText(facts as Problem, lang);
}
