import { z } from 'zod';
import { zodSpeaks } from '../adapters/zod-words';

/**
 * The page's security policy allows no code built from text (no eval, no `new Function`): zod is
 * told not to try, rather than be refused each time it looks (which Chromium reports as an attack).
 * It speaks the page's language (Vietnamese first; App switches it with the page). Imported first
 * by the page's entries that read data (the pane and its reading thread).
 */
z.config({ jitless: true });
zodSpeaks('vi');
