import { warmUpRubric } from '../core/rubric/warm-up';
import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { ensureWebBuild, WEB_DIST } from './web-build';

// Boots the process only: config, web build, app, listen, graceful close.
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const serveWeb = process.env.ASKWELL_API_ONLY !== '1';
  if (serveWeb) await ensureWebBuild();
  const app = await buildApp(config, serveWeb ? { webDir: WEB_DIST } : {});
  const close = async (signal: string) => {
    app.log.info({ signal }, 'draining');
    // Health says `draining` and sockets are refused while running turns finish or are stored as
    // interrupted (retryable from another node); only then does the listener close.
    await app.lifecycle.drain(app.inFlightTurns, config.DRAIN_TIMEOUT_MS);
    app.log.info({ signal }, 'shutting down');
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void close('SIGINT'));
  process.once('SIGTERM', () => void close('SIGTERM'));
  await app.listen({ port: config.PORT, host: config.HOST });
  // The rubric's patterns compile on first use (~100-200 ms); pay that now, not on the first reply.
  setImmediate(() => app.log.debug({ ms: warmUpRubric() }, 'rubric warmed up'));
}

main().catch((err: unknown) => {
  // Configuration and scenario mistakes are the operator's to fix: say what, not a stack trace.
  if (err instanceof ConfigError || (err instanceof Error && err.name === 'ScenarioError')) console.error(err.message);
  else console.error(err);
  process.exit(1);
});
