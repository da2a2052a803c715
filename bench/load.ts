import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import type { ServerMessage } from '@server/practice/messages';
import { createSessionOverHttp, signUpOverHttp, startServerProcess, type ServerProcess } from '@test/helpers/server-process';
import { createTestDatabase, testEngine } from '@test/helpers/test-database';

// Many leaders practising at once against K Askwell processes (offline persona) on one database:
// SQLite by default (one node only), or PostgreSQL when TEST_DATABASE_URL names a cluster to create
// a throwaway database in (scripts/with-postgres.sh provides one). Every session replies T times,
// each after the previous turn's note, with a short think time; sockets go to a different node than
// the one that created the session (no stickiness). Prints one JSON object.
//   npm run -s bench:load -- --sessions 200 --turns 5 [--nodes 2]

const { values } = parseArgs({
  options: {
    sessions: { type: 'string', default: '200' },
    turns: { type: 'string', default: '5' },
    nodes: { type: 'string', default: '1' },
    'word-delay-ms': { type: 'string', default: '20' },
    'think-ms': { type: 'string', default: '500' },
    /** Writes each node's CPU profile (.cpuprofile) to this directory; nodes then stop with SIGTERM so it is written. */
    profile: { type: 'string' },
  },
});
const SESSIONS = Number(values.sessions);
const TURNS = Number(values.turns);
const NODES = Number(values.nodes);
const WORD_DELAY_MS = Number(values['word-delay-ms']);
const THINK_MS = Number(values['think-ms']);
const SESSIONS_PER_USER = 10;
/** Sessions created at once while setting up (not measured). */
const SETUP_BATCH = 50;
/** Unmeasured sessions per node that practise before the measured leaders arrive, and their replies each. */
const WARMUP_SESSIONS_PER_NODE = 10;
const WARMUP_TURNS = 3;
const TURN_TIMEOUT_MS = 60_000;
const SCENARIO = 'numbers-dont-match';
const REPLIES = [
  'What is getting in the way right now?',
  'What have you tried so far?',
  'What would you do if it were entirely your call?',
  'What do you need from me to move this forward?',
  'Which option do you want to take, and when will you start?',
];

if (NODES > 1 && testEngine !== 'postgres') {
  console.error('--nodes above 1 needs PostgreSQL: set TEST_DATABASE_URL=postgres://… (see docs/deploy.md)');
  process.exit(2);
}

const percentile = (list: number[], p: number) => {
  if (list.length === 0) return null;
  const sorted = [...list].sort((x, y) => x - y);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] * 10) / 10;
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const stopGracefully = (node: ServerProcess) =>
  new Promise<void>((resolve) => {
    node.child.once('exit', () => resolve());
    node.child.kill('SIGTERM');
  });

/** One leader's socket on `node`: `turns` replies, each after the previous turn's note and a short think time. */
async function practise({ id, cookie, node }: LoadSession, turns: number, measured: boolean): Promise<void> {
  const socket = new WebSocket(`${node.base.replace(/^http/, 'ws')}/api/sessions/${id}/stream`, { headers: { cookie } });
  const ok = await new Promise<boolean>((resolve) => socket.once('open', () => resolve(true)).once('error', () => resolve(false)));
  if (!ok) {
    fail('connect');
    return;
  }
  for (let t = 0; t < turns; t++) {
    const sent = performance.now();
    const outcome = await new Promise<string>((resolve) => {
      let gotDelta = false;
      const timer = setTimeout(() => done('timeout'), TURN_TIMEOUT_MS);
      const onMessage = (data: WebSocket.RawData) => {
        const text = data.toString();
        // Most frames are streamed words; after the first, the generator only needs to know their type
        // (the server writes `type` first), which keeps its own CPU off the latencies it measures.
        if (gotDelta && STREAMED_WORD.test(text)) return;
        const message = JSON.parse(text) as ServerMessage;
        if (message.type === 'turn.saved') {
          if (measured) saved.push(performance.now() - sent);
        } else if (message.type === 'persona.delta' && !gotDelta) {
          gotDelta = true;
          if (measured) firstDelta.push(performance.now() - sent);
        } else if (message.type === 'feedback.done') done('ok');
        else if (message.type === 'error') done(`error:${message.code}`);
      };
      const onClose = () => done('closed');
      function done(result: string) {
        clearTimeout(timer);
        socket.off('message', onMessage);
        socket.off('close', onClose);
        resolve(result);
      }
      socket.on('message', onMessage);
      socket.once('close', onClose);
      socket.send(JSON.stringify({ type: 'reply', text: REPLIES[t % REPLIES.length] }));
    });
    if (outcome !== 'ok') {
      fail(outcome);
      break;
    }
    if (measured) turnMs.push(performance.now() - sent);
    await sleep(Math.random() * THINK_MS);
  }
  socket.close();
}

/** A process's CPU time so far (user + system), from /proc: what the measured phase cost each node. */
const cpuMs = (pid: number | undefined): number => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
};

const STREAMED_WORD = /^\{"type":"(persona|feedback)\.delta"/;

type LoadSession = { id: string; cookie: string; node: ServerProcess };

const database = await createTestDatabase();
const nodes: ServerProcess[] = [];
const firstDelta: number[] = [];
const saved: number[] = [];
const turnMs: number[] = [];
let errors = 0;
const errorKinds = new Map<string, number>();
const fail = (kind: string) => {
  errors += 1;
  errorKinds.set(kind, (errorKinds.get(kind) ?? 0) + 1);
};

try {
  const env = {
    ...database.env,
    SIMULATOR_WORD_DELAY_MS: String(WORD_DELAY_MS),
    SIGNUP_RATE_LIMIT: '100000',
    LOGIN_RATE_LIMIT: '100000',
    DATABASE_POOL_MAX: '20',
  };
  const nodeArgs = values.profile ? ['--cpu-prof', `--cpu-prof-dir=${values.profile}`] : [];
  for (let i = 0; i < NODES; i++) nodes.push(await startServerProcess(env, 60_000, undefined, nodeArgs));

  // Accounts and sessions first (sign-up hashes a password: not what is measured).
  const cookies: string[] = [];
  for (let u = 0; u < Math.ceil(SESSIONS / SESSIONS_PER_USER); u++)
    cookies.push(await signUpOverHttp(nodes[u % NODES].base, `load${u}-${Date.now()}@example.com`));
  const sessions: LoadSession[] = [];
  for (let start = 0; start < SESSIONS; start += SETUP_BATCH) {
    const batch = Array.from({ length: Math.min(SETUP_BATCH, SESSIONS - start) }, async (_, j) => {
      const i = start + j;
      const cookie = cookies[Math.floor(i / SESSIONS_PER_USER)];
      return { id: await createSessionOverHttp(nodes[i % NODES].base, cookie, SCENARIO), cookie, node: nodes[(i + 1) % NODES] };
    });
    sessions.push(...(await Promise.all(batch)));
  }
  const warmupSessions: LoadSession[] = [];
  for (const node of nodes) {
    const cookie = await signUpOverHttp(node.base, `warmup-${node.base.replace(/\D/g, '')}-${Date.now()}@example.com`);
    for (let i = 0; i < WARMUP_SESSIONS_PER_NODE; i++) warmupSessions.push({ id: await createSessionOverHttp(node.base, cookie, SCENARIO), cookie, node });
  }

  // A node that has just started runs its first turns on cold code (module compilation, unoptimised
  // rubric and simulator): a start-up cost, not the steady latency a leader meets, so a few sessions
  // per node practise first, unmeasured.
  await Promise.all(warmupSessions.map((session) => practise(session, WARMUP_TURNS, false)));

  // The load generator shares the machine: its own event-loop lag is part of every latency it measures.
  const clientLag = monitorEventLoopDelay({ resolution: 10 });
  clientLag.enable();
  const started = performance.now();
  const nodeCpuBefore = nodes.map((node) => cpuMs(node.child.pid));
  const clientCpuBefore = process.cpuUsage();
  await Promise.all(
    sessions.map(async (session) => {
      // Leaders arrive over a second or two, not in one instant.
      await sleep(Math.random() * Math.max(1000, SESSIONS * 2));
      await practise(session, TURNS, true);
    }),
  );
  const durationS = (performance.now() - started) / 1000;
  const nodeCpuMs = nodes.reduce((sum, node, i) => sum + cpuMs(node.child.pid) - nodeCpuBefore[i], 0);
  const clientCpu = process.cpuUsage(clientCpuBefore);
  clientLag.disable();

  // A turn is lost when the transcript lacks the reply or its complete answer.
  let lost = 0;
  for (const { id, cookie, node } of sessions) {
    const response = await fetch(`${node.base}/api/sessions/${id}`, { headers: { cookie } });
    const { turns } = (await response.json()) as { turns: { index: number; speaker: string; interrupted?: boolean }[] };
    const answered = turns.filter((turn, i) => turn.speaker === 'leader' && turns[i + 1]?.speaker === 'persona' && !turns[i + 1].interrupted).length;
    const gapless = turns.every((turn, i) => turn.index === i);
    lost += Math.max(0, TURNS - answered) + (gapless ? 0 : 1);
  }

  console.log(
    JSON.stringify({
      engine: testEngine,
      nodes: NODES,
      sessions: SESSIONS,
      turns: SESSIONS * TURNS,
      errors,
      ...(errors ? { error_kinds: Object.fromEntries(errorKinds) } : {}),
      lost_turns: lost,
      first_delta_ms_p50: percentile(firstDelta, 50),
      first_delta_ms_p99: percentile(firstDelta, 99),
      saved_ms_p50: percentile(saved, 50),
      saved_ms_p99: percentile(saved, 99),
      turn_ms_p50: percentile(turnMs, 50),
      duration_s: Math.round(durationS * 10) / 10,
      word_delay_ms: WORD_DELAY_MS,
      node_cpu_ms_per_turn: Math.round((nodeCpuMs / (SESSIONS * TURNS)) * 100) / 100,
      client_cpu_ms_per_turn: Math.round(((clientCpu.user + clientCpu.system) / 1000 / (SESSIONS * TURNS)) * 100) / 100,
      warmup_turns: warmupSessions.length * WARMUP_TURNS,
      client_loop_lag_ms_p99: Math.round(clientLag.percentile(99) / 1e5) / 10,
      load_average_1m: Math.round(loadavg()[0] * 10) / 10,
    }),
  );
} finally {
  for (const node of nodes) await (values.profile ? stopGracefully(node) : node.kill());
  await database.remove();
}
