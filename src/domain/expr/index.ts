export * from './ast';
export { parseExpr, parseComparison, ExpressionError } from './parse';
export { evaluate, evaluateComparison, compare, type Num, type Lookup, type ComparisonResult } from './evaluate';
export { toExcel } from './excel';
