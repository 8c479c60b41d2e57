import { z } from 'zod';
import type { Lang } from '../domain/messages/lang';

/**
 * The words zod gives when a rules file is not what it should be ("name: expected string, received
 * array"), in the user's language: zod's own Vietnamese and English locales. The core's schemas
 * word what they check themselves; this covers the rest (a key unknown, a value of another type).
 */
export function zodSpeaks(lang: Lang): void {
  z.config(lang === 'en' ? z.locales.en() : z.locales.vi());
}
