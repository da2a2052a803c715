import { conversationToMarkdown } from '@core/transcript/export-markdown';
import { REPLY_CSV_COLUMNS, replyRows, toCsv } from '@core/transcript/export-csv';
import { resultToConversation, type ScoreResult } from '@core/transcript/score-result';

// How `askwell score` writes a result: JSON (one object per line), Markdown, or CSV rows.

export const FORMATS = ['json', 'md', 'csv'] as const;
export type OutputFormat = (typeof FORMATS)[number];

/** One file's result, standing alone (for --out DIR). */
export function renderResult(result: ScoreResult, format: OutputFormat): string {
  if (format === 'json') return `${JSON.stringify(result)}\n`;
  const conversation = resultToConversation(result);
  return format === 'md' ? conversationToMarkdown(conversation) : toCsv(REPLY_CSV_COLUMNS, replyRows(conversation));
}

/** Several files on stdout: JSON lines, Markdown documents separated by a rule, one CSV with a `file` column. */
export function streamWriter(format: OutputFormat, write: (s: string) => void) {
  let first = true;
  return (result: ScoreResult) => {
    if (format === 'csv') {
      const rows = replyRows(resultToConversation(result)).map((r) => [result.file, ...r]);
      const csv = toCsv(['file', ...REPLY_CSV_COLUMNS], rows);
      write(first ? csv : csv.slice(csv.indexOf('\r\n') + 2));
    } else {
      write(`${first || format === 'json' ? '' : '\n---\n\n'}${renderResult(result, format)}`);
    }
    first = false;
  };
}
