/**
 * What must be undone however the command ends (a temporary file, LibreOffice's folder): run on a
 * normal exit and on Ctrl+C or a stop request, which otherwise end Node without a word.
 */
const pending = new Set<() => void>();
let installed = false;

function runAll(): void {
  for (const undo of [...pending]) {
    pending.delete(undo);
    try {
      undo();
    } catch {
      // Each is tried; one that cannot be undone does not stop the others.
    }
  }
}

function install(): void {
  installed = true;
  process.on('exit', runAll);
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)
    process.on(signal, () => {
      runAll();
      process.exit(code);
    });
}

/** Registers `undo` until the returned function is called (the work finished and cleaned up itself). */
export function whileRunning(undo: () => void): () => void {
  if (!installed) install();
  pending.add(undo);
  return () => pending.delete(undo);
}
