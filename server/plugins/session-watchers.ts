import fp from 'fastify-plugin';
import { SessionWatchers } from '../review/session-watchers';

declare module 'fastify' {
  interface FastifyInstance {
    sessionWatchers: SessionWatchers;
  }
}

export default fp(
  async (app) => {
    app.decorate('sessionWatchers', new SessionWatchers(app.storage.bus));
  },
  { name: 'session-watchers', dependencies: ['db'] },
);
