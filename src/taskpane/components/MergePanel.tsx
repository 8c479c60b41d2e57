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
import { groupsFromColumn, groupsFromText, unitsFromColumn, unitsFromText } from '../../domain/merge/expected-units';
import { filesWithErrors, type MergeResult } from '../../domain/merge/merge';
import type { Host } from '../host/host';
import type { Texts } from '../i18n';
import { mergeIntoWorkbook, type MergeStage } from '../../app/merge';
import { ReadCancelled, readUnitFiles } from '../read-files';
import { readGrids } from '../../adapters/lean-reader/lean-reader';
import { successionFromText } from '../../domain/merge/succession';
import { logReasonText, logStatusText, notUsedLine, recognitionText, throughLine, unexpectedLine } from '../../domain/messages/merge-log';
import { recognisedFileText, recognitionCountsText } from '../../domain/messages/recognition';
import type { UnitFile } from '../../app/merge';
import { parsePeriod } from '../../domain/period';
import { builtInCatalogue } from '../../domain/catalogue/catalogue';
import { unitKey } from '../../domain/units/identity';

/** A consolidation's file name: "tong-hop-so-noi-vu-tinh-hung-yen-2024-Q3.xlsx". */
export function consolidationFileName(unit: string, period: string): string {
  const words = [unitKey(unit), period]
    .join(' ')
    .trim()
    .replace(/[^A-Za-z0-9]+/g, '-');
  return `tong-hop-${words.replace(/^-|-$/g, '') || 'don-vi'}.xlsx`;
}

/** "Tổng hợp": choose the units' files, optionally the expected units, then merge in one click. */
export function MergePanel({ host, t, active, onMerged }: { host: Host; t: Texts; active: boolean; onMerged: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const previousInput = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [unit, setUnit] = useState('');
  const [expected, setExpected] = useState('');
  // The previous period's consolidation and the unit-succession list (new unit, earlier unit, date).
  const [previous, setPrevious] = useState<File>();
  const [succession, setSuccession] = useState('');
  const [excludeErrors, setExcludeErrors] = useState(false);
  const [progress, setProgress] = useState<{ stage: MergeStage | 'read'; read: number }>();
  const [result, setResult] = useState<{ result: MergeResult; sheets: string[] }>();
  const [error, setError] = useState<string>();
  // What Excel refused while the sheets were written (their print setup): the sheets are there.
  const [notices, setNotices] = useState<string[]>([]);
  const [notice, setNotice] = useState<string>();
  /** Cancels the reading under way. */
  const reading = useRef<AbortController>();
  /** Files read, with hand-made tables among them, waiting for the user to confirm their units. */
  const [pending, setPending] = useState<UnitFile[]>();
  const [units, setUnits] = useState<Record<string, string>>({});
  /** The periods typed for tables that name none (blank: the merge's period). */
  const [periods, setPeriods] = useState<Record<string, string>>({});

  // What was said of the last merge no longer holds once its inputs change.
  useEffect(() => {
    setResult(undefined);
    setNotice(undefined);
  }, [files, unit, expected, previous, succession, excludeErrors]);

  const [sheets, setSheets] = useState<string[]>([]);
  // Listed when the tab is shown and when the picker is focused: no call to Excel while another tab is in use.
  const listSheets = async () => setSheets(await (await host.port()).sheetNames());
  useEffect(() => {
    if (active) void listSheets();
  }, [active]);
  // A sheet of the workbook fills the list, which stays editable: a column of names, each unit's group (a tab away) from the column right of it.
  const fromSheet = async (name: string) => {
    if (!name) return;
    const values = (await (await host.port()).readSheet(name)).values;
    const units = unitsFromColumn(values);
    const groups = groupsFromColumn(values);
    setExpected(units.map((u) => (groups.has(u) ? `${u}\t${groups.get(u)}` : u)).join('\n'));
    if (!units.length) setError(t.mergeExpectedSheetEmpty(name));
  };
  const add = (list: FileList | null) =>
    setFiles((old) => [...old, ...Array.from(list ?? []).filter((f) => !old.some((o) => o.name === f.name && o.size === f.size))]);
  const merge = async () => {
    setError(undefined);
    setNotice(undefined);
    setResult(undefined);
    if (!unit.trim()) return setError(t.mergeUnitRequired);
    if (!files.length) return setError(t.mergeNoFiles);
    try {
      setProgress({ stage: 'read', read: 0 });
      reading.current = new AbortController();
      const read = await readUnitFiles(files, (n) => setProgress({ stage: 'read', read: n }), reading.current.signal);
      // Tables typed by hand are shown for confirmation before a merge uses them.
      const recognised = read.filter((f) => f.report?.recognised);
      if (recognised.length) {
        setUnits(Object.fromEntries(recognised.map((f) => [f.file, f.report!.identity.unit])));
        setPeriods({});
        setPending(read);
        setProgress(undefined);
        return;
      }
      await mergeRead(read, {});
    } catch (e) {
      if (e instanceof ReadCancelled) setNotice(t.mergeCancelled);
      else setError(t.error(e));
      setProgress(undefined);
    }
  };
  const confirm = async () => {
    setError(undefined);
    const missing = Object.entries(units).find(([, u]) => !u.trim());
    if (missing) return setError(t.mergeConfirmUnitMissing(missing[0]));
    const badPeriod = Object.entries(periods).find(([, p]) => p.trim() && !parsePeriod(p));
    if (badPeriod) return setError(t.mergeConfirmPeriodInvalid(badPeriod[0], badPeriod[1].trim()));
    try {
      const read = pending!;
      setPending(undefined);
      const given: Record<string, { unit: string; period?: string }> = {};
      for (const [file, u] of Object.entries(units)) {
        const period = periods[file]?.trim().toUpperCase();
        given[file] = { unit: u.trim(), ...(period ? { period } : {}) };
      }
      await mergeRead(read, given);
    } catch (e) {
      setError(t.error(e));
      setProgress(undefined);
    }
  };
  const mergeRead = async (read: UnitFile[], given: Record<string, { unit: string; period?: string }>) => {
    const opts = { catalogue: builtInCatalogue(), unit: unit.trim(), expected: unitsFromText(expected), excludeErrors, given };
    const before = previous
      ? {
          file: previous.name,
          grids: readGrids(previous.name, new Uint8Array(await previous.arrayBuffer())),
          successions: successionFromText(succession),
        }
      : undefined;
    const done = await mergeIntoWorkbook(await host.port(), read, opts, (stage) => setProgress({ stage, read: files.length }), {
      groups: groupsFromText(expected),
      ...(before ? { previous: before } : {}),
    });
    await host.activate(done.sheets[0]);
    host.nameAfter?.(consolidationFileName(done.result.unit, done.result.period));
    setNotices((host.takeNotices?.() ?? []).map(t.notice));
    setResult(done);
    onMerged();
  };

  const fraction = progress
    ? { read: (0.7 * progress.read) / Math.max(1, files.length), merge: 0.8, write: 0.9, done: 1 }[progress.stage]
    : 0;
  const merged = result?.result.log.filter((l) => l.status === 'merged').length ?? 0;
  return (
    <section style={{ display: 'flex', flexDirection: 'column', gap: 10 }}>
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
        {files.length > 0 && (
          <ul
            className="merge-files"
            style={{ listStyle: 'none', margin: '6px 0 0', padding: 0, maxHeight: 160, overflowY: 'auto', textAlign: 'left' }}
          >
            {files.map((f) => (
              <li key={`${f.name}|${f.size}`} style={{ display: 'flex', alignItems: 'center', gap: 4, minWidth: 0 }}>
                <Text size={200} style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}>
                  {f.name}
                </Text>
                <Button
                  size="small"
                  appearance="subtle"
                  aria-label={t.mergeRemove(f.name)}
                  onClick={() => setFiles((old) => old.filter((o) => o !== f))}
                >
                  ×
                </Button>
              </li>
            ))}
          </ul>
        )}
        {files.length > 1 && (
          <Button size="small" appearance="subtle" onClick={() => setFiles([])}>
            {t.mergeClear}
          </Button>
        )}
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
      {/* A button, not the browser's own file box, which speaks the browser's language. */}
      <div style={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        <Text>{t.mergePrevious}</Text>
        <input
          ref={previousInput}
          type="file"
          accept=".xlsx"
          aria-label={t.mergePrevious}
          style={{ display: 'none' }}
          onChange={(e) => setPrevious(e.target.files?.[0] ?? undefined)}
        />
        <Button size="small" style={{ alignSelf: 'flex-start' }} onClick={() => previousInput.current?.click()}>
          {t.mergePreviousChoose}
        </Button>
        <Text size={200}>{previous ? previous.name : t.mergePreviousHint}</Text>
      </div>
      {previous && (
        <Field label={t.mergeSuccession} hint={t.mergeSuccessionHint}>
          <Textarea value={succession} rows={2} onChange={(_, d) => setSuccession(d.value)} />
        </Field>
      )}
      <Checkbox label={t.mergeExcludeErrors} checked={excludeErrors} onChange={(_, d) => setExcludeErrors(!!d.checked)} />
      <Button appearance="primary" onClick={merge} disabled={!!progress && progress.stage !== 'done'}>
        {t.mergeRun}
      </Button>
      {pending && (
        <div
          className="merge-confirm"
          style={{ display: 'flex', flexDirection: 'column', gap: 8, border: '1px solid #c8c6c4', borderRadius: 4, padding: 8 }}
        >
          <Text weight="semibold">{t.mergeConfirmTitle}</Text>
          {pending
            .filter((f) => f.report?.recognised)
            .map((f) => {
              const r = f.report!;
              const facts = r.recognised!;
              return (
                <div key={f.file} style={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
                  <Text size={200}>
                    <b>{f.file}</b>:{' '}
                    {recognisedFileText(
                      { template: r.identity.templateId, version: r.identity.version, period: r.identity.period },
                      t.lang,
                    )}
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
          <Button appearance="primary" onClick={confirm}>
            {t.mergeConfirmRun}
          </Button>
        </div>
      )}
      {progress && (
        <Field validationMessage={t.mergeStage(progress.stage, progress.read, files.length)} validationState="none">
          <ProgressBar value={fraction} />
        </Field>
      )}
      {progress?.stage === 'read' && (
        <Button size="small" style={{ alignSelf: 'flex-start' }} onClick={() => reading.current?.abort()}>
          {t.mergeCancel}
        </Button>
      )}
      {notice && (
        <MessageBar>
          <MessageBarBody>
            <Text role="status">{notice}</Text>
          </MessageBarBody>
        </MessageBar>
      )}
      {notices.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{notices.join(' ')}</MessageBarBody>
        </MessageBar>
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
          {host.kind === 'web' && <Text weight="semibold">{t.mergeDownload}</Text>}
          {!!result.result.completeness.missing.length && <Text>{t.mergeMissing(result.result.completeness.missing)}</Text>}
          {[
            throughLine(result.result.completeness, t.lang),
            notUsedLine(result.result.completeness, t.lang),
            unexpectedLine(result.result.completeness, t.lang),
          ].map((line) => line && <Text key={line}>{line}</Text>)}
          {!!result.result.errors.length && (
            <Text>{t.mergeErrors(result.result.errors.length, filesWithErrors(result.result.errors))}</Text>
          )}
          {!!result.result.timeliness?.late.length && (
            <Text className="merge-late">{t.mergeLate(result.result.timeliness.late.map((l) => `${l.unit} (${l.days})`))}</Text>
          )}
          {!!result.result.outliers.length && (
            <Text className="merge-outliers">
              {t.mergeOutliers(result.result.outliers.length, [...new Set(result.result.outliers.map((o) => o.unit))])}
            </Text>
          )}
          <ul className="merge-log" style={{ margin: 0, paddingLeft: 18 }}>
            {result.result.log.map((l) => (
              <li key={l.file}>
                <Text size={200}>
                  <b>{l.file}</b> — {l.unit || '—'}: {logStatusText(l.status, t.lang)}
                  {l.recognised || l.why
                    ? ` (${[l.recognised && recognitionText(l.recognised, t.lang), l.why && logReasonText(l.why, t.lang)].filter(Boolean).join('; ')})`
                    : ''}
                </Text>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
