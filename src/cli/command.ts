import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from '../domain/problems/errors';
import type { Lang } from '../domain/messages/lang';
import type { Cli } from './commands';

type Options = NonNullable<ParseArgsConfig['options']>;
/** Option values as parsed: a string, a switch, or the strings of a repeated option. */
export type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

/**
 * One command of `cchc`: what it takes, how the usage describes it, what it runs. Parsing,
 * `cchc help`, `cchc X --help` and the hint for a missing argument all come from this entry.
 */
export interface Command {
  name: string;
  /** Other spellings that run it ("recognize"). */
  aliases?: readonly string[];
  options: Options;
  /** What it takes after its name: nothing, exactly one file or id, at most one, or one or more. */
  takes: 'nothing' | 'one' | 'one-at-most' | 'some';
  /** Options it cannot run without. */
  needs?: readonly string[];
  /** Its lines of the usage in each language: the synopsis (first line, and lines indented as it is), then what it does. */
  usage: Record<Lang, string>;
  run(values: Values, positionals: string[], cli: Cli): Promise<number> | number;
}

/** The value of a string option, if given. */
export const text = (v: Values[string]): string | undefined => (typeof v === 'string' ? v : undefined);
/** The values of a repeated string option. */
export const texts = (v: Values[string]): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Parses a command's arguments by its entry and runs it; a missing argument is a usage problem with the command's synopsis. */
export async function runCommand(c: Command, args: string[], cli: Cli): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: c.takes !== 'nothing', options: c.options, strict: true });
  const count = positionals.length;
  const wrongCount = c.takes === 'one' ? count !== 1 : c.takes === 'one-at-most' ? count > 1 : c.takes === 'some' ? count === 0 : false;
  if (wrongCount || (c.needs ?? []).some((o) => values[o] === undefined))
    throw new InputError({ code: 'usage', usage: synopsis(c, cli.lang) });
  return c.run(values, positionals, cli);
}

/** The first line of a command's usage, without its indent: what to type. */
export function synopsis(c: Command, lang: Lang): string {
  return c.usage[lang].split('\n')[0].trim();
}
