import { Type, type Static, type TSchema } from 'typebox';
import { Value } from 'typebox/value';

// One schema for every environment variable the server reads, with its default: nothing else reads
// process.env. Values arrive as strings; `loadConfig` coerces them in one place and stops start-up
// with the variable's name when one is bad.

const Port = (defaultPort: number) => Type.Integer({ minimum: 0, maximum: 65535, default: defaultPort });

export const ConfigSchema = Type.Object({
  PORT: Port(3000),
  HOST: Type.String({ minLength: 1, default: '127.0.0.1' }),
  DATABASE_PATH: Type.String({ minLength: 1, default: './data/askwell.db' }),
  /** postgres://user:pass@host:port/db switches storage to PostgreSQL (several nodes); unset: SQLite at DATABASE_PATH. */
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  /** PostgreSQL connections per node. */
  DATABASE_POOL_MAX: Type.Integer({ minimum: 1, maximum: 1000, default: 10 }),
  /** How long a node's claim on a session's turn outlives the node if it crashes. */
  TURN_LEASE_MS: Type.Integer({ minimum: 500, maximum: 600_000, default: 15_000 }),
  /** On SIGTERM, how long in-flight turns may run before they are interrupted (stored, retryable). */
  DRAIN_TIMEOUT_MS: Type.Integer({ minimum: 0, maximum: 600_000, default: 10_000 }),
  /** `normal`: commits survive a process crash; `full`: also an OS crash or power cut, at an fsync per commit. */
  DATABASE_SYNCHRONOUS: Type.Union([Type.Literal('normal'), Type.Literal('full')], { default: 'normal' }),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((level) => Type.Literal(level)),
    { default: 'info' },
  ),
  /** Signs session cookies; generated and stored beside the database on first start when missing. */
  SESSION_SECRET: Type.Optional(Type.String({ minLength: 32 })),
  /** Delay between streamed words of the offline persona; 0 in tests. */
  SIMULATOR_WORD_DELAY_MS: Type.Integer({ minimum: 0, maximum: 2000, default: 20 }),
  /** Log-in attempts per minute per client address. */
  LOGIN_RATE_LIMIT: Type.Integer({ minimum: 1, default: 10 }),
  /** Wrong passwords in a row for one account (from any address) before each further attempt waits, doubling. */
  LOGIN_ACCOUNT_FAILURES: Type.Integer({ minimum: 1, default: 5 }),
  /** Sign-ups per hour per client address. */
  SIGNUP_RATE_LIMIT: Type.Integer({ minimum: 1, default: 20 }),
  /** Other origins (scheme://host[:port], comma-separated) allowed to open sockets and send state-changing requests. */
  ALLOWED_ORIGINS: Type.String({ pattern: '^(\\s*https?://[^\\s,/]+/?\\s*(,|$))*$', default: '' }),
  /** Fastify's trustProxy: `false`, `true`, a hop count, or comma-separated proxy addresses/CIDRs. */
  TRUST_PROXY: Type.String({ minLength: 1, default: 'false' }),
  /** `auto`: Secure cookies when the request came over HTTPS (directly or via a trusted proxy). */
  COOKIE_SECURE: Type.Union([Type.Literal('always'), Type.Literal('auto'), Type.Literal('never')], { default: 'auto' }),
  LLM_BASE_URL: Type.Optional(Type.String({ pattern: '^https?://' })),
  LLM_API_KEY: Type.Optional(Type.String()),
  LLM_MODEL: Type.Optional(Type.String({ minLength: 1 })),
  LLM_JUDGE_MODEL: Type.Optional(Type.String({ minLength: 1 })),
  LLM_TIMEOUT_MS: Type.Integer({ minimum: 100, default: 30000 }),
  LLM_MAX_RETRIES: Type.Integer({ minimum: 0, maximum: 10, default: 2 }),
  /** How long a shutdown signal waits for open requests and streams before the process exits anyway. */
  CLOSE_GRACE_MS: Type.Integer({ minimum: 0, maximum: 120000, default: 10000 }),
  /** `npm run dev` only: the API serves /api alone (Vite serves the app) on API_PORT. */
  ASKWELL_API_ONLY: Type.Boolean({ default: false }),
  API_PORT: Port(3001),
});

export type Config = Static<typeof ConfigSchema>;

const SECRET_KEYS = new Set(['DATABASE_URL', 'LLM_API_KEY', 'SESSION_SECRET']);

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const BOOLEANS: Record<string, boolean> = { '1': true, true: true, '0': false, false: false };

const coerce = (schema: TSchema & { type?: unknown }, raw: string): unknown => {
  const text = raw.trim();
  if (schema.type === 'integer') return /^-?\d+$/.test(text) ? Number(text) : raw;
  if (schema.type === 'boolean') return BOOLEANS[text.toLowerCase()] ?? raw;
  return raw;
};

/** Reads the config from an env-like record; empty strings count as unset, unset takes the schema's default. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const merged: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(ConfigSchema.properties) as [string, TSchema & { default?: unknown }][]) {
    const raw = env[key];
    if (raw !== undefined && raw !== '') merged[key] = coerce(schema, raw);
    else if (schema.default !== undefined) merged[key] = schema.default;
  }
  const errors = [...Value.Errors(ConfigSchema, merged)];
  if (errors.length > 0) {
    const first = errors[0];
    const name = first.instancePath.replace(/^\//, '') || 'config';
    // Values that may hold a secret (a password in a database URL, a key) are never echoed.
    const shown = SECRET_KEYS.has(name) ? '(value hidden)' : `(got ${JSON.stringify(merged[name])})`;
    throw new ConfigError(`Invalid environment variable ${name}: ${first.message} ${shown}`);
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
