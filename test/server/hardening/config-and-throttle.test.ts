import { describe, expect, it } from 'vitest';
import { LoginThrottle } from '@server/auth/login-throttle';
import { allowedOrigins, loadConfig, trustProxySetting } from '@server/config';

describe('hardening settings', () => {
  it('defaults to no extra origins, no trusted proxy, auto Secure cookies', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ ALLOWED_ORIGINS: '', TRUST_PROXY: 'false', COOKIE_SECURE: 'auto', LOGIN_ACCOUNT_FAILURES: 5, SIGNUP_RATE_LIMIT: 20 });
    expect(allowedOrigins(config).size).toBe(0);
    expect(trustProxySetting(config)).toBe(false);
  });

  it('reads origins, proxies and hop counts', () => {
    const config = loadConfig({ ALLOWED_ORIGINS: 'https://A.example.org/, http://localhost:5173', TRUST_PROXY: '10.0.0.1,10.1.0.0/16' });
    expect([...allowedOrigins(config)]).toEqual(['https://a.example.org', 'http://localhost:5173']);
    expect(trustProxySetting(config)).toBe('10.0.0.1,10.1.0.0/16');
    const hops = trustProxySetting(loadConfig({ TRUST_PROXY: '2' })) as (address: string, hop: number) => boolean;
    expect([0, 1, 2].map((hop) => hops('x', hop))).toEqual([true, true, false]);
  });

  it.each([
    ['ALLOWED_ORIGINS', 'evil.example'],
    ['ALLOWED_ORIGINS', 'https://a.example/path'],
    ['COOKIE_SECURE', 'sometimes'],
    ['LOGIN_ACCOUNT_FAILURES', '0'],
    ['SIGNUP_RATE_LIMIT', 'many'],
  ])('stops on a bad %s naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`Invalid environment variable ${name}`));
  });
});

describe('LoginThrottle', () => {
  it('lets maxFailures attempts through, then doubles the wait per further failure, and forgets on success', async () => {
    let now = 0;
    const throttle = new LoginThrottle(3, () => now);
    expect([await throttle.begin('a'), await throttle.begin('a'), await throttle.begin('a')]).toEqual([0, 0, 0]);
    expect(await throttle.begin('a')).toBe(1000);
    now += 1000;
    expect(await throttle.begin('a')).toBe(0);
    expect(await throttle.begin('a')).toBe(2000);
    now += 2000;
    expect(await throttle.begin('a')).toBe(0);
    expect(await throttle.begin('a')).toBe(4000);
    expect(await throttle.begin('b')).toBe(0);
    now += 4000;
    expect(await throttle.begin('a')).toBe(0);
    await throttle.succeeded('a');
    expect(await throttle.begin('a')).toBe(0);
  });

  it('caps the wait at 15 minutes and forgets after a quiet hour', async () => {
    let now = 0;
    const throttle = new LoginThrottle(1, () => now);
    for (let i = 0; i < 30; i++) {
      now += await throttle.begin('a');
      await throttle.begin('a');
    }
    expect(await throttle.begin('a')).toBeLessThanOrEqual(15 * 60_000);
    now += 61 * 60_000;
    expect(await throttle.begin('a')).toBe(0);
  });
});
