export * from './ast';
export { parseExpr, parseComparison, ExpressionError, type ExpressionFault } from './parse';
export { evaluate, evaluateComparison, compare, type Num, type Lookup, type ComparisonResult } from './evaluate';
export { toExcel } from './excel';
