import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layering rules of eslint.config.js, run on fixture sources placed (virtually) in each area:
// each forbidden import must fail lint, and the allowed direction must pass.

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd: ROOT });

async function lint(path: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}/${path}` });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

const restricted = (specifier: string) => expect.stringContaining(`no-restricted-imports: '${specifier}' import is restricted`);

describe('import boundaries', () => {
  it('core imports nothing from server, through the alias or a relative path', async () => {
    expect(await lint('core/rubric/fixture.ts', "import { loadConfig } from '@server/config';\nexport const f = loadConfig;\n")).toEqual([
      restricted('@server/config'),
    ]);
    expect(await lint('core/rubric/fixture.ts', "import { loadConfig } from '../../server/config';\nexport const f = loadConfig;\n")).toEqual([
      restricted('../../server/config'),
    ]);
    expect(await lint('core/rubric/fixture.ts', "import type { UserRow } from '@db/schema';\nexport type R = UserRow;\n")).toEqual([
      restricted('@db/schema'),
    ]);
  });

  it('core and web use no Node built-ins; web imports nothing from server or db', async () => {
    expect(await lint('core/fixture.ts', "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n")).toEqual([
      restricted('node:fs'),
    ]);
    expect(await lint('web/src/lib/fixture.ts', "import type { Config } from '@server/config';\nexport type C = Config;\n")).toEqual([
      restricted('@server/config'),
    ]);
    expect(await lint('web/src/lib/fixture.ts', "import { users } from '@db/schema';\nexport const u = users;\n")).toEqual([
      restricted('@db/schema'),
    ]);
  });

  it('a feature never imports another feature, but may import its own modules and shared code', async () => {
    const file = 'web/src/features/practice/components/fixture.ts';
    expect(await lint(file, "import { login } from '@web/features/auth/api/auth-api';\nexport const l = login;\n")).toEqual([
      restricted('@web/features/auth/api/auth-api'),
    ]);
    expect(await lint(file, "import { createSession } from '@web/features/practice/api/sessions-api';\nexport const c = createSession;\n")).toEqual([]);
    expect(await lint(file, "import { navigate } from '@web/lib/router';\nexport const n = navigate;\n")).toEqual([]);
  });

  it('imports that leave an area go through its alias, not ../..', async () => {
    expect(await lint('server/routes/fixture.ts', "import { scoreReply } from '../../core/rubric/score-reply';\nexport const s = scoreReply;\n")).toEqual([
      restricted('../../core/rubric/score-reply'),
    ]);
    expect(await lint('server/fixture.ts', "import { scoreReply } from '../core/rubric/score-reply';\nexport const s = scoreReply;\n")).toEqual([
      restricted('../core/rubric/score-reply'),
    ]);
    expect(await lint('server/routes/fixture.ts', "import { scoreReply } from '@core/rubric/score-reply';\nimport { ApiError } from '../http-errors';\nexport const s = [scoreReply, ApiError];\n")).toEqual([]);
  });
});

describe('disable comments', () => {
  it('need a reason on the same line', async () => {
    const code = (comment: string) => `export function f(x: unknown) {\n  ${comment}\n  return x as any;\n}\n`;
    expect(await lint('server/fixture.ts', code('// eslint-disable-next-line @typescript-eslint/no-explicit-any'))).toEqual([
      expect.stringContaining('eslint-comments/require-description'),
    ]);
    expect(await lint('server/fixture.ts', code('// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the caller checks it'))).toEqual([]);
  });

  it('that disable nothing are errors', async () => {
    expect(await lint('server/fixture.ts', '// eslint-disable-next-line no-console -- left over\nexport const x = 1;\n')).toEqual([
      expect.stringContaining('Unused eslint-disable directive'),
    ]);
  });
});

describe('browser waits', () => {
  it('poll on a timer, never on animation frames', async () => {
    const wait = (options: string) => `export const w = (page: { waitForFunction: (...a: unknown[]) => unknown }) =>\n  page.waitForFunction(() => true${options});\n`;
    expect(await lint('test/e2e/fixture.ts', wait(''))).toEqual([expect.stringContaining('no-restricted-syntax: Give waitForFunction a timer')]);
    expect(await lint('bench/fixture.ts', wait(", undefined, { timeout: 5000 }"))).toEqual([expect.stringContaining('no-restricted-syntax')]);
    expect(await lint('test/e2e/fixture.ts', wait(', undefined, { polling: 100 }'))).toEqual([]);
  });
});
