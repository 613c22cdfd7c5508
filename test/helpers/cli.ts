/**
 * The real `newsflow` command (cli/bin.js) as a child process, pointed at one test's database and
 * queue prefix on the machine's Redis.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { REDIS_URL } from './services.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runNewsflow(args: string[], target: { databaseUrl: string; prefix: string }, timeoutMs = 60_000): Promise<CliRun> {
  return promisify(execFile)(process.execPath, ['cli/bin.js', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: target.databaseUrl, REDIS_URL, NEWSFLOW_QUEUE_PREFIX: target.prefix, LOG_LEVEL: 'warn' },
    timeout: timeoutMs,
  }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}
