import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyDatabaseSnapshot, openDatabase, rowsOf } from '../../../db/client.js';

describe('the empty embedded database that newsflow analyze loads', () => {
  it('is migrated, holds one database with small WAL segments, and opens with a small buffer pool', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'newsflow-snapshot-')), 'empty.tar.gz');
    writeFileSync(file, await emptyDatabaseSnapshot());
    const handle = await openDatabase({ kind: 'pglite', dataDir: null, snapshot: file });
    try {
      const one = async (query: string) => Object.values(rowsOf<Record<string, unknown>>(await handle.db.execute(query))[0]!)[0];
      expect(await one('SELECT count(*)::int FROM drizzle.__drizzle_migrations')).toBeGreaterThan(0);
      expect(await one('SELECT string_agg(datname, \',\') FROM pg_database')).toBe('postgres');
      expect(await one('SHOW wal_segment_size')).toBe('1MB');
      expect(await one('SHOW shared_buffers')).toBe('16MB');
      await handle.migrate(); // nothing left to apply
      expect(await one('SELECT count(*)::int FROM articles')).toBe(0);
    } finally {
      await handle.close();
    }
  });
});
