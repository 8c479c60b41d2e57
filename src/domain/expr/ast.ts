/**
 * The one expression model of the add-in: derived indicators (ratios, totals) and validation
 * rules are written as expressions over indicator codes, and the same tree gives the Excel
 * formula of the template, the value computed for validation, compute and merge.
 */
export type Expr =
  | { type: 'num'; value: number }
  | { type: 'ref'; code: string }
  /** n-ary sum with signs: blank when every term is blank, blanks count as nothing otherwise. */
  | { type: 'add'; terms: { sign: 1 | -1; expr: Expr }[] }
  | { type: 'mul'; left: Expr; right: Expr }
  /** Blank when either side is blank or the denominator is 0. */
  | { type: 'div'; left: Expr; right: Expr }
  | { type: 'call'; fn: 'max' | 'min'; args: Expr[] };

export type CompareOp = '<=' | '<' | '>=' | '>' | '=' | '<>';

/** A comparison chain: operands[0] ops[0] operands[1] ops[1] operands[2] … */
export interface Comparison {
  source: string;
  operands: Expr[];
  ops: CompareOp[];
}

/** Indicator codes an expression reads, in order of first appearance. */
export function refsOf(e: Expr, out: string[] = []): string[] {
  switch (e.type) {
    case 'ref':
      if (!out.includes(e.code)) out.push(e.code);
      break;
    case 'add':
      e.terms.forEach((t) => refsOf(t.expr, out));
      break;
    case 'mul':
    case 'div':
      refsOf(e.left, out);
      refsOf(e.right, out);
      break;
    case 'call':
      e.args.forEach((a) => refsOf(a, out));
      break;
  }
  return out;
}
