import { performance } from 'node:perf_hooks';
import OpenAI from 'openai';
import type { ServerMessage } from '@server/practice/messages';
import { askwellCall, scriptAskwellCalls } from '@test/helpers/fake-askwell-calls';
import { startFakeOpenAiServer } from '@test/helpers/fake-openai-server';
import { openStreamAt, type MessageQueue } from '@test/helpers/ws-client';
import {
  createSessionOverHttp,
  signUpOverHttp,
  startServerProcess,
  tempDatabasePath,
} from '@test/helpers/server-process';

// Time to the first persona token at a WebSocket client through Askwell (store the reply, score
// it, render the persona prompt, call the model, relay the delta) versus a direct openai SDK call
// to the same fake endpoint with the same fixed token timing. Askwell runs as its own process, as
// in production, so its work after the first token (the judge, the rest of the stream) does not
// hold up this process's read of it. Turns alternate between the two so both see the same machine
// load. Prints one JSON object.

const TURNS = Number(process.env.BENCH_TURNS ?? 240);
const WARMUP = 20;
const TURNS_PER_SESSION = 8;
const FIRST_TOKEN_MS = 15;
// Later tokens come at a model-like pace. With none, the fake endpoint (which shares this process
// with the client) would push the rest of the reply right after the first token and delay the
// client's read of it: an artefact of the harness, not something a browser elsewhere would see.
const NEXT_TOKEN_MS = 10;
const MODEL = 'bench-model';
const REPLY = 'What have you tried so far, and what would you like to do next?';

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};
const p50 = (values: number[]) => round(percentile(values, 50));
const round = (ms: number) => Math.round(ms * 100) / 100;

/** Reads until a message of `type`; a server `error` on the way fails the bench. */
async function expectMessage(stream: MessageQueue, type: ServerMessage['type']): Promise<void> {
  for (;;) {
    const message = await stream.next(30_000);
    if (message.type === 'error') throw new Error(`server error: ${JSON.stringify(message)}`);
    if (message.type === type) return;
  }
}

const fake = await startFakeOpenAiServer();
scriptAskwellCalls(fake, {
  judge: { kind: 'json', value: { changes: [] } },
  persona_state: { kind: 'json', value: { revealedFactIds: [], ideaSurfaced: false, nextStepOwner: 'nobody' } },
  persona: {
    kind: 'text',
    tokens: ['Well, ', 'I have ', 'tried ', 'a few ', 'things.'],
    firstTokenDelayMs: FIRST_TOKEN_MS,
    delayMs: NEXT_TOKEN_MS,
  },
  feedback: { kind: 'text', tokens: ['Note.'] },
  debrief: { kind: 'text', tokens: ['Debrief.'] },
});
const database = tempDatabasePath();
const askwell = await startServerProcess({
  DATABASE_PATH: database.path,
  LLM_BASE_URL: fake.baseURL,
  LLM_API_KEY: 'bench',
  LLM_MODEL: MODEL,
  LLM_TIMEOUT_MS: '10000',
  LLM_MAX_RETRIES: '0',
});
const cookie = await signUpOverHttp(askwell.base, 'bench@example.com');
const direct = new OpenAI({ baseURL: fake.baseURL, apiKey: 'bench', maxRetries: 0 });

async function directTtft(): Promise<number> {
  const started = performance.now();
  const stream = await direct.chat.completions.create({ model: MODEL, stream: true, messages: [{ role: 'user', content: REPLY }] });
  let first = 0;
  for await (const chunk of stream) if (!first && chunk.choices[0]?.delta?.content) first = performance.now();
  return first - started;
}

async function openSession() {
  // Notes off: the bench measures the persona's first token, not the coach that follows it.
  const sessionId = await createSessionOverHttp(askwell.base, cookie, 'vendor-sign-off', false);
  return openStreamAt(askwell.base, sessionId, cookie);
}

const viaServer: number[] = [];
const directs: number[] = [];
const beforePersona: number[] = [];
const judgeAfterPersona: number[] = [];
const relay: number[] = [];
let ws = await openSession();
for (let turn = 0; turn < TURNS + WARMUP; turn++) {
  if (turn > 0 && turn % TURNS_PER_SESSION === 0) {
    ws.close();
    ws = await openSession();
  }
  const directSeen = fake.requests.length;
  const directStarted = performance.now();
  const directMs = await directTtft();
  const directArrival = fake.requests[directSeen].receivedAt - directStarted;
  const seen = fake.requests.length;
  const started = performance.now();
  ws.send({ type: 'reply', text: REPLY });
  await expectMessage(ws, 'persona.delta');
  const viaMs = performance.now() - started;
  await expectMessage(ws, 'persona.done');
  const calls = fake.requests.slice(seen);
  const at = (call: string) => calls.find((r) => askwellCall(r) === call)?.receivedAt ?? Number.NaN;
  if (turn < WARMUP) continue;
  directs.push(directMs);
  viaServer.push(viaMs);
  beforePersona.push(at('persona') - started - directArrival);
  judgeAfterPersona.push(at('judge') - at('persona'));
  // Persona request to first delta at the client, beyond what the same leg costs a direct call.
  relay.push(started + viaMs - at('persona') - (directMs - directArrival));
}
ws.close();
await askwell.kill();
database.remove();
await fake.close();

const overhead = viaServer.map((ms, i) => ms - directs[i]);
process.stdout.write(
  `${JSON.stringify({
    turns: viaServer.length,
    first_token_delay_ms: FIRST_TOKEN_MS,
    next_token_delay_ms: NEXT_TOKEN_MS,
    ttft_direct_ms_p50: p50(directs),
    ttft_via_server_ms_p50: p50(viaServer),
    overhead_ms_p50: p50(overhead),
    overhead_ms_p99: round(percentile(overhead, 99)),
    // Where the overhead goes, from the times each model request reached the fake endpoint:
    breakdown_ms_p50: {
      // WebSocket in, leader turn committed to SQLite, rubric score committed and sent, persona
      // prompt rendered, SDK request out; beyond the same SDK leg of a direct call.
      reply_to_persona_request: p50(beforePersona),
      // Streaming relay: SDK, idle timer, turn loop and WebSocket out, beyond a direct SDK read.
      persona_relay: p50(relay),
      // The judge is asked once the persona's first token is out, so it is off this path.
      judge_request_after_persona_request: p50(judgeAfterPersona),
    },
  })}\n`,
);
