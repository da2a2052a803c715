import { parseTranscript } from '@core/transcript/parse-transcript';
import { scoreParsed } from '@core/transcript/score-result';
import { formatVttTime } from './vtt-time';
import { quantile } from './quantile';
import { corpus } from './rubric-corpus';

// bench:import: parse and score a generated two-hour Teams-style WebVTT meeting (1,500 cues, two
// speakers, runs of cues by the same speaker, some sentences cut off across cues), as
// `askwell score` and POST /api/imports do. `ms_total` is the first, cold run (what one CLI call
// pays); the warm median of five further runs is reported beside it. Prints one JSON object.

const CUES = Number(process.env.BENCH_CUES ?? 1500);
const SECONDS = 2 * 3600;

function meeting(): string {
  const lines = corpus(CUES, 7, 30);
  const step = SECONDS / CUES;
  const out = ['WEBVTT', ''];
  let speaker = 0;
  lines.forEach((text, i) => {
    // About one cue in three continues the same speaker; one in ten is cut off mid-sentence.
    if (i % 3 !== 1) speaker = 1 - speaker;
    const cut = i % 10 === 4 ? '--' : '';
    out.push(`${i + 1}`, `${formatVttTime(i * step)} --> ${formatVttTime((i + 1) * step - 0.2)}`, `<v ${speaker ? 'Dana Ortiz' : 'Sam Okafor'}>${text}${cut}</v>`, '');
  });
  return out.join('\n');
}

const vtt = meeting();
const run = () => {
  const t0 = performance.now();
  const parsed = parseTranscript(vtt, { fileName: 'meeting.vtt' });
  const t1 = performance.now();
  const result = scoreParsed('meeting.vtt', parsed, 'Sam Okafor');
  const t2 = performance.now();
  return { parsed, result, parseMs: t1 - t0, scoreMs: t2 - t1, totalMs: t2 - t0 };
};

const cold = run();
const warm = Array.from({ length: 5 }, () => run().totalMs).sort((a, b) => a - b);
const round = (x: number) => Math.round(x * 10) / 10;
process.stdout.write(
  `${JSON.stringify({
    cues: CUES,
    bytes: Buffer.byteLength(vtt),
    turns: cold.result.turns.length,
    leader_turns: cold.result.turns.filter((t) => t.score).length,
    turns_per_s: Math.round(cold.result.turns.length / (cold.totalMs / 1000)),
    ms_total: round(cold.totalMs),
    ms_parse: round(cold.parseMs),
    ms_score: round(cold.scoreMs),
    ms_total_warm_p50: round(quantile(warm, 0.5)),
    target_ms_total: 1000,
  })}\n`,
);
