import type { Expr } from './ast';

/**
 * The Excel formula (without "=") of an expression, given each code's cell address.
 * Blank semantics match `evaluate`: a sum of blanks is blank, a ratio with a blank or zero
 * denominator is blank (""), so the sheet and the domain always agree.
 */
export function toExcel(e: Expr, addr: (code: string) => string): string {
  switch (e.type) {
    case 'num':
      return String(e.value);
    case 'ref':
      return addr(e.code);
    case 'add': {
      const parts = e.terms.map((t) => toExcel(t.expr, addr));
      const count = `COUNT(${parts.join(',')})=0`;
      if (e.terms.every((t) => t.sign === 1 && t.expr.type === 'ref')) {
        return `IF(${count},"",SUM(${parts.join(',')}))`;
      }
      const body = e.terms.map((t, i) => `${t.sign < 0 ? '-' : i ? '+' : ''}N(${parts[i]})`).join('');
      return `IF(${count},"",${body})`;
    }
    case 'mul': {
      const a = toExcel(e.left, addr);
      const b = toExcel(e.right, addr);
      return `IF(COUNT(${a},${b})<2,"",${wrap(a)}*${wrap(b)})`;
    }
    case 'div': {
      const a = toExcel(e.left, addr);
      const b = toExcel(e.right, addr);
      return `IF(OR(COUNT(${a})=0,N(${b})=0),"",${wrap(a)}/${wrap(b)})`;
    }
    case 'call': {
      const args = e.args.map((x) => toExcel(x, addr)).join(',');
      return `IF(COUNT(${args})=0,"",${e.fn.toUpperCase()}(${args}))`;
    }
  }
}

function wrap(s: string): string {
  return /^[A-Z]+[0-9]+$|^[0-9.]+$/.test(s) ? s : `(${s})`;
}
