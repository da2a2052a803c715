import { describe, expect, it } from 'vitest';
import { offlineDebrief } from '@core/feedback/debrief';
import type { ReplyScore, Scorecard, ScorecardFigure, ScorecardKey } from '@core/rubric/types';
import { simulateReply } from '@core/simulator/simulate';
import { initialPersonaState } from '@core/simulator/types';
import type { TranscriptTurn } from '@core/transcript/types';
import { reading } from '@test/helpers/reading';
import { builtInScenario } from '@test/helpers/scenarios';

const sam = builtInScenario('numbers-dont-match');

/** A transcript played through the simulator: opening line, then leader/persona pairs. */
function transcriptOf(replies: Array<ReplyScore & { text: string }>): TranscriptTurn[] {
  const turns: TranscriptTurn[] = [{ index: 0, speaker: 'persona', text: sam.openingLine }];
  let state = initialPersonaState();
  for (const r of replies) {
    turns.push({ index: turns.length, speaker: 'leader', text: r.text, score: r });
    const out = simulateReply({ scenario: sam, state, reading: r, replyText: r.text, sessionId: 'debrief' });
    state = out.state;
    turns.push({ index: turns.length, speaker: 'persona', text: out.text, state });
  }
  return turns;
}

const figure = (key: ScorecardKey, band: ScorecardFigure['band']): ScorecardFigure => ({
  key, label: key, value: null, display: '', band, bandRule: '', turns: [], explanation: '',
});
function scorecard(transcript: TranscriptTurn[], weakest: ScorecardKey = 'patience'): Scorecard {
  const last = [...transcript].reverse().find((t) => t.state)?.state;
  return {
    figures: (['askRatio', 'patience', 'ideasElicited', 'ownership'] as ScorecardKey[]).map((k) => figure(k, k === weakest ? 1 : 4)),
    overall: 3.3,
    delegation: { highest: 'none', final: 'none', takeovers: 0 },
    nextStepOwner: last?.nextStepOwner ?? 'nobody',
  };
}

describe('offlineDebrief', () => {
  const mixed = transcriptOf([
    reading([['advice', 'You should use the finance number.']]), // reply 1 (turn 2)
    reading([['open_question', 'What have you tried so far?']]), // reply 2: reveals refunds-timing
    reading([['open_question', 'What would you do?']]), // reply 3: surfaces the idea
    reading([['affirmation', 'I like that.'], ['other', "It's your call."]], 7), // reply 4: commitment
  ]);
  const text = offlineDebrief({ scenario: sam, transcript: mixed, scorecard: scorecard(mixed) });

  it('is plain-text paragraphs without markdown', () => {
    expect(text.split('\n\n').length).toBeGreaterThanOrEqual(3);
    expect(text).not.toMatch(/^#|\*\*|^- |^\* /m);
  });

  it('cites the strongest move and the biggest missed opportunity by reply number and quote', () => {
    expect(text).toContain('strongest move was in reply 3, "What would you do?"');
    expect(text).toContain('missed opportunity was in reply 1, "You should use the finance number"');
    expect(text).toMatch(/Asking "What would you do\?" would have kept it with Sam/);
  });

  it('counts facts found and missed, hinting at a question kind without reciting the missed facts', () => {
    expect(text).toContain('You found 1 of the 4 things Sam knew but had not said (reply 2).');
    expect(text).toMatch(/3 stayed hidden; a question about [a-z ]+ would have found one/);
    for (const f of sam.hiddenFacts.filter((f) => f.id !== 'refunds-timing')) expect(text).not.toContain(f.fact.slice(0, 30));
  });

  it('says whether the idea surfaced and who owns the next step, quoting the commitment', () => {
    expect(text).toContain(`Sam's own idea came out in the answer to reply 3: ${sam.ownIdea.summary}.`);
    expect(text).toMatch(/Sam owns the next step: in the answer to reply 4 Sam said "I'll go with both figures/);
  });

  it('gives one thing to try next, from the weakest figure', () => {
    expect(text).toMatch(/One thing to try next time: hold back any suggestion until Sam/);
    const other = offlineDebrief({ scenario: sam, transcript: mixed, scorecard: scorecard(mixed, 'ownership') });
    expect(other).toMatch(/One thing to try next time: close by asking Sam what they will do next/);
  });

  it('a session of tells and a takeover: no strong move, the takeover is the miss, the leader owns the step', () => {
    const told = transcriptOf([
      reading([['directive', 'Use the finance number.']]),
      reading([['takeover', "Actually, leave it with me, I'll talk to finance."]], 0),
    ]);
    const d = offlineDebrief({ scenario: sam, transcript: told, scorecard: scorecard(told) });
    expect(d).toContain('There was no open question or reflection to single out.');
    expect(d).toContain('missed opportunity was in reply 2, "Actually, leave it with me, I\'ll talk to finance"');
    expect(d).toContain('None of the 4 things Sam knew but had not said came out. A question about');
    expect(d).toContain("Sam's own idea never came out");
    expect(d).toContain('You own the next step: in reply 2 you said');
  });

  it('copes with leader turns that carry no reading (imported transcripts)', () => {
    const unscored = transcriptOf([reading([['other', "It's your call."]], 7)]).map((t) => ({ ...t, score: undefined }));
    const d = offlineDebrief({ scenario: sam, transcript: unscored, scorecard: scorecard(unscored) });
    expect(d).toContain('strongest move was in reply 1, "It\'s your call"');
    expect(d).toContain('Sam owns the next step');
  });

  it('handles a session ended before any reply', () => {
    const opening: TranscriptTurn[] = [{ index: 0, speaker: 'persona', text: sam.openingLine }];
    expect(offlineDebrief({ scenario: sam, transcript: opening, scorecard: scorecard(opening) })).toMatch(/before replying to Sam/);
  });
});
