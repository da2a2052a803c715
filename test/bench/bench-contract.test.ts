import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// Other tools read these JSON keys (issues 3, 4 and 12); the figures themselves are the benches' business.

const run = promisify(execFile);
const bench = async (name: string, env: Record<string, string> = {}) => {
  const { stdout } = await run('npm', ['run', '-s', `bench:${name}`], { env: { ...process.env, ...env }, timeout: 120_000 });
  return JSON.parse(stdout) as Record<string, unknown>;
};

describe('benchmark output contracts', () => {
  it('bench:rubric prints one JSON object with the utterance figures', async () => {
    const result = await bench('rubric');
    expect(result.utterances).toBeGreaterThanOrEqual(1000);
    for (const key of ['ms_per_utterance_p50', 'ms_per_utterance_p99', 'utterances_per_s']) {
      expect(result[key], key).toEqual(expect.any(Number));
    }
    expect(result.ms_per_utterance_p50 as number).toBeLessThanOrEqual(result.ms_per_utterance_p99 as number);
    // Each reply's fastest call is no slower than the calls it is the fastest of; the stalls are the host's.
    const fastest = result.fastest_of_5 as { ms_p99: number };
    expect(fastest.ms_p99).toBeLessThanOrEqual(result.ms_per_utterance_p99 as number);
    expect((result.machine as { host_stalls: object }).host_stalls).toEqual({ per_ms: expect.any(Number), mean_us: expect.any(Number), share: expect.any(Number) });
  }, 120_000);

  it('bench:stream prints one JSON object with the first-token figures', async () => {
    const result = await bench('stream', { BENCH_TURNS: '10' });
    for (const key of ['ttft_direct_ms_p50', 'ttft_via_server_ms_p50', 'overhead_ms_p50', 'overhead_ms_p99']) {
      expect(result[key], key).toEqual(expect.any(Number));
    }
    expect(result.ttft_direct_ms_p50 as number).toBeGreaterThan(0);
  }, 120_000);

  it('bench:import prints one JSON object with the import throughput', async () => {
    const result = await bench('import', { BENCH_CUES: '300' });
    for (const key of ['turns_per_s', 'ms_total']) expect(result[key], key).toEqual(expect.any(Number));
    expect(result.cues).toBe(300);
    expect(result.turns_per_s as number).toBeGreaterThan(0);
  }, 120_000);

  it('bench:web prints one JSON object with the page weights and the meter time', async () => {
    const result = await bench('web');
    for (const key of ['practice_js_gzip_kb', 'progress_js_gzip_kb', 'meter_ms_p99']) expect(result[key], key).toEqual(expect.any(Number));
    expect(result.practice_js_gzip_kb as number).toBeGreaterThan(0);
    expect(result.draft_words).toBeGreaterThanOrEqual(120);
  }, 180_000);
});
