import fastifyStatic from '@fastify/static';
import fp from 'fastify-plugin';

/**
 * Serves the built React app. Its routes live in the URL's hash (`/#/sessions/...`), which browsers
 * never send, so `/` and the assets are all there is to serve: unknown paths are plain 404s.
 */
export default fp<{ webDir: string }>(
  async (app, { webDir }) => {
    await app.register(fastifyStatic, { root: webDir, prefix: '/', index: 'index.html' });
  },
  { name: 'web' },
);
