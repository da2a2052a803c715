#!/usr/bin/env node
// `npx askwell`: runs the TypeScript CLI through tsx (a runtime dependency), no build step needed.
import { register } from 'tsx/esm/api';

register();
await import('../server/cli/askwell.ts');
