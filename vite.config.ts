import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'web',
  plugins: [react()],
  // The @core/, @web/... aliases of tsconfig.json, read from there so every tool resolves them alike.
  resolve: { tsconfigPaths: true },
  build: { outDir: '../dist/web', emptyOutDir: true },
  // The dev server's /api proxy is set by `npm run dev` (server/cli/dev.ts) from the config.
});
