import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';

// One schema for every environment variable. Values arrive as strings; `loadConfig` coerces them
// in one place and stops start-up with the variable's name when one is bad.

const Port = Type.Integer({ minimum: 0, maximum: 65535 });

export const ConfigSchema = Type.Object({
  PORT: Port,
  HOST: Type.String({ minLength: 1 }),
  DATABASE_PATH: Type.String({ minLength: 1 }),
  /** `normal`: commits survive a process crash; `full`: also an OS crash or power cut, at an fsync per commit. */
  DATABASE_SYNCHRONOUS: Type.Union([Type.Literal('normal'), Type.Literal('full')]),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((level) => Type.Literal(level)),
  ),
  /** Signs session cookies; generated and stored beside the database on first start when missing. */
  SESSION_SECRET: Type.Optional(Type.String({ minLength: 32 })),
  /** Delay between streamed words of the offline persona; 0 in tests. */
  SIMULATOR_WORD_DELAY_MS: Type.Integer({ minimum: 0, maximum: 2000 }),
  /** Log-in attempts per minute per client address. */
  LOGIN_RATE_LIMIT: Type.Integer({ minimum: 1 }),
  /** Wrong passwords in a row for one account (from any address) before each further attempt waits, doubling. */
  LOGIN_ACCOUNT_FAILURES: Type.Integer({ minimum: 1 }),
  /** Sign-ups per hour per client address. */
  SIGNUP_RATE_LIMIT: Type.Integer({ minimum: 1 }),
  /** Other origins (scheme://host[:port], comma-separated) allowed to open sockets and send state-changing requests. */
  ALLOWED_ORIGINS: Type.String({ pattern: '^(\\s*https?://[^\\s,/]+/?\\s*(,|$))*$' }),
  /** Fastify's trustProxy: `false`, `true`, a hop count, or comma-separated proxy addresses/CIDRs. */
  TRUST_PROXY: Type.String({ minLength: 1 }),
  /** `auto`: Secure cookies when the request came over HTTPS (directly or via a trusted proxy). */
  COOKIE_SECURE: Type.Union([Type.Literal('always'), Type.Literal('auto'), Type.Literal('never')]),
  LLM_BASE_URL: Type.Optional(Type.String({ pattern: '^https?://' })),
  LLM_API_KEY: Type.Optional(Type.String()),
  LLM_MODEL: Type.Optional(Type.String({ minLength: 1 })),
  LLM_JUDGE_MODEL: Type.Optional(Type.String({ minLength: 1 })),
  LLM_TIMEOUT_MS: Type.Integer({ minimum: 100 }),
  LLM_MAX_RETRIES: Type.Integer({ minimum: 0, maximum: 10 }),
});

export type Config = Static<typeof ConfigSchema>;

export const CONFIG_DEFAULTS = {
  PORT: '3000',
  HOST: '127.0.0.1',
  DATABASE_PATH: './data/askwell.db',
  DATABASE_SYNCHRONOUS: 'normal',
  LOG_LEVEL: 'info',
  SIMULATOR_WORD_DELAY_MS: '20',
  LOGIN_RATE_LIMIT: '10',
  LOGIN_ACCOUNT_FAILURES: '5',
  SIGNUP_RATE_LIMIT: '20',
  ALLOWED_ORIGINS: '',
  TRUST_PROXY: 'false',
  COOKIE_SECURE: 'auto',
  LLM_TIMEOUT_MS: '30000',
  LLM_MAX_RETRIES: '2',
} satisfies Partial<Record<keyof Config, string>>;

const INTEGER_KEYS = new Set<keyof Config>([
  'PORT',
  'SIMULATOR_WORD_DELAY_MS',
  'LOGIN_RATE_LIMIT',
  'LOGIN_ACCOUNT_FAILURES',
  'SIGNUP_RATE_LIMIT',
  'LLM_TIMEOUT_MS',
  'LLM_MAX_RETRIES',
]);

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const coerce = (key: keyof Config, raw: string): unknown => {
  if (!INTEGER_KEYS.has(key)) return raw;
  return /^-?\d+$/.test(raw.trim()) ? Number(raw.trim()) : raw;
};

/** Reads the config from an env-like record; empty strings count as unset. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const merged: Record<string, unknown> = {};
  for (const key of Object.keys(ConfigSchema.properties) as (keyof Config)[]) {
    const raw = env[key] !== undefined && env[key] !== '' ? env[key] : (CONFIG_DEFAULTS as Partial<Record<keyof Config, string>>)[key];
    if (raw !== undefined) merged[key] = coerce(key, raw);
  }
  const errors = [...Value.Errors(ConfigSchema, merged)];
  if (errors.length > 0) {
    const first = errors[0];
    const name = first.instancePath.replace(/^\//, '') || 'config';
    throw new ConfigError(`Invalid environment variable ${name}: ${first.message} (got ${JSON.stringify(merged[name])})`);
  }
  const config = merged as Config;
  const llmVars = [config.LLM_BASE_URL, config.LLM_MODEL];
  if (llmVars.some(Boolean) && !llmVars.every(Boolean)) {
    throw new ConfigError('Invalid environment variable LLM_MODEL/LLM_BASE_URL: set both to use a model, or neither for offline mode');
  }
  return config;
}

export const isLlmConfigured = (config: Config): boolean => Boolean(config.LLM_BASE_URL && config.LLM_MODEL);

/** ALLOWED_ORIGINS as a set of exact origins (scheme://host[:port], lower-case). */
export const allowedOrigins = (config: Config): Set<string> =>
  new Set(
    config.ALLOWED_ORIGINS.split(',')
      .map((origin) => origin.trim().toLowerCase().replace(/\/$/, ''))
      .filter(Boolean),
  );

/** TRUST_PROXY in the form Fastify's `trustProxy` takes. */
export function trustProxySetting(config: Config): boolean | string | ((address: string, hop: number) => boolean) {
  const raw = config.TRUST_PROXY.trim();
  if (raw === 'true' || raw === 'false') return raw === 'true';
  // A hop count: trust that many proxies in front (what Fastify does with a number).
  if (/^\d+$/.test(raw)) return (_address, hop) => hop < Number(raw);
  return raw;
}
