import fp from 'fastify-plugin';
import { streamHub, type SessionHub } from '../practice/session-hub';

declare module 'fastify' {
  interface FastifyInstance {
    sessionHub: SessionHub;
  }
}

export default fp(
  async (app) => {
    app.decorate('sessionHub', streamHub(app.storage.bus));
  },
  { name: 'session-hub', dependencies: ['db'] },
);
