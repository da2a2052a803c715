// A deterministic corpus of varied leader replies for bench:rubric: sentences of every move kind,
// in several registers, joined into replies of 1 to 120 words. Seeded, so every run scores the
// same text.

import { createRng } from '@core/simulator/random';

const SENTENCES = [
  'What options do you see for {thing}?', 'How are you feeling about {thing}?', 'Walk me through what happened with {who}.',
  'Did you email {who} yesterday?', 'Is {thing} already approved?', 'So {who} slipped twice and you are worried about {thing}.',
  'It sounds like you feel stuck between {who} and the team.', 'Have you tried calling {who} instead of emailing?',
  'Why don\'t you just escalate {thing} to their manager?', 'You should loop in legal before {thing} goes out.',
  'Maybe you could send {who} a summary first.', 'Send me the plan for {thing} by Friday.', 'We\'re going with vendor B for {thing}.',
  'The budget for {thing} was cut last month.', 'In my experience {who} hate surprises.', 'Leave {thing} with me, I\'ll sort it out.',
  'Thanks for flagging {thing} early.', 'Okay.', 'Mm-hmm.', 'Right, so where do you want to start?',
  'honestly id just ship {thing} tbh', 'u ok with {thing}?', 'lmk what u decide about {thing}',
  'I\'d lean towards delaying {thing}, but it\'s your call.', 'Let\'s decide together which way {thing} goes.',
  'Give me your view on {thing} and I\'ll make the call tomorrow.', 'It\'s yours. I trust you to handle {thing}.',
  'You decide on {thing}, just let me know what you went with.', 'Trust me, delaying {thing} is the right call here.',
  'Thanks for being so open about {thing}, that took courage.', 'What would a good outcome for {thing} look like for you?',
  'I wonder whether it might be worth looping in {who} on {thing}?', 'Sorry, I\'m a few minutes late.',
  'If you could change one thing about {thing}, what would it be?', 'Make sure you copy me on every email to {who}.',
  'The policy says refunds over a thousand need sign-off, which matters for {thing}.',
  'You\'ve clearly put a lot of thought into {thing}.', 'Part of you wants to push back on {who} and part of you wants to keep the peace.',
];
const THINGS = ['the launch', 'the migration', 'the contract', 'the Q3 roadmap', 'the hiring plan', 'the client workshop', 'the audit', 'the pricing change'];
const WHO = ['the vendor', 'Priya', 'finance', 'the client', 'their VP', 'the design team', 'Marco', 'legal'];

/** Seeded so every run scores the same corpus: the simulator's own PRNG. */
const random = (seed: number): (() => number) => createRng(seed).next;

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

export function corpus(size = 1200, seed = 42, maxWords = 120): string[] {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const out: string[] = [];
  for (let i = 0; i < size; i++) {
    // Target lengths spread from one sentence to the full 120 words.
    const target = 1 + Math.floor(rnd() ** 1.5 * maxWords);
    let reply = '';
    for (;;) {
      const next = pick(SENTENCES).replace('{thing}', pick(THINGS)).replace('{who}', pick(WHO));
      const joined = reply ? `${reply} ${next}` : next;
      if (reply && words(joined) > Math.min(target, maxWords)) break;
      reply = joined;
      if (words(reply) >= target) break;
    }
    out.push(reply);
  }
  return out;
}

/**
 * The same replies as typed on phones and laptops, which turn quotes curly and dashes long: curly
 * apostrophes throughout, an em dash in every fifth reply, an emoji closing every fourth. Any one of
 * them makes a reply a two-byte string, which the scorer must read as fast as plain text.
 */
export function typedLikePhones(replies: readonly string[]): string[] {
  return replies.map((reply, i) => {
    let typed = reply.replaceAll("'", '\u2019');
    if (i % 5 === 0) typed = typed.replace(', ', ' \u2014 ');
    if (i % 4 === 0) typed += ' \u{1F642}';
    return typed;
  });
}
