import { useRef } from 'react';
import { Button, Field, Text, Textarea } from '@fluentui/react-components';
import type { Texts } from '../../i18n';
import { useMergeStyles } from './styles';

/** The previous period's consolidation to compare with and, once it is chosen, the unit-succession list (new unit, earlier unit, date). */
export function PreviousPeriod(props: {
  t: Texts;
  previous?: File;
  setPrevious: (f?: File) => void;
  succession: string;
  setSuccession: (text: string) => void;
}) {
  const { t, previous, setPrevious, succession, setSuccession } = props;
  const s = useMergeStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      {/* A button, not the browser's own file box, which speaks the browser's language. */}
      <div className={s.stack}>
        <Text>{t.mergePrevious}</Text>
        <input
          ref={input}
          type="file"
          accept=".xlsx"
          aria-label={t.mergePrevious}
          className={s.hidden}
          onChange={(e) => setPrevious(e.target.files?.[0] ?? undefined)}
        />
        <Button size="small" className={s.start} onClick={() => input.current?.click()}>
          {t.mergePreviousChoose}
        </Button>
        <Text size={200}>{previous ? previous.name : t.mergePreviousHint}</Text>
      </div>
      {previous && (
        <Field label={t.mergeSuccession} hint={t.mergeSuccessionHint}>
          <Textarea value={succession} rows={2} onChange={(_, d) => setSuccession(d.value)} />
        </Field>
      )}
    </>
  );
}
