import type { LogEntry } from '../../src/domain/merge/merge';
import type { MergeNote } from '../../src/domain/merge/facts';
import { logEntryText, mergeNoteText } from '../../src/domain/outcome-messages/merge-log';

/** What the log says of a file beside its status, in Vietnamese as the log sheet says it. */
export const reasonOf = (e: LogEntry): string => logEntryText(e);

/** A merge's notes as the log sheet words them. */
export const notesText = (notes: readonly MergeNote[]): string[] => notes.map((n) => mergeNoteText(n));
