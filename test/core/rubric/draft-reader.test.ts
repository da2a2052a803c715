import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { createDraftReader } from '@core/rubric/draft-reader';
import { scoreReply } from '@core/rubric/score-reply';
import type { ScoreContext } from '@core/rubric/types';

// The live meter's incremental reader must read every draft exactly as scoreReply does: typed
// keystroke by keystroke, edited in the middle, and with the other person's turn changing under it.

const DIR = join(import.meta.dirname);
const rows = readdirSync(DIR)
  .filter((f) => f.startsWith('cases-') && f.endsWith('.csv'))
  .flatMap((f) => parse(readFileSync(join(DIR, f), 'utf8'), { columns: true }) as { text: string; context: string }[]);

/** Consecutive corpus utterances joined into multi-sentence replies, each answering the first one's context. */
const allDrafts = Array.from({ length: Math.ceil(rows.length / 5) }, (_, i) => {
  const group = rows.slice(i * 5, i * 5 + 5);
  return { text: group.map((r) => r.text).join(i % 3 === 0 ? '\n' : ' '), context: group[0].context ? { previousTurn: group[0].context } : undefined };
});
// Typing every draft word by word costs time in proportion to the corpus, which grows with each rubric
// pass (2,000 drafts took over 20 s, near the test timeout on a loaded machine): an even stride through all
// the files keeps about 250 of them (400 took 23 s at load 3 on a slower machine in the eleventh pass).
const stride = Math.ceil(allDrafts.length / 250);
const drafts = allDrafts.filter((_, i) => i % stride === 0);

const agree = (read: ReturnType<typeof createDraftReader>, text: string, context?: ScoreContext) => expect(read(text, context), text).toEqual(scoreReply(text, context));

describe('the live meter’s draft reader', () => {
  it('reads the rubric’s corpora typed word by word exactly as scoreReply', () => {
    expect(drafts.length).toBeGreaterThan(200);
    for (const { text, context } of drafts) {
      const read = createDraftReader();
      for (let end = text.indexOf(' '); end !== -1; end = text.indexOf(' ', end + 1)) agree(read, text.slice(0, end + 1), context);
      agree(read, text, context);
    }
  });

  it('agrees keystroke by keystroke, through backspaces and an edit in the middle', () => {
    for (const { text, context } of drafts.slice(0, 40)) {
      const read = createDraftReader();
      for (let end = 1; end <= text.length; end++) agree(read, text.slice(0, end), context);
      for (let end = text.length; end > text.length - 30 && end > 0; end--) agree(read, text.slice(0, end), context);
      const middle = text.indexOf('. ');
      if (middle > 0) {
        agree(read, `${text.slice(0, middle)} and more${text.slice(middle)}`, context);
        agree(read, text.slice(middle + 2), context);
      }
    }
  });

  it('reads again when the other person’s turn or the scenario’s ideas change', () => {
    const read = createDraftReader();
    const text = 'So the vendor is the worry. What would a phased release look like?';
    agree(read, text);
    agree(read, text, { previousTurn: 'I keep worrying about the vendor and a phased release.' });
    agree(read, text, { previousTurn: 'I keep worrying about the vendor and a phased release.', scenario: { personaIdea: 'a phased release' } });
    agree(read, text);
  });
});
