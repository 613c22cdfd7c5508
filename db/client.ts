/**
 * Opens the database: PostgreSQL through `pg` when a URL is given, else embedded PGlite
 * (a directory, or in memory). Both speak the same drizzle API; migrations are applied here.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { lockDataDir } from './pglite-lock.js';
import * as schema from './schema.js';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** Rows of a raw `db.execute(sql…)` result (both drivers return `{ rows }`). */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));

export type DatabaseTarget =
  | { kind: 'postgres'; url: string; poolSize?: number }
  /**
   * `snapshot`: a dump of an already migrated empty database (`emptyDatabaseSnapshot`), loaded instead of
   * running initdb. Only for an in-memory database (`dataDir: null`); ignored when the file is missing.
   */
  | { kind: 'pglite'; dataDir: string | null; snapshot?: string };

export interface DatabaseHandle {
  db: Database;
  target: DatabaseTarget;
  /** Applies the committed drizzle-kit migrations (idempotent). */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

/**
 * PostgreSQL's buffer pool of an in-memory PGlite. Its pages live in PGlite's in-memory file system
 * already; the default pool (128 MB) held a second copy and was touched at start-up (~80 MB of RSS).
 */
const IN_MEMORY_SHARED_BUFFERS = '16MB';
const IN_MEMORY_START_PARAMS = [...PGlite.defaultStartParams, '-c', `shared_buffers=${IN_MEMORY_SHARED_BUFFERS}`];

/**
 * An empty migrated in-memory database as a gzipped tar, for `snapshot`: as small as PostgreSQL
 * allows, since loading it is most of an embedded start (1 MB WAL segments instead of 16 MB; no
 * template databases, which nothing here creates databases from; checkpointed, so a start replays no WAL).
 */
export async function emptyDatabaseSnapshot(): Promise<Buffer> {
  const client = new PGlite({ initDbStartParams: ['--wal-segsize=1'], startParams: IN_MEMORY_START_PARAMS });
  try {
    await migratePglite(drizzlePglite(client, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
    await client.exec("UPDATE pg_database SET datistemplate = false WHERE datname IN ('template0', 'template1')");
    // one statement each: DROP DATABASE cannot run inside the implicit transaction of a multi-statement exec
    for (const statement of ['DROP DATABASE template0', 'DROP DATABASE template1', 'CHECKPOINT']) await client.exec(statement);
    return Buffer.from(await (await client.dumpDataDir('gzip')).arrayBuffer());
  } finally {
    await client.close();
  }
}

/**
 * Databases that run one transaction at a time: an embedded PGlite has one connection, runs each
 * transaction exclusively, and one process per directory (pglite-lock.ts), so no lock taken for
 * another transaction's sake can ever be contended there.
 */
const embedded = new WeakMap<Database, PGlite>();

export function runsOneTransactionAtATime(db: Database): boolean {
  return embedded.has(db);
}

/** The PGlite instance behind an embedded database (undefined for PostgreSQL). */
export function embeddedClient(db: Database): PGlite | undefined {
  return embedded.get(db);
}

export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 5 });
    // An idle client losing its server (a PostgreSQL restart) must not crash the process.
    pool.on('error', () => undefined);
    // Nor a checked-out one between two queries (inside a transaction): its next query fails
    // instead, the job retries, and the pool drops the broken client on release.
    pool.on('connect', (client) => client.on('error', () => undefined));
    const db = drizzlePg(pool, { schema });
    return {
      db: db as unknown as Database,
      target,
      migrate: () => migratePg(db, { migrationsFolder: MIGRATIONS_FOLDER }),
      close: () => pool.end(),
    };
  }
  if (target.dataDir) mkdirSync(target.dataDir, { recursive: true });
  // One process at a time on a directory (see pglite-lock.ts); in memory needs no lock.
  const release = target.dataDir ? lockDataDir(target.dataDir) : () => undefined;
  // in memory, an empty migrated database may be loaded from a snapshot instead of running initdb
  const snapshot = !target.dataDir && target.snapshot && existsSync(target.snapshot) ? readFileSync(target.snapshot) : null;
  let client: PGlite;
  try {
    client = target.dataDir
      ? new PGlite(target.dataDir)
      : new PGlite({ startParams: IN_MEMORY_START_PARAMS, ...(snapshot ? { loadDataDir: new Blob([snapshot]) } : {}) });
  } catch (err) {
    release();
    throw err;
  }
  const db = drizzlePglite(client, { schema });
  embedded.set(db as unknown as Database, client);
  return {
    db: db as unknown as Database,
    target,
    migrate: () => migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER }),
    close: async () => {
      try {
        await client.close();
      } finally {
        release();
      }
    },
  };
}
