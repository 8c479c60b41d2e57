import { createRoot } from 'react-dom/client';
import { App } from './App';
import { excelApiSupported, excelHost } from './host/excel-host';
import { webHost } from './host/web-host';
import { TEXTS } from './i18n';

/** Inside Excel, Office.onReady reports the Excel host; anywhere else the page runs standalone. */
async function detectHost() {
  if (typeof Office === 'undefined') return webHost(TEXTS.vi.newWorkbookName);
  const info = await Promise.race([Office.onReady(), new Promise<null>((r) => setTimeout(() => r(null), 3000))]);
  if (info?.host === Office.HostType.Excel) return excelApiSupported() ? excelHost() : 'unsupported';
  return webHost(TEXTS.vi.newWorkbookName);
}

void detectHost().then((host) => {
  createRoot(document.getElementById('root')!).render(<App host={host} />);
});
