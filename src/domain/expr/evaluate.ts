import type { CompareOp, Comparison, Expr } from './ast';

/** A value as the domain sees it: a number, or blank. */
export type Num = number | null;
export type Lookup = (code: string) => Num;

export function evaluate(e: Expr, get: Lookup): Num {
  switch (e.type) {
    case 'num':
      return e.value;
    case 'ref':
      return get(e.code);
    case 'add': {
      let any = false;
      let sum = 0;
      for (const t of e.terms) {
        const v = evaluate(t.expr, get);
        if (v === null) continue;
        any = true;
        sum += t.sign * v;
      }
      return any ? sum : null;
    }
    case 'mul': {
      const a = evaluate(e.left, get);
      const b = evaluate(e.right, get);
      return a === null || b === null ? null : a * b;
    }
    case 'div': {
      const a = evaluate(e.left, get);
      const b = evaluate(e.right, get);
      return a === null || b === null || b === 0 ? null : a / b;
    }
    case 'call': {
      const vs = e.args.map((a) => evaluate(a, get)).filter((v): v is number => v !== null);
      if (!vs.length) return null;
      return e.fn === 'max' ? Math.max(...vs) : Math.min(...vs);
    }
  }
}

/** Relative tolerance for equality of computed values (floating sums). */
const EPS = 1e-9;

export function compare(a: number, op: CompareOp, b: number, tolerance = 0): boolean {
  const tol = Math.max(tolerance, EPS * Math.max(1, Math.abs(a), Math.abs(b)));
  switch (op) {
    case '<=':
      return a <= b + tol;
    case '<':
      return a < b - tol;
    case '>=':
      return a >= b - tol;
    case '>':
      return a > b + tol;
    case '=':
      return Math.abs(a - b) <= tol;
    case '<>':
      return Math.abs(a - b) > tol;
  }
}

export interface ComparisonResult {
  /** null when an operand is blank: the comparison cannot be judged. */
  holds: boolean | null;
  values: Num[];
  /** Index of the first link of the chain that fails. */
  failedAt?: number;
}

export function evaluateComparison(c: Comparison, get: Lookup, tolerance = 0): ComparisonResult {
  const values = c.operands.map((o) => evaluate(o, get));
  for (let i = 0; i < c.ops.length; i++) {
    const a = values[i];
    const b = values[i + 1];
    if (a === null || b === null) continue;
    if (!compare(a, c.ops[i], b, tolerance)) return { holds: false, values, failedAt: i };
  }
  return { holds: values.some((v) => v === null) ? null : true, values };
}
