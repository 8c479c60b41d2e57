import type { Row } from '../catalogue/schema';
import type { Expr, Num } from '../expr';
import type { Side } from '../messages/findings';
import { formatNumberVi } from '../number/parse';

/** One side of a broken comparison: a number as written, or an expression with its value. */
export function side(e: Expr, v: Num, rows: ReadonlyMap<string, Row>): Side {
  if (e.type === 'num') return { number: e.value };
  const kind = e.type === 'ref' ? (rows.get(e.code)?.kind ?? 'count') : 'count';
  return { expr: exprText(e), value: { value: v, kind } };
}

/** An expression as the forms write it: codes, + and −, × and /. */
export function exprText(e: Expr): string {
  switch (e.type) {
    case 'num':
      return formatNumberVi(e.value);
    case 'ref':
      return e.code;
    case 'add':
      return e.terms.map((t, i) => `${t.sign < 0 ? ' − ' : i ? ' + ' : ''}${exprText(t.expr)}`).join('');
    case 'mul':
      return `${exprText(e.left)} × ${exprText(e.right)}`;
    case 'div':
      return `${exprText(e.left)}/${exprText(e.right)}`;
    case 'call':
      return `${e.fn}(${e.args.map(exprText).join('; ')})`;
  }
}
