import { timedCues } from './cue-text';
import { type Cue, TranscriptError } from './import-types';
import { blocks, splitLines } from './input-lines';

// SubRip: numbered blocks of a counter line, a timing line ("00:00:01,000 --> 00:00:04,000") and
// text lines, separated by blank lines. Speakers, when present, are `Name:` prefixes.

const SRT_TIMING = 'a timing line such as "00:00:01,000 --> 00:00:04,000"';

export function parseSrt(input: string): Cue[] {
  const cues: Cue[] = [];
  for (const block of blocks(splitLines(input))) {
    const [counter, timingLine, ...payload] = block.lines;
    if (!/^\d+$/.test(counter.trim())) throw new TranscriptError(block.line, 'a cue number', counter);
    if (timingLine === undefined) throw new TranscriptError(block.line + 1, SRT_TIMING, '');
    for (const cue of timedCues(timingLine, block.line + 1, payload, SRT_TIMING)) cues.push(cue);
  }
  return cues;
}
