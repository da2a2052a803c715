import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config';

describe('loadConfig', () => {
  it('applies defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, HOST: '127.0.0.1', DATABASE_PATH: './data/askwell.db', LOG_LEVEL: 'info' });
    expect(config.LLM_TIMEOUT_MS).toBe(30_000);
    expect(config.LLM_MAX_RETRIES).toBe(2);
  });

  it('coerces numbers and treats empty strings as unset', () => {
    expect(loadConfig({ PORT: '8080', LLM_MODEL: '' }).PORT).toBe(8080);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['LOG_LEVEL', 'loud'],
    ['SESSION_SECRET', 'short'],
    ['LLM_BASE_URL', 'localhost:11434'],
    ['LLM_TIMEOUT_MS', '5'],
  ])('stops on a bad %s naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`Invalid environment variable ${name}`));
  });

  it('refuses half an LLM configuration', () => {
    expect(() => loadConfig({ LLM_BASE_URL: 'http://127.0.0.1:1/v1' })).toThrow(ConfigError);
  });
});
