import { type Cue, type ImportedTurn, MAX_TRANSCRIPT_CUES, TranscriptError, UNNAMED_SPEAKER } from './import-types';

// Captions cut speech into 2-5 second pieces. A turn is what one person said before someone else
// spoke: consecutive cues of the same speaker merge, keeping the first start and the last end.
// A sentence cut off mid-way ("...we could--" / "--move the date") joins its continuation, even
// across a short interjection by someone else, so the rubric reads one sentence, not two.

const CUT_END = /\s*(?:--|-|\u2014|\u2013)$/;
const CUT_START = /^(?:--|-|\u2014|\u2013)\s*/;
/** How many cues ahead a cut-off sentence may find its continuation (an interjection or two). */
const CONTINUATION_WINDOW = 3;

export function checkCueCount(cues: readonly unknown[]): void {
  if (cues.length > MAX_TRANSCRIPT_CUES)
    throw new TranscriptError(null, `at most ${MAX_TRANSCRIPT_CUES.toLocaleString('en')} cues`, `${cues.length.toLocaleString('en')} cues`);
}

const endsCut = (text: string) => CUT_END.test(text) && text.replace(CUT_END, "").length > 0;

function joinCut(a: string, b: string): string {
  return `${a.replace(CUT_END, '')} ${b.replace(CUT_START, '')}`.trim();
}

/** Joins cut-off cues to their continuation; cues keep their order otherwise. */
function joinCutOffCues(input: readonly Cue[]): Cue[] {
  const cues = input.map((c) => ({ ...c }));
  const out: Cue[] = [];
  const consumed = new Set<number>();
  for (let i = 0; i < cues.length; i++) {
    if (consumed.has(i)) continue;
    const cue = cues[i];
    while (endsCut(cue.text)) {
      const j = continuationOf(cues, i, consumed);
      if (j === -1) break;
      cue.text = joinCut(cue.text, cues[j].text);
      if (cues[j].end !== null) cue.end = cues[j].end;
      consumed.add(j);
    }
    out.push(cue);
  }
  return out;
}

function continuationOf(cues: readonly Cue[], i: number, consumed: ReadonlySet<number>): number {
  const who = cues[i].speaker;
  for (let j = i + 1; j < cues.length && j <= i + CONTINUATION_WINDOW; j++) {
    if (consumed.has(j) || cues[j].speaker !== who) continue;
    // The very next cue of the same voice continues it; a later one only when it says so ("--like this").
    return j === i + 1 || CUT_START.test(cues[j].text) ? j : -1;
  }
  return -1;
}

/** Merges consecutive cues of the same named speaker into turns. Unnamed cues are never merged: nobody knows who spoke. */
export function cuesToTurns(cues: readonly Cue[]): ImportedTurn[] {
  checkCueCount(cues);
  const turns: ImportedTurn[] = [];
  for (const cue of joinCutOffCues(cues)) {
    const text = cue.text.replace(CUT_START, '').trim();
    if (!text) continue;
    const speaker = cue.speaker ?? UNNAMED_SPEAKER;
    const last = turns.at(-1);
    if (last && cue.speaker !== null && last.speaker === speaker) {
      last.text = `${last.text} ${text}`;
      if (cue.end !== null) last.end = cue.end;
      continue;
    }
    turns.push({ index: turns.length, speaker, start: cue.start, end: cue.end, text });
  }
  return turns;
}
