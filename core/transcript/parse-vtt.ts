import { timedCues } from './cue-text';
import { type Cue, TranscriptError } from './import-types';
import { blocks, splitLines } from './input-lines';
import { TIMING_EXAMPLE } from './timestamps';

// WebVTT (https://www.w3.org/TR/webvtt1/): a "WEBVTT" header, then blocks separated by blank lines.
// A cue block is an optional identifier, a timing line and payload lines; NOTE, STYLE and REGION
// blocks carry no speech.

const LOOKS_LIKE_TIME = /^\s*(?:\d+:)?\d{2}:\d{2}[.,]\d/;

export function parseVtt(input: string): Cue[] {
  const lines = splitLines(input);
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) throw new TranscriptError(1, 'the header "WEBVTT"', lines[0] ?? '');
  const cues: Cue[] = [];
  const [, ...body] = blocks(lines);
  for (const block of body) {
    const first = block.lines[0];
    if (/^(NOTE|STYLE|REGION)(\s|$)/.test(first)) continue;
    // A first line that starts like a time is a (broken) timing line, not a cue identifier.
    const timingAt = first.includes('-->') || LOOKS_LIKE_TIME.test(first) ? 0 : 1;
    const timingLine = block.lines[timingAt];
    if (timingLine === undefined) throw new TranscriptError(block.line, `${TIMING_EXAMPLE} after the cue identifier`, first);
    for (const cue of timedCues(timingLine, block.line + timingAt, block.lines.slice(timingAt + 1), TIMING_EXAMPLE)) cues.push(cue);
  }
  return cues;
}
