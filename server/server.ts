import closeWithGrace from 'close-with-grace';
import { warmUpRubric } from '@core/rubric/warm-up';
import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { ensureWebBuild, WEB_DIST } from './web-build';

// Boots the process only: config, web build, app, listen, graceful close.
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const serveWeb = !config.ASKWELL_API_ONLY;
  if (serveWeb) await ensureWebBuild();
  const app = await buildApp(config, serveWeb ? { webDir: WEB_DIST } : {});
  // SIGINT/SIGTERM (and an uncaught error) close the app, sockets and database included; a close
  // that hangs past CLOSE_GRACE_MS exits anyway, with code 1, so an orchestrator never waits forever.
  closeWithGrace({ delay: config.CLOSE_GRACE_MS + config.DRAIN_TIMEOUT_MS, logger: { error: (message: unknown) => app.log.error(message) } }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'closing after an uncaught error');
    else {
      // Health says `draining` and sockets are refused while running turns finish or are stored as
      // interrupted (retryable from another node); only then does the listener close.
      app.log.info({ signal }, 'draining');
      await app.lifecycle.drain(app.inFlightTurns, config.DRAIN_TIMEOUT_MS);
      app.log.info({ signal }, 'shutting down');
    }
    await app.close();
  });
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
