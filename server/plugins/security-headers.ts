import helmet from '@fastify/helmet';
import fp from 'fastify-plugin';

// Security headers from @fastify/helmet. The CSP allows only the app's own scripts, styles and
// connections (the built app has no inline script or style; the favicon is a data: URL) and no
// framing. HSTS goes out only on HTTPS (directly or via a trusted proxy): over plain HTTP browsers
// ignore it anyway, and `npm start` on a laptop is plain HTTP.

const HSTS = 'max-age=31536000; includeSubDomains';

export default fp(
  async (app) => {
    await app.register(helmet, {
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          scriptSrcAttr: ["'none'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'none'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      strictTransportSecurity: false,
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
      xFrameOptions: { action: 'deny' },
    });
    app.addHook('onSend', async (request, reply) => {
      if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
    });
  },
  { name: 'security-headers' },
);
