import { EventEmitter } from 'node:events';
import type WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { MessageQueue } from './ws-client';

// The stream tests read the server through MessageQueue; under vitest it holds every message to the
// protocol's schema (core/transcript/wire.ts), so a server that drifts from it fails them.

const queueWith = (...messages: unknown[]) => {
  const socket = new EventEmitter();
  const queue = new MessageQueue(socket as unknown as WebSocket);
  for (const message of messages) socket.emit('message', Buffer.from(JSON.stringify(message)));
  return queue;
};

describe('MessageQueue', () => {
  it('passes messages of the protocol through', async () => {
    await expect(queueWith({ type: 'persona.delta', text: 'Hi' }).next()).resolves.toEqual({ type: 'persona.delta', text: 'Hi' });
  });

  it('fails on a message off the protocol', async () => {
    await expect(queueWith({ type: 'persona.delta' }).next()).rejects.toThrow(/message off the protocol/);
    await expect(queueWith({ type: 'error', code: 'oops', message: 'x' }).next()).rejects.toThrow(/message off the protocol/);
  });
});
