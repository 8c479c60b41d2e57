import { useState } from 'react';
import { Button, Checkbox, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { ComputeChange } from '../../domain/compute/plan';
import { computeChangeText } from '../../domain/messages/fill-compute';
import { applyCompute, previewCompute } from '../../app/compute';
import type { Host } from '../host/host';
import { sheetsToUse } from '../host/sheets';
import type { Texts } from '../i18n';
import { builtInCatalogue } from '../../domain/catalogue/catalogue';

/** "Tính toán": preview old → new for every derived cell, apply on confirmation, undo after. */
export function ComputePanel({ host, t, onChanged }: { host: Host; t: Texts; onChanged: () => void }) {
  const [activeOnly, setActiveOnly] = useState(host.kind === 'excel');
  const [preview, setPreview] = useState<ComputeChange[]>();
  const [applied, setApplied] = useState<ComputeChange[]>();
  const [message, setMessage] = useState<string>();

  const guard = (fn: () => Promise<void>) => async () => {
    setMessage(undefined);
    try {
      await fn();
    } catch (e) {
      setMessage(t.error(e));
    }
  };
  const look = guard(async () => {
    const port = await host.port();
    const { names } = await sheetsToUse(host, port, activeOnly);
    const changes = await previewCompute(port, builtInCatalogue(), names);
    // What was applied stays undoable until something else is applied.
    setPreview(changes);
    if (!changes.length) setMessage(t.nothingToCompute);
  });
  const apply = guard(async () => {
    await applyCompute(await host.port(), preview!);
    setApplied(preview);
    setPreview(undefined);
    setMessage(t.computed(preview!.length));
    onChanged();
  });
  const undo = guard(async () => {
    await applyCompute(await host.port(), applied!, true);
    setApplied(undefined);
    setMessage(t.undone);
    onChanged();
  });

  return (
    <section style={{ display: 'flex', flexDirection: 'column', gap: 10 }}>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
        <Button appearance="primary" onClick={look}>
          {t.previewCompute}
        </Button>
        {host.kind === 'excel' && <Checkbox label={t.activeOnly} checked={activeOnly} onChange={(_, d) => setActiveOnly(!!d.checked)} />}
        {!!preview?.length && <Button onClick={apply}>{t.applyCompute(preview.length)}</Button>}
        {!!applied?.length && <Button onClick={undo}>{t.undoCompute}</Button>}
      </div>
      {message && (
        <MessageBar>
          <MessageBarBody>
            <Text role="status">{message}</Text>
          </MessageBarBody>
        </MessageBar>
      )}
      {!!preview?.length && (
        <ul className="changes" style={{ margin: 0, paddingLeft: 18 }}>
          {preview.map((c) => (
            <li key={`${c.sheet}!${c.cell}`}>
              <Text size={200}>
                <b>
                  {c.sheet}!{c.cell}
                </b>{' '}
                {computeChangeText(c, t.lang)}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
