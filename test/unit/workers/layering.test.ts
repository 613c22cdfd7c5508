import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

describe('layering', () => {
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
