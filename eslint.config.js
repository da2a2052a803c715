import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import comments from '@eslint-community/eslint-plugin-eslint-comments/configs';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layering, enforced: every import is checked against the area it is written in.
//   core/  pure domain logic: nothing from server/, web/, db/, tests, nor Node built-ins (it runs in the browser)
//   web/   nothing from server/, db/, tests, nor Node built-ins; a feature never imports another feature
//   db/    nothing from server/ or web/
//   server/ nothing from web/ or tests
// Imports that leave an area use its alias (@core/..., @server/..., @db/..., @web/..., @test/...; see
// tsconfig.base.json); a relative path climbs at most one level, so `../../../core/x` cannot sneak past.

const TS = '**/*.{ts,tsx}';
const areas = {
  core: { dir: 'core', forbidden: ['server', 'web', 'db', 'test'], builtins: false },
  web: { dir: 'web/src', forbidden: ['server', 'db', 'test'], builtins: false },
  db: { dir: 'db', forbidden: ['server', 'web', 'test'], builtins: true },
  server: { dir: 'server', forbidden: ['web', 'test'], builtins: true },
  test: { dir: 'test', forbidden: [], builtins: true },
  bench: { dir: 'bench', forbidden: [], builtins: true },
};

const deepRelative = {
  regex: '^\\.\\./\\.\\./',
  message: 'Climb at most one level with a relative import; use the area alias (@core/, @server/, @db/, @web/, @test/).',
};
const leavesArea = {
  regex: '^\\.\\./',
  message: 'This file is at the top of its area: import other areas through their alias (@core/, @server/, ...).',
};

function areaPatterns(name) {
  const { forbidden, builtins } = areas[name];
  const patterns = [deepRelative];
  if (forbidden.length > 0) {
    patterns.push({
      regex: `^@(${forbidden.join('|')})/`,
      message: `${name}/ must not import from ${forbidden.map((a) => `${a}/`).join(', ')} (layering: see eslint.config.js).`,
    });
  }
  if (!builtins) patterns.push({ regex: '^node:', message: `${name}/ runs in the browser too: no Node built-ins.` });
  return patterns;
}

const restrict = (files, patterns) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } });

const features = readdirSync(new URL('./web/src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const boundaries = [
  ...Object.entries(areas).map(([name, { dir }]) => restrict([`${dir}/${TS}`], areaPatterns(name))),
  // Later blocks replace the rule for the files they match, so each repeats its area's patterns.
  ...Object.entries(areas).map(([name, { dir }]) => restrict([`${dir}/*.{ts,tsx}`], [...areaPatterns(name), leavesArea])),
  ...features.map((feature) =>
    restrict(
      [`web/src/features/${feature}/${TS}`],
      [
        ...areaPatterns('web'),
        {
          regex: `^@web/features/(?!${feature}(/|$))`,
          message: 'A feature never imports another feature: move what both need to web/src/lib or web/src/components.',
        },
      ],
    ),
  ),
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'test-results/', 'db/migrations/'] },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  comments.recommended,
  {
    rules: {
      // A disabled rule says why, on the same line: `// eslint-disable-next-line rule -- reason`.
      '@eslint-community/eslint-comments/require-description': ['error', { ignore: [] }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // The rubric's rule table reads `(m = CUE.exec(s)) ? read(m) : null`, one expression per rule, with
    // one module-level match variable instead of a closure per call (the scorer runs on every keystroke).
    files: ['core/rubric/**'],
    rules: { 'no-cond-assign': 'off' },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['server/**', 'db/**', 'test/**', 'bench/**', 'bin/**', '*.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    // Storage is async on both engines: a repository call left unawaited writes after the answer went
    // out, and a promise in a condition is always true. The type-aware rules catch both.
    files: ['server/**/*.ts', 'bench/**/*.ts'],
    // test/eslint-config.test.ts lints virtual `fixture.ts` files that no tsconfig holds; the chart-library
    // candidates import libraries the app does not install, so no tsconfig holds them either.
    ignores: ['**/fixture.ts', 'bench/chart-candidates/**'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
    },
  },
  {
    // Playwright polls a waitForFunction on requestAnimationFrame unless told otherwise, and a loaded
    // machine starves a healthy page's frames past the timeout (a CI run failed so on a reply box that
    // had long been ready): every wait polls on a timer.
    files: ['test/**', 'bench/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='waitForFunction']:not(:has(Property[key.name='polling']))",
          message: 'Give waitForFunction a timer ({ polling: 100 } as its third argument): frame polling starves under load.',
        },
      ],
    },
  },
  {
    // Every environment variable is declared, defaulted and checked in server/config.ts.
    files: ['server/**', 'db/**', 'core/**', 'web/**'],
    ignores: ['server/config.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.type='MemberExpression'][object.object.name='process'][object.property.name='env']",
          message: 'Read environment variables through loadConfig (server/config.ts), where each has its schema and default.',
        },
      ],
    },
  },
  ...boundaries,
);
