import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStorage, type Storage } from '@server/db/open-storage';
import type { BusEvent } from '@server/practice/session-bus';
import { appPerTest } from '@test/helpers/app-per-test';
import { testEngine } from '@test/helpers/test-database';

// The session bus as two nodes see it: on PostgreSQL a second node opens its own storage on the same
// database (events cross by LISTEN/NOTIFY); on SQLite there is one process, so both "nodes" are the
// app's own in-process bus and the same guarantees hold trivially.

const t = appPerTest();
let other: Storage | undefined;
beforeEach(async () => {
  other =
    testEngine === 'postgres'
      ? await openStorage({ databaseUrl: t.database.env.DATABASE_URL, databasePath: '', nodeId: 'node-b', log: t.app.log })
      : undefined;
});
// Registered after the app's hooks, so it runs before the app is closed.
afterEach(async () => {
  await other?.close();
});

const message = (text: string): BusEvent => ({ kind: 'message', message: { type: 'persona.delta', text } });

describe(`session bus across nodes (${testEngine})`, () => {
  it("delivers a session's events to another node's listener in publish order, a large one included, and only that session's", async () => {
    const publisher = t.app.storage.bus;
    const subscriber = other?.bus ?? publisher;
    const seen: string[] = [];
    const unrelated: BusEvent[] = [];
    const allArrived = new Promise<void>((resolve) =>
      subscriber.subscribe('session-1', (event) => {
        if (event.kind === 'message' && event.message.type === 'persona.delta') seen.push(event.message.text);
        if (seen.length === 42) resolve();
      }),
    );
    // Far too large for one notification (8,000 bytes): it travels through the events table.
    const large = 'long '.repeat(4_000);
    for (let i = 0; i < 20; i++) publisher.publish('session-1', message(`word ${i}`));
    publisher.publish('session-2', message('for someone else'));
    publisher.publish('session-1', message(large));
    for (let i = 20; i < 40; i++) publisher.publish('session-1', message(`word ${i}`));
    // A second burst after the first has gone out.
    await new Promise((resolve) => setTimeout(resolve, 50));
    publisher.publish('session-1', message('last'));
    subscriber.subscribe('session-3', (event) => unrelated.push(event));

    await allArrived;
    expect(seen).toEqual([...Array.from({ length: 20 }, (_, i) => `word ${i}`), large, ...Array.from({ length: 20 }, (_, i) => `word ${i + 20}`), 'last']);
    expect(unrelated).toEqual([]);
  });

  it("a node's own listeners hear its events at once, and once only", async () => {
    const bus = t.app.storage.bus;
    const seen: BusEvent[] = [];
    bus.subscribe('session-1', (event) => seen.push(event));
    bus.publish('session-1', message('now'));
    expect(seen).toEqual([message('now')]);
    // Its own notification comes back from the database and is not delivered a second time.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(seen).toEqual([message('now')]);
  });
});
