import { describe, expect, it } from 'vitest';
import { applyCorrections, correctScore, correctedScorecard, parseDelegationValue } from '@core/review/apply-overrides';
import { scoreReply } from '@core/rubric/score-reply';
import { scoreSession } from '@core/rubric/score-session';
import type { TranscriptTurn } from '@core/transcript/types';

const transcript = (): TranscriptTurn[] => {
  const replies = ['You should call the vendor today.', 'What options do you see?'];
  const turns: TranscriptTurn[] = [{ index: 0, speaker: 'persona', text: 'The vendor has not signed.' }];
  for (const text of replies) {
    turns.push({ index: turns.length, speaker: 'leader', text, score: scoreReply(text) });
    turns.push({ index: turns.length, speaker: 'persona', text: 'Hm, let me think.' });
  }
  return turns;
};

describe('coach corrections', () => {
  it('relabels a move with its family and the reply’s family, leaving the input untouched', () => {
    const score = scoreReply('You should call the vendor today.');
    expect(score.moves[0].kind).toBe('advice');
    const corrected = correctScore(score, [{ turnIndex: 1, target: 'move', moveIndex: 0, to: 'open_question' }]);
    expect(corrected.moves[0]).toMatchObject({ kind: 'open_question', family: 'ask', text: score.moves[0].text });
    expect(corrected.family).toBe('ask');
    expect(score.moves[0].kind).toBe('advice');
  });

  it('sets a delegation level with its name and ownership; the last correction of a label wins', () => {
    const score = scoreReply('You should call the vendor today.');
    const corrected = correctScore(score, [
      { turnIndex: 1, target: 'delegation', moveIndex: null, to: '2' },
      { turnIndex: 1, target: 'delegation', moveIndex: null, to: '7' },
    ]);
    expect(corrected.delegation).toMatchObject({ level: 7, name: 'delegate', ownership: 'hands_over' });
    expect(parseDelegationValue('none')).toBe('none');
    expect(parseDelegationValue('8')).toBeUndefined();
    expect(parseDelegationValue('01')).toBeUndefined();
  });

  it('ignores corrections that point at nothing', () => {
    const turns = transcript();
    expect(applyCorrections(turns, [{ turnIndex: 0, target: 'move', moveIndex: 0, to: 'advice' }])).toEqual(turns);
    expect(applyCorrections(turns, [{ turnIndex: 1, target: 'move', moveIndex: 5, to: 'advice' }])).toEqual(turns);
    expect(applyCorrections(turns, [{ turnIndex: 1, target: 'move', moveIndex: 0, to: 'shout' }])).toEqual(turns);
  });

  it('recomputes the scorecard and names the figures that moved', () => {
    const turns = transcript();
    const automatic = scoreSession(turns);
    expect(correctedScorecard(turns, [], automatic)).toBeUndefined();
    const result = correctedScorecard(turns, [{ turnIndex: 1, target: 'move', moveIndex: 0, to: 'open_question' }], automatic)!;
    const askRatio = (figures: typeof automatic.figures) => figures.find((f) => f.key === 'askRatio')!.value;
    expect(askRatio(automatic.figures)).toBe(0.5);
    expect(askRatio(result.scorecard.figures)).toBe(1);
    expect(result.changed).toEqual(expect.arrayContaining(['askRatio', 'patience']));
  });
});
