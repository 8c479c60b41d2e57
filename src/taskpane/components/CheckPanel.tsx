import { useState } from 'react';
import { Badge, Button, Checkbox, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { findingGroupText, findingMessage, severityText } from '../../domain/messages/findings';
import type { Finding } from '../../domain/validate/finding';
import { listedFindings } from '../../domain/validate/listed';
import type { Host } from '../host/host';
import { sheetsToUse } from '../host/sheets';
import type { Texts } from '../i18n';
import { checkAndMark, groupBySection, type CheckResult } from '../../app/check';
import { findingsCsv } from '../../app/outputs/findings';
import { convertRecognised } from '../../app/convert';
import { exportWorkbook } from '../../app/export';
import { longCsv } from '../../domain/export/long-format';
import { fillOutcomeText } from '../../domain/messages/fill-compute';
import { recognisedAsText, recognitionCountsText } from '../../domain/messages/recognition';
import { download } from '../download';
import { builtInCatalogue } from '../../domain/catalogue/catalogue';
import { parseAddress } from '../../domain/sheet/plan';
import { usePaneStyles } from './layout';

/** "Kiểm tra": check template sheets, list findings by section, select a finding's cell, clear the marks. */
export function CheckPanel({ host, t, onChecked }: { host: Host; t: Texts; onChecked: () => void }) {
  const [activeOnly, setActiveOnly] = useState(host.kind === 'excel');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<CheckResult>();
  const [error, setError] = useState<string>();
  const [info, setInfo] = useState<string>();
  const [notWritten, setNotWritten] = useState<string[]>([]);

  const run = async () => {
    setBusy(true);
    setError(undefined);
    setInfo(undefined);
    try {
      const port = await host.port();
      const { names, active } = await sheetsToUse(host, port, activeOnly);
      const r = await checkAndMark(port, builtInCatalogue(), names);
      setResult(r);
      if (!r.sheets.length) setError(active ? t.activeNotTemplate(active) : t.noTemplateSheet);
      onChecked();
    } catch (e) {
      setError(t.error(e));
    } finally {
      setBusy(false);
    }
  };
  const convert = async (sheet: string) => {
    setError(undefined);
    try {
      const port = await host.port();
      const done = await convertRecognised(port, builtInCatalogue(), sheet);
      const failed = done.outcomes.filter((o) => o.status !== 'written');
      setInfo(t.converted(done.sheet, failed.length));
      setNotWritten(failed.map((o) => fillOutcomeText(o, t.lang)));
      await host.activate(done.sheet);
      onChecked();
    } catch (e) {
      setError(t.error(e));
    }
  };
  const exportCsv = async () => {
    setError(undefined);
    try {
      const { rows } = await exportWorkbook(await host.port(), builtInCatalogue(), host.fileName?.() ?? '');
      if (!rows.length) return setError(t.exportEmpty);
      download(longCsv(rows), 'so-lieu-dang-dai.csv', 'text/csv;charset=utf-8');
    } catch (e) {
      setError(t.error(e));
    }
  };
  const clear = async () => {
    setError(undefined);
    setInfo(undefined);
    try {
      const port = await host.port();
      let n = 0;
      for (const s of result?.sheets ?? []) n += await port.clearMarks(s.sheet);
      setInfo(t.cleared(n));
    } catch (e) {
      setError(t.error(e));
    } finally {
      // Marks cleared before a failure are cleared: the workbook changed either way.
      onChecked();
    }
  };

  const errors = result?.sheets.flatMap((s) => s.findings).filter((f) => f.severity === 'error').length ?? 0;
  const warnings = (result?.sheets.flatMap((s) => s.findings).length ?? 0) - errors;
  return (
    <section style={{ display: 'flex', flexDirection: 'column', gap: 10 }}>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
        <Button appearance="primary" onClick={run} disabled={busy} icon={busy ? <Spinner size="tiny" /> : undefined}>
          {t.check}
        </Button>
        {host.kind === 'excel' && <Checkbox label={t.activeOnly} checked={activeOnly} onChange={(_, d) => setActiveOnly(!!d.checked)} />}
        {!!result?.sheets.length && <Button onClick={clear}>{t.clearMarks}</Button>}
        {host.kind === 'web' && !!result?.sheets.length && (
          <Button onClick={() => download(findingsCsv(result.sheets), 'ket-qua-kiem-tra.csv', 'text/csv;charset=utf-8')}>
            {t.downloadReport}
          </Button>
        )}
        {!!result?.sheets.length && <Button onClick={exportCsv}>{t.exportCsv}</Button>}
      </div>
      {error && (
        <MessageBar intent="warning">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {info && <Text role="status">{info}</Text>}
      {!!notWritten.length && (
        <ul style={{ margin: 0, paddingLeft: 18 }}>
          {notWritten.map((line) => (
            <li key={line}>
              <Text size={200}>{line}</Text>
            </li>
          ))}
        </ul>
      )}
      {!!result?.sheets.length && (
        <Text weight="semibold" role="status">
          {t.summary(errors, warnings, result.sheets.length)}
        </Text>
      )}
      {result?.sheets.map((s) => (
        <div key={s.sheet}>
          <Text weight="semibold" block>
            {s.sheet}
          </Text>
          {s.recognised && (
            <div className="recognised" style={{ display: 'flex', flexDirection: 'column', gap: 4, margin: '4px 0' }}>
              <Text size={200} block>
                {recognisedAsText(
                  { sheet: s.sheet, template: s.template.id, version: s.template.version, unit: s.unit, period: s.period },
                  t.lang,
                )}
              </Text>
              <Text size={200} block>
                {recognitionCountsText(
                  {
                    tied: s.recognised.tied,
                    unmatched: s.recognised.unmatched.length,
                    missing: s.recognised.missing.length,
                    confidence: s.recognised.confidence,
                  },
                  t.lang,
                )}
              </Text>
              <Button size="small" onClick={() => void convert(s.sheet)} style={{ alignSelf: 'flex-start' }}>
                {t.convert}
              </Button>
            </div>
          )}
          {s.findings.length === 0 && <Text block>{t.noFindings}</Text>}
          {listedFindings(s.findings).flatMap((l) => ('group' in l ? [l.group] : [])).length > 0 && (
            <ul style={{ listStyle: 'none', padding: 0, margin: '6px 0 0' }}>
              {listedFindings(s.findings).flatMap((l) =>
                'group' in l
                  ? [<FindingItem key={l.group[0].cell} host={host} t={t} finding={l.group[0]} text={findingGroupText(l.group, t.lang)} />]
                  : [],
              )}
            </ul>
          )}
          {groupBySection({ ...s, findings: singles(s.findings) }).map((g) => (
            <div key={g.title} style={{ marginTop: 6 }}>
              <Text size={200} weight="semibold" block>
                {g.title} —{' '}
                {t.counts(
                  g.findings.filter((f) => f.severity === 'error').length,
                  g.findings.filter((f) => f.severity === 'warning').length,
                )}
              </Text>
              <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {g.findings.map((f, i) => (
                  <FindingItem key={i} host={host} t={t} finding={f} text={findingMessage(f.text, t.lang)} />
                ))}
              </ul>
            </div>
          ))}
        </div>
      ))}
      {!!result?.others.length && <Text size={200}>{t.skippedSheets(result.others)}</Text>}
    </section>
  );
}

/** The findings listed one by one: those not part of a repeated warning listed once. */
function singles(findings: Finding[]): Finding[] {
  return listedFindings(findings).flatMap((l) => ('finding' in l ? [l.finding] : []));
}

/**
 * One line of the list: inside Excel a button selecting its cell; in the standalone page, where
 * there is no sheet to select in, plain text with the cell's address.
 */
function FindingItem({ host, t, finding: f, text }: { host: Host; t: Texts; finding: Finding; text: string }) {
  const styles = usePaneStyles();
  const content = (
    <>
      <Badge className={styles.badge} color={f.severity === 'error' ? 'danger' : 'warning'} appearance="filled" size="small">
        {severityText(f.severity, t.lang)}
      </Badge>
      <Text size={200}>
        <b>{f.cell}</b> {text}
      </Text>
    </>
  );
  if (host.kind !== 'excel')
    return (
      <li className={`finding ${styles.listItem}`} data-cell={f.cell}>
        {content}
      </li>
    );
  return (
    <li>
      <button
        type="button"
        className={`finding ${styles.listButton}`}
        data-cell={f.cell}
        onClick={async () => {
          const { row, col } = parseAddress(f.cell);
          await (await host.port()).selectCell(f.sheet, row, col);
        }}
      >
        {content}
      </button>
    </li>
  );
}
