import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // Integration and browser tests open real ports, files and Chromium; keep them isolated per file.
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
