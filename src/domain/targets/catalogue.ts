import type { Catalogue } from '../catalogue/catalogue';
import { rowsByCode } from '../catalogue/rows';
import { InputError } from '../errors';
import { TargetSetSchema, type Target, type TargetSet } from './schema';
import { allTargetSets } from './sets';

/** Parses one target set and checks it against the templates it names; an InputError saying what is wrong otherwise. */
export function loadTargetSet(input: unknown, templates: Catalogue): TargetSet {
  const parsed = TargetSetSchema.safeParse(input);
  const id = (input as { id?: unknown } | null)?.id;
  const where = typeof id === 'string' ? id : '?';
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new InputError({ code: 'targets-invalid', source: where, detail });
  }
  const problems = parsed.data.targets.flatMap((t) => targetProblems(t, templates));
  const ids = parsed.data.targets.map((t) => t.id);
  for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) problems.push(`mục tiêu "${id}" bị trùng`);
  if (problems.length) throw new InputError({ code: 'targets-invalid', source: parsed.data.id, detail: problems.join('; ') });
  return parsed.data;
}

/** What zod cannot check: a threshold that can be judged, and indicators and rows that exist with the right kind. */
function targetProblems(t: Target, templates: Catalogue): string[] {
  const problems: string[] = [];
  const say = (what: string) => problems.push(`${t.id}: ${what}`);
  if (t.judged === 'threshold') {
    if (!t.comparison) say('thiếu cách so sánh');
    if ((t.threshold === undefined) === (t.byLevel === undefined)) say('cần đúng một trong "threshold" và "byLevel"');
    if (t.comparison === 'between' && !(t.upTo !== undefined && t.threshold !== undefined && t.upTo > t.threshold))
      say('khoảng cần "upTo" lớn hơn ngưỡng');
    if (t.comparison === 'reduction' && !(t.baseYear !== undefined && t.baseYear < t.year)) say('mức giảm cần năm gốc trước năm mục tiêu');
  } else if (t.comparison || t.threshold !== undefined || t.byLevel || t.measures?.length) {
    say('mục tiêu không có ngưỡng số thì không có so sánh, ngưỡng hay chỉ tiêu đo');
  }
  for (const m of t.measures ?? []) {
    const template = templates.find(m.template);
    const row = template && rowsByCode(template).get(m.code);
    // A reduction is a rate of fall of a number (staff, units); other targets compare like with like.
    const counted = t.comparison === 'reduction' || t.unit === 'number';
    const kind = counted ? ['count', 'money'] : ['percent'];
    if (!row) say(`không có chỉ tiêu ${m.code} trong mẫu ${m.template}`);
    else if (!kind.includes(row.kind)) say(`chỉ tiêu ${m.code} của mẫu ${m.template} không phải là ${counted ? 'số' : 'tỷ lệ'}`);
  }
  for (const a of t.assesses ?? []) {
    const template = templates.find(a.template);
    const row = template && rowsByCode(template).get(a.code);
    if (!row || !row.codes?.some((c) => c.value === 'Đạt')) say(`mẫu ${a.template} không có dòng tự đánh giá ${a.code}`);
  }
  return problems;
}

/** Every target of the sets given, an id used twice across sets being an error. */
export function targetsOf(sets: readonly TargetSet[]): TargetSet[] {
  const seen = new Map<string, string>();
  for (const s of sets)
    for (const t of s.targets) {
      const first = seen.get(t.id);
      if (first) throw new InputError({ code: 'targets-invalid', source: s.id, detail: `mục tiêu "${t.id}" đã có trong "${first}"` });
      seen.set(t.id, s.id);
    }
  return [...sets];
}

const builtIn = new WeakMap<Catalogue, TargetSet[]>();

/** The target sets that come with the add-in, checked once against the templates given. */
export function builtInTargets(templates: Catalogue): TargetSet[] {
  let sets = builtIn.get(templates);
  // Stryker disable next-line ConditionalExpression: checking again gives equal sets; the cache only saves time
  if (!sets) builtIn.set(templates, (sets = targetsOf(allTargetSets.map((s) => loadTargetSet(s, templates)))));
  return sets;
}
