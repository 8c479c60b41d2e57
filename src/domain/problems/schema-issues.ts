import type { z } from 'zod';

/** What a value of a data file is, as a person would name it. */
export type JsonType = 'missing' | 'null' | 'text' | 'number' | 'boolean' | 'list' | 'object';

/**
 * What a data file (a list of targets, a province's deadlines, a template given as data) holds
 * that its schema refuses, as a fact: the message catalogue words it in Vietnamese and English,
 * never in the validation library's English. `path` leads from the top of the file to the value.
 */
export type SchemaIssue = {
  path: (string | number)[];
  /** The value refused, when it is text, a number or true/false. */
  value?: string | number | boolean;
} & (
  | { kind: 'type'; expected: string; received: JsonType }
  | { kind: 'unknown-keys'; keys: string[] }
  | { kind: 'too-small' | 'too-big'; of: 'number' | 'text' | 'list'; bound: number; inclusive: boolean }
  | { kind: 'format' }
  | { kind: 'one-of'; values: string[] }
  /** A check of the schema's own, named by the `rule` of its params ("no-such-day"). */
  | { kind: 'rule'; rule: string }
  | { kind: 'other' }
);

/** The issues of a refused value, read against the value itself (the library does not say what it found). */
export function schemaIssues(error: z.ZodError, input: unknown): SchemaIssue[] {
  return error.issues.map((i): SchemaIssue => {
    const path = i.path.filter((p): p is string | number => typeof p !== 'symbol');
    const found = valueAt(input, path);
    const shown = typeof found === 'string' || typeof found === 'number' || typeof found === 'boolean' ? { value: found } : {};
    return { ...issueOf(i, path, found), ...shown };
  });
}

function issueOf(i: z.core.$ZodIssue, path: (string | number)[], found: unknown): SchemaIssue {
  switch (i.code) {
    case 'invalid_type':
      return { path, kind: 'type', expected: i.expected, received: jsonType(found) };
    case 'unrecognized_keys':
      return { path, kind: 'unknown-keys', keys: i.keys };
    case 'too_small':
    case 'too_big':
      return {
        path,
        kind: i.code === 'too_small' ? 'too-small' : 'too-big',
        of: i.origin === 'string' ? 'text' : i.origin === 'array' || i.origin === 'set' ? 'list' : 'number',
        bound: Number(i.code === 'too_small' ? i.minimum : i.maximum),
        inclusive: i.inclusive ?? true,
      };
    case 'invalid_format':
      return { path, kind: 'format' };
    case 'invalid_value':
      return { path, kind: 'one-of', values: i.values.map((v) => String(v)) };
    case 'custom': {
      const rule = (i.params as { rule?: unknown } | undefined)?.rule;
      return typeof rule === 'string' ? { path, kind: 'rule', rule } : { path, kind: 'other' };
    }
    default:
      return { path, kind: 'other' };
  }
}

function valueAt(input: unknown, path: readonly (string | number)[]): unknown {
  let at: unknown = input;
  for (const p of path) {
    if (at === null || typeof at !== 'object' || !Object.prototype.hasOwnProperty.call(at, p)) return undefined;
    at = (at as Record<string | number, unknown>)[p];
  }
  return at;
}

function jsonType(v: unknown): JsonType {
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'list';
  if (typeof v === 'string') return 'text';
  if (typeof v === 'number' || typeof v === 'boolean') return typeof v as 'number' | 'boolean';
  return 'object';
}
