import { cpus, loadavg } from 'node:os';
import { scoreReply } from '@core/rubric/score-reply';
import { warmUpRubric } from '@core/rubric/warm-up';
import { quantile } from './quantile';
import { corpus } from './rubric-corpus';

// bench:rubric: per-reply latency of scoreReply (the web app runs it on every keystroke) over a
// seeded corpus of varied replies up to 120 words, a third with a new previous turn each (the worst
// case: in the app the previous turn stays the same across keystrokes). Every call is timed on its
// own with performance.now(); nothing is dropped or batched. Prints one JSON object.

const replies = corpus();
const contexts = replies.map((_, i) => (i % 3 === 0 ? { previousTurn: replies[(i + 7) % replies.length] } : undefined));

// What the page pays if it never warms up, then what warmUpRubric() costs when idle.
let t0 = performance.now();
scoreReply(replies[0], contexts[0]);
const coldMs = performance.now() - t0;
const warmUpMs = warmUpRubric();

// Warm-up phase: lets V8 optimise the scorer before the timed phase (the page does the same while
// the leader reads the brief).
for (let round = 0; round < 3; round++) for (let i = 0; i < replies.length; i++) scoreReply(replies[i], contexts[i]);

const times: number[] = [];
for (let round = 0; round < 5; round++) {
  for (let i = 0; i < replies.length; i++) {
    t0 = performance.now();
    scoreReply(replies[i], contexts[i]);
    times.push(performance.now() - t0);
  }
}
const totalMs = times.reduce((sum, ms) => sum + ms, 0);
times.sort((a, b) => a - b);
const round4 = (x: number) => Math.round(x * 1e4) / 1e4;
const q = (p: number) => round4(quantile(times, p));
const lengths = replies.map((r) => r.split(/\s+/).length);
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
    // Timings on a shared machine move with its load: read p99 against these.
    machine: { cpus: cpus().length, load_avg_1m: Math.round(loadavg()[0] * 100) / 100 },
  }),
);
