/**
 * docker-compose.yml, the production path of the README: it must parse, name the services the
 * README promises, and keep the worker scalable with `--scale worker=N`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Service {
  command?: string[];
  container_name?: string;
  ports?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
}

const compose = parse(readFileSync(new URL('../../../docker-compose.yml', import.meta.url), 'utf8'), { merge: true }) as {
  services: Record<string, Service>;
};

describe('docker-compose.yml', () => {
  it('has redis, postgres, a one-shot migrate, worker and board', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['board', 'migrate', 'postgres', 'redis', 'worker']);
    expect(compose.services.migrate!.command).toEqual(['npx', 'newsflow', 'migrate']);
    expect(compose.services.worker!.command).toEqual(['npx', 'newsflow', 'worker']);
    expect(compose.services.board!.command).toEqual(['npx', 'newsflow', 'board']);
  });

  it('starts workers only after the migration, against the compose Redis and PostgreSQL', () => {
    const worker = compose.services.worker!;
    expect(worker.depends_on?.migrate).toEqual({ condition: 'service_completed_successfully' });
    expect(worker.environment?.REDIS_URL).toBe('redis://redis:6379');
    expect(worker.environment?.DATABASE_URL).toMatch(/@postgres:5432\//);
  });

  it('keeps the worker scalable: no fixed container name or host port', () => {
    expect(compose.services.worker!.container_name).toBeUndefined();
    expect(compose.services.worker!.ports).toBeUndefined();
  });

  it('makes the board demand a token, since it listens on all interfaces', () => {
    const board = compose.services.board!;
    expect(board.environment?.NEWSFLOW_HOST).toBe('0.0.0.0');
    expect(board.environment?.NEWSFLOW_API_TOKEN).toMatch(/^\$\{NEWSFLOW_API_TOKEN:\?/);
    expect(board.ports).toEqual(['127.0.0.1:3000:3000']);
  });
});
