import { ExpressionError, parseComparison, parseExpr, refsOf } from '../expr';
import type { Template } from './schema';

/** Cross-reference checks zod cannot express; returns Vietnamese problem descriptions. */
export function checkTemplate(t: Template): string[] {
  const problems: string[] = [];
  const rows = new Map<string, { kind: string; formula?: string }>();
  for (const table of t.tables) {
    const keys = new Set<string>();
    for (const c of table.columns) {
      if (keys.has(c.key)) problems.push(`cột "${c.key}" bị trùng`);
      keys.add(c.key);
      if (c.role === 'attr' && !c.attr) problems.push(`cột "${c.key}" thiếu tên thuộc tính`);
      if (c.kind === 'code' && !c.codes?.length) problems.push(`cột "${c.key}" thiếu danh sách mã`);
    }
    if (!table.columns.some((c) => c.role === 'value')) problems.push('bảng không có cột số liệu');
    if (!table.columns.some((c) => c.role === 'label')) problems.push('bảng không có cột tên chỉ tiêu');
    for (const s of table.sections) {
      for (const r of s.rows) {
        if (rows.has(r.code)) problems.push(`mã chỉ tiêu "${r.code}" bị trùng`);
        rows.set(r.code, r);
        if (r.kind === 'code' && !r.codes?.length && !table.columns.some((c) => c.role === 'value' && c.codes))
          problems.push(`chỉ tiêu "${r.code}" là mã nhưng thiếu danh sách mã`);
        if (r.formula && r.kind === 'group') problems.push(`chỉ tiêu nhóm "${r.code}" không được có công thức`);
      }
    }
  }
  const refCheck = (where: string, refs: string[]) => {
    for (const c of refs.map((r) => r.split('@')[0])) {
      const row = rows.get(c);
      if (!row) problems.push(`${where}: không có chỉ tiêu "${c}"`);
      else if (row.kind === 'group') problems.push(`${where}: "${c}" là dòng nhóm, không có số liệu`);
    }
  };
  const deps = new Map<string, string[]>();
  for (const [code, r] of rows) {
    if (!r.formula) continue;
    try {
      const refs = refsOf(parseExpr(r.formula));
      refCheck(`công thức của ${code}`, refs);
      deps.set(code, refs);
    } catch (e) {
      if (!(e instanceof ExpressionError)) throw e;
      problems.push(e.message);
    }
  }
  problems.push(...cycles(deps));
  if (t.size && rows.get(t.size)?.kind !== 'count') problems.push(`chỉ tiêu quy mô "${t.size}" phải là một số đếm của mẫu`);
  for (const c of t.charts ?? []) {
    const row = rows.get(c);
    if (row?.kind !== 'percent' || !row.formula) problems.push(`biểu đồ: "${c}" phải là một tỷ lệ tính từ các chỉ tiêu của mẫu`);
  }
  for (const rule of t.rules ?? []) {
    try {
      const comparisons = [...(rule.when ? [rule.when] : []), ...(rule.assert ?? [])].map(parseComparison);
      refCheck(
        `quy tắc ${rule.id}`,
        comparisons.flatMap((c) => c.operands.flatMap((o) => refsOf(o))),
      );
      refCheck(`quy tắc ${rule.id}`, [...(rule.blank ?? []), ...(rule.filled ?? [])]);
    } catch (e) {
      if (!(e instanceof ExpressionError)) throw e;
      problems.push(`quy tắc ${rule.id}: ${e.message}`);
    }
  }
  return problems;
}

function cycles(deps: Map<string, string[]>): string[] {
  const state = new Map<string, 'visiting' | 'done'>();
  const found: string[] = [];
  const visit = (c: string, path: string[]) => {
    if (state.get(c) === 'done') return;
    if (state.get(c) === 'visiting') {
      found.push(`công thức vòng tròn: ${[...path, c].join(' → ')}`);
      return;
    }
    state.set(c, 'visiting');
    for (const d of deps.get(c) ?? []) visit(d, [...path, c]);
    state.set(c, 'done');
  };
  for (const c of deps.keys()) visit(c, []);
  return found;
}
