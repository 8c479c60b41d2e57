import type { Level } from '../catalogue/schema';
import type { Assessment } from '../targets/assess';
import type { TargetStatus } from '../targets/evaluate';
import type { TargetResult } from '../targets/report';
import type { Target } from '../targets/schema';
import { shownText } from './findings';
import type { Lang } from './lang';

const STATUS: Record<Lang, Record<TargetStatus, string>> = {
  vi: {
    met: 'Đạt',
    'not-met': 'Không đạt',
    'in-error': 'Không xét vì số liệu lỗi',
    'no-data': 'Chưa có số liệu',
    'no-measure': 'Không có chỉ tiêu đo',
    judge: 'Cán bộ đánh giá',
    'level-unknown': 'Chưa rõ cấp',
  },
  en: {
    met: 'Met',
    'not-met': 'Not met',
    'in-error': 'Not judged: in error',
    'no-data': 'No figure',
    'no-measure': 'Not measured',
    judge: 'For the official',
    'level-unknown': 'Level not known',
  },
};

/** "Đạt", "Không đạt", "Chưa có số liệu"…, as a column shows a target's status. */
export function targetStatusText(s: TargetStatus, lang: Lang = 'vi'): string {
  return STATUS[lang][s];
}

const LEVEL: Record<Lang, Record<Level, string>> = {
  vi: { tinh: 'cấp tỉnh', huyen: 'cấp huyện', xa: 'cấp xã' },
  en: { tinh: 'province', huyen: 'district', xa: 'commune' },
};

export function levelText(l: Level, lang: Lang = 'vi'): string {
  return LEVEL[lang][l];
}

/** A threshold or a rate as a percentage, a plain number as one. */
function figure(t: Target, v: number, lang: Lang): string {
  return shownText({ value: v, kind: t.unit === 'number' ? 'count' : 'percent' }, lang);
}

/** A value of the indicator measured: a number for a reduction (staff, units), else as the threshold. */
function valueText(t: Target, v: number, lang: Lang): string {
  return t.comparison === 'reduction' ? shownText({ value: v, kind: 'count' }, lang) : figure(t, v, lang);
}

/** The threshold as a comparison: "≥ 80%", "> 80%", "30%–50%", "giảm ≥ 10% so với năm 2025", "≥ 80% / 60% / 30% (cấp tỉnh / huyện / xã)". */
export function thresholdText(t: Target, lang: Lang = 'vi', threshold = t.threshold): string {
  if (t.judged !== 'threshold') return t.judged === 'roadmap' ? (lang === 'vi' ? 'theo lộ trình' : 'per the roadmap') : '—';
  const sign = { '>=': '≥', '>': '>', '=': '=', '<': '<', '<=': '≤', between: '', reduction: '≥' }[t.comparison!];
  if (threshold === undefined) {
    const levels = (['tinh', 'huyen', 'xa'] as const).filter((l) => t.byLevel?.[l] !== undefined);
    const values = levels.map((l) => figure(t, t.byLevel![l]!, lang)).join(' / ');
    return `${sign} ${values} (${levels.map((l) => levelText(l, lang)).join(' / ')})`;
  }
  const at = figure(t, threshold, lang);
  if (t.comparison === 'between') return `${at}–${figure(t, t.upTo!, lang)}`;
  if (t.comparison === 'reduction')
    return lang === 'vi' ? `giảm ${sign} ${at} so với năm ${t.baseYear}` : `down ${sign} ${at} from ${t.baseYear}`;
  return `${sign} ${at}`;
}

/** The value a target was held against, with where it comes from: "85% (6.3 — Năm 2019)", "120% (tính lại; đơn vị ghi 100%)". */
export function measuredText(r: TargetResult, lang: Lang = 'vi'): string {
  const vi = lang === 'vi';
  const m = r.measure;
  if (!m || m.value === null) return '';
  const parts = [`${m.template} ${m.code}`];
  const year = /^y(\d{4})$/.exec(m.key)?.[1];
  if (year) parts.push(vi ? `năm ${year}` : `year ${year}`);
  if (m.reported !== undefined)
    parts.push(
      vi
        ? `tính lại từ số liệu thành phần; đơn vị ghi ${shown(m.reported, lang)}`
        : `recomputed from its parts; the unit wrote ${shown(m.reported, lang)}`,
    );
  if (m.approximate) parts.push(vi ? 'chỉ tiêu gần nhất của mẫu' : 'the closest indicator of the form');
  if (r.reduction !== undefined && r.base !== undefined)
    parts.push(
      vi
        ? `năm ${r.target.baseYear}: ${valueText(r.target, r.base, lang)}, giảm ${figure(r.target, r.reduction, lang)}`
        : `${r.target.baseYear}: ${valueText(r.target, r.base, lang)}, down ${figure(r.target, r.reduction, lang)}`,
    );
  return `${valueText(r.target, m.value, lang)} (${parts.join('; ')})`;

  function shown(v: number | string | null, l: Lang): string {
    return typeof v === 'number' ? valueText(r.target, v, l) : shownText({ value: v, kind: 'text' }, l);
  }
}

/** Why a target has no outcome, for the official: which forms or figures it needs. */
export function missingText(r: TargetResult, lang: Lang = 'vi'): string {
  const vi = lang === 'vi';
  const forms = [...new Set((r.target.measures ?? []).map((m) => `${m.template} ${m.code}`))].join(vi ? ' hoặc ' : ' or ');
  switch (r.status) {
    case 'no-measure':
      return forms
        ? vi
          ? `cần trang của mẫu có chỉ tiêu ${forms}`
          : `needs a sheet of a form with ${forms}`
        : vi
          ? 'các mẫu không có chỉ tiêu đo mục tiêu này'
          : 'no form has an indicator for this target';
    case 'no-data':
      if (r.target.comparison === 'reduction' && r.measure?.value !== null && r.measure)
        return vi ? `cần số liệu năm ${r.target.baseYear} (kỳ gốc)` : `needs the figures of ${r.target.baseYear} (the base year)`;
      return vi ? `ô ${r.measure?.code ?? ''} đang trống` : `${r.measure?.code ?? ''} is empty`;
    case 'judge':
      return vi ? 'mục tiêu không có ngưỡng số: đơn vị chủ trì đánh giá' : 'a goal with no figure: the office in charge judges it';
    case 'in-error':
      return vi
        ? `ô ${r.measure?.code ?? ''} (hoặc số liệu thành phần của nó) có lỗi khi kiểm tra: sửa rồi đánh giá lại`
        : `${r.measure?.code ?? ''} (or a part of it) is in error: correct it, then judge again`;
    case 'level-unknown':
      return vi ? 'ngưỡng theo cấp: chưa rõ đơn vị thuộc cấp nào' : 'the threshold depends on the level, which is not known';
    default:
      return '';
  }
}

/** What a self-assessment row comes to: "Đề xuất: Đạt — …", "Cán bộ ghi "Đạt", số liệu cho thấy Không đạt — …". */
export function assessmentText(a: Assessment, lang: Lang = 'vi'): string {
  const vi = lang === 'vi';
  const grounds = a.grounds
    .filter((g) => g.status !== 'judge')
    .map(
      (g) =>
        `${g.target.label}: ${measuredText(g, lang) || missingText(g, lang)} — ${vi ? 'ngưỡng' : 'threshold'} ${thresholdText(g.target, lang, g.threshold)} → ${targetStatusText(g.status, lang)}`,
    )
    .join('; ');
  const rest = a.partial
    ? vi
      ? ' Phần mục tiêu không có ngưỡng số do đơn vị chủ trì đánh giá.'
      : ' The part of the goal with no figure is for the office in charge.'
    : '';
  const answer = (s: string) => (vi ? s : s === 'Đạt' ? 'Met (Đạt)' : 'Not met (Không đạt)');
  switch (a.state) {
    case 'proposed':
      return `${vi ? 'Đề xuất' : 'Proposed'}: ${answer(a.proposal!)}. ${grounds}.${rest}`;
    case 'agrees':
      return `${vi ? 'Khớp số liệu' : 'Agrees with the figures'}: ${answer(a.proposal!)}. ${grounds}.${rest}`;
    case 'override':
      return vi
        ? `Cán bộ ghi "${a.written}", số liệu cho thấy ${a.proposal}: giữ nguyên đánh giá của cán bộ. ${grounds}.${rest}`
        : `The official wrote "${a.written}", the figures say ${answer(a.proposal!)}: the official's answer is kept. ${grounds}.${rest}`;
    default:
      return grounds
        ? `${vi ? 'Chưa đủ số liệu để đề xuất' : 'Not enough figures to propose'}. ${grounds}.${rest}`
        : vi
          ? 'Mục tiêu không có ngưỡng số: đơn vị chủ trì đánh giá.'
          : 'A goal with no figure: the office in charge judges it.';
  }
}

/** "UBND xã Bắc Sơn — cấp xã, năm 2024: 13 mục tiêu (2 đạt, 1 chưa có số liệu…)". */
export function targetsSummaryText(
  u: { unit: string; level?: Level; year?: number; counts: Partial<Record<TargetStatus, number>> },
  lang: Lang = 'vi',
): string {
  const vi = lang === 'vi';
  const total = Object.values(u.counts).reduce((a, b) => a + (b ?? 0), 0);
  const about = [
    u.level ? levelText(u.level, lang) : vi ? 'chưa rõ cấp' : 'level not known',
    ...(u.year ? [vi ? `năm ${u.year}` : `${u.year}`] : []),
  ];
  const parts = (Object.keys(STATUS[lang]) as TargetStatus[])
    .filter((s) => u.counts[s])
    .map((s) => `${u.counts[s]} ${targetStatusText(s, lang).toLocaleLowerCase(lang)}`);
  return `${u.unit} — ${about.join(', ')}: ${total} ${vi ? 'mục tiêu' : total === 1 ? 'target' : 'targets'}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

/** Heads the units of a consolidation read from its breakdown by unit. */
export function breakdownHeadingText(within: string, sheet: string, units: number, lang: Lang = 'vi'): string {
  return lang === 'vi'
    ? `Từng đơn vị trong tổng hợp của ${within} (${units} đơn vị, trang "${sheet}"): các mục tiêu đo được bằng số liệu`
    : `Each unit of ${within}'s consolidation (${units} ${units === 1 ? 'unit' : 'units'}, sheet "${sheet}"): the targets its figures measure`;
}

/** The value and, where the target has no outcome, why: what a list shows beside a target. */
export function resultNoteText(r: TargetResult, lang: Lang = 'vi'): string {
  const missing = r.status === 'met' || r.status === 'not-met' ? '' : missingText(r, lang);
  return [measuredText(r, lang), missing].filter(Boolean).join('; ');
}
