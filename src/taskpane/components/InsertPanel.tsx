import { useEffect, useMemo, useState } from 'react';
import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Select, Spinner, Text } from '@fluentui/react-components';
import { builtInCatalogue } from '../../domain/catalogue/catalogue';
import { templateRows } from '../../domain/catalogue/rows';
import { insertTemplate } from '../../app/insert';
import { parsePeriod } from '../../domain/period';
import { hasOptionalColumns, hasReportLine } from '../../domain/render/template';
import type { Host } from '../host/host';
import type { Texts } from '../i18n';
import { usePaneStyles } from './layout';

const PERIODS = ['Q1', 'Q2', 'Q3', 'Q4', 'H1', 'Y'] as const;

/** "Chèn mẫu": choose a template, unit, period and report line, then add the sheet. */
export function InsertPanel({ host, t, onInserted }: { host: Host; t: Texts; onInserted: () => void }) {
  const styles = usePaneStyles();
  const catalogue = useMemo(() => builtInCatalogue(), []);
  const templates = catalogue.templates;
  const [id, setId] = useState(templates[0].id);
  const [unit, setUnit] = useState('');
  const [periodKind, setPeriodKind] = useState<(typeof PERIODS)[number]>('Q1');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [reportNumber, setReportNumber] = useState('');
  const [reportDate, setReportDate] = useState('');
  const [addons, setAddons] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ intent: 'success' | 'warning' | 'error'; text: string }>();
  const template = templates.find((x) => x.id === id)!;
  const needsPeriod = template.periodKind !== 'none';
  const hasAddons = hasOptionalColumns(template);
  // "Đã chèn trang …" is about the last insert: it goes once the form, the unit or the period changes.
  useEffect(() => {
    setStatus((s) => (s?.intent === 'error' ? s : undefined));
  }, [id, unit, periodKind, year, reportNumber, reportDate, addons]);

  const insert = async () => {
    setStatus(undefined);
    if (!unit.trim()) return setStatus({ intent: 'error', text: t.unitRequired });
    const code = periodKind === 'Y' || template.periodKind === 'year' ? year : `${year}-${periodKind}`;
    const period = needsPeriod ? parsePeriod(code) : undefined;
    if (needsPeriod && !period) return setStatus({ intent: 'error', text: t.yearInvalid });
    setBusy(true);
    try {
      const name = await insertTemplate(await host.port(), catalogue, {
        templateId: template.id,
        unit,
        period: needsPeriod ? code : undefined,
        reportNumber,
        reportDate,
        addons: hasAddons && addons,
      });
      await host.activate(name);
      // What Excel refused on the way (its print setup) is said with the sheet inserted.
      const notices = host.takeNotices?.() ?? [];
      setStatus({ intent: notices.length ? 'warning' : 'success', text: [t.inserted(name), ...notices.map(t.notice)].join(' ') });
      onInserted();
    } catch (e) {
      setStatus({ intent: 'error', text: t.error(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      noValidate
      style={{ display: 'flex', flexDirection: 'column', gap: 10 }}
      onSubmit={(e) => {
        e.preventDefault();
        void insert();
      }}
    >
      <Field label={t.template} hint={t.rows(templateRows(template).length)}>
        <Select value={id} onChange={(_, d) => setId(d.value)}>
          {templates.map((x) => (
            <option key={x.id} value={x.id}>
              {x.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.unit} required>
        <Input value={unit} placeholder={t.unitPlaceholder} onChange={(_, d) => setUnit(d.value)} />
      </Field>
      {needsPeriod && (
        <div className={styles.row}>
          {template.periodKind === 'periodic' && (
            <Field label={t.periodKind}>
              <Select value={periodKind} onChange={(_, d) => setPeriodKind(d.value as (typeof PERIODS)[number])}>
                {PERIODS.map((p) => (
                  <option key={p} value={p}>
                    {p === 'H1' ? t.half : p === 'Y' ? t.wholeYear : t.quarter(Number(p[1]))}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <Field label={t.year}>
            <Input value={year} inputMode="numeric" onChange={(_, d) => setYear(d.value)} />
          </Field>
        </div>
      )}
      {hasReportLine(template) && (
        <div className={styles.row}>
          <Field label={t.reportNumber}>
            <Input value={reportNumber} placeholder={t.reportNumberPlaceholder} onChange={(_, d) => setReportNumber(d.value)} />
          </Field>
          <Field label={t.reportDate}>
            <Input value={reportDate} placeholder={t.reportDatePlaceholder} onChange={(_, d) => setReportDate(d.value)} />
          </Field>
        </div>
      )}
      {hasAddons && <Checkbox checked={addons} onChange={(_, d) => setAddons(!!d.checked)} label={t.addons} />}
      <Button appearance="primary" type="submit" disabled={busy} icon={busy ? <Spinner size="tiny" /> : undefined}>
        {busy ? t.inserting : t.insert}
      </Button>
      {status && (
        <MessageBar intent={status.intent}>
          <MessageBarBody>
            <Text role="status">{status.text}</Text>
          </MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
