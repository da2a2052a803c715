import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { REACT_ON_PREACT } from './web/build/react-on-preact';

export default defineConfig({
  root: 'web',
  plugins: [react()],
  // The @core/, @web/... aliases of tsconfig.json, read from there so every tool resolves them alike.
  // React's API on Preact (web/build/react-on-preact.ts).
  resolve: { tsconfigPaths: true, alias: REACT_ON_PREACT },
  // No modulepreload polyfill: it was 0.24 KB gzip on every page, and the practice page has no room under its
  // 150 KB (docs/rubric.md, twenty-fourth pass). A browser without native modulepreload (Safari before 17,
  // Firefox before 115) still loads every page; it fetches a lazy page's chunks when the page opens, not ahead.
  build: { outDir: '../dist/web', emptyOutDir: true, modulePreload: { polyfill: false } },
  // The dev server's /api proxy is set by `npm run dev` (server/cli/dev.ts) from the config.
});
