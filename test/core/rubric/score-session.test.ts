import { describe, expect, it } from 'vitest';
import { ASK_RATIO_BANDS, bandAtLeast, bandAtMost, TALK_SHARE_BANDS } from '@core/rubric/bands';
import { scoreSession } from '@core/rubric/score-session';
import { initialPersonaState, type PersonaState } from '@core/simulator/types';
import type { TranscriptTurn } from '@core/transcript/types';

const state = (s: Partial<PersonaState> = {}): PersonaState => ({ ...initialPersonaState(), ...s });
const leader = (index: number, text: string): TranscriptTurn => ({ index, speaker: 'leader', text });
const persona = (index: number, text: string, s: Partial<PersonaState> = {}): TranscriptTurn => ({ index, speaker: 'persona', text, state: state(s) });
const figure = (card: ReturnType<typeof scoreSession>, key: string) => card.figures.find((f) => f.key === key)!;

describe('scoreSession on a coaching conversation', () => {
  // Hand count: leader moves = open question (0), reflection + open question (2), filler + handover (4):
  // asks 3, tells 0 (handing the decision over is neither).
  const turns = [
    leader(0, 'What happened with the vendor?'),
    persona(1, 'They slipped again and I do not know what to do.'),
    leader(2, "So they slipped again. What options do you see?"),
    persona(3, 'Maybe we could split the release into two phases and ship the API first.', { ideaSurfaced: true }),
    leader(4, "Sounds good. You decide, just let me know what you went with."),
    persona(5, "I'll draft the phased plan and send it to you by Friday.", { ideaSurfaced: true, nextStepOwner: 'persona' }),
  ];
  const card = scoreSession(turns);

  it('counts asks, open questions and talk share by hand', () => {
    expect(figure(card, 'askRatio')).toMatchObject({ value: 1, band: 5, turns: [0, 2] });
    expect(figure(card, 'openQuestionShare')).toMatchObject({ value: 1, band: 5, turns: [0, 2] });
    // Leader 5 + 9 + 12 = 26 words; persona 11 + 14 + 12 = 37 words.
    expect(figure(card, 'talkShare').value).toBeCloseTo(26 / 63, 5);
    expect(figure(card, 'talkShare').band).toBe(bandAtMost(26 / 63, TALK_SHARE_BANDS));
  });

  it('credits patience, ideas elicited, delegation and ownership', () => {
    expect(figure(card, 'patience')).toMatchObject({ value: 'never', band: 5, turns: [] });
    expect(figure(card, 'ideasElicited')).toMatchObject({ value: true, band: 5, turns: [3] });
    expect(figure(card, 'delegation')).toMatchObject({ value: 6, band: 5, turns: [4] });
    expect(card.delegation).toEqual({ highest: 6, final: 6, takeovers: 0 });
    expect(figure(card, 'ownership')).toMatchObject({ value: 'persona', band: 5, turns: [5] });
    expect(card.nextStepOwner).toBe('persona');
    // Bands 5, 5, 4 (talk share 41%), 5, 5, 5, 5.
    expect(card.overall).toBe(4.9);
  });

  it('explains every figure with a band rule', () => {
    expect(card.figures.map((f) => f.key)).toEqual(['askRatio', 'openQuestionShare', 'talkShare', 'patience', 'ideasElicited', 'delegation', 'ownership']);
    for (const f of card.figures) expect(f.bandRule.length).toBeGreaterThan(10);
    expect(figure(card, 'askRatio').bandRule).toBe('5: >= 80%, 4: >= 65%, 3: >= 50%, 2: >= 35%, 1: below');
  });
});

describe('scoreSession on a telling conversation', () => {
  const turns = [
    persona(0, 'The client is angry about the invoice.'),
    leader(1, 'Have you tried calling them?'),
    persona(2, 'Not yet. I was thinking we could offer a credit.', { ideaSurfaced: true }),
    leader(3, 'You should apologise first. Send me the draft.'),
    persona(4, "Okay, I'll write it tonight.", { ideaSurfaced: true, nextStepOwner: 'persona' }),
    leader(5, "Actually, leave it with me, I'll call them myself."),
  ];
  const card = scoreSession(turns);

  it('reads the leading question as the first solution and the takeover as the last word', () => {
    expect(figure(card, 'patience')).toMatchObject({ value: 0, band: 1, turns: [1] });
    // Idea surfaced at 2, after the leader's first solution at 1.
    expect(figure(card, 'ideasElicited')).toMatchObject({ value: false, band: 2, turns: [1, 2] });
    expect(figure(card, 'askRatio')).toMatchObject({ value: 0, band: 1 });
    // Open-question share: the one question was leading.
    expect(figure(card, 'openQuestionShare')).toMatchObject({ value: 0, band: 1, turns: [1] });
  });

  it('overrides the owner to the leader after a takeover that follows the commitment', () => {
    // Highest is the leading question at turn 1 (the leader's own fix asked as a question: sell, 2).
    expect(card.delegation).toEqual({ highest: 2, final: 0, takeovers: 1 });
    expect(figure(card, 'delegation')).toMatchObject({ value: 0, band: 1 });
    expect(figure(card, 'ownership')).toMatchObject({ value: 'leader', band: 1, turns: [5] });
    expect(card.nextStepOwner).toBe('leader');
  });

  it('scores leader turns that arrive without a score, using the previous persona turn as context', () => {
    const scored = scoreSession(turns.map((t) => (t.speaker === 'leader' ? { ...t, score: undefined } : t)));
    expect(scored).toEqual(card);
  });
});

describe('band helpers and edge cases', () => {
  it('maps ratios to bands at the stated thresholds', () => {
    expect([0.8, 0.79, 0.65, 0.5, 0.35, 0.34].map((x) => bandAtLeast(x, ASK_RATIO_BANDS))).toEqual([5, 4, 4, 3, 2, 1]);
    expect([0.4, 0.41, 0.71].map((x) => bandAtMost(x, TALK_SHARE_BANDS))).toEqual([5, 4, 1]);
  });

  it('handles an empty transcript without dividing by zero', () => {
    const card = scoreSession([]);
    // Not enough to score (issue #11): no band, no value, no overall.
    expect(card.figures.every((f) => f.band === null && f.value === null)).toBe(true);
    expect(card.overall).toBeNull();
    expect(figure(card, 'askRatio').value).toBeNull();
    expect(card.nextStepOwner).toBe('nobody');
  });
});
