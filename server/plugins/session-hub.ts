import fp from 'fastify-plugin';
import { InProcessSessionHub, type SessionHub } from '../practice/session-hub';

declare module 'fastify' {
  interface FastifyInstance {
    sessionHub: SessionHub;
  }
}

export default fp(
  async (app) => {
    app.decorate('sessionHub', new InProcessSessionHub());
  },
  { name: 'session-hub' },
);
