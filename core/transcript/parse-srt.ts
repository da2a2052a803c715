import { cueSegments } from './cue-text';
import { type Cue, TranscriptError } from './import-types';
import { blocks, splitLines } from './input-lines';
import { parseTiming } from './timestamps';

// SubRip: numbered blocks of a counter line, a timing line ("00:00:01,000 --> 00:00:04,000") and
// text lines, separated by blank lines. Speakers, when present, are `Name:` prefixes.

const SRT_TIMING = 'a timing line such as "00:00:01,000 --> 00:00:04,000"';

export function parseSrt(input: string): Cue[] {
  const cues: Cue[] = [];
  for (const block of blocks(splitLines(input))) {
    const [counter, timingLine, ...payload] = block.lines;
    if (!/^\d+$/.test(counter.trim())) throw new TranscriptError(block.line, 'a cue number', counter);
    if (timingLine === undefined) throw new TranscriptError(block.line + 1, SRT_TIMING, '');
    const timing = parseTiming(timingLine);
    if (!timing) throw new TranscriptError(block.line + 1, SRT_TIMING, timingLine);
    if (timing.end < timing.start) throw new TranscriptError(block.line + 1, 'an end time after the start time', timingLine);
    const stray = payload.findIndex((l) => l.includes('-->'));
    if (stray !== -1) throw new TranscriptError(block.line + 2 + stray, 'a blank line before the next cue', payload[stray]);
    for (const seg of cueSegments(payload)) cues.push({ ...seg, start: timing.start, end: timing.end, line: block.line + 2 });
  }
  return cues;
}
