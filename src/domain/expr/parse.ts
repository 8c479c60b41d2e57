import type { CompareOp, Comparison, Expr } from './ast';

/** What keeps a formula or condition from parsing, as a fact (`messages/template-issues.ts` words it). */
export type ExpressionFault =
  | { fault: 'character'; at: number }
  | { fault: 'missing'; token: string }
  | { fault: 'ends-early' }
  | { fault: 'function'; name: string }
  | { fault: 'unexpected'; token: string }
  | { fault: 'trailing' }
  | { fault: 'no-comparison' };

/** A formula or rule of a template that does not parse: reported as a problem of the template. */
export class ExpressionError extends Error {
  constructor(
    /** The text that does not parse. */
    readonly source: string,
    /** A condition (a rule's comparison) rather than a formula. */
    readonly condition: boolean,
    readonly fault: ExpressionFault,
  ) {
    super(`${condition ? 'condition' : 'expression'} ${JSON.stringify(source)}: ${JSON.stringify(fault)}`);
  }
}

/**
 * Syntax: references are bare when the code starts with a roman section numeral ("I.2.2"),
 * otherwise bracketed ("[1.2]"); numbers use a dot as decimal separator; operators + - * /,
 * parentheses, max(…) and min(…); comparisons <=, <, >=, >, =, <> may be chained.
 */
type Token = { t: 'num'; v: number } | { t: 'ref'; v: string } | { t: 'id'; v: string } | { t: 'op'; v: string };

const TOKEN =
  /\s*(?:(\[[^\]]+\])|([IVX]+(?:\.[0-9A-Za-z]+)+|[IVX]+(?![A-Za-z0-9(]))|([0-9]+(?:\.[0-9]+)?)|([a-z]+)|(<=|>=|<>|[-+*/(),<>=]))/y;

function tokenize(src: string, condition = false): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < src.length) {
    if (/^\s*$/.test(src.slice(pos))) break;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(src);
    if (!m) throw new ExpressionError(src, condition, { fault: 'character', at: pos + /^\s*/.exec(src.slice(pos))![0].length + 1 });
    pos = TOKEN.lastIndex;
    if (m[1]) out.push({ t: 'ref', v: m[1].slice(1, -1).trim() });
    else if (m[2]) out.push({ t: 'ref', v: m[2] });
    else if (m[3]) out.push({ t: 'num', v: Number(m[3]) });
    else if (m[4]) out.push({ t: 'id', v: m[4] });
    else out.push({ t: 'op', v: m[5] });
  }
  return out;
}

class Parser {
  private i = 0;
  constructor(
    private readonly toks: Token[],
    private readonly src: string,
    private readonly condition = false,
  ) {}

  private fail(fault: ExpressionFault): never {
    throw new ExpressionError(this.src, this.condition, fault);
  }
  private peek(): Token | undefined {
    return this.toks[this.i];
  }
  private isOp(v: string): boolean {
    const k = this.peek();
    return k?.t === 'op' && k.v === v;
  }
  private expect(v: string): void {
    if (!this.isOp(v)) this.fail({ fault: 'missing', token: v });
    this.i++;
  }
  done(): boolean {
    return this.i >= this.toks.length;
  }

  expr(): Expr {
    const terms: { sign: 1 | -1; expr: Expr }[] = [];
    let sign: 1 | -1 = 1;
    if (this.isOp('-')) {
      this.i++;
      sign = -1;
    }
    terms.push({ sign, expr: this.term() });
    while (this.isOp('+') || this.isOp('-')) {
      sign = (this.toks[this.i++] as { v: string }).v === '+' ? 1 : -1;
      terms.push({ sign, expr: this.term() });
    }
    return terms.length === 1 && terms[0].sign === 1 ? terms[0].expr : { type: 'add', terms };
  }

  private term(): Expr {
    let left = this.factor();
    while (this.isOp('*') || this.isOp('/')) {
      const op = (this.toks[this.i++] as { v: string }).v;
      const right = this.factor();
      left = op === '*' ? { type: 'mul', left, right } : { type: 'div', left, right };
    }
    return left;
  }

  private factor(): Expr {
    const k = this.peek();
    if (!k) this.fail({ fault: 'ends-early' });
    this.i++;
    if (k.t === 'num') return { type: 'num', value: k.v };
    if (k.t === 'ref') return { type: 'ref', code: k.v };
    if (k.t === 'id') {
      if (k.v !== 'max' && k.v !== 'min') this.fail({ fault: 'function', name: k.v });
      this.expect('(');
      const args = [this.expr()];
      while (this.isOp(',')) {
        this.i++;
        args.push(this.expr());
      }
      this.expect(')');
      return { type: 'call', fn: k.v, args };
    }
    if (k.v === '(') {
      const e = this.expr();
      this.expect(')');
      return e;
    }
    return this.fail({ fault: 'unexpected', token: k.v });
  }

  compareOp(): CompareOp | undefined {
    const k = this.peek();
    if (k?.t === 'op' && ['<=', '<', '>=', '>', '=', '<>'].includes(k.v)) {
      this.i++;
      return k.v as CompareOp;
    }
    return undefined;
  }
}

// Templates are parsed once: expressions are checked and evaluated for every sheet of every file.
const exprCache = new Map<string, Expr>();
const comparisonCache = new Map<string, Comparison>();

export function parseExpr(src: string): Expr {
  let e = exprCache.get(src);
  if (!e) exprCache.set(src, (e = parseExprOnce(src)));
  return e;
}

export function parseComparison(src: string): Comparison {
  let c = comparisonCache.get(src);
  if (!c) comparisonCache.set(src, (c = parseComparisonOnce(src)));
  return c;
}

function parseExprOnce(src: string): Expr {
  const p = new Parser(tokenize(src), src);
  const e = p.expr();
  if (!p.done()) throw new ExpressionError(src, false, { fault: 'trailing' });
  return e;
}

function parseComparisonOnce(src: string): Comparison {
  const p = new Parser(tokenize(src, true), src, true);
  const operands = [p.expr()];
  const ops: CompareOp[] = [];
  for (let op = p.compareOp(); op; op = p.compareOp()) {
    ops.push(op);
    operands.push(p.expr());
  }
  if (!ops.length) throw new ExpressionError(src, true, { fault: 'no-comparison' });
  if (!p.done()) throw new ExpressionError(src, true, { fault: 'trailing' });
  return { source: src, operands, ops };
}
