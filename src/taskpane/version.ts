/** The add-in's version, set by the build from package.json ("dev" where the page was not built). */
declare const __ADDIN_VERSION__: string | undefined;
export const ADDIN_VERSION: string = typeof __ADDIN_VERSION__ === 'string' ? __ADDIN_VERSION__ : 'dev';

/** Whether version `a` ("1.10.0") comes after `b` ("1.9.2"). */
export function isNewer(a: string, b: string): boolean {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  if ([...pa, ...pb].some((n) => !Number.isInteger(n))) return false;
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) > (pb[i] ?? 0);
  return false;
}

/**
 * The version deployed where the page came from: the build's version.json beside it, asked for
 * past any cache, from that host only (no outside service). Undefined when it cannot be read.
 */
export async function deployedVersion(): Promise<string | undefined> {
  try {
    const r = await fetch('version.json', { cache: 'no-store' });
    if (!r.ok) return undefined;
    const v = ((await r.json()) as { version?: unknown }).version;
    return typeof v === 'string' ? v : undefined;
  } catch {
    return undefined;
  }
}
