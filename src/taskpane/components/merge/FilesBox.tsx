import { useRef } from 'react';
import { Button, Text } from '@fluentui/react-components';
import type { Texts } from '../../i18n';
import { useMergeStyles } from './styles';

/** The units' files: dropped or chosen, listed, each removable; a file chosen twice (same name and size) is kept once. */
export function FilesBox({ files, setFiles, t }: { files: File[]; setFiles: (f: (old: File[]) => File[]) => void; t: Texts }) {
  const s = useMergeStyles();
  const input = useRef<HTMLInputElement>(null);
  const add = (list: FileList | null) =>
    setFiles((old) => [...old, ...Array.from(list ?? []).filter((f) => !old.some((o) => o.name === f.name && o.size === f.size))]);
  return (
    <div
      className={s.drop}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        add(e.dataTransfer.files);
      }}
    >
      <input ref={input} type="file" multiple aria-label={t.mergeChoose} className={s.hidden} onChange={(e) => add(e.target.files)} />
      <Button onClick={() => input.current?.click()}>{t.mergeChoose}</Button>
      <Text size={200} block className={s.chosen}>
        {files.length ? t.mergeChosen(files.length) : t.mergeDrop}
      </Text>
      {files.length > 0 && (
        <ul className={`merge-files ${s.files}`}>
          {files.map((f) => (
            <li key={`${f.name}|${f.size}`} className={s.file}>
              <Text size={200} className={s.fileName}>
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
        <Button size="small" appearance="subtle" onClick={() => setFiles(() => [])}>
          {t.mergeClear}
        </Button>
      )}
    </div>
  );
}
