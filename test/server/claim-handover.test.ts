import { describe, expect, it } from 'vitest';
import { scoreSession } from '@core/rubric/score-session';
import { appPerTest } from '../helpers/app-per-test';
import { createSession } from '../helpers/test-app';
import { testEngine } from '../helpers/test-database';

// A reply reads its session and transcript while it waits for the session's turn claim. When the
// claim is still held by another node finishing the turn before (here: a claim taken straight in the
// database, and that node's last writes made by the test), what was read can be out of date by the
// time the claim is free. The reply must be judged on the transcript as it then stands.

const t = appPerTest({ leader: true });
const OTHER_NODE = 'other-node/turn-1';

/** A session whose last reply another node is still answering: its claim held, its answer not yet stored. */
async function answeredElsewhere() {
  const session = await createSession(t.app, t.cookie);
  await t.app.repos.turns.append(session.id, { speaker: 'leader', text: 'What is getting in the way?' });
  expect(await t.app.repos.turnClaims.acquire(session.id, OTHER_NODE, 10_000)).toBe(true);
  const ws = await t.connect(session.id);
  return { id: session.id, ws };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe(`a reply sent while another node finishes the turn before (${testEngine})`, () => {
  it('is taken on the transcript as it stands once the claim is free, not on the one read before', async () => {
    const { id, ws } = await answeredElsewhere();
    ws.send({ type: 'reply', text: 'What have you tried so far?' });
    // Read before the other node's answer lands: on that read the last reply looks unanswered.
    await pause(60);
    await t.app.repos.turns.append(id, { speaker: 'persona', text: 'I have tried asking finance twice.' });
    await t.app.repos.turnClaims.release(id, OTHER_NODE);

    const messages = await ws.until('feedback.done', 10_000);
    expect(messages.filter((m) => m.type === 'error')).toEqual([]);
    expect(messages[0]).toMatchObject({ type: 'turn.saved', turn: { index: 3, speaker: 'leader', text: 'What have you tried so far?' } });
    const turns = await t.app.repos.turns.list(id);
    expect(turns.map((turn) => [turn.index, turn.speaker])).toEqual([
      [0, 'persona'],
      [1, 'leader'],
      [2, 'persona'],
      [3, 'leader'],
      [4, 'persona'],
    ]);
  });

  it('is refused, with nothing stored, when the session ended meanwhile', async () => {
    const { id, ws } = await answeredElsewhere();
    ws.send({ type: 'reply', text: 'What have you tried so far?' });
    await pause(60);
    await t.app.repos.turns.append(id, { speaker: 'persona', text: 'I have tried asking finance twice.' });
    expect(await t.app.repos.practiceSessions.end(id, scoreSession([]), 'Ended on the other node.')).toBe(true);
    await t.app.repos.turnClaims.release(id, OTHER_NODE);

    expect(await ws.next(10_000)).toMatchObject({ type: 'error', code: 'session_ended' });
    expect((await t.app.repos.turns.list(id)).map((turn) => turn.speaker)).toEqual(['persona', 'leader', 'persona']);
  });

  it('is still refused as unanswered when the other node left the last reply without an answer', async () => {
    const { id, ws } = await answeredElsewhere();
    ws.send({ type: 'reply', text: 'What have you tried so far?' });
    await pause(60);
    await t.app.repos.turnClaims.release(id, OTHER_NODE);

    expect(await ws.next(10_000)).toMatchObject({ type: 'error', code: 'unanswered' });
    expect(await t.app.repos.turns.list(id)).toHaveLength(2);
  });
});
