import { Button, Field, Input, Text } from '@fluentui/react-components';
import type { UnitFile } from '../../../app/merge';
import { recognisedFileText, recognitionCountsText } from '../../../domain/messages/recognition';
import type { Texts } from '../../i18n';
import { useMergeStyles } from './styles';

/** Tables typed by hand, shown before a merge uses them: what was recognised, the unit of each, and a period where the table names none. */
export function ConfirmRecognised(props: {
  t: Texts;
  pending: UnitFile[];
  units: Record<string, string>;
  setUnits: (f: (old: Record<string, string>) => Record<string, string>) => void;
  periods: Record<string, string>;
  setPeriods: (f: (old: Record<string, string>) => Record<string, string>) => void;
  onConfirm: () => void;
}) {
  const { t, pending, units, setUnits, periods, setPeriods, onConfirm } = props;
  const s = useMergeStyles();
  return (
    <div className={`merge-confirm ${s.confirm}`}>
      <Text weight="semibold">{t.mergeConfirmTitle}</Text>
      {pending
        .filter((f) => f.report?.recognised)
        .map((f) => {
          const r = f.report!;
          const facts = r.recognised!;
          return (
            <div key={f.file} className={s.stack}>
              <Text size={200}>
                <b>{f.file}</b>:{' '}
                {recognisedFileText({ template: r.identity.templateId, version: r.identity.version, period: r.identity.period }, t.lang)}
              </Text>
              <Text size={200}>
                {recognitionCountsText(
                  { tied: facts.tied, unmatched: facts.unmatched.length, missing: facts.missing.length, confidence: facts.confidence },
                  t.lang,
                )}
              </Text>
              <Field label={t.mergeConfirmUnit(f.file)} required>
                <Input value={units[f.file] ?? ''} onChange={(_, d) => setUnits((old) => ({ ...old, [f.file]: d.value }))} />
              </Field>
              {!facts.periodNamed && (
                <Field label={t.mergeConfirmPeriod(f.file)} hint={t.mergeConfirmPeriodHint}>
                  <Input
                    value={periods[f.file] ?? ''}
                    placeholder="2024-Q3"
                    onChange={(_, d) => setPeriods((old) => ({ ...old, [f.file]: d.value }))}
                  />
                </Field>
              )}
            </div>
          );
        })}
      <Button appearance="primary" onClick={onConfirm}>
        {t.mergeConfirmRun}
      </Button>
    </div>
  );
}
