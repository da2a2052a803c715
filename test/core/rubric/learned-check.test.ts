import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEARNED_RULE, leanOf, readByLearnedCheck, SHIPPED_MODEL, type LearnedModel } from '@core/rubric/learned-check';
import { scoreReply } from '@core/rubric/score-reply';
import { normalise } from '@core/rubric/text';
import type { Family } from '@core/rubric/types';
import { agreement } from '@server/cli/eval-metrics';
import { MODEL_FILE, modelFileText, OPTIONS, THRESHOLD } from '@server/cli/train-rubric-model';
import { crossValidate } from '@server/rubric-model/cross-validate';
import { LABELS } from '@server/rubric-model/train';
import { trainingCaseFiles, trainingExamples } from '@server/rubric-model/training-cases';

// Issue 13's optional part: a small learned component that reads statements again. Its logic is
// tested with hand-made models (a bias that always leans one way); the shipped model is tested for
// being exactly what training on our own cases gives.

/** A model sure of one family for every reply. */
const leaning = (family: Family): LearnedModel => ({
  threshold: 0.55,
  scale: 10,
  weights: new Map([['bias', family === 'ask' ? [90, 0, 0] : family === 'tell' ? [0, 90, 0] : [0, 0, 90]]]),
});
const NEVER: LearnedModel = { ...SHIPPED_MODEL, threshold: 1 };

/** The rules' reading of a reply (the check switched off), and what a given model makes of it. */
function readWith(model: LearnedModel, text: string, previousTurn?: string) {
  const rules: string[] = [];
  const { moves, family } = scoreReply(text, previousTurn ? { previousTurn } : undefined, rules, NEVER);
  return { moves, family, again: readByLearnedCheck(normalise(text), moves, rules, family, !!previousTurn, model) };
}

describe('the learned check', () => {
  it('moves a reflection without a cue of its own to information, keeping its span and cue', () => {
    const { moves, family, again } = readWith(leaning('tell'), 'Your sister moved up north last spring.', 'My sister moved away and I miss her.');
    expect(family).toBe('ask');
    expect(again).toBeDefined();
    expect(again!.changed).toEqual([0]);
    const [read] = again!.moves;
    expect(read.kind).toBe('information');
    expect(read.family).toBe('tell');
    expect([read.start, read.end, read.text, read.cue]).toEqual([moves[0].start, moves[0].end, moves[0].text, moves[0].cue]);
    expect(read.reason).toMatch(/^read by the learned check as information of the speaker's own.*; the rules read: /);
  });

  it('moves information to other, but leaves an affirmation beside it as it was', () => {
    const { moves, again } = readWith(leaning('other'), 'Nice one. Your badge will be ready on Monday.');
    expect(moves.map((m) => m.kind)).toEqual(['affirmation', 'information']);
    expect(again!.moves.map((m) => m.kind)).toEqual(['affirmation', 'other']);
    expect(again!.changed).toEqual([1]);
  });

  it('never moves a reply towards ask: a reflection needs a cue', () => {
    expect(readWith(leaning('ask'), 'The car park shuts at seven.').again).toBeUndefined();
    expect(readWith(leaning('ask'), 'Thanks, see you Thursday.').again).toBeUndefined();
  });

  it('never moves information to a tell it already is, nor a remark to information', () => {
    expect(readWith(leaning('tell'), 'The car park shuts at seven.').again).toBeUndefined();
    expect(readWith(leaning('tell'), 'Thanks, see you Thursday.').again).toBeUndefined();
  });

  it('leaves any reply with a question or a solution to the rules', () => {
    for (const text of ['What would help most this week?', 'Is the rota out yet?', 'You should ring the vendor today.', 'Send Priya the file once the audit is done.', "Leave it with me, I'll sort it."]) {
      for (const family of ['tell', 'other'] as const) expect(readWith(leaning(family), text).again, `${text} → ${family}`).toBeUndefined();
    }
  });

  it('acts only when surer than its threshold', () => {
    const unsure: LearnedModel = { threshold: 0.55, scale: 10, weights: new Map([['bias', [0, 1, 0]]]) };
    expect(readWith(unsure, 'Your sister moved up north last spring.', 'My sister moved away.').again).toBeUndefined();
  });

  it('names the words that leaned the reply, strongest first, each once', () => {
    const model: LearnedModel = { threshold: 0.55, scale: 10, weights: new Map([['w:rota', [0, 30, 0]], ['b:<s>_your', [0, 10, 0]], ['w:your', [0, 10, 0]], ['w:the', [0, -5, 0]]]) };
    const lean = leanOf(new Set(['w:<s>', 'b:<s>_your', 'w:your', 'w:rota', 'w:the', 'w:</s>']), model);
    expect(lean.family).toBe('tell');
    expect(lean.words).toEqual(['rota', 'your']);
  });

  it('is reported as its own rule in the rules list, so eval:rubric --by-rule counts it', () => {
    const rules: string[] = [];
    const score = scoreReply('Nice one. Your badge will be ready on Monday.', undefined, rules, leaning('other'));
    expect(rules).toEqual(['affirmation', LEARNED_RULE]);
    expect(score.family).toBe('other');
  });
});

describe('the shipped model', () => {
  it('is exactly what training on our own cases gives (run npm run -s train:rubric after changing the rules or the cases)', () => {
    expect(readFileSync(MODEL_FILE, 'utf8')).toBe(modelFileText());
  }, 60_000);

  it.each([
    ['an agenda read as information is a remark', "Right, so first we'll go through last month's numbers, then we'll have a chat about the rota.", 'Where do we start?', 'other'],
    ['a deadline about them read as their words given back is information', "The cut-off for changing your pension is the end of this month, so you've got about two weeks.", "I didn't know there was a deadline.", 'tell'],
  ])('reads again %s', (_, text, previousTurn, family) => {
    const rules: string[] = [];
    expect(scoreReply(text, { previousTurn }, rules).family).toBe(family);
    expect(scoreReply(text, { previousTurn }, [], NEVER).family).not.toBe(family);
    expect(rules).toContain(LEARNED_RULE);
  });

  it('is trained only on our own case files, none from ../shared', () => {
    const files = trainingCaseFiles();
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) expect(file).toMatch(/^cases-[a-z0-9-]*asktell\.csv$/);
  });
});

describe('cross-validation (train:rubric -- --cross-validate)', () => {
  it('scores each blind set with a model trained without it, beside the rules alone', () => {
    const keep = ['cases-mi-spoken19-asktell.csv', 'cases-mi-spoken20-asktell.csv', 'cases-asktell.csv'];
    const examples = trainingExamples().filter((e) => keep.includes(e.source));
    // Two training files each time: a feature need not recur in three.
    const figures = crossValidate(examples, { ...OPTIONS, minSources: 1 }, THRESHOLD);
    expect(figures.map((f) => f.set)).toEqual(['cases-mi-spoken19-asktell.csv', 'cases-mi-spoken20-asktell.csv']);
    for (const figure of figures) {
      const held = examples.filter((e) => e.source === figure.set);
      expect(figure.n).toBe(held.length);
      // The rules alone: the reading with the check switched off.
      const rulesOnly = held.map((e) => scoreReply(e.text, e.previousTurn ? { previousTurn: e.previousTurn } : undefined, undefined, NEVER).family);
      expect(figure.rules).toBe(agreement(LABELS, held.map((e) => e.label), rulesOnly).kappa);
      expect(figure.learned).toBeGreaterThan(figure.rules);
    }
  }, 60_000);
});
