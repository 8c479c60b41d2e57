/** Office.js comes from Microsoft's CDN only: Office requires add-ins to load it from there. */
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** How long the pane waits for Office.js inside Office before saying it cannot reach it. */
export const OFFICE_JS_WAIT_MS = 20_000;

/**
 * Whether Office opened the page: Office adds `_host_Info` to the pane's address, and Office.js
 * keeps it in sessionStorage when the pane navigates. A page opened in a browser has neither,
 * so it starts at once as the standalone page, without waiting for Microsoft's CDN.
 */
export function openedByOffice(): boolean {
  return hostInfo() !== undefined;
}

/** Office's "Excel$Win32$16.01$vi-VN$…": host, platform, version, language. */
function hostInfo(): string | undefined {
  const given = new URLSearchParams(location.search).get('_host_Info');
  if (given) return given;
  try {
    return sessionStorage.getItem('hostInfoValue') ?? undefined;
  } catch {
    // Storage refused (a locked-down webview): the address alone decides.
    return undefined;
  }
}

/** Office's display language as it opened the pane ("vi-VN"), known before Office.js loads. */
export function hostLanguage(): string | undefined {
  return hostInfo()?.split('$')[3] || undefined;
}

/** Adds Office.js to the page, never blocking it: resolves false on a network error or after `waitMs`. */
export function loadOfficeJs(waitMs = OFFICE_JS_WAIT_MS): Promise<boolean> {
  if (typeof Office !== 'undefined') return Promise.resolve(true);
  return new Promise((resolve) => {
    const script = document.createElement('script');
    const timer = setTimeout(() => resolve(false), waitMs);
    script.src = OFFICE_JS;
    script.async = true;
    script.onload = () => {
      clearTimeout(timer);
      resolve(typeof Office !== 'undefined');
    };
    script.onerror = () => {
      clearTimeout(timer);
      resolve(false);
    };
    document.head.appendChild(script);
  });
}
