import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreReply } from '@core/rubric/score-reply';
import { evaluate } from '@server/cli/eval-score-csv';
import { parseCsvRecords } from '@server/cli/csv-records';
import { MODEL_TASKS } from '@server/rubric-model/model-tasks';
import { trainingCaseFiles } from '@server/rubric-model/training-cases';

// Issue 13: the mechanisms that made the rubric misread real conversations. cases-realtalk-asktell.csv
// holds our own sentences for each (written before the fixes; column `mechanism`).

const read = (text: string, previousTurn?: string) => scoreReply(text, previousTurn ? { previousTurn } : undefined);

/**
 * A file of mechanism cases (column `mechanism`, each written before its fix): the file as a set at or
 * above `floor`, and each mechanism with at most `allowed(mechanism, cases)` cases misread.
 */
function describeMechanismCases(title: string, file: string, floor: number, allowance: string, allowed: (mechanism: string, cases: number) => number, more?: () => void) {
  const csv = readFileSync(new URL(`./${file}`, import.meta.url), 'utf8');
  const rows = parseCsvRecords(csv).records;
  describe(title, () => {
    it(`agree with our labels as a set (kappa >= ${floor})`, () => {
      expect(evaluate(csv, 'asktell').kappa).toBeGreaterThanOrEqual(floor);
    });

    it.each([...new Set(rows.map((r) => r.mechanism))])(`mechanism %s: ${allowance}`, (mechanism) => {
      const cases = rows.filter((r) => r.mechanism === mechanism);
      const wrong = cases.filter((r) => read(r.text, r.context || undefined).family !== r.label).map((r) => r.text);
      expect(wrong.length, wrong.join(' | ')).toBeLessThanOrEqual(allowed(mechanism, cases.length));
    });

    more?.();
  });
}

/** At most one case in five misread for a mechanism, none for its controls (which must keep their reading). */
const ONE_IN_FIVE = 'at most one case in five misread (none for controls)';
const oneInFiveExceptControls = (mechanism: string, cases: number) => (mechanism.startsWith('control') ? 0 : Math.floor(cases / 5));

describeMechanismCases('real-talk cases', 'cases-realtalk-asktell.csv', 0.9, 'at most one case misread', () => 1);

// The twenty-third pass: an instruction with "you" said ("You run the retro and let me know how it goes"), a
// fact read from a record after "Looking at the system, ...", a tip as "the trick is, you ...", a statement
// that opens with a clause of time or place, typed without a mark ("when i was out of work i ..."), a greeting
// and a question typed without an apostrophe or a mark ("hi, whats on your mind"), and reassurance by denial
// ("No, you're not being difficult at all", "Nobody's expecting you to pick it all up"). Written before the
// fixes, with controls. Kept out of training (the file is not a cases-*.csv): trained on, the first 26 cases
// moved the learned check enough to cost unread sets (spoken 33 -0.026, spoken 34 -0.013; docs/rubric.md).
// The twenty-fourth pass, same file: a relative "which" clause read as a question, a goodbye with a tag
// ("Take care, yeah?"), "don't be silly", a well-wish for someone else ("i hope your dad settles in ok"), a record
// read after "having a look at", "do it Tuesday" read as a question, "it'll all calm down", and own experience
// offered ("how i got through it was ..."), and "Should you maybe sleep on it?" (an alternative that never matched).
// The twenty-fifth pass, same file: praise of how they handled it, "anything else" asked without its mark, "no
// reflection on you", session logistics ("let's crack on, I've only got twenty minutes"), "I'd" before an everyday
// verb ("I'd ring them"), "you're allowed to ...", "you've put in the work", "... doesn't define you", a support
// line's offers ("you can come back anytime", "the chat will close soon"), advice after a perceived feeling, and
// a service recommended by praising it ("Samaritans are amazing, they're open all night").
// The twenty-sixth pass, same file: something they can do offered for a time or condition ("You can ring me
// whenever you're stuck on the rota") read as a reflection of the state in that clause, and the leader's own
// suggestion after "From what you've said, ..." read as words they reported; "you should be fine" read as advice,
// an invitation to tell their account after "Go ahead and" or "Feel free to" read as an instruction or encouragement,
// and praise of their insight ("You hit the nail on the head", "Spot on") read as a reflection or a remark; then
// three leadership phrasings read as tells: "Happy to be a sounding board", "You've got a point there", "We can
// reconvene after the board meeting", and a diary read out to them ("You've got a meeting at three") as a reflection.
// The twenty-seventh pass, same file: their habit of feeling ("You often feel left out", "You sometimes wonder ...")
// read as information, a reflection frame in a later clause of praise or sympathy ("Thanks for telling me, it sounds
// like you've been carrying this alone") read as the formula, and a task beside a goodbye ("See you Thursday, and
// bring the signed form") read as the goodbye.
describeMechanismCases('rule cases, untrained (twenty-third to twenty-seventh passes)', 'rule-cases-asktell.csv', 0.9, ONE_IN_FIVE, oneInFiveExceptControls, () => {
  it('a task beside a goodbye is the move, quoted from its own words; an offer to be in touch stays the goodbye', () => {
    expect(read('See you Thursday, and bring the signed form.').moves[0]).toMatchObject({ kind: 'directive', cue: { text: 'bring' } });
    for (const text of ['Take care, and write again if things get worse.', 'See you Thursday, and come back anytime.', 'Bye for now, and good luck with the pitch.']) {
      expect(read(text).moves[0].kind, text).toBe('other');
    }
  });

  it('a reflection frame after praise or sympathy is the move, quoted from the frame', () => {
    expect(read("Thanks for telling me, it sounds like you've been carrying this on your own.").moves[0]).toMatchObject({ kind: 'reflection', cue: { text: 'it sounds like' } });
    // A formula with nothing of theirs given back stays the formula.
    expect(read("I'm sorry, that must be hard.").moves[0].kind).not.toBe('reflection');
    expect(read('Thanks for the update, sounds like a plan.').moves[0].kind).toBe('affirmation');
  });

  it('are not among the files training reads', () => {
    expect(trainingCaseFiles(MODEL_TASKS[0])).not.toContain('rule-cases-asktell.csv');
  });

  it('after "from what you\'ve said" the leader\'s own suggestion is advice, not words they reported', () => {
    for (const [text, cue] of [
      ["From what you've said, you could ask Priya to take the Friday shifts.", 'you could ask'],
      ["Based on what you've told me, I'd talk to HR first.", "I'd talk"],
      ["From what you've said, you might want to sleep on it.", 'you might want to'],
    ]) {
      const [move] = read(text, 'Fridays are killing me.').moves;
      expect([move.kind, move.cue?.text]).toEqual(['advice', cue]);
    }
    // Words someone else said stay theirs: "He said you should resign" reports, it advises nothing.
    expect(read('He said you should resign, which is awful.').moves[0].kind).not.toBe('advice');
  });
});

// The second pass: what human coders call other or affirmation (the leader's own state, siding with
// them, bare remarks, encouragement, praise in a reflection's frame), short cue-less reflections, and
// questions MITI calls questions. cases-cueless-asktell.csv, each mechanism written before its fix.
describeMechanismCases('cue-less and formula cases (second pass)', 'cases-cueless-asktell.csv', 0.85, ONE_IN_FIVE, oneInFiveExceptControls);

// The eleventh pass: reassurance in a frame or after a condition, a solution after "but" beside it
// (it dominates), "it won't hurt to ..." as advice, and "that must be frustrating" as a feeling given
// back. cases-reassure-asktell.csv, each mechanism written before its fix, with controls that must keep
// their reading.
describeMechanismCases('reassurance, "but" and empathy cases (eleventh pass)', 'cases-reassure-asktell.csv', 0.9, 'at most one case misread', () => 1, () => {
  it('a solution after "but" is the move, quoted from its own words', () => {
    const r = read("You'll be fine, but I'd run the deck past Omar first.");
    expect(r.moves[0]).toMatchObject({ kind: 'advice', cue: { text: "I'd run" } });
    expect(read("You're doing your best, but talk to Ines before you promise anything.").moves[0]).toMatchObject({ kind: 'directive', cue: { text: 'talk to' } });
    expect(read("You'll be fine, but I know it doesn't feel like it right now.").moves[0].kind).toBe('affirmation');
  });
});

describe('a general claim with a bare subject (twenty-first pass)', () => {
  const rulesOf = (text: string) => {
    const rules: string[] = [];
    scoreReply(text, undefined, rules);
    return rules;
  };

  it('reads "Grief can come in waves" as a general claim, quoting its words', () => {
    expect(rulesOf('Grief can come in waves.')).toEqual(['general-claim']);
    expect(read('Grief can come in waves.').moves[0]).toMatchObject({ kind: 'information', cue: { text: 'Grief can come' } });
  });

  it('is no claim of the leader\'s after "you know", with a name after an opening word, or in a formula', () => {
    for (const text of ['You know exercise helps your mood.', 'And Tom can come out of hiding.', 'Life can be cruel sometimes.', 'Weekends might be a place to start.']) {
      expect(rulesOf(text), text).not.toContain('general-claim');
    }
  });
});

describe('the evidence still points at the words that earned the label', () => {
  const moveOf = (text: string, previousTurn?: string) => {
    const m = read(text, previousTurn).moves[0];
    return { kind: m.kind, cue: m.cue?.text, reason: m.reason };
  };

  it('an instruction after a condition quotes the instruction, not the condition', () => {
    expect(moveOf('If the courier is late again, ring the depot.')).toMatchObject({ kind: 'directive', cue: 'ring' });
  });

  it('a reflection needs a positive cue: "you" or answering their turn is not enough', () => {
    const turn = "I've been covering the help desk on my own.";
    expect(moveOf('You can ask facilities for a second monitor.', turn).kind).toBe('information');
    expect(moveOf('Rotas get published on Mondays now.', turn).kind).toBe('information');
    expect(moveOf("You've been holding the fort single-handed.", turn).kind).toBe('reflection');
    expect(moveOf('That sounds draining.', turn).kind).toBe('reflection');
  });

  it('reported instructions inside a reflection are not the leader instructing', () => {
    const r = moveOf("So you were told to 'just cope' with it.", 'My lead told me to just cope.');
    expect(r.kind).not.toBe('directive');
  });

  it('what others do, offered as the thing to do, is advice', () => {
    expect(moveOf("What a lot of people do is keep a spare key with a neighbour, just in case.").kind).toBe('advice');
    expect(moveOf('what loads of folk do is set up a standing order the day they get paid').kind).toBe('advice');
    expect(moveOf('Something a lot of parents find helps is a fixed bedtime, even at weekends.').kind).toBe('advice');
    expect(moveOf('A lot of people struggle with the first month.').kind).not.toBe('advice');
  });

  it('a fragment cut at a dash is scored on its words, with nothing read in from the context', () => {
    expect(moveOf('so the rota was-', 'The rota was a mess again.').kind).toBe('other');
    expect(moveOf('- chase the invoice today').kind).toBe('directive');
  });

  it('a remark with nothing to inform about is other, and says so', () => {
    expect(moveOf('Such is life.')).toMatchObject({ kind: 'other', reason: 'a remark with nothing to inform, ask or advise: "Such is life."' });
    expect(moveOf('The canteen shuts at two on Fridays.').kind).toBe('information');
  });

  it('siding, encouragement and praise quote their formula', () => {
    expect(moveOf('He had no right to move your leave without asking.')).toMatchObject({ kind: 'other', cue: 'He had no right' });
    expect(moveOf("Keep your chin up, it'll turn.")).toMatchObject({ kind: 'other', cue: 'Keep your chin up' });
    expect(moveOf("It sounds like you're a caring boss.", 'I stayed late to cover for her.').kind).toBe('affirmation');
  });

  it('a short verbless reflection points at the whole phrase', () => {
    const r = read('Still no word from them.', 'I emailed procurement three times this week.').moves[0];
    expect(r).toMatchObject({ kind: 'reflection', start: 0, end: 'Still no word from them.'.length });
  });

  it('questions that invite talk or ask a view are open or closed questions, not proposals', () => {
    expect(moveOf('Do you want to talk about the review?').kind).toBe('closed_question');
    expect(moveOf("Why don't you want the team to know?").kind).toBe('open_question');
    expect(moveOf('Would you consider moving the launch?').kind).toBe('leading_question');
  });

  it('reassurance and sympathy are other, with the formula as the cue', () => {
    expect(moveOf("Sorry, that's a rotten start to the week.")).toMatchObject({ kind: 'other' });
    expect(moveOf("You'll get through this, honestly.")).toMatchObject({ kind: 'affirmation', cue: "You'll get through this" });
  });

  // Third pass: each reading on sentences in no case file, with the words that earned it.
  it('goodbyes and session logistics quote their formula', () => {
    expect(moveOf('Chat to you later!')).toMatchObject({ kind: 'other', cue: 'Chat to you later' });
    expect(moveOf("That's all for today, thanks everyone.")).toMatchObject({ kind: 'other', cue: "That's all for today" });
  });

  it('an instruction after an opening word quotes the instruction; after "maybe" it is tentative advice', () => {
    expect(moveOf('Honestly, just book the venue yourself.')).toMatchObject({ kind: 'directive' });
    expect(moveOf('Seriously, send it to legal first.')).toMatchObject({ kind: 'directive', cue: 'send' });
    expect(moveOf('Perhaps ring the supplier first.')).toMatchObject({ kind: 'advice', cue: 'Perhaps ring' });
    expect(moveOf('Perhaps cancel the Friday stand-up.')).toMatchObject({ kind: 'advice', cue: 'cancel' });
  });

  it('a hardship normalised and relief ahead are reassurance, with the words that say so', () => {
    expect(moveOf('Chairing your first board meeting is never easy.')).toMatchObject({ kind: 'affirmation', reason: expect.stringContaining('normalises') });
    expect(moveOf('It is a rough month, but it will pass.')).toMatchObject({ kind: 'affirmation', cue: 'it will pass' });
  });

  it("a guess about someone else is information, not a reflection, though it says 'you' and a feeling", () => {
    expect(moveOf('He might be nervous about working with you.', 'My new report barely speaks to me.')).toMatchObject({ kind: 'information' });
  });

  it('a statement answering their question is not read as their words given back', () => {
    const answer = "Mostly it's been the handover notes.";
    expect(read(answer, 'Why do the night shifts keep dropping tickets since the handover notes changed?').family).toBe('tell');
    expect(read(answer, 'The night shifts keep dropping tickets since the handover notes changed.').family).toBe('ask');
    expect(read(answer, 'The night shifts keep dropping tickets since the handover notes changed, you know?').family).toBe('ask');
  });

  it('a bare remark beside rapport is other and says why; concrete information keeps its label', () => {
    const remark = read('Thanks for telling me. Mondays are rarely anyone’s favourite.'.replace('Mondays', 'Some weeks'));
    expect(remark.family).toBe('other');
    expect(remark.moves[1]).toMatchObject({ kind: 'other', reason: expect.stringContaining('a remark beside rapport') });
    expect(read('Thanks for telling me. The vendor moved the go-live to June.').family).toBe('tell');
    expect(read('Some weeks are rarely anyone’s favourite.').family).toBe('tell');
  });

  it('a "you" that is acted on or in a condition is no evidence of a reflection; what happened to them still is', () => {
    expect(moveOf('Team lunches make you feel part of the place.').kind).not.toBe('reflection');
    expect(moveOf('If you want the room, facilities need a day’s notice.').kind).not.toBe('reflection');
    expect(moveOf('The auditors want you to keep every receipt.', 'Expenses are a nightmare this quarter.').kind).not.toBe('reflection');
    expect(moveOf('You were tired and rushing it, I reckon.', 'I sent the wrong version to the client.').kind).not.toBe('reflection');
    expect(moveOf('That reorg has left you doubting yourself.', 'I keep second-guessing every decision.')).toMatchObject({ kind: 'reflection' });
    expect(moveOf('I wonder if part of you wants out of that project.')).toMatchObject({ kind: 'reflection', cue: 'part of you' });
  });

  it('empathy is not advice: "you must feel" gives a feeling back, "I\'d be furious too" is the leader\'s own state', () => {
    expect(moveOf('You must feel worn down by all the chasing.').kind).toBe('reflection');
    expect(moveOf("I'd be furious too.").kind).not.toBe('advice');
    expect(moveOf('You must send the timesheet before noon.')).toMatchObject({ kind: 'advice', cue: 'You must' });
  });

  // Fifth pass: each reading on sentences in no case file, with the words that earned it.
  it('an empathy formula is other; a feeling named inside one is still a reflection', () => {
    expect(moveOf('I know exactly how you feel.')).toMatchObject({ kind: 'other', reason: expect.stringContaining('sympathy') });
    expect(moveOf('I know how anxious you must be about Friday.').kind).toBe('reflection');
    expect(moveOf('I can only imagine how draining the move was.').kind).toBe('reflection');
  });

  it('hard times in general reassure; the same said of them is a reflection', () => {
    expect(moveOf("It's a strange time for everybody in retail.")).toMatchObject({ kind: 'affirmation' });
    expect(moveOf("It's been a stressful few weeks for you.").kind).toBe('reflection');
  });

  it('praise in a frame quotes the praise', () => {
    expect(moveOf('It was generous of you to give up your Saturday.')).toMatchObject({ kind: 'affirmation', cue: 'It was generous of you' });
    expect(moveOf('You asked for help early, which is a real strength.').kind).toBe('affirmation');
  });

  it('an understanding check after "so" or "just" is a summary', () => {
    expect(moveOf('So, just to check I understand, the budget moved and nobody told you.')).toMatchObject({ kind: 'reflection' });
  });

  it('"please" is an instruction only before one', () => {
    expect(moveOf('Please know the door is always open.').kind).not.toBe('directive');
    expect(moveOf('Please believe me, this will settle down.')).toMatchObject({ kind: 'affirmation' });
    expect(moveOf("Please don't beat yourself up.")).toMatchObject({ kind: 'other', cue: "don't beat yourself up" });
    expect(moveOf('Please file the receipts by Friday.').kind).toBe('directive');
  });

  it('a question asked as a statement is a question; the leader\'s own dilemma is not', () => {
    expect(moveOf("I'm wondering whether the client has signed.")).toMatchObject({ kind: 'closed_question', cue: "I'm wondering whether" });
    expect(moveOf('May I ask what made you change your mind.').kind).toBe('open_question');
    expect(moveOf('I was wondering if we should move the review.').kind).not.toBe('closed_question');
  });

  it('reassuring predictions, hopes for their help and apologies are other', () => {
    expect(moveOf('I reckon you will be proud of this by June.').kind).toBe('affirmation');
    expect(moveOf('Nobody will hold it against you.')).toMatchObject({ kind: 'affirmation' });
    expect(moveOf('I do hope my ramblings were some use.').kind).toBe('other');
    expect(moveOf('My sincere apologies for missing the call.').kind).toBe('other');
  });

  it('an exclaimed reply that no cue settles is a remark and says why; a dated fact or an instruction keeps its label', () => {
    const r = read('Three offsites in one month for the whole team!');
    expect(r.family).toBe('other');
    expect(r.moves[0]).toMatchObject({ kind: 'other', reason: expect.stringContaining('an exclamation that no cue settles') });
    expect(read('The audit is on the 14th!').family).toBe('tell');
    expect(read('Ring the depot first!').family).toBe('tell');
  });
});

// The sixth pass: sets written blind (by engineers who had not seen the rules or any other case
// file) in the style of the two hidden human-coded sets: spoken counselling with the client's turn,
// and single sentences of written peer support. The first two were measured before any fix (0.70
// and 0.72); the second two (other writers, other settings) after the fixes the first two led to
// (0.81 and 0.76, up from 0.78 and 0.73 at the pass's start), then fitted too; the third two after
// the fixes of the second (0.76 and 0.82, from 0.73 and 0.76 at the start); the fourth two, written to
// read like real sessions and posts, after the fixes of the third (0.71 and 0.72, from 0.66 and 0.67).
// The seventh pass added a fifth round of five (spoken 5-7: MI training-video sessions, good and poor
// MI, and a probation/school/GP/helpline mix; written 5-6: therapists' answers on a Q&A site and forum
// replies), scored blind after the sixth pass (0.62, 0.56, 0.58; 0.72, 0.60), then fitted. Rounds six
// (spoken 8-9, written 7-8) and seven (spoken 10, written 9) were each scored blind after the fixes
// of the rounds before them (0.62, 0.65, 0.64, 0.68; 0.62, 0.73), then fitted. Round eight (spoken 11,
// written 10) was scored blind at the end of the pass (0.56, 0.80); two misreads it showed were fixed.
// The floors keep what the fixes gained. The `source` column names the MITI code.
// The eighth pass added round nine, scored blind at its start (spoken 12: EAP, debt line, career
// coach, student wellbeing, physio, 0.649; written 11: carers', grief, crisis-chat, gambling and
// workplace peer replies, 0.682), then fitted; and round ten (spoken 13: pharmacy smoking
// cessation, diabetes, youth work, gambling, prison health, 0.659; written 12: chronic pain, new
// parents, leaving abuse, eating-disorder recovery, veterans, 0.610), both read later in the pass
// and fitted (written 12 last: it had not moved until then). Rounds eleven and twelve (spoken 14-16: emergency-department
// alcohol, sexual health, cardiac rehab, screen time, antidepressants; dietitian, HIV adherence,
// occupational health, anger management, teenage vaping; hepatitis C, falls, cocaine, asthma, rent
// arrears; written 13: quit-smoking, long COVID, laid-off, exam anxiety, prisoners' families) were
// scored blind at the pass's start and again when they arrived: spoken 14 was then read and fitted.
// The ninth pass: round thirteen (spoken 17: pharmacy medication review, probation, sleep clinic,
// school refusal, back pain, weight management, 0.707; spoken 18: A&E alcohol, eviction, diabetes,
// cannabis, chronic fatigue, redundancy, 0.668; written 14: dementia carers, panic at work, breakup,
// early sobriety, bullying, debt, infertility, 0.762), scored blind when it arrived; spoken 18 was
// then read and fitted, spoken 17 and written 14 kept unread. Round fourteen (spoken 19: midwife,
// youth offending, antipsychotics, hospice family, child dental decay, custody drug worker, 0.645;
// spoken 20: health check, school vaping, workplace stress, council-tax debt, quit-line follow-up,
// prison-leaver mentor, 0.673; written 15: type 1 diabetes, loneliness, gambling relapse, postnatal
// depression, self-harm, MS carers, quitting a job, 0.784; written 16: vaping, miscarriage, junior
// doctors' burnout, a deployed son, coming out, migraine, social anxiety, 0.860): spoken 19 read and
// fitted, the rest kept unread. Spoken 21 (asthma, child protection, bereaved student, diabetic feet,
// gambling helpline, hearing voices) was written late in the pass and kept unread: 0.667.
// The eleventh pass: one-to-one 1 (transcribed workplace one-to-ones: a ward manager, an engineering
// lead, a retail area manager, a call-centre supervisor, a site foreman, a head of department; the
// product's own kind of talk), 0.701 blind, then read and fitted; spoken 24 (a pharmacist, housing
// support, a sports physio, a midwife, occupational health, a school nurse), 0.681 blind, then read and fitted;
// spoken 25 (a dental nurse, probation, a cardiac nurse, a ketamine user, an exhausted carer, hearing aids),
// written after the pass's first fixes: 0.572 to the tenth pass's scorer, 0.601 to this one's, then read and fitted.
// The fifteenth pass: spoken 26 (MI as demonstration sessions show it, a fifth of them poor MI that
// lectures and warns), 0.824 blind, and written 18 (forum replies; plain self-disclosure labelled other),
// 0.760 blind, then read and fitted. Scored after that pass's first fixes: spoken 27 (verbatim MI in twelve
// health and care settings, a quarter poor MI), 0.729 blind, and chat 2 (support chats, each turn labelled by its
// writer's strategy as ESConv's are), 0.860 blind, then read and fitted.
describe.each([
  ['cases-mi-spoken-asktell.csv', 0.8],
  ['cases-peer-written-asktell.csv', 0.88],
  ['cases-mi-spoken2-asktell.csv', 0.85],
  ['cases-peer-written2-asktell.csv', 0.84],
  ['cases-mi-spoken3-asktell.csv', 0.78],
  ['cases-peer-written3-asktell.csv', 0.85],
  ['cases-mi-spoken4-asktell.csv', 0.78],
  ['cases-peer-written4-asktell.csv', 0.8],
  ['cases-mi-spoken5-asktell.csv', 0.64],
  ['cases-mi-spoken6-asktell.csv', 0.67],
  ['cases-mi-spoken7-asktell.csv', 0.62],
  ['cases-peer-written5-asktell.csv', 0.78],
  ['cases-peer-written6-asktell.csv', 0.7],
  ['cases-mi-spoken8-asktell.csv', 0.72],
  ['cases-mi-spoken9-asktell.csv', 0.68],
  ['cases-mi-spoken10-asktell.csv', 0.63],
  ['cases-peer-written7-asktell.csv', 0.73],
  ['cases-peer-written8-asktell.csv', 0.69],
  ['cases-peer-written9-asktell.csv', 0.74],
  ['cases-mi-spoken11-asktell.csv', 0.55],
  ['cases-peer-written10-asktell.csv', 0.77],
  ['cases-mi-spoken12-asktell.csv', 0.7],
  ['cases-peer-written11-asktell.csv', 0.76],
  ['cases-mi-spoken13-asktell.csv', 0.72],
  ['cases-peer-written12-asktell.csv', 0.68],
  ['cases-mi-spoken14-asktell.csv', 0.65],
  ['cases-mi-spoken15-asktell.csv', 0.61],
  ['cases-mi-spoken16-asktell.csv', 0.69],
  ['cases-peer-written13-asktell.csv', 0.67],
  ['cases-mi-spoken17-asktell.csv', 0.68],
  ['cases-mi-spoken18-asktell.csv', 0.7],
  ['cases-peer-written14-asktell.csv', 0.74],
  ['cases-mi-spoken19-asktell.csv', 0.68],
  ['cases-mi-spoken20-asktell.csv', 0.65],
  ['cases-peer-written15-asktell.csv', 0.76],
  ['cases-peer-written16-asktell.csv', 0.84],
  ['cases-mi-spoken21-asktell.csv', 0.65],
  ['cases-one-to-one1-asktell.csv', 0.74],
  ['cases-mi-spoken24-asktell.csv', 0.68],
  ['cases-mi-spoken25-asktell.csv', 0.66],
  ['cases-mi-spoken26-asktell.csv', 0.84],
  ['cases-peer-written18-asktell.csv', 0.77],
  ['cases-mi-spoken27-asktell.csv', 0.75],
  ['cases-peer-chat2-asktell.csv', 0.88],
  // Spoken 29: 0.756 -> 0.748 in the twenty-first pass, one row the retrained family check no longer moves from an echo.
  ['cases-mi-spoken29-asktell.csv', 0.74],
  ['cases-mi-spoken30-asktell.csv', 0.79],
  // Written set 19 (forum sentences from nine communities) was read: groups 142-149 of cases-cueless come
  // from its errors (0.750 blind, 0.797 at the pass's end). It is kept out of training (held-out/): training on it
  // cost ESConv dev 0.004 kappa and delegation 11 0.006 macro F1 for +0.011 on itself.
  ['held-out/cases-peer-written19-asktell.csv', 0.78],
  // Written set 20 and spoken set 31 (the third round) were read: groups 153, 158 and 159 of cases-cueless
  // come from them. Kept out of training: retrained with them (and the round's first, larger set of rules),
  // the unread held-out sets read 0.002-0.011 lower on average than without the round.
  ['held-out/cases-peer-written20-asktell.csv', 0.83],
  ['held-out/cases-mi-spoken31-asktell.csv', 0.65],
  // The twenty-first pass: written set 21 (forum sentences from twenty communities, lower case, txt speak)
  // arrived at 0.717 and was read: groups 165-168 of cases-cueless come from it, and it is trained on (0.750
  // after). Spoken set 32 (twenty settings, a quarter poor listening) arrived at 0.684 and is kept out of
  // training, its mechanisms unread: 0.672 at the pass's end (the retrained family check moves a few rows).
  ['cases-peer-written21-asktell.csv', 0.74],
  ['held-out/cases-mi-spoken32-asktell.csv', 0.66],
  // Written after the pass's fixes and kept unread: one-to-one 3 (workplace one-to-ones in twenty settings, a
  // third of the managers poor at leading) 0.827 on arrival, 0.827 to the pass's starting scorer; chat 3
  // (typed support chats, each turn labelled by its strategy) 0.848, 0.848 to the starting scorer.
  ['held-out/cases-one-to-one3-asktell.csv', 0.81],
  ['held-out/cases-peer-chat3-asktell.csv', 0.83],
  // The twenty-second pass (the learned family check's thresholds, chosen by cross-validation): spoken set 33
  // (ten settings, some practitioners poor listeners), written before the change and kept unread: 0.799 on
  // arrival, 0.812 with the new thresholds.
  ['held-out/cases-mi-spoken33-asktell.csv', 0.79],
  // The twenty-third pass: six sets written blind at its start and scored on arrival (spoken 34 0.734, 35 0.749,
  // 36 0.847; written 22 0.819; chat 4 0.711; one-to-one 4 0.757). Trained on, they lowered the cross-validated
  // figures of the other sets a little (docs/rubric.md), so they are kept out of training as measures. Spoken 35,
  // chat 4 and one-to-one 4 were read for the pass's mechanisms (rule-cases-asktell.csv); spoken 34, 36 and
  // written 22 are unread.
  ['held-out/cases-mi-spoken34-asktell.csv', 0.71],
  ['held-out/cases-mi-spoken35-asktell.csv', 0.74],
  ['held-out/cases-mi-spoken36-asktell.csv', 0.82],
  ['held-out/cases-peer-written22-asktell.csv', 0.79],
  ['held-out/cases-peer-chat4-asktell.csv', 0.69],
  ['held-out/cases-one-to-one4-asktell.csv', 0.74],
  // The twenty-fourth pass: three sets written blind at its start, scored on arrival by the pass's starting
  // scorer (spoken 37 0.759, written 23 0.696, one-to-one 5 0.661). One-to-one 5 was read for the pass's
  // mechanisms and is trained on (its retrain kept the shipped-model guard; docs/rubric.md): 0.744 at the end.
  // Spoken 37 and written 23 are unread: 0.785 and 0.690 at the end.
  ['cases-one-to-one5-asktell.csv', 0.72],
  ['held-out/cases-mi-spoken37-asktell.csv', 0.76],
  ['held-out/cases-peer-written23-asktell.csv', 0.67],
  // The twenty-fifth pass: three sets written blind at its start, scored on arrival by the pass's starting scorer
  // (spoken 38 0.757, chat 5 0.762, written 24 0.728). Chat 5 and written 24 were read for the pass's mechanisms
  // (0.769 and 0.772 at the end); spoken 38 is unread (0.771 at the end). None is trained on.
  ['held-out/cases-mi-spoken38-asktell.csv', 0.73],
  ['held-out/cases-peer-chat5-asktell.csv', 0.74],
  ['held-out/cases-peer-written24-asktell.csv', 0.73],
])('blind set %s', (file, floor) => {
  it(`agrees with its labels (kappa >= ${floor})`, () => {
    expect(evaluate(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8'), 'asktell').kappa).toBeGreaterThanOrEqual(floor);
  });
});

// Blind leadership delegation sets of the eighth pass, written by helpers who saw RUBRIC.md only:
// 2 (courtesy versus handover), 3 (all levels, many settings), 4 (twelve threads, one problem each),
// 5 (ten settings, four Englishes), 6 (transcribed one-to-ones), 7 (eight settings, written and spoken).
// Each was scored blind against the scorer as it stood when it arrived (docs/rubric.md, eighth pass);
// 2-6 were then read and their mechanisms fixed, 7 was kept unread. The floors keep what the fixes
// gained (ownership classes, macro F1). The ninth pass added 8 (ten settings, every level; 0.755 blind)
// and 9 (twelve other settings; 0.785 blind), both read and fitted, and 10 (twelve more settings), written
// after the pass's last delegation fix and kept unread (0.808; 0.780 at the pass's start).
describe.each([
  ['cases-blind2-delegation.csv', 0.86],
  ['cases-blind3-delegation.csv', 0.91],
  ['cases-blind4-delegation.csv', 0.9],
  ['cases-blind5-delegation.csv', 0.9],
  ['cases-blind6-delegation.csv', 0.88],
  ['cases-blind7-delegation.csv', 0.84],
  ['cases-blind8-delegation.csv', 0.91],
  ['cases-blind9-delegation.csv', 0.87],
  ['cases-blind10-delegation.csv', 0.79],
])('blind delegation set %s', (file, floor) => {
  it(`agrees with its ownership labels (macro F1 >= ${floor})`, () => {
    expect(evaluate(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8'), 'delegation').macro_f1).toBeGreaterThanOrEqual(floor);
  });
});

describe('"myself" as the object of a verb is no takeover (thirteenth pass)', () => {
  it.each([
    ['I keep reminding myself that the first year is the hardest.'],
    ["It's the least I can do to keep myself and the team sane."],
    ['That was something I had to keep telling myself after the reorg.'],
    ["I'm doing fine myself, thanks."],
  ])('%s', (text) => {
    expect(scoreReply(text).moves.map((m) => m.kind)).not.toContain('takeover');
  });

  it('while doing the task oneself still is', () => {
    expect(scoreReply("I'll draft the reply to the client myself.").moves.map((m) => m.kind)).toContain('takeover');
    expect(scoreReply('I can sort the rota myself.').moves.map((m) => m.kind)).toContain('takeover');
  });
});

describe('advice in frames the cues missed is advice, not information (thirteenth pass)', () => {
  it.each([
    ['I can suggest a couple of facilitators if you want outside help.', 'advice'],
    ['The best advice I can give is to write the first draft fast and badly.', 'advice'],
    ['I would see if Marta wants to pair with you on the first sprint.', 'advice'],
    ['Perhaps honestly talking it through with Dev would really help you both.', 'advice'],
    ['Maybe your team needs a clearer goal for the quarter.', 'advice'],
    ['Just remain calm when he raises it again.', 'directive'],
    ['Have you also considered asking Lena to co-run the retro?', 'leading_question'],
  ])('%s', (text, kind) => {
    expect(scoreReply(text).moves.map((m) => m.kind)).toEqual([kind]);
  });
});
