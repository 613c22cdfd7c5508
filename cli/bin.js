#!/usr/bin/env node
// Entry point for the `newsflow` command: the compiled CLI in dist/ (built by `npm ci` through the
// `prepare` script, or `npm run build`). Without a build, or with NEWSFLOW_FROM_SOURCE=1, it runs the
// TypeScript sources through tsx's loader instead (slower to start).
import { existsSync } from 'node:fs';

const compiled = new URL('../dist/cli/main.js', import.meta.url);
if (process.env.NEWSFLOW_FROM_SOURCE !== '1' && existsSync(compiled)) {
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./main.ts');
}
