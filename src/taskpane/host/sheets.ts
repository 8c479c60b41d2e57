import type { WorkbookPort } from '../../app/port';
import { MARK_STORE_SHEET } from '../../domain/validate/marks';
import type { Host } from './host';

/**
 * The sheets an action works on: the one the user is looking at (in Excel, when asked), else every
 * sheet but the add-in's hidden sheet of marks. `active` is that sheet's name, for the pane to say
 * when it is not a template.
 */
export async function sheetsToUse(host: Host, port: WorkbookPort, activeOnly: boolean): Promise<{ names: string[]; active?: string }> {
  const active = activeOnly ? await host.activeSheet() : undefined;
  if (active) return { names: [active], active };
  return { names: (await port.sheetNames()).filter((n) => n !== MARK_STORE_SHEET) };
}
