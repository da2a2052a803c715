import { splitSpeakerPrefix } from './speaker-prefix';

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
