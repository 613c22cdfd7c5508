/**
 * Finding 5 of issue 20: the command runs compiled JavaScript (dist/, built by `npm ci` and
 * `npm test`), never TypeScript compiled at start, and `--help` loads no database driver, queue or
 * model library. What it loads is traced through Node's module hooks: no timing is asserted here
 * (`npm run bench` times both commands).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TRACE = fileURLToPath(new URL('../fixtures/trace-imports.mjs', import.meta.url));

describe('the newsflow command starts from compiled JavaScript', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsflow-startup-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  /** Runs `node cli/bin.js ARGS` and returns its stdout and every module URL it loaded. */
  async function traced(args: string[], name: string): Promise<{ stdout: string; loaded: string[] }> {
    const file = join(dir, `${name}.trace`);
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', TRACE, 'cli/bin.js', ...args], {
      cwd: ROOT,
      env: { ...process.env, NEWSFLOW_TRACE_IMPORTS: file, NEWSFLOW_FROM_SOURCE: '' },
      timeout: 120_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { stdout, loaded: (await readFile(file, 'utf8')).split('\n').filter(Boolean) };
  }

  it('is built (npm run build; npm ci and npm test run it)', () => {
    expect(existsSync(join(ROOT, 'dist/cli/main.js')), 'dist/cli/main.js is missing: run `npm run build`').toBe(true);
    expect(existsSync(join(ROOT, 'dist/pglite-empty.tar.gz'))).toBe(true);
  });

  it('--help loads no TypeScript, no compiler, and none of the heavy libraries', async () => {
    const { stdout, loaded } = await traced(['--help'], 'help');
    expect(stdout).toContain('Usage: newsflow');
    expect(loaded.filter((u) => u.endsWith('.ts'))).toEqual([]);
    for (const heavy of ['/tsx/', '/bullmq/', '/@electric-sql/pglite/', '/pg/', '/@xenova/transformers/', '/onnxruntime-node/', '/compromise/', '/zod/']) {
      expect(loaded.filter((u) => u.includes(`/node_modules${heavy}`)), heavy).toEqual([]);
    }
  });

  it('analyze runs compiled code on one short article and prints the gold document', async () => {
    const file = join(dir, 'short.txt');
    await writeFile(file, 'UzAuto Motors made cars in Tashkent.\n');
    const { stdout, loaded } = await traced(['analyze', file], 'analyze');
    expect(loaded.filter((u) => u.endsWith('.ts') || u.includes('/node_modules/tsx/'))).toEqual([]);
    const gold = JSON.parse(stdout) as { documents: Array<{ mentions: Array<{ text: string }> }> };
    expect(gold.documents[0]!.mentions.map((m) => m.text)).toEqual(['UzAuto Motors', 'Tashkent']);
  });
});
