import './old-engines';
import './zod-config';
import type { UnitFile } from '../app/merge';
import { readOneFile } from './read-one';

/** What the page asks of the reading worker, and what it answers, file by file. */
export type ReadRequest = { files: File[] };
export type ReadReply = { index: number; file: UnitFile } | { failed: string };

/**
 * The page's reading thread: the chosen files are read and checked here, one after the other, so
 * the pane keeps answering while a thousand files are read; each file's result goes back as soon
 * as it is ready (the page shows the count). The page stops it to cancel.
 */
const scope = self as unknown as { onmessage: ((e: MessageEvent<ReadRequest>) => void) | null; postMessage(m: ReadReply): void };
scope.onmessage = ({ data }) => {
  void (async () => {
    try {
      for (const [index, f] of data.files.entries()) scope.postMessage({ index, file: await readOneFile(f) });
    } catch (e) {
      // readOneFile turns every problem of a file into its result: anything else is the add-in's.
      scope.postMessage({ failed: String(e) });
    }
  })();
};
