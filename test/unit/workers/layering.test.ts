import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

function sources(dir: string): Array<[string, string]> {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => {
      const path = join(e.parentPath, e.name);
      return [path.slice(ROOT.length), readFileSync(path, 'utf8')];
    });
}

const imports = (source: string): string[] => [...source.matchAll(/^import[^;]*?from\s+'([^']+)'/gmu)].map((m) => m[1]!);

/** Packages a module loads through its static value imports, followed through the project's own files. */
function loadedPackages(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?from\s+'([^']+)'|^import\s+'([^']+)'/gmu)) {
      const spec = (m[1] ?? m[2])!;
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/u, '.ts')));
      else if (!spec.startsWith('node:')) packages.add(spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/'));
    }
  };
  visit(join(ROOT, entry));
  return packages;
}

describe('layering', () => {
  it('newsflow analyze and the in-process runner load no BullMQ or Redis client', () => {
    for (const entry of ['cli/commands/analyze-store.ts', 'workers/article-queue.ts']) {
      const packages = loadedPackages(entry);
      expect(packages.has('drizzle-orm'), entry).toBe(true); // the walk reaches the database layer
      expect([...packages].filter((p) => p === 'bullmq' || p === 'ioredis'), entry).toEqual([]);
    }
  });

  it('newsflow analyze leaves the stages and the model to its analysis thread', () => {
    const packages = loadedPackages('cli/commands/analyze-store.ts');
    expect(packages.has('@electric-sql/pglite')).toBe(true);
    expect([...packages].filter((p) => ['compromise', 'chrono-node', 'onnxruntime-node', '@xenova/transformers', 'franc'].includes(p))).toEqual([]);
  });

  it('newsflow analyze starts its analysis thread before it loads any package', () => {
    expect([...loadedPackages('cli/commands/analyze.ts')]).toEqual([]);
  });

  it('the pure pipeline imports no queue, database or worker code', () => {
    for (const [file, source] of sources('pipeline')) {
      for (const spec of imports(source)) {
        expect(spec, file).not.toMatch(/^(?:bullmq|ioredis|pg|drizzle-orm|@electric-sql\/pglite)(?:\/|$)|\/(?:db|workers|cli)\//);
      }
    }
  });

  it('db/ takes nothing from workers/ or cli/', () => {
    for (const [file, source] of sources('db')) {
      for (const spec of imports(source)) expect(spec, file).not.toMatch(/\/(?:workers|cli)\//);
    }
  });
});
