import { MARK_STORE_SHEET } from '../domain/validate/marks';
import type { WorkbookPort } from './port';

/**
 * The sheets an action (check, compute, targets) works on: the sheet the user is looking at, when
 * one is given, else every sheet but the add-in's hidden sheet of marks. `active` is that sheet's
 * name, for the host to say when it is not a template.
 */
export async function sheetsToUse(
  port: Pick<WorkbookPort, 'sheetNames'>,
  activeSheet?: () => Promise<string | undefined>,
): Promise<{ names: string[]; active?: string }> {
  const active = activeSheet ? await activeSheet() : undefined;
  if (active) return { names: [active], active };
  return { names: (await port.sheetNames()).filter((n) => n !== MARK_STORE_SHEET) };
}
