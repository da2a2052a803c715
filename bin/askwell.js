#!/usr/bin/env node
// `npx askwell`: runs the TypeScript CLI through tsx (a runtime dependency), no build step needed.
// The tsconfig is named explicitly: its path aliases (@core/...) must resolve from any working directory.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
await import('../server/cli/askwell.ts');
