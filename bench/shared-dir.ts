/**
 * The project's shared folder (data sets, seeds, the scorer): `../shared` beside the checkout, or beside its
 * parent for a git worktree in a subfolder; `NEWSFLOW_SHARED_DIR` overrides it (relative to the checkout).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export const SHARED_DIR = process.env.NEWSFLOW_SHARED_DIR
  ? resolve(ROOT, process.env.NEWSFLOW_SHARED_DIR)
  : ([resolve(ROOT, '../shared'), resolve(ROOT, '../../shared')].find((d) => existsSync(join(d, 'tools', 'score.py'))) ?? resolve(ROOT, '../shared'));
