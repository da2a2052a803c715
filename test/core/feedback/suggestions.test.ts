import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { offlineDebrief } from '@core/feedback/debrief';
import { FALLBACK_QUESTION, HAND_OVER, OPENING_QUESTION, QUESTION_KINDS, VIEW_QUESTIONS } from '@core/feedback/questions';
import { offlineTurnNote } from '@core/feedback/turn-note';
import { scoreReply } from '@core/rubric/score-reply';
import { scoreSession } from '@core/rubric/score-session';
import type { ReplyScore } from '@core/rubric/types';
import { simulateReply } from '@core/simulator/simulate';
import { initialPersonaState, type PersonaState } from '@core/simulator/types';
import type { TranscriptTurn } from '@core/transcript/types';
import { builtInScenario } from '@test/helpers/scenarios';

// Askwell must practise what it preaches: every phrasing its coaching notes and debrief suggest is
// scored by the rubric as the move and delegation it recommends.

/** Questions suggested so the other person says more: open questions that keep no decision. */
const OPEN_QUESTIONS = [...QUESTION_KINDS.map((k) => k.question), FALLBACK_QUESTION.question, OPENING_QUESTION, ...VIEW_QUESTIONS];

describe('every suggested phrasing reads as what it recommends', () => {
  it.each(OPEN_QUESTIONS)('"%s" is an open question that keeps nothing back', (text) => {
    const score = scoreReply(text);
    expect(score.moves.map((m) => m.kind)).toEqual(['open_question']);
    expect(score.family).toBe('ask');
    expect(score.delegation.ownership).not.toBe('keeps');
  });

  it.each([...HAND_OVER, 'What would you like to do next?', 'How do you want to handle it?'])('"%s" hands the decision over (level 5-7) as an ask', (text) => {
    const score = scoreReply(text);
    expect(score.family).toBe('ask');
    expect(score.delegation.ownership).toBe('hands_over');
    expect(score.delegation.level).toBeGreaterThanOrEqual(5);
    expect(score.delegation.evidence.length).toBeGreaterThan(0);
  });
});

// The notes and the debrief quote a suggestion after these words; walking them over many replies
// and sessions proves every suggestion they can make is one of the lists checked above.
const SUGGESTION = /(?:Try instead: |ask |such as |Asking |handing the decision over: )"([^"]+)"/g;
const known = new Set([...OPEN_QUESTIONS, ...HAND_OVER]);

const scenarios = readdirSync('prompts/scenarios').filter((f) => f.endsWith('.yaml')).map((f) => builtInScenario(f.replace(/\.yaml$/, '')));
const REPLIES = [
  'You should use the finance number.',
  'Send me both numbers by Friday.',
  "Leave it with me, I'll sort it.",
  'Did you check the spreadsheet?',
  "Why don't you ask finance?",
  'What have you tried so far?',
  'Okay.',
  "It's your call.",
];

function turnNotes(): string[] {
  const notes: string[] = [];
  for (const scenario of scenarios) {
    let state: PersonaState = initialPersonaState();
    for (const text of [...REPLIES, ...REPLIES]) {
      const reading: ReplyScore = scoreReply(text);
      const out = simulateReply({ scenario, state, reading, replyText: text, sessionId: 'suggestions' });
      notes.push(offlineTurnNote({ reading, stateBefore: state, stateAfter: out.state, scenario, revealedFactId: out.revealedFactId }));
      state = out.state;
    }
  }
  return notes;
}

function debriefs(): string[] {
  const out: string[] = [];
  for (const scenario of scenarios) {
    for (let start = 0; start < REPLIES.length; start++) {
      const turns: TranscriptTurn[] = [{ index: 0, speaker: 'persona', text: scenario.openingLine }];
      let state = initialPersonaState();
      for (const text of [...REPLIES.slice(start), ...REPLIES.slice(0, start)].slice(0, 4)) {
        const score = scoreReply(text, { previousTurn: turns[turns.length - 1].text });
        turns.push({ index: turns.length, speaker: 'leader', text, score });
        const reply = simulateReply({ scenario, state, reading: score, replyText: text, sessionId: 'suggestions' });
        state = reply.state;
        turns.push({ index: turns.length, speaker: 'persona', text: reply.text, state });
      }
      out.push(offlineDebrief({ transcript: turns, scorecard: scoreSession(turns, scenario), scenario }));
    }
    out.push(offlineDebrief({ transcript: [{ index: 0, speaker: 'persona', text: scenario.openingLine }], scorecard: scoreSession([], scenario), scenario }));
  }
  return out;
}

describe('the notes and the debrief suggest only phrasings checked above', () => {
  it.each([
    ['turn notes', turnNotes],
    ['debriefs', debriefs],
  ])('%s', (_, make) => {
    const suggested = make().flatMap((text) => [...text.matchAll(SUGGESTION)].map((m) => m[1]));
    expect(suggested.length).toBeGreaterThan(0);
    expect(suggested.filter((s) => !known.has(s))).toEqual([]);
  });
});
