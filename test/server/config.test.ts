import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '@server/config';

describe('loadConfig', () => {
  it('applies defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, HOST: '127.0.0.1', DATABASE_PATH: './data/askwell.db', LOG_LEVEL: 'info' });
    expect(config.LLM_TIMEOUT_MS).toBe(30_000);
    expect(config.LLM_MAX_RETRIES).toBe(2);
    expect(config).toMatchObject({ CLOSE_GRACE_MS: 10_000, ASKWELL_API_ONLY: false, API_PORT: 3001 });
  });

  it('reads booleans as 1/0 or true/false', () => {
    expect(loadConfig({ ASKWELL_API_ONLY: '1' }).ASKWELL_API_ONLY).toBe(true);
    expect(loadConfig({ ASKWELL_API_ONLY: 'TRUE' }).ASKWELL_API_ONLY).toBe(true);
    expect(loadConfig({ ASKWELL_API_ONLY: '0' }).ASKWELL_API_ONLY).toBe(false);
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
    ['ASKWELL_API_ONLY', 'maybe'],
    ['CLOSE_GRACE_MS', '-1'],
  ])('stops on a bad %s naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`Invalid environment variable ${name}`));
  });

  it('refuses half an LLM configuration', () => {
    expect(() => loadConfig({ LLM_BASE_URL: 'http://127.0.0.1:1/v1' })).toThrow(ConfigError);
  });
});
