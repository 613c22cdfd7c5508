/**
 * The embedded default end to end, with no services: `newsflow demo` into a fresh PGlite directory,
 * then `newsflow ui` serving the analyst pages from it (the real command, as a child process, with
 * DATABASE_URL and REDIS_URL empty), behind the token.
 */
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TOKEN = 'ui-command-token-0123456789';

describe('npm run demo, then newsflow ui, on the embedded default', () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  let child: ChildProcess | null = null;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'newsflow-ui-'));
    env = { ...process.env, DATABASE_URL: '', REDIS_URL: '', NEWSFLOW_DATA_DIR: dataDir, NEWSFLOW_PORT: '0', LOG_LEVEL: 'warn' };
  });

  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('the demo says how to open the pages, and `newsflow ui` serves them from its PGlite', { timeout: 240_000 }, async () => {
    const demo = await promisify(execFile)(process.execPath, ['cli/bin.js', 'demo'], { cwd: ROOT, env, timeout: 180_000 });
    expect(demo.stdout).toContain('embedded PGlite');
    expect(demo.stdout).toMatch(/Browse it: npx newsflow ui, then open http:\/\/127\.0\.0\.1:0\/events/);
    const events = Number(/^EVENTS \((\d+)\)$/m.exec(demo.stdout)![1]);
    expect(events).toBeGreaterThan(30);

    child = spawn(process.execPath, ['cli/bin.js', 'ui'], { cwd: ROOT, env: { ...env, NEWSFLOW_API_TOKEN: TOKEN }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const address = await new Promise<string>((resolve, reject) => {
      child!.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /open (http:\/\/[^/\s]+)\//.exec(out);
        if (m) resolve(m[1]!);
      });
      child!.once('exit', (code) => reject(new Error(`newsflow ui exited (${code}) before listening: ${out}`)));
    });
    expect(out).toContain('embedded PGlite');

    expect((await fetch(`${address}/events`)).status).toBe(401);
    const auth = { headers: { Authorization: `Bearer ${TOKEN}` } };
    const html = await (await fetch(`${address}/events?per=500`, auth)).text();
    expect(html).toContain(`page 1 of 1 · ${events} row(s)`);
    expect(html.match(/<a class="evidence"/g)).toHaveLength(events);
    const csv = await (await fetch(`${address}/events.csv`, auth)).text();
    expect(csv.startsWith('event_id,article_id,')).toBe(true);
    const entities = await (await fetch(`${address}/entities.json`, auth)).json();
    expect((entities as unknown[]).length).toBeGreaterThan(10);
    expect((await fetch(`${address}/board`, auth)).status).toBe(404);

    // PGlite cannot share its directory: another command is refused while `ui` has it open
    // (it would lose its writes), and works once `ui` has stopped.
    const run = (args: string[]) =>
      promisify(execFile)(process.execPath, ['cli/bin.js', ...args], { cwd: ROOT, env, timeout: 120_000 }).then(
        (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
        (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
      );
    const busy = await run(['query', 'events', '--type', 'production']);
    expect(busy.code).toBe(2);
    expect(busy.stderr).toContain(`is open in process ${child.pid} (a running \`newsflow ui\`?)`);
    expect(existsSync(`${dataDir}/pglite.lock`)).toBe(true);

    child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => child!.once('exit', resolve));
    expect(code).toBe(0);
    expect(existsSync(`${dataDir}/pglite.lock`)).toBe(false);
    const after = await run(['query', 'events', '--type', 'production']);
    expect(after.code).toBe(0);
    expect(after.stdout).toMatch(/\d+ event\(s\)/);
  });
});
