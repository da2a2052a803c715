import { type Cue, TranscriptError } from './import-types';
import { splitSpeakerPrefix } from './speaker-prefix';
import { parseTiming } from './timestamps';

// The text of one caption cue: markup removed, entities decoded, speakers found in WebVTT voice
// tags (`<v Jane Doe>`, as Teams and Zoom write them) or in `Name:` prefixes (as Zoom and many
// SRT files do). A cue may hold several speakers, one per voice span or prefixed line.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: ' ', quot: '"', apos: "'", lrm: '', rlm: '' };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });

const VOICE = /<v(?:\.[^\s>]*)?\s+([^>]*)>/g;
const TAG = /<[^>]*>/g;
const clean = (s: string) => decode(s.replace(TAG, '')).replace(/\s+/g, ' ').trim();

export interface CueSegment {
  speaker: string | null;
  text: string;
}

/** Splits a cue's payload lines into speaker segments. */
export function cueSegments(lines: readonly string[], inheritedSpeaker: string | null = null): CueSegment[] {
  const segments: CueSegment[] = [];
  let speaker = inheritedSpeaker;
  let voiced = false;
  const push = (who: string | null, text: string) => {
    const t = clean(text);
    if (!t) return;
    const last = segments.at(-1);
    if (last && last.speaker === who) last.text = `${last.text} ${t}`;
    else segments.push({ speaker: who, text: t });
  };
  for (const line of lines) {
    // Voice spans: text up to the next <v ...> belongs to the current voice.
    let rest = line;
    let m: RegExpExecArray | null;
    VOICE.lastIndex = 0;
    const found: { index: number; end: number; name: string }[] = [];
    while ((m = VOICE.exec(line))) found.push({ index: m.index, end: VOICE.lastIndex, name: clean(m[1]) });
    if (found.length > 0) {
      voiced = true;
      push(speaker, line.slice(0, found[0].index));
      found.forEach((v, i) => {
        speaker = v.name || speaker;
        push(speaker, line.slice(v.end, found[i + 1]?.index ?? line.length));
      });
      continue;
    }
    // In a cue voiced with <v>, a later line's "Word:" is speech, not a new speaker.
    const prefixed = voiced ? null : splitSpeakerPrefix(clean(rest));
    if (prefixed) {
      speaker = prefixed.speaker;
      rest = prefixed.text;
    }
    push(speaker, rest);
  }
  return segments;
}

/**
 * The cues of one caption block from its timing line on, as WebVTT and SubRip both have it: the
 * timing line at 1-based `line`, then the payload lines, whose cues all start at `line + 1`.
 * `expected` says what a timing line looks like in the file's format.
 */
export function timedCues(timingLine: string, line: number, payload: readonly string[], expected: string): Cue[] {
  const timing = parseTiming(timingLine);
  if (!timing) throw new TranscriptError(line, expected, timingLine);
  if (timing.end < timing.start) throw new TranscriptError(line, 'an end time after the start time', timingLine);
  // A timing line inside the payload means a blank line between cues went missing.
  const stray = payload.findIndex((l) => l.includes('-->'));
  if (stray !== -1) throw new TranscriptError(line + 1 + stray, 'a blank line before the next cue', payload[stray]);
  return cueSegments(payload).map((seg) => ({ ...seg, start: timing.start, end: timing.end, line: line + 1 }));
}
