import { scoreReply } from '../core/rubric/score-reply';
import { corpus } from './rubric-corpus';

// bench:rubric: per-reply latency of scoreReply (the web app runs it on every keystroke) over a
// seeded corpus of varied replies up to 120 words. Prints one JSON object.

const replies = corpus();
const contexts = replies.map((_, i) => (i % 3 === 0 ? { previousTurn: replies[(i + 7) % replies.length] } : undefined));

// The very first call pays for compiling the scorer's regular expressions: report it apart.
let t0 = performance.now();
scoreReply(replies[0], contexts[0]);
const coldMs = performance.now() - t0;

for (let round = 0; round < 3; round++) for (let i = 0; i < replies.length; i++) scoreReply(replies[i], contexts[i]);

const times: number[] = [];
for (let round = 0; round < 5; round++) {
  for (let i = 0; i < replies.length; i++) {
    t0 = performance.now();
    scoreReply(replies[i], contexts[i]);
    times.push(performance.now() - t0);
  }
}
times.sort((a, b) => a - b);
const q = (p: number) => Math.round(times[Math.min(times.length - 1, Math.floor(p * times.length))] * 1e4) / 1e4;
const lengths = replies.map((r) => r.split(/\s+/).length);
console.log(
  JSON.stringify({
    bench: 'rubric',
    replies: replies.length,
    samples: times.length,
    words: { min: Math.min(...lengths), mean: Math.round(lengths.reduce((a, b) => a + b, 0) / lengths.length), max: Math.max(...lengths) },
    ms: { cold_first_call: Math.round(coldMs * 1000) / 1000, p50: q(0.5), p90: q(0.9), p99: q(0.99), max: q(1) },
  }),
);
