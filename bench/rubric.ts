import { cpus, loadavg } from 'node:os';
import { getHeapSpaceStatistics } from 'node:v8';
import { sharedReadSize } from '@core/rubric/cue-automaton';
import { cueGateSize } from '@core/rubric/cue-gate';
import { scoreReply } from '@core/rubric/score-reply';
import { warmUpRubric } from '@core/rubric/warm-up';
import { quantile } from './quantile';
import { corpus, typedLikePhones } from './rubric-corpus';

// bench:rubric: per-reply latency of scoreReply (the web app runs it on every keystroke) over a
// seeded corpus of varied replies up to 120 words, a third with a new previous turn each (the worst
// case: in the app the previous turn stays the same across keystrokes). Every call is timed on its
// own with performance.now(); nothing is dropped or batched. Prints one JSON object.

/** A new previous turn for every third reply: another reply of the same corpus. */
const turnsFor = (texts: readonly string[]) => texts.map((_, i) => (i % 3 === 0 ? { previousTurn: texts[(i + 7) % texts.length] } : undefined));

const replies = corpus();
const contexts = turnsFor(replies);

/** Machine code V8 holds, in MB: the cue lists compile to most of what the scorer adds (docs/rubric.md, Speed). */
const codeMb = () => getHeapSpaceStatistics().reduce((sum, space) => sum + (space.space_name.includes('code') ? space.space_used_size : 0), 0) / 1e6;
const codeBefore = codeMb();

// What the page pays if it never warms up, then what warmUpRubric() costs when idle.
const coldStarted = performance.now();
scoreReply(replies[0], contexts[0]);
const coldMs = performance.now() - coldStarted;
const warmUpMs = warmUpRubric();
const codeAfterWarmUp = codeMb() - codeBefore;

// Warm-up phase: lets V8 optimise the scorer before the timed phase (the page does the same while
// the leader reads the brief).
for (let round = 0; round < 3; round++) for (let i = 0; i < replies.length; i++) scoreReply(replies[i], contexts[i]);

/**
 * Each call of `rounds` rounds over `texts` timed on its own, in ms, sorted. `fastest`, when given, gets
 * each text's fastest call (by its index).
 */
function timeEach(texts: readonly string[], rounds: number, turns = contexts, fastest?: number[]): number[] {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < texts.length; i++) {
      const started = performance.now();
      scoreReply(texts[i], turns[i]);
      const ms = performance.now() - started;
      times.push(ms);
      if (fastest) fastest[i] = Math.min(fastest[i] ?? Infinity, ms);
    }
  }
  return times.sort((a, b) => a - b);
}

const fastestCalls: number[] = [];
const times = timeEach(replies, 5, contexts, fastestCalls);
fastestCalls.sort((a, b) => a - b);
const gateAfterCorpus = cueGateSize();
const totalMs = times.reduce((sum, ms) => sum + ms, 0);
const round4 = (x: number) => Math.round(x * 1e4) / 1e4;
const q = (p: number) => round4(quantile(times, p));

// Then replies the scorer has never read, each once: the cue gate builds its automata's states as texts
// reach them (core/rubric/cue-gate.ts), so a corpus read six times over would flatter it.
const unseen = corpus(replies.length, 4242);
const unseenTimes = timeEach(unseen, 1, turnsFor(unseen));

// Then the same replies as leaders type them (curly quotes, dashes, emoji: two-byte strings), after the
// plain ones, as a page or server meets them: core/rubric/text.ts says why these must not be read slower.
const typed = typedLikePhones(replies);
for (let i = 0; i < typed.length; i++) scoreReply(typed[i], contexts[i]);
const typedTimes = timeEach(typed, 2);
const lengths = replies.map((r) => r.split(/\s+/).length);
/**
 * How often the machine stops this process, and for how long: a loop that only reads the clock for 200 ms
 * counts the gaps over 10 us between two reads. A call of the scorer that meets one takes that much longer.
 */
function hostStalls(): { per_ms: number; mean_us: number; share: number } {
  const started = performance.now();
  let last = started;
  let stalls = 0;
  let stalled = 0;
  while (last - started < 200) {
    const now = performance.now();
    if (now - last > 0.01) {
      stalls++;
      stalled += now - last;
    }
    last = now;
  }
  const total = last - started;
  return { per_ms: Math.round((stalls / total) * 100) / 100, mean_us: stalls ? Math.round((stalled / stalls) * 1000) : 0, share: Math.round((stalled / total) * 1000) / 1000 };
}

console.log(
  JSON.stringify({
    // The contract keys (issue 3): an utterance is one leader reply, as in the eval CSVs.
    utterances: replies.length,
    ms_per_utterance_p50: q(0.5),
    ms_per_utterance_p99: q(0.99),
    utterances_per_s: Math.round((times.length / totalMs) * 1000),
    // Detail for reading those figures.
    timed_calls: times.length,
    words: { min: Math.min(...lengths), mean: Math.round(lengths.reduce((a, b) => a + b, 0) / lengths.length), max: Math.max(...lengths) },
    ms: { cold_first_call: round4(coldMs), warm_up: round4(warmUpMs), p90: q(0.9), p999: q(0.999), max: q(1) },
    // V8 stops optimising regexes compiled once a process holds about 16 MB of code: the headroom left.
    code_mb_after_warm_up: Math.round(codeAfterWarmUp * 10) / 10,
    typed: { ms_p50: round4(quantile(typedTimes, 0.5)), ms_p99: round4(quantile(typedTimes, 0.99)) },
    unseen: { ms_p50: round4(quantile(unseenTimes, 0.5)), ms_p99: round4(quantile(unseenTimes, 0.99)) },
    // The cue gate: lists behind it, and the DFA states it built for the corpus, then by the end; and the
    // read the unanchored lists share (shared-read.ts), whose states are its memory.
    cue_gate: { lists: gateAfterCorpus.lists, states_after_corpus: gateAfterCorpus.states, states_at_end: cueGateSize().states, shared: sharedReadSize() },
    // What the code costs when nothing interrupts it: each reply's fastest of its five calls. The p99 above
    // also holds the calls the machine stopped (host_stalls): on a shared host it is the larger part.
    fastest_of_5: { ms_p50: round4(quantile(fastestCalls, 0.5)), ms_p99: round4(quantile(fastestCalls, 0.99)) },
    // Timings on a shared machine move with its load: read p99 against these.
    machine: { cpus: cpus().length, load_avg_1m: Math.round(loadavg()[0] * 100) / 100, host_stalls: hostStalls() },
  }),
);
