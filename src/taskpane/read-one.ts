import { readGrids } from '../adapters/lean-reader/lean-reader';
import { readUnitFile, type UnitFile } from '../app/merge';
import { builtInCatalogue } from '../domain/catalogue/catalogue';

/** Reads one chosen file in the browser (never uploaded anywhere, never modified): its facts, checksum and report. */
export async function readOneFile(f: File): Promise<UnitFile> {
  const data = new Uint8Array(await f.arrayBuffer());
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  const base = {
    file: f.name,
    size: f.size,
    modified: f.lastModified,
    checksum: [...digest].map((b) => b.toString(16).padStart(2, '0')).join(''),
  };
  return readUnitFile(base, data, (name, bytes) => readGrids(name, bytes), builtInCatalogue());
}
