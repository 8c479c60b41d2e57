import './old-engines';
import './zod-config';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { excelApiSupported, excelHost } from './host/excel-host';
import { webHost } from './host/web-host';
import { TEXTS } from './i18n';

/**
 * Inside Excel, Office.onReady reports the Excel host, however long Excel takes to start the
 * add-in; in a browser office.js reports no host; where office.js did not load at all (offline,
 * a file opened from disk) there is no Office. Only the last two run standalone.
 */
async function detectHost() {
  if (typeof Office === 'undefined') return webHost(TEXTS.vi.newWorkbookName);
  const info = await Office.onReady();
  if (info?.host === Office.HostType.Excel) return excelApiSupported() ? excelHost() : 'unsupported';
  return webHost(TEXTS.vi.newWorkbookName);
}

void detectHost().then((host) => {
  createRoot(document.getElementById('root')!).render(<App host={host} />);
});
