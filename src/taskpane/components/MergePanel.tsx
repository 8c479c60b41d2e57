import { useEffect, useRef, useState } from 'react';
import { Button, Checkbox, Field, Input, ProgressBar } from '@fluentui/react-components';
import { groupsFromText, unitsFromText } from '../../domain/merge/expected-units';
import type { MergeResult } from '../../domain/merge/merge';
import type { Host } from '../host/host';
import type { Texts } from '../i18n';
import { mergeIntoWorkbook, type MergeStage, type UnitFile } from '../../app/merge';
import { ReadCancelled, readUnitFiles } from '../read-files';
import { readGrids } from '../../adapters/lean-reader/lean-reader';
import { successionFromText } from '../../domain/merge/succession';
import { parsePeriod } from '../../domain/period';
import { builtInCatalogue } from '../../domain/built-in/catalogue';
import { unitKey } from '../../domain/units/identity';
import { Said } from './Said';
import { ConfirmRecognised } from './merge/ConfirmRecognised';
import { ExpectedUnits } from './merge/ExpectedUnits';
import { fromTheMap } from '../../app/units';
import { FilesBox } from './merge/FilesBox';
import { MergeOutcome } from './merge/MergeOutcome';
import { PreviousPeriod } from './merge/PreviousPeriod';
import { useMergeStyles } from './merge/styles';

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
  const s = useMergeStyles();
  const [files, setFiles] = useState<File[]>([]);
  const [unit, setUnit] = useState('');
  const [expected, setExpected] = useState('');
  const [previous, setPrevious] = useState<File>();
  const [succession, setSuccession] = useState('');
  const [excludeErrors, setExcludeErrors] = useState(false);
  const [progress, setProgress] = useState<{ stage: MergeStage | 'read'; read: number }>();
  const [result, setResult] = useState<{ result: MergeResult; sheets: string[]; province?: string }>();
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
    const listed = unitsFromText(expected);
    // What the office did not give, from the map, for the province the consolidating unit names.
    const map = await fromTheMap(unit.trim(), undefined, { expected: !listed.length, successions: !!previous && !succession.trim() });
    const opts = {
      catalogue: builtInCatalogue(),
      unit: unit.trim(),
      expected: listed.length ? listed : (map.expected ?? []),
      excludeErrors,
      given,
    };
    const before = previous
      ? {
          file: previous.name,
          grids: readGrids(previous.name, new Uint8Array(await previous.arrayBuffer())),
          successions: succession.trim() ? successionFromText(succession) : (map.successions ?? []),
          ...(map.arrangedOn ? { arrangedOn: map.arrangedOn } : {}),
        }
      : undefined;
    const done = await mergeIntoWorkbook(await host.port(), read, opts, (stage) => setProgress({ stage, read: files.length }), {
      groups: groupsFromText(expected),
      ...(before ? { previous: before } : {}),
    });
    await host.activate(done.sheets[0]);
    host.nameAfter?.(consolidationFileName(done.result.unit, done.result.period));
    setNotices((host.takeNotices?.() ?? []).map(t.notice));
    setResult({ ...done, ...(map.expected && map.province ? { province: map.province.name } : {}) });
    onMerged();
  };

  const fraction = progress
    ? { read: (0.7 * progress.read) / Math.max(1, files.length), merge: 0.8, write: 0.9, done: 1 }[progress.stage]
    : 0;
  return (
    <section className={s.panel}>
      <FilesBox files={files} setFiles={setFiles} t={t} />
      <Field label={t.mergeUnit} required>
        <Input value={unit} placeholder={t.mergeUnitPlaceholder} onChange={(_, d) => setUnit(d.value)} />
      </Field>
      <ExpectedUnits host={host} t={t} active={active} expected={expected} setExpected={setExpected} onError={setError} />
      <PreviousPeriod t={t} previous={previous} setPrevious={setPrevious} succession={succession} setSuccession={setSuccession} />
      <Checkbox label={t.mergeExcludeErrors} checked={excludeErrors} onChange={(_, d) => setExcludeErrors(!!d.checked)} />
      <Button appearance="primary" onClick={merge} disabled={!!progress && progress.stage !== 'done'}>
        {t.mergeRun}
      </Button>
      {pending && (
        <ConfirmRecognised
          t={t}
          pending={pending}
          units={units}
          setUnits={setUnits}
          periods={periods}
          setPeriods={setPeriods}
          onConfirm={confirm}
        />
      )}
      {progress && (
        <Field validationMessage={t.mergeStage(progress.stage, progress.read, files.length)} validationState="none">
          <ProgressBar value={fraction} />
        </Field>
      )}
      {progress?.stage === 'read' && (
        <Button size="small" className={s.start} onClick={() => reading.current?.abort()}>
          {t.mergeCancel}
        </Button>
      )}
      <Said text={notice} />
      <Said text={notices.join(' ')} intent="warning" />
      <Said text={error} intent="error" />
      {result && <MergeOutcome t={t} done={result} files={files.length} web={host.kind === 'web'} />}
    </section>
  );
}
