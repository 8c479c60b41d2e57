import { readGrids } from '../adapters/lean-reader/lean-reader';
import { readUnitFile, type UnitFile } from '../app/merge';
import { builtInCatalogue } from '../domain/catalogue/catalogue';

/** Reads the chosen files in the page (never uploaded anywhere, never modified). */
export async function readUnitFiles(files: File[], progress: (done: number) => void): Promise<UnitFile[]> {
  const out: UnitFile[] = [];
  for (const f of files) {
    const data = new Uint8Array(await f.arrayBuffer());
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
    const base = {
      file: f.name,
      size: f.size,
      modified: f.lastModified,
      checksum: [...digest].map((b) => b.toString(16).padStart(2, '0')).join(''),
    };
    out.push(readUnitFile(base, data, (name, bytes) => readGrids(name, bytes), builtInCatalogue()));
    progress(out.length);
  }
  return out;
}
