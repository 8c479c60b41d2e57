import { severityText } from '../messages/findings';
import { rowsByCode, templateRows, valueColumns } from '../catalogue/rows';
import { rowValueKeys } from '../compute/derive';
import { periodLabel, parsePeriod } from '../period';
import { renderTemplate } from '../render/template';
import { tablePlan, type TableRow } from '../render/table';
import type { IndicatorKindStyle } from '../render/style-types';
import { cellKey } from '../sheet/identity';
import type { CellValue, SheetPlan } from '../sheet/plan';
import type { Grid } from '../sheet/read';
import type { Template } from '../catalogue/schema';
import { unitKey } from '../units/identity';
import { OUTLIERS_PER_UNIT } from './outliers';
import { byName, filesWithErrors, type MergedUnit, type MergeResult } from './merge';
import { completenessLines, logStatusText, outlierMethodText, outlierText, timelinessLines } from '../messages/merge-log';
import { valueCell } from '../cells/value-cells';
import type { TargetSet } from '../targets/schema';
import { targetsSheet } from '../targets/targets-sheet';
import type { PeriodComparison, Succession } from './previous';
import { previousSheet } from './previous-sheet';
import { breakdownLayout, groupFigures, SUBTOTAL_PREFIX } from './groups';
import { chartsSheet } from './charts-sheet';

/** What a consolidation is also held against: the targets, and the previous period's consolidation. */
export interface MergeSheetOptions {
  targets?: readonly TargetSet[];
  previous?: { comparison: PeriodComparison; period: string; successions: readonly Succession[] };
  /** Each unit's group (the former district, a cluster), by unit name: the breakdown gets a subtotal per group. */
  groups?: ReadonlyMap<string, string>;
}

/**
 * The values of each unit a consolidation's log lists as errors, by unit key then cell key; read
 * back from its list of errors (a single-column form's codes are its value column's).
 */
export function loggedErrorCells(grid: Grid, t: Template): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const header = grid.values.findIndex((r) => LOG_ERROR_HEADER.every((h, i) => h === null || String(r[i] ?? '').trim() === h));
  if (header < 0) return out;
  const keys = rowValueKeys(t);
  for (const r of grid.values.slice(header + 1)) {
    const [unit, code] = [String(r[2] ?? '').trim(), String(r[4] ?? '').trim()];
    if (!unit || !code) break;
    const [row, key] = code.includes('@') ? code.split('@') : [code, keys.get(code)?.[0]];
    if (!key) continue;
    const set = out.get(unitKey(unit)) ?? new Set<string>();
    set.add(cellKey(row, key));
    out.set(unitKey(unit), set);
  }
  return out;
}

/** The sheets a consolidation writes beside its consolidated sheet ("Tổng hợp <period>"). */
export const BREAKDOWN_SHEET = 'Chi tiết theo đơn vị';
export const LOG_SHEET = 'Nhật ký tổng hợp';
export const CONSOLIDATED_PREFIX = 'Tổng hợp ';
/** The header of the log's list of errors, one a finding: read back to know which values of a consolidation's units were in error. */
export const LOG_ERROR_HEADER = ['STT', 'Tệp', 'Đơn vị', 'Ô', 'Mã chỉ tiêu', 'Quy tắc', null, 'Trang tính', 'Mức', 'Nội dung lỗi'];

export function mergeSheets(r: MergeResult, opts: MergeSheetOptions = {}): SheetPlan[] {
  const period = parsePeriod(r.period);
  const when = period ? periodLabel(period) : r.period;
  const consolidated = renderTemplate(r.template, {
    unit: r.unit,
    period,
    values: r.values,
    sheetName: `${CONSOLIDATED_PREFIX}${r.period}`.trim(),
  });
  const sets = opts.targets ?? [];
  const held = targetsSheet(r, sets, when);
  const drawn = chartsSheet(r, sets, when);
  const before = opts.previous;
  return [
    consolidated,
    breakdown(r, when, opts.groups),
    ...(held ? [held] : []),
    ...(drawn ? [drawn] : []),
    ...(before ? [previousSheet(r, before.comparison, before.period, when, before.successions)] : []),
    logSheet(r, when),
  ];
}

function breakdown(r: MergeResult, when: string, groups?: ReadonlyMap<string, string>): SheetPlan {
  const keysOf = rowValueKeys(r.template);
  const layout = breakdownLayout(r.units, groups);
  const sums = new Map(
    layout.flatMap((c) =>
      'group' in c
        ? [
            [
              c.group,
              groupFigures(
                r.template,
                c.members.map((i) => r.units[i]),
              ),
            ] as const,
          ]
        : [],
    ),
  );
  /** Per-unit cells laid out in the columns, a group's subtotal after its units. */
  const place = <T>(perUnit: readonly T[], subtotal: (c: { group: string; members: number[] }) => T): T[] =>
    layout.map((c) => ('unit' in c ? perUnit[c.unit] : subtotal(c)));
  /** A mark per unit (an error, an unusual value) in the unit columns; the first five columns and the subtotals unmarked. */
  const unitMarks = (perUnit: readonly boolean[]) => [false, false, false, false, false, ...place(perUnit, () => false)];
  const headers = valueColumns(r.template);
  const multi = new Set([...keysOf.values()].flat()).size > 1;
  const errorsOf = new Map<string, number>();
  for (const e of r.errors) errorsOf.set(e.file, (errorsOf.get(e.file) ?? 0) + 1);
  const unitErrors = r.units.map((u) => errorsOf.get(u.file) ?? 0);
  // The cells marked unusual, by cell then file: a row looks up its own cells once.
  const unusual = new Map<string, Set<string>>();
  for (const o of r.outliers) {
    const k = cellKey(o.code, o.key);
    unusual.set(k, (unusual.get(k) ?? new Set()).add(o.file));
  }
  const rows: TableRow[] = [
    {
      cells: [
        '',
        'Số lỗi khi kiểm tra tệp của đơn vị (ô tô đỏ: giá trị có lỗi, xem danh sách ở trang Nhật ký tổng hợp)',
        'Lỗi',
        unitErrors.reduce((a, b) => a + b, 0),
        null,
        ...place(unitErrors, (c) => c.members.reduce((n, i) => n + unitErrors[i], 0)),
      ],
      kinds: [undefined, undefined, undefined, 'count', 'count', ...layout.map(() => 'count' as const)],
      flagged: unitMarks(unitErrors.map((n) => n > 0)),
      bold: true,
    },
  ];
  for (const row of templateRows(r.template)) {
    if (row.kind === 'group') {
      rows.push({ cells: [row.code, row.label], bold: true });
      continue;
    }
    for (const key of keysOf.get(row.code) ?? []) {
      const cell = valueCell(r.template, row.code, key)!;
      const kind = cell.kind as IndicatorKindStyle;
      const k = cellKey(row.code, key);
      const derived = !!cell.derived;
      // A coded answer by its label; anything else as it is.
      const show = (v: CellValue | undefined): CellValue =>
        kind === 'code' && typeof v === 'number' ? ((cell.codes ?? []).find((c) => c.value === v)?.label ?? v) : (v ?? null);
      const total = derived ? (r.derived.get(k) ?? null) : (r.values.get(k) ?? null);
      const cellKind = kind === 'code' ? 'text' : kind;
      const code = multi ? `${row.code} (${headers.get(key)?.header ?? key})` : row.code;
      // What each unit sent; for a derived cell, the figure in its sheet (the recomputed one where the sheet has none).
      const sent = (u: MergedUnit) =>
        !derived ? u.values.get(k) : u.reportedDerived.has(k) ? u.reportedDerived.get(k) : (u.derived.get(k) ?? null);
      const figures = r.units.map((u) => sent(u) ?? null);
      // A group's subtotal: summed counts, ratios from the summed parts; nothing for codes, texts and rates without parts.
      const subtotal = ({ group }: { group: string }): CellValue => {
        const g = sums.get(group)!;
        return derived ? (g.derived.get(k) ?? null) : (g.values.get(k) ?? null);
      };
      rows.push({
        cells: [code, row.label, row.unit ?? '', total, r.reported.get(k) ?? 0, ...place(figures.map(show), subtotal)],
        kinds: [undefined, undefined, undefined, cellKind, 'count', ...layout.map(() => cellKind)],
        flagged: unitMarks(r.units.map((u) => u.errorCells.has(k))),
        unusual: unitMarks(r.units.map((u) => !!unusual.get(k)?.has(u.file))),
      });
      if (!derived) continue;
      // Beside a derived row, what each unit's own parts give where it is not the figure the unit sent.
      const recomputed = r.units.map((u, i) => {
        const again = u.derived.get(k) ?? null;
        return differs(kind, figures[i], again) ? again : null;
      });
      if (recomputed.some((v) => v !== null))
        rows.push({
          cells: [`${code} tính lại`, RECOMPUTED_LABEL, row.unit ?? '', null, null, ...place(recomputed, () => null)],
          kinds: [undefined, undefined, undefined, cellKind, 'count', ...layout.map(() => cellKind)],
        });
    }
  }
  return tablePlan(
    BREAKDOWN_SHEET,
    [
      `CHI TIẾT SỐ LIỆU THEO ĐƠN VỊ — ${r.template.name.toLocaleUpperCase('vi')}`,
      `${r.unit}, ${when}: ${r.units.length} đơn vị được tổng hợp`,
    ],
    [
      { header: 'Mã chỉ tiêu', width: 11, kind: 'text' },
      { header: 'Chỉ tiêu', width: 48, kind: 'text' },
      { header: 'Đơn vị tính', width: 12, kind: 'text' },
      { header: 'Tổng hợp', width: 16, kind: 'count' },
      { header: 'Số đơn vị có số liệu', width: 10, kind: 'count' },
      ...layout.map((c) => ({
        header: 'unit' in c ? r.units[c.unit].unit : `${SUBTOTAL_PREFIX}${c.group}`,
        width: 14,
        kind: 'count' as const,
      })),
    ],
    rows,
  );
}

const RECOMPUTED_LABEL = '– Tính lại từ số liệu thành phần của đơn vị (chỉ ghi ở đơn vị báo cáo khác kết quả tính lại)';

/** Whether a unit's figure and the recomputed one would read differently (ratios as shown, to 0.1%). */
function differs(kind: string, sent: CellValue, again: number | null): boolean {
  if (typeof sent !== 'number' || again === null) return (sent ?? null) !== again;
  return Math.abs(sent - again) > (kind === 'percent' ? 0.0005 : 1e-9 * Math.max(1, Math.abs(again)));
}

function logSheet(r: MergeResult, when: string): SheetPlan {
  const rows: TableRow[] = r.log.map((e, i) => ({
    cells: [
      i + 1,
      e.file,
      e.unit,
      e.period,
      e.template,
      e.version,
      e.size,
      e.checksum,
      logStatusText(e.status),
      e.reason,
      e.errors,
      e.warnings,
    ],
  }));
  const c = r.completeness;
  const blank = (text: string): TableRow => ({ cells: [null, text], bold: true, spanFrom: 1 });
  rows.push({ cells: [] });
  for (const line of completenessLines(c)) rows.push(blank(line));
  rows.push(blank(`Trùng: ${c.duplicates.join(', ') || 'không có'}`));
  for (const n of r.notes) rows.push(blank(`Ghi chú: ${n}`));
  if (r.timeliness) for (const line of timelinessLines(r.timeliness, when)) rows.push(blank(line));
  if (r.errors.length) {
    rows.push({ cells: [] });
    rows.push(
      blank(
        `Lỗi khi kiểm tra các tệp: ${r.errors.length} lỗi trong ${filesWithErrors(r.errors)} tệp (tệp được gộp hay bị loại: xem cột Trạng thái ở trên)`,
      ),
    );
    const text = 'text' as const;
    rows.push({
      cells: LOG_ERROR_HEADER,
      kinds: Array(10).fill(text),
      bold: true,
      // The message runs to the last column, as in the outliers' list below.
      spanFrom: 9,
    });
    r.errors.forEach((e, i) =>
      rows.push({
        cells: [
          i + 1,
          e.file,
          e.unit,
          e.finding.cell,
          e.finding.code,
          e.finding.rule,
          null,
          e.finding.sheet,
          severityText('error').toLocaleLowerCase('vi'),
          e.finding.message,
        ],
        kinds: ['count', text, text, text, text, text, 'count', text, text, text],
        spanFrom: 9,
      }),
    );
  }
  if (r.outliers.length) {
    rows.push({ cells: [] });
    const units = new Set(r.outliers.map((o) => o.unit)).size;
    rows.push(
      blank(
        `Giá trị khác thường so với các đơn vị khác: ${r.outliers.length} giá trị ở ${units} đơn vị (ô tô vàng ở trang Chi tiết theo đơn vị). ${outlierMethodText(r.template)}`,
      ),
    );
    if (r.outliersNotListed.length)
      rows.push(
        blank(
          `Mỗi đơn vị chỉ ghi ${OUTLIERS_PER_UNIT} giá trị khác thường nhất; còn: ${r.outliersNotListed.map((m) => `${m.unit} (${m.count} giá trị)`).join('; ')}`,
        ),
      );
    const text = 'text' as const;
    rows.push({
      cells: ['STT', 'Tệp', 'Đơn vị', null, 'Mã chỉ tiêu', null, null, null, 'Mức', 'Nội dung'],
      kinds: Array(10).fill(text),
      bold: true,
      spanFrom: 9,
    });
    const indicators = rowsByCode(r.template);
    [...r.outliers]
      // A stable sort keeps the template's order within a unit.
      .sort((a, b) => byName(a.unit, b.unit))
      .forEach((o, i) =>
        rows.push({
          cells: [
            i + 1,
            o.file,
            o.unit,
            null,
            o.code,
            null,
            null,
            null,
            severityText('warning').toLocaleLowerCase('vi'),
            `${indicators.get(o.code)?.label ?? o.code}: ${outlierText(o, r.template, indicators.get(o.code)?.kind === 'percent')}`,
          ],
          kinds: ['count', text, text, text, text, text, 'count', text, text, text],
          spanFrom: 9,
        }),
      );
  }
  return tablePlan(
    LOG_SHEET,
    [`NHẬT KÝ TỔNG HỢP — ${r.unit.toLocaleUpperCase('vi')}`, `${r.template.name}, ${when}`],
    [
      { header: 'STT', width: 5, kind: 'count' },
      { header: 'Tệp', width: 28, kind: 'text' },
      { header: 'Đơn vị', width: 22, kind: 'text' },
      { header: 'Kỳ', width: 9, kind: 'text' },
      { header: 'Mẫu', width: 12, kind: 'text' },
      { header: 'Phiên bản', width: 9, kind: 'text' },
      { header: 'Dung lượng (byte)', width: 11, kind: 'count' },
      { header: 'Mã kiểm tra SHA-256', width: 20, kind: 'text' },
      { header: 'Trạng thái', width: 10, kind: 'text' },
      { header: 'Lý do', width: 36, kind: 'text' },
      { header: 'Số lỗi', width: 7, kind: 'count' },
      { header: 'Số cảnh báo', width: 9, kind: 'count' },
    ],
    rows,
    // A list below the files has a header of its own: the files' header must not print over it.
    !r.errors.length && !r.outliers.length,
  );
}
