import { spawn } from 'node:child_process';
import { createServer } from 'vite';
import { loadConfig } from '../config';
import { ROOT } from '../web-build';

// `npm run dev`: the API with reload on change on API_PORT, and Vite's dev server on PORT proxying /api to it.
const config = loadConfig(process.env);
const apiPort = String(config.API_PORT);

const api = spawn(process.execPath, ['--import', 'tsx', '--watch', 'server/server.ts'], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, PORT: apiPort, ASKWELL_API_ONLY: '1' },
});
const vite = await createServer({
  configFile: `${ROOT}/vite.config.ts`,
  server: { port: config.PORT, host: config.HOST, proxy: { '/api': { target: `http://127.0.0.1:${apiPort}`, ws: true } } },
});
await vite.listen();
vite.printUrls();

const stop = async () => {
  api.kill('SIGTERM');
  await vite.close();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
