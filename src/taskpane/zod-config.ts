import { z } from 'zod';

/**
 * The page's security policy allows no code built from text (no eval, no `new Function`): zod is
 * told not to try, rather than be refused each time it looks (which Chromium reports as an attack).
 * Imported first by the page's entries that read data (the pane and its reading thread). What a
 * schema refuses is worded by the message catalogue, never by zod.
 */
z.config({ jitless: true });
