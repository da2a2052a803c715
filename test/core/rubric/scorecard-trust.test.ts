import { describe, expect, it } from 'vitest';
import { offlineDebrief } from '@core/feedback/debrief';
import { offlineTurnNote } from '@core/feedback/turn-note';
import { scoreSession } from '@core/rubric/score-session';
import { initialPersonaState, type PersonaState } from '@core/simulator/types';
import type { TranscriptTurn } from '@core/transcript/types';
import { reading } from '@test/helpers/reading';
import { builtInScenario } from '@test/helpers/scenarios';

// The scorecard defects of issue #11, section 2: each case failed before its fix.

const state = (s: Partial<PersonaState> = {}): PersonaState => ({ ...initialPersonaState(), ...s });
const persona = (index: number, text: string, s: Partial<PersonaState> = {}): TranscriptTurn => ({ index, speaker: 'persona', text, state: state(s) });
const leader = (index: number, r: ReturnType<typeof reading>): TranscriptTurn => ({ index, speaker: 'leader', text: r.text, score: r });
const figure = (card: ReturnType<typeof scoreSession>, key: string) => card.figures.find((f) => f.key === key)!;
const scenario = builtInScenario('vendor-sign-off');

describe('fewer than 2 leader replies: not enough to score', () => {
  it.each([
    ['no reply', [persona(0, 'Hi, got a minute?')]],
    ['one reply', [persona(0, 'Hi, got a minute?'), leader(1, reading([['open_question', 'What is on your mind?']])), persona(2, 'The vendor.')]],
  ])('%s: overall null and every figure value null', (_name, turns) => {
    const card = scoreSession(turns as TranscriptTurn[], scenario);
    expect(card.overall).toBeNull();
    expect(card.figures).toHaveLength(7);
    for (const f of card.figures) {
      expect(f.value).toBeNull();
      expect(f.display).toBe('not enough to score');
    }
  });

  it('scores from 2 replies on, and the debrief never prints "overall null"', () => {
    const one = [persona(0, 'Hi'), leader(1, reading([['open_question', 'What happened?']])), persona(2, 'It slipped.')];
    expect(offlineDebrief({ scenario, transcript: one, scorecard: scoreSession(one, scenario) })).not.toMatch(/null/);
    const two = [...one, leader(3, reading([['open_question', 'What would you do?']])), persona(4, 'Split it.')];
    expect(scoreSession(two, scenario).overall).toEqual(expect.any(Number));
  });
});

describe('ask ratio and open-question share count replies, not moves', () => {
  const many = Array.from({ length: 38 }, (): ['open_question', string] => ['open_question', 'What do you think?']);
  const turns = [
    persona(0, 'Hi'),
    leader(1, reading(many)),
    persona(2, 'Hmm.'),
    leader(3, reading([['advice', 'You should call them.']])),
    persona(4, 'Okay.'),
    leader(5, reading([['directive', 'Send me the draft today.']])),
    persona(6, 'Sure.'),
  ];
  const card = scoreSession(turns, scenario);

  it('a reply repeating a question 38 times counts once', () => {
    expect(figure(card, 'askRatio').value).toBeCloseTo(1 / 3, 5);
    expect(figure(card, 'askRatio').turns).toEqual([1, 3, 5]);
  });

  it('keeps the per-move counts visible as detail', () => {
    expect(figure(card, 'askRatio').explanation).toContain('38 ask moves and 2 tell moves');
  });

  it('open-question share counts a reply with an open question once; a leading question makes it not open', () => {
    const mixed = [
      persona(0, 'Hi'),
      leader(1, reading([['open_question', 'What happened?'], ['open_question', 'What else?'], ['open_question', 'And then?']])),
      persona(2, 'Hmm.'),
      leader(3, reading([['closed_question', 'Did you call them?']])),
      persona(4, 'No.'),
      leader(5, reading([['open_question', 'What do you need?'], ['leading_question', 'Why not just call them?']])),
      persona(6, 'Fine.'),
    ];
    expect(figure(scoreSession(mixed, scenario), 'openQuestionShare').value).toBeCloseTo(1 / 3, 5);
  });

  it('the coaching note says so when a reply stacks several questions', () => {
    const r = reading([['open_question', 'What happened?'], ['open_question', 'Who knows?'], ['open_question', 'What now?']]);
    const note = offlineTurnNote({ reading: r, stateBefore: state(), stateAfter: state(), scenario });
    expect(note).toContain('one question at a time lets them think');
  });
});

describe('after a takeover, handing the task back', () => {
  it('final delegation is the last reply with a reading; the owner follows the last commitment', () => {
    const turns = [
      persona(0, 'The vendor slipped.'),
      leader(1, reading([['open_question', 'What happened?']])),
      persona(2, 'They missed the date.', { nextStepOwner: 'persona' }),
      leader(3, reading([['takeover', "Leave it with me, I'll call them."]], 0)),
      // A model's state can keep the persona as owner across the takeover.
      persona(4, 'Oh, thanks.', { nextStepOwner: 'persona' }),
      leader(5, reading([['other', 'Actually, this one is yours to decide.']], 7)),
      persona(6, "Then I'd go with a three-month contract. I'll ask their sales rep this week.", { nextStepOwner: 'persona', ideaSurfaced: true }),
      leader(7, reading([['affirmation', 'Great work.']])),
      persona(8, 'Thanks!', { nextStepOwner: 'persona', ideaSurfaced: true }),
    ];
    const card = scoreSession(turns, scenario);
    expect(card.delegation).toEqual({ highest: 7, final: 7, takeovers: 1 });
    expect(figure(card, 'delegation').value).toBe(7);
    expect(card.nextStepOwner).toBe('persona');
    expect(figure(card, 'ownership')).toMatchObject({ value: 'persona', turns: [6] });
  });

  it('a takeover after the last commitment still takes the next step back', () => {
    const turns = [
      persona(0, 'Hi'),
      leader(1, reading([['open_question', 'What would you do?']], 6)),
      persona(2, "I'll draft it.", { nextStepOwner: 'persona' }),
      leader(3, reading([['takeover', "Leave it, I'll do it."]], 0)),
      persona(4, 'Okay.', { nextStepOwner: 'leader' }),
    ];
    expect(scoreSession(turns, scenario).nextStepOwner).toBe('leader');
  });
});

describe('labels in words and one numbering', () => {
  const turns = [
    persona(0, 'Hi'),
    leader(1, reading([['open_question', 'What happened?']])),
    persona(2, 'It slipped.'),
    leader(3, reading([['leading_question', 'Why not just call them?']])),
    persona(4, 'Maybe.'),
  ];
  const card = scoreSession(turns, scenario);

  it('no rubric code reaches a label, display or explanation', () => {
    for (const f of card.figures) expect(`${f.display} ${f.explanation} ${f.bandRule}`).not.toMatch(/[a-z]+_[a-z]+/);
    expect(figure(card, 'patience').explanation).toBe('The first solution (leading question) came in reply 2.');
  });

  it('figures carry reply numbers next to transcript indexes', () => {
    expect(figure(card, 'patience')).toMatchObject({ turns: [3], replies: [2] });
    expect(figure(card, 'askRatio').replies).toEqual([1, 2]);
  });

  it('the debrief cites reply numbers, not transcript turns', () => {
    const debrief = offlineDebrief({ scenario, transcript: turns, scorecard: card });
    expect(debrief).toMatch(/reply 2/);
    expect(debrief).not.toMatch(/\bturns? \d/);
  });
});
