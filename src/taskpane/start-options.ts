import type { Lang } from './i18n';

const LANG_KEY = 'cchc.lang';
export const TABS = ['insert', 'check', 'compute', 'merge', 'targets'] as const;
export type TabName = (typeof TABS)[number];

/** The tab a ribbon button opens the pane at (`?tab=check`); anything else is the first tab. */
export function startTab(search = location.search): TabName {
  const asked = new URLSearchParams(search).get('tab');
  return (TABS as readonly string[]).includes(asked ?? '') ? (asked as TabName) : 'insert';
}

/**
 * The pane's language: the user's last choice, kept in the browser's storage; else Office's own
 * display language inside Excel ("vi-VN" → Vietnamese, any other → English); else Vietnamese.
 */
export function startLang(officeLanguage?: string): Lang {
  try {
    const kept = localStorage.getItem(LANG_KEY);
    if (kept === 'vi' || kept === 'en') return kept;
  } catch {
    // Storage refused: nothing is remembered.
  }
  if (officeLanguage) return /^vi\b/i.test(officeLanguage) ? 'vi' : 'en';
  return 'vi';
}

export function keepLang(lang: Lang): void {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // Storage refused: the choice lasts until the pane closes.
  }
}
