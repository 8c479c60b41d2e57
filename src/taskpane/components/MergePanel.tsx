import { useEffect, useRef, useState } from 'react';
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Text,
  Textarea,
} from '@fluentui/react-components';
import { unitsFromColumn, unitsFromText } from '../../domain/merge/expected-units';
import { filesWithErrors, type MergeResult } from '../../domain/merge/merge';
import type { Host } from '../host/host';
import type { Texts } from '../i18n';
import { mergeIntoWorkbook, type MergeStage } from '../../app/merge';
import { readUnitFiles } from '../read-files';
import { logReasonText, logStatusText } from '../../domain/messages/merge-log';
import { builtInCatalogue } from '../../domain/catalogue/catalogue';

/** "Tổng hợp": choose the units' files, optionally the expected units, then merge in one click. */
export function MergePanel({ host, t, onMerged }: { host: Host; t: Texts; onMerged: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [unit, setUnit] = useState('');
  const [expected, setExpected] = useState('');
  const [excludeErrors, setExcludeErrors] = useState(false);
  const [progress, setProgress] = useState<{ stage: MergeStage | 'read'; read: number }>();
  const [result, setResult] = useState<{ result: MergeResult; sheets: string[] }>();
  const [error, setError] = useState<string>();

  const [sheets, setSheets] = useState<string[]>([]);
  const listSheets = async () => setSheets(await (await host.port()).sheetNames());
  useEffect(() => {
    void listSheets();
  }, []);
  // A one-column sheet of the workbook fills the list, which stays editable.
  const fromSheet = async (name: string) => {
    if (!name) return;
    const units = unitsFromColumn((await (await host.port()).readSheet(name)).values);
    setExpected(units.join('\n'));
    if (!units.length) setError(t.mergeExpectedSheetEmpty(name));
  };
  const add = (list: FileList | null) =>
    setFiles((old) => [...old, ...Array.from(list ?? []).filter((f) => !old.some((o) => o.name === f.name && o.size === f.size))]);
  const merge = async () => {
    setError(undefined);
    setResult(undefined);
    if (!unit.trim()) return setError(t.mergeUnitRequired);
    if (!files.length) return setError(t.mergeNoFiles);
    try {
      setProgress({ stage: 'read', read: 0 });
      const read = await readUnitFiles(files, (n) => setProgress({ stage: 'read', read: n }));
      const opts = { catalogue: builtInCatalogue(), unit: unit.trim(), expected: unitsFromText(expected), excludeErrors };
      const done = await mergeIntoWorkbook(await host.port(), read, opts, (stage) => setProgress({ stage, read: files.length }));
      await host.activate(done.sheets[0]);
      setResult(done);
      onMerged();
    } catch (e) {
      setError(t.error(e));
      setProgress(undefined);
    }
  };

  const fraction = progress
    ? { read: (0.7 * progress.read) / Math.max(1, files.length), merge: 0.8, write: 0.9, done: 1 }[progress.stage]
    : 0;
  const merged = result?.result.log.filter((l) => l.status === 'merged').length ?? 0;
  return (
    <section style={{ display: 'flex', flexDirection: 'column', gap: 10, maxWidth: 520 }}>
      <div
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          add(e.dataTransfer.files);
        }}
        style={{ border: '1px dashed #8a8886', borderRadius: 4, padding: 12, textAlign: 'center' }}
      >
        <input
          ref={input}
          type="file"
          multiple
          aria-label={t.mergeChoose}
          style={{ display: 'none' }}
          onChange={(e) => add(e.target.files)}
        />
        <Button onClick={() => input.current?.click()}>{t.mergeChoose}</Button>
        <Text size={200} block style={{ marginTop: 6 }}>
          {files.length ? t.mergeChosen(files.length) : t.mergeDrop}
        </Text>
      </div>
      <Field label={t.mergeUnit} required>
        <Input value={unit} placeholder={t.mergeUnitPlaceholder} onChange={(_, d) => setUnit(d.value)} />
      </Field>
      <Field label={t.mergeExpected} hint={t.mergeExpectedHint}>
        <Textarea value={expected} rows={3} onChange={(_, d) => setExpected(d.value)} />
      </Field>
      <Field label={t.mergeExpectedSheet}>
        <Select value="" onFocus={listSheets} onChange={(_, d) => void fromSheet(d.value)}>
          <option value="">{t.mergeExpectedSheetPick}</option>
          {sheets.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <Checkbox label={t.mergeExcludeErrors} checked={excludeErrors} onChange={(_, d) => setExcludeErrors(!!d.checked)} />
      <Button appearance="primary" onClick={merge} disabled={!!progress && progress.stage !== 'done'}>
        {t.mergeRun}
      </Button>
      {progress && (
        <Field validationMessage={t.mergeStage(progress.stage, progress.read, files.length)} validationState="none">
          <ProgressBar value={fraction} />
        </Field>
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <>
          <Text weight="semibold" role="status">
            {t.mergeDone(merged, files.length, result.sheets)}
          </Text>
          {!!result.result.completeness.missing.length && <Text>{t.mergeMissing(result.result.completeness.missing)}</Text>}
          {!!result.result.errors.length && (
            <Text>{t.mergeErrors(result.result.errors.length, filesWithErrors(result.result.errors))}</Text>
          )}
          <ul className="merge-log" style={{ margin: 0, paddingLeft: 18 }}>
            {result.result.log.map((l) => (
              <li key={l.file}>
                <Text size={200}>
                  <b>{l.file}</b> — {l.unit || '—'}: {logStatusText(l.status, t.lang)}
                  {l.why ? ` (${logReasonText(l.why, t.lang)})` : ''}
                </Text>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
