import { Text } from '@fluentui/react-components';
import { filesWithErrors, type MergeResult } from '../../../domain/merge/merge';
import { logEntryText, logStatusText, notUsedLine, throughLine, unexpectedLine } from '../../../domain/outcome-messages/merge-log';
import type { Texts } from '../../i18n';
import { useMergeStyles } from './styles';

/** What a merge did: the files used, who has not sent, errors, lateness, outliers, and each file's line of the log. */
export function MergeOutcome({
  t,
  done,
  files,
  web,
}: {
  t: Texts;
  /** `province`: the province whose communes and wards were expected, no list having been given. */
  done: { result: MergeResult; sheets: string[]; province?: string };
  files: number;
  web: boolean;
}) {
  const s = useMergeStyles();
  const r = done.result;
  const merged = r.log.filter((l) => l.status === 'merged').length;
  return (
    <>
      <Text weight="semibold" role="status">
        {t.mergeDone(merged, files, done.sheets)}
      </Text>
      {web && <Text weight="semibold">{t.mergeDownload}</Text>}
      {done.province && <Text>{t.mergeExpectedFromProvince(done.province, r.completeness.expected.length)}</Text>}
      {!!r.completeness.missing.length && <Text>{t.mergeMissing(r.completeness.missing)}</Text>}
      {[throughLine(r.completeness, t.lang), notUsedLine(r.completeness, t.lang), unexpectedLine(r.completeness, t.lang)].map(
        (line) => line && <Text key={line}>{line}</Text>,
      )}
      {!!r.errors.length && <Text>{t.mergeErrors(r.errors.length, filesWithErrors(r.errors))}</Text>}
      {!!r.timeliness?.late.length && (
        <Text className="merge-late">{t.mergeLate(r.timeliness.late.map((l) => `${l.unit} (${l.days})`))}</Text>
      )}
      {!!r.outliers.length && (
        <Text className="merge-outliers">{t.mergeOutliers(r.outliers.length, [...new Set(r.outliers.map((o) => o.unit))])}</Text>
      )}
      <ul className={`merge-log ${s.log}`}>
        {r.log.map((l) => (
          <li key={l.file}>
            <Text size={200}>
              <b>{l.file}</b> — {l.unit || '—'}: {logStatusText(l.status, t.lang)}
              {logEntryText(l, t.lang) && ` (${logEntryText(l, t.lang)})`}
            </Text>
          </li>
        ))}
      </ul>
    </>
  );
}
