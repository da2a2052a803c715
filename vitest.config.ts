import { defineConfig } from 'vitest/config';
import SummaryReporter from './test/support/summary-reporter';
import { REACT_ON_PREACT } from './web/build/react-on-preact';

export default defineConfig({
  // The @core/, @server/... aliases of tsconfig.json, as tsc, tsx and Vite read them.
  // ... and React's API on Preact, as the page runs it (web/build/react-on-preact.ts).
  resolve: { tsconfigPaths: true, alias: REACT_ON_PREACT },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // Integration and browser tests open real ports, files and Chromium; keep them isolated per file.
    pool: 'forks',
    reporters: ['default', new SummaryReporter()],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // A browser or a server process answers a poll within vitest's 1 s default on an idle machine, not
    // on a loaded one (a reconnect's announcement took longer with twice as many workers as cores).
    expect: { poll: { timeout: 10_000 } },
    // After-hooks in reverse order of registration (vitest's default, relied on by test/helpers/app-per-test.ts).
    sequence: { hooks: 'stack' },
  },
});
