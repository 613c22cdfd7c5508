/**
 * `npm run versions [-- --check]`: recomputes the content hash of every stage's sources
 * (pipeline/stage-sources.ts) and writes pipeline/versions.json; with --check, exits 1 when the
 * stored hashes are stale instead of writing.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STAGE_SOURCES, type VersionedStage } from '../pipeline/stage-sources.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const VERSIONS_FILE = join(ROOT, 'pipeline', 'versions.json');

function filesUnder(path: string): string[] {
  const abs = join(ROOT, path);
  if (!statSync(abs).isDirectory()) return [abs];
  return readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(?:ts|json)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** SHA-256 over the stage's files: each file's repository path and bytes, in path order (line endings as stored). */
export function stageHash(stage: VersionedStage): string {
  const h = createHash('sha256');
  const files = [...new Set(STAGE_SOURCES[stage].flatMap(filesUnder))].sort();
  for (const f of files) {
    h.update(relative(ROOT, f).split('\\').join('/'));
    h.update('\0');
    h.update(readFileSync(f));
    h.update('\0');
  }
  return h.digest('hex');
}

export function currentHashes(): Record<VersionedStage, string> {
  return Object.fromEntries(Object.keys(STAGE_SOURCES).map((s) => [s, stageHash(s as VersionedStage)])) as Record<VersionedStage, string>;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const hashes = currentHashes();
  const text = `${JSON.stringify(hashes, null, 2)}\n`;
  if (process.argv.includes('--check')) {
    const stored = readFileSync(VERSIONS_FILE, 'utf8');
    if (stored !== text) {
      process.stderr.write('pipeline/versions.json is stale: run `npm run versions`\n');
      process.exit(1);
    }
    process.stdout.write('pipeline/versions.json is current\n');
  } else {
    writeFileSync(VERSIONS_FILE, text);
    process.stdout.write(`wrote pipeline/versions.json (${Object.keys(hashes).length} stages)\n`);
  }
}
