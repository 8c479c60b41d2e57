import { useState } from 'react';
import { Badge, Button, MessageBar, MessageBarBody, Spinner, Text, type BadgeProps } from '@fluentui/react-components';
import { applyAssessments, workbookTargets, type PlacedAssessment, type UnitTargets } from '../../app/targets';
import { builtInCatalogue } from '../../domain/catalogue/catalogue';
import {
  assessmentText,
  breakdownHeadingText,
  resultNoteText,
  targetStatusText,
  targetsSummaryText,
  thresholdText,
} from '../../domain/messages/targets';
import { builtInTargets } from '../../domain/targets/catalogue';
import type { TargetStatus } from '../../domain/targets/evaluate';
import { statusCounts } from '../../domain/targets/report';
import type { Host } from '../host/host';
import { sheetsToUse } from '../host/sheets';
import type { Texts } from '../i18n';
import { usePaneStyles } from './layout';

const STATUS_COLOUR: Record<TargetStatus, BadgeProps['color']> = {
  met: 'success',
  'not-met': 'danger',
  'in-error': 'danger',
  'no-data': 'warning',
  'no-measure': 'informative',
  judge: 'informative',
  'level-unknown': 'warning',
};

const STATE_COLOUR: Record<PlacedAssessment['state'], BadgeProps['color']> = {
  proposed: 'brand',
  agrees: 'success',
  override: 'warning',
  open: 'informative',
};

/** "Mục tiêu": each unit's report held against its targets; the self-assessment proposals, written into empty cells on request. */
export function TargetsPanel({ host, t, onChanged }: { host: Host; t: Texts; onChanged: () => void }) {
  const styles = usePaneStyles();
  const [busy, setBusy] = useState(false);
  const [units, setUnits] = useState<UnitTargets[]>();
  const [message, setMessage] = useState<string>();

  const guard = (fn: () => Promise<void>) => async () => {
    setBusy(true);
    setMessage(undefined);
    try {
      await fn();
    } catch (e) {
      setMessage(t.error(e));
    } finally {
      setBusy(false);
    }
  };
  const look = async () => {
    const port = await host.port();
    const { names } = await sheetsToUse(host, port, false);
    const found = await workbookTargets(
      { sheetNames: () => Promise.resolve(names), readSheet: (n) => port.readSheet(n) },
      builtInCatalogue(),
      builtInTargets(builtInCatalogue()),
    );
    setUnits(found);
    if (!found.length) setMessage(t.noTemplateSheet);
    return found;
  };
  const run = guard(async () => {
    await look();
  });
  const propose = guard(async () => {
    const port = await host.port();
    let filled = 0;
    for (const u of units ?? []) filled += await applyAssessments(port, u.assessments);
    onChanged();
    await look();
    setMessage(t.proposalsWritten(filled));
  });
  const proposals = (units ?? []).flatMap((u) => u.assessments).filter((a) => a.state === 'proposed').length;

  return (
    <section style={{ display: 'flex', flexDirection: 'column', gap: 10 }}>
      <Text size={200}>{t.targetsIntro}</Text>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
        <Button appearance="primary" onClick={run} disabled={busy}>
          {t.checkTargets}
        </Button>
        {proposals > 0 && (
          <Button onClick={propose} disabled={busy}>
            {t.applyProposals(proposals)}
          </Button>
        )}
        {busy && <Spinner size="tiny" />}
      </div>
      {message && (
        <MessageBar>
          <MessageBarBody>
            <Text role="status">{message}</Text>
          </MessageBarBody>
        </MessageBar>
      )}
      {units?.map((u, i) => (
        <div key={`${u.within ?? ''}|${u.unit}`} className="unit-targets" style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
          {u.within && units[i - 1]?.within !== u.within && (
            <Text weight="semibold" block className="breakdown-heading">
              {breakdownHeadingText(u.within, u.sheets[0], units.filter((x) => x.within === u.within).length, t.lang)}
            </Text>
          )}
          <Text weight="semibold" block>
            {targetsSummaryText({ ...u, counts: statusCounts(u.results) }, t.lang)}
          </Text>
          {!u.results.length && <Text size={200}>{t.noTargets}</Text>}
          <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {u.results.map((r) => (
              <li key={r.target.id} className="target" data-status={r.status} style={{ display: 'flex', gap: 6, padding: '3px 0' }}>
                <Badge className={styles.badge} color={STATUS_COLOUR[r.status]} appearance="filled" size="small">
                  {targetStatusText(r.status, t.lang)}
                </Badge>
                <Text size={200}>
                  <b>{r.target.id}</b> {r.target.label} ({r.target.year}) — {thresholdText(r.target, t.lang, r.threshold)}
                  {resultNoteText(r, t.lang) && <>: {resultNoteText(r, t.lang)}</>}
                </Text>
              </li>
            ))}
          </ul>
          {!!u.assessments.length && (
            <>
              <Text size={200} weight="semibold" block>
                {t.assessTitle}
              </Text>
              <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {u.assessments.map((a) => (
                  <li key={`${a.sheet}!${a.code}`}>
                    <button
                      type="button"
                      className={`assessment ${styles.listButton}`}
                      data-state={a.state}
                      onClick={async () => (await host.port()).selectCell(a.sheet, a.row, a.col)}
                    >
                      <Badge className={styles.badge} color={STATE_COLOUR[a.state]} appearance="filled" size="small">
                        {t.assessState[a.state]}
                      </Badge>
                      <Text size={200}>
                        <b>{a.code}</b> {assessmentText(a, t.lang)}
                      </Text>
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      ))}
    </section>
  );
}
