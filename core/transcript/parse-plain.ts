import { type Cue, TranscriptError } from './import-types';
import { splitLines } from './input-lines';
import { splitSpeakerPrefix } from './speaker-prefix';
import { parseTimestamp } from './timestamps';

// Plain text: one `Name: text` line per utterance, optionally preceded by a time ("[00:01:02]" or
// "00:01:02"). A line without a name continues the line above it (wrapped paragraphs).

const LEADING_TIME = /^\s*\[?(\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)\]?\s+/;

export function parsePlain(input: string): Cue[] {
  const cues: Cue[] = [];
  splitLines(input).forEach((raw, i) => {
    if (raw.trim() === '') return;
    const time = LEADING_TIME.exec(raw);
    const rest = time ? raw.slice(time[0].length) : raw;
    const named = splitSpeakerPrefix(rest);
    if (named) {
      const start = time ? parseTimestamp(time[1]) : null;
      cues.push({ speaker: named.speaker, text: named.text.trim(), start, end: null, line: i + 1 });
      return;
    }
    const last = cues.at(-1);
    if (!last) throw new TranscriptError(i + 1, 'a line starting with the speaker\'s name, such as "Sam: How is it going?"', raw);
    last.text = `${last.text} ${raw.trim()}`.trim();
  });
  return cues;
}
