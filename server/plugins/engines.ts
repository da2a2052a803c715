import fp from 'fastify-plugin';
import { isLlmConfigured, type Config } from '../config';
import { createLlmEngines } from '../llm/create-llm-engines';
import type { Engines } from '../practice/engines';
import { createOfflineEngines } from '../practice/offline-engines';

declare module 'fastify' {
  interface FastifyInstance {
    engines: Engines;
  }
}

/** Offline simulator by default; an OpenAI-compatible model when LLM_BASE_URL and LLM_MODEL are set. */
export default fp<{ config: Config }>(
  async (app, { config }) => {
    const engines = isLlmConfigured(config)
      ? createLlmEngines(config, app.log)
      : createOfflineEngines({ wordDelayMs: config.SIMULATOR_WORD_DELAY_MS });
    app.decorate('engines', engines);
    app.log.info({ mode: engines.mode, model: engines.model }, 'conversation engines ready');
  },
  { name: 'engines' },
);
