/**
 * Wires a command to its services from the validated config: PostgreSQL or embedded PGlite,
 * BullMQ or the in-process runner, and the NER model (loaded once per process).
 */
import { resolve } from 'node:path';
import { openDatabase, type DatabaseHandle, type DatabaseTarget } from '../db/client.js';
import { loadNerModel, type NerModel } from '../pipeline/entities/ner-model.js';
import type { Config } from '../workers/config.js';

export function databaseTarget(config: Config): DatabaseTarget {
  return config.DATABASE_URL
    ? { kind: 'postgres', url: config.DATABASE_URL }
    : { kind: 'pglite', dataDir: resolve(config.NEWSFLOW_DATA_DIR, 'pglite') };
}

/** Opens the configured database and applies migrations. */
export async function openMigratedDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  const handle = await openDatabase(target);
  try {
    await handle.migrate();
  } catch (err) {
    await handle.close();
    throw err;
  }
  return handle;
}

let nerModel: Promise<NerModel> | null = null;

/** The shipped NER model, loaded on first use and shared by the whole process. */
export function sharedNerModel(): Promise<NerModel> {
  return (nerModel ??= loadNerModel());
}

export function describeTarget(target: DatabaseTarget): string {
  return target.kind === 'postgres'
    ? `PostgreSQL ${target.url.replace(/\/\/[^@/]*@/, '//***@')}`
    : `embedded PGlite (${target.dataDir ?? 'in memory'})`;
}
