import { MAX_TRANSCRIPT_BYTES, TranscriptError } from './import-types';

// Files come from Windows tools (CRLF, a UTF-8 byte-order mark) as often as from anywhere else.

/** UTF-8 length of a string without allocating the bytes. */
function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export const fileTooLarge = () =>
  new TranscriptError(null, `a file of at most ${MAX_TRANSCRIPT_BYTES / 1024 / 1024} MB`, 'a larger file');

function checkSize(text: string): void {
  if (text.length > MAX_TRANSCRIPT_BYTES || utf8Length(text) > MAX_TRANSCRIPT_BYTES) throw fileTooLarge();
}

/** Text without a leading BOM, with every line ending as "\n". */
export function normaliseInput(text: string): string {
  checkSize(text);
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export const splitLines = (text: string): string[] => normaliseInput(text).split('\n');

/** Groups lines into blocks separated by blank lines, keeping each block's first 1-based line number. */
export function blocks(lines: readonly string[]): { line: number; lines: string[] }[] {
  const out: { line: number; lines: string[] }[] = [];
  let current: { line: number; lines: string[] } | null = null;
  lines.forEach((raw, i) => {
    if (raw.trim() === '') {
      current = null;
      return;
    }
    if (!current) {
      current = { line: i + 1, lines: [] };
      out.push(current);
    }
    current.lines.push(raw);
  });
  return out;
}
