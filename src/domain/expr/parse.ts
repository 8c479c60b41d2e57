import type { CompareOp, Comparison, Expr } from './ast';

/** A formula or rule of a template that does not parse: reported as a problem of the template. */
export class ExpressionError extends Error {}

/**
 * Syntax: references are bare when the code starts with a roman section numeral ("I.2.2"),
 * otherwise bracketed ("[1.2]"); numbers use a dot as decimal separator; operators + - * /,
 * parentheses, max(…) and min(…); comparisons <=, <, >=, >, =, <> may be chained.
 */
type Token = { t: 'num'; v: number } | { t: 'ref'; v: string } | { t: 'id'; v: string } | { t: 'op'; v: string };

const TOKEN =
  /\s*(?:(\[[^\]]+\])|([IVX]+(?:\.[0-9A-Za-z]+)+|[IVX]+(?![A-Za-z0-9(]))|([0-9]+(?:\.[0-9]+)?)|([a-z]+)|(<=|>=|<>|[-+*/(),<>=]))/y;

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < src.length) {
    if (/^\s*$/.test(src.slice(pos))) break;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(src);
    if (!m) throw new ExpressionError(`Biểu thức "${src}": không hiểu ký tự ở vị trí ${pos + /^\s*/.exec(src.slice(pos))![0].length + 1}`);
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
  ) {}

  private fail(msg: string): never {
    throw new ExpressionError(`Biểu thức "${this.src}": ${msg}`);
  }
  private peek(): Token | undefined {
    return this.toks[this.i];
  }
  private isOp(v: string): boolean {
    const k = this.peek();
    return k?.t === 'op' && k.v === v;
  }
  private expect(v: string): void {
    if (!this.isOp(v)) this.fail(`thiếu "${v}"`);
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
    if (!k) this.fail('kết thúc đột ngột');
    this.i++;
    if (k.t === 'num') return { type: 'num', value: k.v };
    if (k.t === 'ref') return { type: 'ref', code: k.v };
    if (k.t === 'id') {
      if (k.v !== 'max' && k.v !== 'min') this.fail(`hàm "${k.v}" không được hỗ trợ`);
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
    return this.fail(`không mong đợi "${k.v}"`);
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
  if (!p.done()) throw new ExpressionError(`Biểu thức "${src}": thừa phần cuối`);
  return e;
}

function parseComparisonOnce(src: string): Comparison {
  const p = new Parser(tokenize(src), src);
  const operands = [p.expr()];
  const ops: CompareOp[] = [];
  for (let op = p.compareOp(); op; op = p.compareOp()) {
    ops.push(op);
    operands.push(p.expr());
  }
  if (!ops.length) throw new ExpressionError(`Điều kiện "${src}": thiếu phép so sánh`);
  if (!p.done()) throw new ExpressionError(`Điều kiện "${src}": thừa phần cuối`);
  return { source: src, operands, ops };
}
