import './old-engines';
import './zod-config';
import { createRoot } from 'react-dom/client';
import { App, type Start } from './App';
import { excelApiSupported, excelHost } from './host/excel-host';
import { webHost } from './host/web-host';
import { TEXTS } from './i18n';
import { hostLanguage, loadOfficeJs, openedByOffice } from './office-js';
import { startLang, startTab } from './start-options';

// Every module above was evaluated: the start-up check (start.js) need not show its message.
(window as unknown as { __cchcStarted: boolean }).__cchcStarted = true;

/**
 * A browser that Office did not open runs standalone at once, never waiting for Microsoft's CDN.
 * Inside Office, Office.js is loaded (without blocking the page, with a time limit) and
 * Office.onReady reports the Excel host however long Excel takes to start the add-in.
 */
async function detectHost(): Promise<Start> {
  if (!openedByOffice()) return { host: webHost(TEXTS.vi.newWorkbookName), lang: startLang() };
  if (!(await loadOfficeJs())) return { host: 'office-js-missing', lang: startLang(hostLanguage()) };
  const info = await Office.onReady();
  const lang = startLang(Office.context?.displayLanguage ?? hostLanguage());
  if (info?.host === Office.HostType.Excel) return { host: excelApiSupported() ? excelHost() : 'unsupported', lang };
  return { host: webHost(TEXTS.vi.newWorkbookName), lang };
}

// An engine start.js found lacking shows its message; the page does not start beside it.
if (!(window as unknown as { __cchcOldEngine?: boolean }).__cchcOldEngine) {
  const root = createRoot(document.getElementById('root')!);
  root.render(<p style={{ padding: 12, fontFamily: 'Segoe UI, sans-serif' }}>{TEXTS[startLang(hostLanguage())].starting}</p>);
  void detectHost().then((start) => root.render(<App {...start} tab={startTab()} />));
}
