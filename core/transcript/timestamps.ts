// Caption timestamps: WebVTT "hh:mm:ss.ttt" or "mm:ss.ttt", SRT "hh:mm:ss,ttt". Seconds out,
// rounded to the millisecond so sums of floats never show up as 12.300000000000001.

const TIMESTAMP = /^(?:(\d+):)?([0-5]\d):([0-5]\d)(?:[.,](\d{1,3}))?$/;

export function parseTimestamp(text: string): number | null {
  const m = TIMESTAMP.exec(text.trim());
  if (!m) return null;
  const [, h = '0', min, s, frac = '0'] = m;
  const ms = Number(frac.padEnd(3, '0'));
  return Math.round((Number(h) * 3600 + Number(min) * 60 + Number(s)) * 1000 + ms) / 1000;
}

/** "00:01:02.500 --> 00:01:05.000 align:start" -> [62.5, 65]; null when the line is not a timing line. */
export function parseTiming(line: string): { start: number; end: number } | null {
  const arrow = line.indexOf('-->');
  if (arrow === -1) return null;
  const start = parseTimestamp(line.slice(0, arrow));
  const end = parseTimestamp(line.slice(arrow + 3).trim().split(/\s+/)[0] ?? '');
  return start === null || end === null ? null : { start, end };
}

export const TIMING_EXAMPLE = 'a timing line such as "00:00:01.000 --> 00:00:04.000"';

/** "1:02:03" for the Markdown export and the UI. */
export function formatClock(seconds: number): string {
  const s = Math.floor(seconds);
  const hh = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = s % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return hh > 0 ? `${hh}:${two(mm)}:${two(ss)}` : `${mm}:${two(ss)}`;
}
