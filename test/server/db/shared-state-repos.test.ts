import { describe, expect, it } from 'vitest';
import { scoreSession } from '@core/rubric/score-session';
import { appPerTest } from '@test/helpers/app-per-test';
import { createSession, signUp } from '@test/helpers/test-app';
import { testEngine } from '@test/helpers/test-database';

// The repositories that carry what several nodes must share, on the engine under test (SQLite, or
// PostgreSQL with TEST_DATABASE_URL): every engine passes the same cases.

const t = appPerTest();

describe(`shared-state repositories (${testEngine})`, () => {
  it('turn claims: one holder at a time, renewable by it only, taken over once the lease lapses', async () => {
    const claims = t.app.repos.turnClaims;
    expect(await claims.acquire('s1', 'node-a/1', 300)).toBe(true);
    expect(await claims.acquire('s1', 'node-b/1', 300)).toBe(false);
    expect(await claims.holder('s1')).toBe('node-a/1');
    expect(await claims.renew('s1', 'node-b/1', 300)).toBe(false);
    expect(await claims.renew('s1', 'node-a/1', 300)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await claims.holder('s1')).toBeUndefined();
    expect(await claims.acquire('s1', 'node-b/1', 300)).toBe(true);
    // The lapsed holder can neither renew nor release the new holder's claim.
    expect(await claims.renew('s1', 'node-a/1', 300)).toBe(false);
    await claims.release('s1', 'node-a/1');
    expect(await claims.holder('s1')).toBe('node-b/1');
    await claims.release('s1', 'node-b/1');
    expect(await claims.acquire('s1', 'node-a/2', 300)).toBe(true);
  });

  it('turn claims: of many simultaneous acquisitions exactly one wins', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => t.app.repos.turnClaims.acquire('race', `n${i}`, 5000)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('rate limits: counts hits in a fixed window per key, then starts afresh', async () => {
    const hits = [];
    for (let i = 0; i < 3; i++) hits.push(await t.app.repos.rateLimits.hit('login:1.2.3.4', 300));
    expect(hits.map((h) => h.count)).toEqual([1, 2, 3]);
    expect(hits[2].ttlMs).toBeGreaterThan(0);
    expect(hits[2].ttlMs).toBeLessThanOrEqual(300);
    expect((await t.app.repos.rateLimits.hit('login:5.6.7.8', 300)).count).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect((await t.app.repos.rateLimits.hit('login:1.2.3.4', 300)).count).toBe(1);
  });

  it('login throttles: simultaneous updates of one account are serialised, none lost', async () => {
    const bump = () =>
      t.app.repos.loginThrottles.update('a@example.com', (record) => {
        const failures = (record?.failures ?? 0) + 1;
        return { next: { failures, blockedUntil: 0, lastAttempt: Date.now() }, result: failures };
      });
    const results = await Promise.all(Array.from({ length: 10 }, bump));
    expect([...results].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    await t.app.repos.loginThrottles.update('a@example.com', () => ({ next: undefined, result: undefined }));
    expect(await bump()).toBe(1);
  });

  it('turns: simultaneous appends to one session get distinct, gapless indexes', async () => {
    const { cookie } = await signUp(t.app);
    const session = await createSession(t.app, cookie);
    await Promise.all(Array.from({ length: 12 }, (_, i) => t.app.repos.turns.append(session.id, { speaker: 'leader', text: `reply ${i}` })));
    const indexes = (await t.app.repos.turns.list(session.id)).map((turn) => turn.index);
    expect(indexes).toEqual(Array.from({ length: 13 }, (_, i) => i));
  });

  it('turns: a reply is appended at the index its writer expects, only while the session is open', async () => {
    const { cookie } = await signUp(t.app);
    const session = await createSession(t.app, cookie);
    const turns = t.app.repos.turns;
    // The transcript holds the persona's opening (index 0): 2 is not next, 1 is.
    expect(await turns.appendReply(session.id, 2, { speaker: 'leader', text: 'too far' })).toBeUndefined();
    expect(await turns.appendReply(session.id, 1, { speaker: 'leader', text: 'next' })).toMatchObject({ index: 1, text: 'next' });
    expect(await turns.appendReply(session.id, 1, { speaker: 'leader', text: 'again' })).toBeUndefined();
    await turns.append(session.id, { speaker: 'persona', text: 'answer' });
    await t.app.repos.practiceSessions.end(session.id, scoreSession([]), 'done');
    expect(await turns.appendReply(session.id, 3, { speaker: 'leader', text: 'after the end' })).toBeUndefined();
    expect((await turns.list(session.id)).map((turn) => turn.text)).toEqual([expect.any(String), 'next', 'answer']);
  });
});
