import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const apiTarget = `http://127.0.0.1:${process.env.API_PORT ?? '3001'}`;

export default defineConfig({
  root: 'web',
  plugins: [react()],
  // The @core/, @web/... aliases of tsconfig.json, read from there so every tool resolves them alike.
  resolve: { tsconfigPaths: true },
  build: { outDir: '../dist/web', emptyOutDir: true },
  server: {
    proxy: { '/api': { target: apiTarget, ws: true } },
  },
});
