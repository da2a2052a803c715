import { stringify } from 'csv-stringify/sync';
import type { Conversation } from './conversation';

// One row per turn: spreadsheet-friendly, with the rubric's reading on the leader's replies.

export const REPLY_CSV_COLUMNS = ['turn', 'speaker', 'start', 'end', 'text', 'family', 'moves', 'delegation_level'] as const;

export function replyRows(c: Conversation): string[][] {
  return c.turns.map((t) => [
    String(t.index),
    t.speaker,
    t.start === null ? '' : String(t.start),
    t.end === null ? '' : String(t.end),
    t.text,
    t.score?.family ?? '',
    t.score ? t.score.moves.map((m) => m.kind).join(' ') : '',
    t.score ? String(t.score.delegation.level) : '',
  ]);
}

// A cell starting with = + - @ runs as a formula in a spreadsheet (CSV injection): a leading
// apostrophe makes it text, as OWASP advises.
const FORMULA = /^[=+\-@\t\r]/;
const defuse = (value: string) => (FORMULA.test(value) ? `'${value}` : value);

export const toCsv = (header: readonly string[], rows: readonly (readonly string[])[]): string =>
  stringify([header, ...rows] as string[][], { eof: true, record_delimiter: 'windows', cast: { string: defuse } });

export const conversationToCsv = (c: Conversation): string => toCsv(REPLY_CSV_COLUMNS, replyRows(c));
