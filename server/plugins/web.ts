import fastifyStatic from '@fastify/static';
import fp from 'fastify-plugin';

/** Serves the built React app; unknown non-API GETs get index.html so client routes survive reloads. */
export default fp<{ webDir: string }>(
  async (app, { webDir }) => {
    await app.register(fastifyStatic, { root: webDir, prefix: '/', index: 'index.html' });
  },
  { name: 'web' },
);

export const isClientRoute = (method: string, url: string): boolean =>
  (method === 'GET' || method === 'HEAD') && !url.startsWith('/api/') && url !== '/api';
