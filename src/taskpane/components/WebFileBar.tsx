import { useRef, useState } from 'react';
import { Button, Text } from '@fluentui/react-components';
import type { WebHost } from '../host/web-host';
import type { Texts } from '../i18n';
import { download } from '../download';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const SAMPLE = { url: 'samples/bac-son-2024-Q3.xlsx', name: 'bac-son-2024-Q3.xlsx' };

/** Standalone page only: open an .xlsx file and download the workbook being worked on. */
export function WebFileBar({
  host,
  t,
  revision,
  onChange,
  onOpened,
  unsaved,
  onSaved,
}: {
  host: WebHost;
  t: Texts;
  revision: number;
  onChange: () => void;
  /** Another workbook is now the one worked on. */
  onOpened: () => void;
  /** The workbook has changes not yet downloaded: opening another asks first. */
  unsaved: boolean;
  onSaved: () => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string>();
  /** The open workbook holds charts, pictures or PivotTables a download from the page would not keep. */
  const [loses, setLoses] = useState(false);
  const name = host.fileName();
  const save = async () => {
    download(await host.save(), host.downloadName() ?? t.newWorkbookName, XLSX_TYPE);
    onSaved();
  };
  // The page is not inside Office here, so the browser's own confirmation can be used.
  const mayReplace = () => !unsaved || !name || window.confirm(t.replaceWorkbook(name));
  return (
    <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap', marginBottom: 8 }} data-revision={revision}>
      <input
        ref={input}
        type="file"
        accept=".xlsx"
        aria-label={t.openFile}
        style={{ display: 'none' }}
        onChange={async (e) => {
          const file = e.target.files?.[0];
          if (!file) return;
          try {
            setError(undefined);
            const opened = await host.open(file);
            setLoses(opened.objectsLost);
            onOpened();
          } catch (err) {
            setError(t.error(err));
          }
          onChange();
        }}
      />
      <Button onClick={() => mayReplace() && input.current?.click()}>{t.openFile}</Button>
      <Button
        onClick={async () => {
          if (!mayReplace()) return;
          try {
            setError(undefined);
            setLoses((await host.openUrl(SAMPLE.url, SAMPLE.name)).objectsLost);
            onOpened();
          } catch (err) {
            setError(t.error(err));
          }
          onChange();
        }}
      >
        {t.openSample}
      </Button>
      <Button appearance="primary" disabled={!name} onClick={save}>
        {t.download}
      </Button>
      <Text size={200}>{name ? t.currentFile(name) : t.noWorkbook}</Text>
      {loses && (
        <Text size={200} style={{ color: '#8a5300' }} role="status" className="objects-lost">
          {t.objectsLost}
        </Text>
      )}
      {error && (
        <Text size={200} style={{ color: '#a4262c' }} role="alert">
          {t.error(error)}
        </Text>
      )}
    </div>
  );
}
