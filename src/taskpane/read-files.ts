import type { UnitFile } from '../app/merge';
import { InternalError } from '../domain/errors';
import { readOneFile } from './read-one';
import type { ReadReply, ReadRequest } from './read-worker';
import { ADDIN_VERSION } from './version';

/** The reading was cancelled by the user. */
export class ReadCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'ReadCancelled';
  }
}

/**
 * Reads the chosen files (in the page, never uploaded, never modified) on a worker thread where
 * the browser has one, so the pane stays responsive; `progress` gets the count read; `signal`
 * cancels (the promise then rejects with ReadCancelled). Where there is no worker the files are
 * read here, one after the other.
 */
export function readUnitFiles(files: File[], progress: (done: number) => void, signal?: AbortSignal): Promise<UnitFile[]> {
  if (typeof Worker === 'undefined' || !files.length) return readHere(files, progress, signal);
  return new Promise((resolve, reject) => {
    // The worker's script is named without a content hash; the version makes a new one load after an update.
    const worker = new Worker(`reader.js?v=${encodeURIComponent(ADDIN_VERSION)}`);
    const out: UnitFile[] = [];
    let done = 0;
    const stop = (e: Error) => {
      worker.terminate();
      signal?.removeEventListener('abort', cancel);
      reject(e);
    };
    const cancel = () => stop(new ReadCancelled());
    if (signal?.aborted) return cancel();
    signal?.addEventListener('abort', cancel);
    worker.onerror = (e) => stop(new InternalError(`reading worker: ${e.message}`));
    worker.onmessage = ({ data }: MessageEvent<ReadReply>) => {
      if ('failed' in data) return stop(new InternalError(data.failed));
      out[data.index] = data.file;
      progress(++done);
      if (done < files.length) return;
      worker.terminate();
      signal?.removeEventListener('abort', cancel);
      resolve(out);
    };
    worker.postMessage({ files } satisfies ReadRequest);
  });
}

async function readHere(files: File[], progress: (done: number) => void, signal?: AbortSignal): Promise<UnitFile[]> {
  const out: UnitFile[] = [];
  for (const f of files) {
    if (signal?.aborted) throw new ReadCancelled();
    out.push(await readOneFile(f));
    progress(out.length);
  }
  return out;
}
