import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GIVES_BACK_THRESHOLD, LEARNED_RULE, readByLearnedCheck, SHIPPED_FAMILY_MODEL } from '@core/rubric/learned-check';
import { echoes } from '@core/rubric/echo';
import { SHIPPED_DELEGATION_MODEL } from '@core/rubric/learned-delegation';
import { leanOf, modelOf, NEVER_ACTS, type LearnedModel } from '@core/rubric/learned-model';
import * as nodeLean from '@core/rubric/word-lean';
import * as pageLean from '@core/rubric/word-lean.browser';
import { scoreReply } from '@core/rubric/score-reply';
import { normalise } from '@core/rubric/text';
import type { Family } from '@core/rubric/types';
import { parseCsvRecords } from '@server/cli/csv-records';
import { agreement } from '@server/cli/eval-metrics';
import familyFile from '@core/rubric/learned-family-model.json';
import { modelFileTexts } from '@server/cli/train-rubric-model';
import { crossValidate } from '@server/rubric-model/cross-validate';
import { MODEL_TASKS } from '@server/rubric-model/model-tasks';
import { trainingCaseFiles, trainingExamples } from '@server/rubric-model/training-cases';

// Issue 13's optional part: small learned components that read a reply again. Their logic is tested
// with hand-made models (a bias that always leans one way); the shipped models are tested for being
// exactly what training on our own cases gives.

const FAMILIES = ['ask', 'tell', 'other'];
/** A model sure of one label for every reply. */
const leaning = (labels: readonly string[], label: string): LearnedModel => ({
  labels,
  threshold: 0.55,
  scale: 10,
  weights: new Map([['bias', labels.map((l) => (l === label ? 90 : 0))]]),
});
const OFF = { family: NEVER_ACTS, delegation: NEVER_ACTS };

/** The rules' reading of a reply (the checks switched off), and what a given family model makes of it. */
function readWith(model: LearnedModel, text: string, previousTurn?: string) {
  const rules: string[] = [];
  const { moves, family } = scoreReply(text, previousTurn ? { previousTurn } : undefined, rules, OFF);
  const turn = { heard: !!previousTurn, asked: !!echoes(previousTurn)?.asked };
  return { moves, family, again: readByLearnedCheck(normalise(text), moves, rules, family, turn, model) };
}
const towards = (family: Family) => leaning(FAMILIES, family);

describe('the learned family check', () => {
  it('moves a reflection without a cue of its own to information, keeping its span and cue', () => {
    const { moves, family, again } = readWith(towards('tell'), 'Your sister moved up north last spring.', 'My sister moved away and I miss her.');
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
    const { moves, again } = readWith(towards('other'), 'Nice one. Your badge will be ready on Monday.');
    expect(moves.map((m) => m.kind)).toEqual(['affirmation', 'information']);
    expect(again!.moves.map((m) => m.kind)).toEqual(['affirmation', 'other']);
    expect(again!.changed).toEqual([1]);
  });

  it('never moves a reply towards ask without a turn it answers: a reflection gives back what they said', () => {
    expect(readWith(towards('ask'), 'The car park shuts at seven.').again).toBeUndefined();
    expect(readWith(towards('ask'), 'Thanks, see you Thursday.').again).toBeUndefined();
  });

  // Their turn told something; the reply gives it back in words of its own, with no cue the rules know.
  const TOLD = "I take the morning pill but I forget the evening one when I'm wiped out.";
  const GIVEN_BACK = 'The night one is where it slips.';

  it('reads cue-less information in answer to their turn as their words given back, keeping its span and cue', () => {
    const { moves, family, again } = readWith(towards('ask'), GIVEN_BACK, TOLD);
    expect([family, moves[0].kind]).toEqual(['tell', 'information']);
    expect(again!.changed).toEqual([0]);
    const [read] = again!.moves;
    expect([read.kind, read.family]).toEqual(['reflection', 'ask']);
    expect([read.start, read.end, read.text, read.cue]).toEqual([moves[0].start, moves[0].end, moves[0].text, moves[0].cue]);
    expect(read.reason).toMatch(/^read by the learned check as their words given back.*; the rules read: a statement of fact or view/);
  });

  it('moves only the information towards their words given back: thanks beside it stays a remark', () => {
    const { moves, again } = readWith(towards('ask'), `Thanks for telling me. ${GIVEN_BACK}`, TOLD);
    expect(moves.map((m) => m.kind)).toEqual(['affirmation', 'information']);
    expect(again!.moves.map((m) => m.kind)).toEqual(['affirmation', 'reflection']);
    expect(again!.changed).toEqual([1]);
  });

  it('reads a cue-less remark in answer to their turn as their words given back, and leaves a greeting beside it', () => {
    const turn = "Just someone to sit with me when it's bad. Not talk about it.";
    const alone = readWith(towards('ask'), 'Company, not questions.', turn);
    expect([alone.family, alone.moves[0].kind]).toEqual(['other', 'other']);
    expect(alone.again!.moves.map((m) => m.kind)).toEqual(['reflection']);
    const greeted = readWith(towards('ask'), 'Hi there. Company, not questions.', turn);
    expect(greeted.again!.moves.map((m) => m.kind)).toEqual(['other', 'reflection']);
    expect(greeted.again!.changed).toEqual([1]);
    // A remark with no turn to answer gives nothing back.
    expect(readWith(towards('ask'), 'Company, not questions.').again).toBeUndefined();
  });

  it('never reads as their words given back an answer to their question, or information a cue read', () => {
    expect(readWith(towards('ask'), GIVEN_BACK, 'Which pill do I forget, do you think?').again).toBeUndefined();
    const cued = readWith(towards('ask'), `In my experience ${GIVEN_BACK.toLowerCase()}`, TOLD);
    expect(cued.moves.map((m) => m.kind)).toEqual(['information']);
    expect(cued.again).toBeUndefined();
  });

  it('reads their words given back only when surer than for a move away from a reflection', () => {
    // A bias of 0.6 towards ask: p(ask) = e^0.6 / (e^0.6 + 2) = 0.48, above the shipped model's threshold and below GIVES_BACK_THRESHOLD.
    const fairlySure: LearnedModel = { labels: FAMILIES, threshold: SHIPPED_FAMILY_MODEL.threshold, scale: 10, weights: new Map([['bias', [6, 0, 0]]]) };
    const p = Math.exp(0.6) / (Math.exp(0.6) + 2);
    expect(p).toBeGreaterThan(fairlySure.threshold);
    expect(p).toBeLessThan(GIVES_BACK_THRESHOLD);
    expect(readWith(fairlySure, GIVEN_BACK, TOLD).again).toBeUndefined();
    // A bias of 1.0: p(ask) = e / (e + 2) = 0.58, past GIVES_BACK_THRESHOLD.
    const surer: LearnedModel = { ...fairlySure, weights: new Map([['bias', [10, 0, 0]]]) };
    expect(readWith(surer, GIVEN_BACK, TOLD).again?.moves.map((m) => m.kind)).toEqual(['reflection']);
  });

  it('never moves information to a tell it already is, nor a remark to information', () => {
    expect(readWith(towards('tell'), 'The car park shuts at seven.').again).toBeUndefined();
    expect(readWith(towards('tell'), 'Thanks, see you Thursday.').again).toBeUndefined();
  });

  it('leaves any reply with a question or a solution to the rules', () => {
    for (const text of ['What would help most this week?', 'Is the rota out yet?', 'You should ring the vendor today.', 'Send Priya the file once the audit is done.', "Leave it with me, I'll sort it."]) {
      for (const family of ['tell', 'other'] as const) expect(readWith(towards(family), text).again, `${text} → ${family}`).toBeUndefined();
    }
  });

  it('acts only when surer than its threshold', () => {
    const unsure: LearnedModel = { labels: FAMILIES, threshold: 0.55, scale: 10, weights: new Map([['bias', [0, 1, 0]]]) };
    expect(readWith(unsure, 'Your sister moved up north last spring.', 'My sister moved away.').again).toBeUndefined();
  });

  it('names the words that leaned the reply, strongest first, each once', () => {
    const model: LearnedModel = { labels: FAMILIES, threshold: 0.55, scale: 10, weights: new Map([['w:rota', [0, 30, 0]], ['b:<s>_your', [0, 10, 0]], ['w:your', [0, 10, 0]], ['w:the', [0, -5, 0]]]) };
    const features = new Set(['w:<s>', 'b:<s>_your', 'w:your', 'w:rota', 'w:the', 'w:</s>', 'b:the_rota', 'b:rota_</s>']);
    expect(leanOf(features, model).label).toBe('tell');
    expect(nodeLean.wordsLeaningTo('tell', 'your rota, the rota', model)).toEqual(['rota', 'your']);
    expect(pageLean.wordsLeaningTo('tell', 'your rota, the rota', model)).toEqual(['rota', 'your']);
  });

  it('is reported as its own rule in the rules list, so eval:rubric --by-rule counts it', () => {
    const rules: string[] = [];
    const score = scoreReply('Nice one. Your badge will be ready on Monday.', undefined, rules, { family: towards('other') });
    expect(rules).toEqual(['affirmation', LEARNED_RULE]);
    expect(score.family).toBe('other');
  });
});

const OWNERSHIPS = ['keeps', 'shares', 'hands_over', 'none'];
const delegationWith = (model: LearnedModel, text: string) => scoreReply(text, undefined, undefined, { delegation: model }).delegation;

describe('the learned delegation check', () => {
  it('reads a decision the cues miss as kept, at the plainest level, with the words as evidence', () => {
    const text = 'Month end comes first. The invoices can wait.';
    expect(delegationWith(NEVER_ACTS, text).ownership).toBe('none');
    const model: LearnedModel = { labels: OWNERSHIPS, threshold: 0.5, scale: 10, weights: new Map([['w:first', [60, 0, 0, 0]], ['b:can_wait', [30, 0, 0, 0]]]) };
    const read = delegationWith(model, text);
    expect([read.level, read.name, read.ownership]).toEqual([1, 'tell', 'keeps']);
    expect(read.evidence.map((e) => e.text)).toEqual(['first', 'can wait']);
    for (const e of read.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(read.reason).toMatch(/^read by the learned check as tell \(keeps\) \(words that lean that way: "first", "can wait"\); the rules read: /);
  });

  it('moves to the nearest level of the new ownership, and to none with no evidence', () => {
    const text = 'Sort the stage plan however you think best, and send me a copy when it is done.';
    const rules = delegationWith(NEVER_ACTS, text);
    expect(rules.level).toBe(6);
    const shares = delegationWith(leaning(OWNERSHIPS, 'shares'), text);
    expect(shares.level).toBe(4);
    // No single word leaned it (the model weighs only its bias): the whole reply is the evidence, not the rules' handover words.
    expect(shares.evidence).toEqual([{ start: 0, end: text.length, text }]);
    expect(delegationWith(leaning(OWNERSHIPS, 'keeps'), text).level).toBe(2);
    const none = delegationWith(leaning(OWNERSHIPS, 'none'), text);
    expect([none.level, none.ownership, none.evidence]).toEqual(['none', 'none', []]);
  });

  it('finds no decision where the rules saw none on function words alone', () => {
    // Leaning on "you", "are" and "what do" (words every handover question has too), the check would read
    // an open question as handing the decision over: it needs a word that carries a decision.
    const hands: LearnedModel = {
      labels: OWNERSHIPS,
      threshold: 0.5,
      scale: 10,
      weights: new Map([['w:you', [0, 0, 40, 0]], ['w:are', [0, 0, 30, 0]], ['b:what_do', [0, 0, 30, 0]], ['w:rota', [0, 0, 60, 0]]]),
    };
    const asking = 'What do you see from where you are?';
    expect(delegationWith(NEVER_ACTS, asking).level).toBe('none');
    expect(delegationWith(hands, asking).level).toBe('none');
    // A word that carries it ("rota", in this model) may still find one.
    const rota = 'What do you see for the rota?';
    expect(delegationWith(NEVER_ACTS, rota).level).toBe('none');
    const read = delegationWith(hands, rota);
    expect([read.level, read.ownership]).toEqual([7, 'hands_over']);
    expect(read.evidence.map((e) => e.text)).toContain('rota');
  });

  it("keeps the rules' reading when it agrees with them or is unsure", () => {
    const text = 'Sort the stage plan however you think best, and send me a copy when it is done.';
    expect(delegationWith(leaning(OWNERSHIPS, 'hands_over'), text)).toEqual(delegationWith(NEVER_ACTS, text));
    const unsure: LearnedModel = { labels: OWNERSHIPS, threshold: 0.5, scale: 10, weights: new Map([['bias', [3, 0, 0, 0]]]) };
    expect(delegationWith(unsure, text)).toEqual(delegationWith(NEVER_ACTS, text));
  });
});

describe("the reply's words read for the checks (#word-lean)", () => {
  it.each(MODEL_TASKS.map((task) => [task.name, task] as const))(
    "%s: Node's trie and the page's feature strings read every one of our cases exactly as the feature set does, and name the same leaning words",
    (_, task) => {
      const model = task.name === 'family' ? SHIPPED_FAMILY_MODEL : SHIPPED_DELEGATION_MODEL;
      let compared = 0;
      for (const file of trainingCaseFiles(task)) {
        for (const row of parseCsvRecords(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8')).records) {
          const context = row.context?.trim() ? { previousTurn: row.context } : undefined;
          const features = task.features(row.text, context, {});
          const reading = new Set([...features].filter((f) => !f.startsWith('w:') && !f.startsWith('b:')));
          const lower = normalise(row.text);
          const lean = leanOf(features, model);
          expect(nodeLean.leanOfReply(reading, lower, model)).toEqual(lean);
          expect(pageLean.leanOfReply(reading, lower, model)).toEqual(lean);
          for (const label of model.labels) expect(pageLean.wordsLeaningTo(label, lower, model)).toEqual(nodeLean.wordsLeaningTo(label, lower, model));
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(1000);
    },
    120_000,
  );
});

describe('the shipped models', () => {
  it('are exactly what training on our own cases gives (run npm run -s train:rubric after changing the rules or the cases)', () => {
    for (const [task, text] of modelFileTexts()) expect(readFileSync(task.modelFile, 'utf8'), task.name).toBe(text);
  }, 60_000);

  it('are read a row of weights per feature, and a file whose rows and features disagree is refused', () => {
    const file = { labels: FAMILIES, threshold: 0.55, scale: 10, features: ['w:rota', 'bias'], weights: [0, 30, 0, 1, 0, -1] };
    expect(modelOf(file).weights).toEqual(new Map([['w:rota', [0, 30, 0]], ['bias', [1, 0, -1]]]));
    expect(() => modelOf({ ...file, weights: [0, 30, 0, 1] })).toThrow('model file: 4 weights for 2 features of 3 labels');
    // Every row of the shipped file is read (pruning may leave fewer than `keep`, so the file says how many).
    expect(SHIPPED_FAMILY_MODEL.weights.size).toBe(familyFile.features.length);
  });

  it.each([
    ['an agenda read as information is a remark', "Right, so first we'll go through last month's numbers, then we'll have a chat about the rota.", 'Where do we start?', 'other'],
    ['how a form of theirs goes through, read as their words given back, is information', 'Your manager signs it off and then it goes to payroll.', 'who actually signs off the overtime', 'tell'],
  ])('family: reads again %s', (_, text, previousTurn, family) => {
    const rules: string[] = [];
    expect(scoreReply(text, { previousTurn }, rules).family).toBe(family);
    expect(scoreReply(text, { previousTurn }, [], OFF).family).not.toBe(family);
    expect(rules).toContain(LEARNED_RULE);
  });

  it.each(MODEL_TASKS.map((task) => [task.name, task] as const))('%s: reads none of our case files worse than the rules alone', (_, task) => {
    const worse: string[] = [];
    for (const file of trainingCaseFiles(task)) {
      const rows = parseCsvRecords(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8')).records;
      const gold = rows.map((r) => r.label.trim());
      const figureWith = (learned: typeof OFF | undefined) =>
        agreement(task.labels, gold, rows.map((r) => task.read(scoreReply(r.text, r.context?.trim() ? { previousTurn: r.context } : undefined, undefined, learned))))[task.figure];
      const [rules, shipped] = [figureWith(OFF), figureWith(undefined)];
      if (shipped < rules) worse.push(`${file}: ${rules} -> ${shipped}`);
    }
    expect(worse).toEqual([]);
  }, 60_000);

  it.each(MODEL_TASKS.map((task) => [task.name, task] as const))('%s: trained only on our own case files, none from ../shared', (_, task) => {
    const files = trainingCaseFiles(task);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expect(file).toMatch(task.files);
  });
});

// Blind sets kept out of training on purpose (held-out/, which training does not read), written by new
// helpers after the checks shipped: two spoken counselling sets (22: probation, dietetics, a school nurse,
// alcohol, housing, physiotherapy; 23: stop smoking, methadone, a midwife, cardiac rehab, debt advice, a
// GP on statins), online emotional-support chats (a genre no training set has) and leadership delegation
// set 11 (twelve new settings). Arrival, before anyone read them, rules alone -> with the checks: spoken
// 22 0.685 -> 0.736, spoken 23 0.696 -> 0.784, chat 1 0.694 -> 0.751 (kappa); delegation 11 0.827 ->
// 0.912 (macro F1). The floors keep what the checks brought. The eleventh pass added written set 17
// (single forum sentences on ten topics, no context), kept unread: 0.742 -> 0.756 on arrival, 0.762
// with the eleventh pass's rules and checks; and one-to-one set 2 (six workplace one-to-ones), written
// after the pass's fixes and kept unread: 0.676 -> 0.706 on arrival. The sixteenth pass added spoken set 28
// (twelve services: probation, debt advice, a fertility clinic, a gambling helpline ...), kept unread:
// 0.713 on arrival with the shipped checks; rules alone 0.642 -> 0.735 with the pass's last retrained checks.
// Each set is read better with the checks on average: the guard below. Set by set the check may misread one reply
// more than it mends. A rule that comes to read right a reply the check used to mend takes that reply from the check's
// margin without the check reading anything differently (the twenty-ninth pass: written 17 went from three mended and
// three misread to two and three, one reply, 0.005 kappa); cross-validated over the 48 blind sets training reads, the
// check's moves mend 488 replies and misread 102, written sets 73 and 19 (docs/rubric.md, twenty-ninth pass).
const HELD_OUT = [
  ['cases-peer-written17-asktell.csv', 'family', 0.74],
  ['cases-one-to-one2-asktell.csv', 'family', 0.7],
  ['cases-mi-spoken22-asktell.csv', 'family', 0.72],
  ['cases-mi-spoken23-asktell.csv', 'family', 0.76],
  ['cases-peer-chat1-asktell.csv', 'family', 0.74],
  ['cases-mi-spoken28-asktell.csv', 'family', 0.68],
  ['cases-blind11-delegation.csv', 'delegation', 0.89],
] as const;

const taskNamed = (name: string) => MODEL_TASKS.find((t) => t.name === name)!;

/** A held-out set's readings with the shipped checks and by the rules alone, scored once for both guards below. */
const heldOut = new Map<string, ReturnType<typeof readHeldOut>>();
const heldOutReadings = (file: string, name: string) => heldOut.get(file) ?? heldOut.set(file, readHeldOut(file, name)).get(file)!;

function readHeldOut(file: string, name: string) {
  const task = taskNamed(name);
  const rows = parseCsvRecords(readFileSync(new URL(`./held-out/${file}`, import.meta.url), 'utf8')).records;
  const gold = rows.map((r) => r.label.trim());
  const readWith = (learned: typeof OFF | undefined) => rows.map((r) => task.read(scoreReply(r.text, r.context?.trim() ? { previousTurn: r.context } : undefined, undefined, learned)));
  const figure = (read: string[]) => agreement(task.labels, gold, read)[task.figure];
  const right = (read: string[]) => read.filter((label, i) => label === gold[i]).length;
  return { task, figure, right, checked: readWith(undefined), rules: readWith(OFF) };
}

describe.each(HELD_OUT)('held-out set %s', (file, name, floor) => {
  it(`is read at ${taskNamed(name).figure} >= ${floor} with the checks, which misread at most one reply more than they mend`, () => {
    const { figure, right, checked, rules } = heldOutReadings(file, name);
    expect(right(checked)).toBeGreaterThanOrEqual(right(rules) - 1);
    expect(figure(checked)).toBeGreaterThanOrEqual(floor);
  });

  it('is not among the files training reads', () => {
    expect(trainingCaseFiles(taskNamed(name))).not.toContain(file);
  });
});

describe.each(MODEL_TASKS.map((task) => task.name))('held-out sets of the %s check', (name) => {
  it('are read better with the checks than by the rules alone, on average', () => {
    const sets = HELD_OUT.filter(([, task]) => task === name).map(([file]) => heldOutReadings(file, name));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(sets.map((s) => s.figure(s.checked)))).toBeGreaterThan(mean(sets.map((s) => s.figure(s.rules))));
  });
});

describe('cross-validation (train:rubric -- --cross-validate)', () => {
  it('scores each blind set with a model trained without it, beside the rules alone', () => {
    const task = { ...MODEL_TASKS.find((t) => t.name === 'family')!, options: { ...MODEL_TASKS[0].options, minSources: 1 } };
    const keep = ['cases-mi-spoken19-asktell.csv', 'cases-mi-spoken20-asktell.csv', 'cases-asktell.csv'];
    const examples = trainingExamples(task).filter((e) => keep.includes(e.source));
    // Two training files each time: a feature need not recur in three.
    const figures = crossValidate(task, examples);
    expect(figures.map((f) => f.set)).toEqual(['cases-mi-spoken19-asktell.csv', 'cases-mi-spoken20-asktell.csv']);
    for (const figure of figures) {
      const held = examples.filter((e) => e.source === figure.set);
      expect(figure.n).toBe(held.length);
      // The rules alone: the reading with the check switched off.
      const rulesOnly = held.map((e) => scoreReply(e.text, e.previousTurn ? { previousTurn: e.previousTurn } : undefined, undefined, OFF).family);
      expect(figure.rules).toBe(agreement(task.labels, held.map((e) => e.label), rulesOnly).kappa);
      expect(figure.learned).toBeGreaterThan(figure.rules);
    }
  }, 60_000);
});
