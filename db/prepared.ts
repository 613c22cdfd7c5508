/**
 * Statements run as prepared statements: parsed (and, once PostgreSQL settles on a generic plan, planned)
 * once per connection rather than at every call. Worth it for a statement run once per article whose
 * text never changes: the caller gives it ONE shape, every part present whatever the article holds.
 *
 * PostgreSQL: a named statement of node-postgres, which parses it on each pooled connection's first use.
 * PGlite: its `query()` parses an unnamed statement at every call (parse, describe, bind, describe,
 * execute, sync); here each text is parsed and described once per instance, and a call is one bind,
 * describe, execute and sync. Rows come back through PGlite's own type parsers.
 */
import { parse, protocol, type PGlite, type Results } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { embeddedClient, type Database, type Transaction } from './client.js';

const dialect = new PgDialect();

/** One statement name per text, the same on every connection. */
const names = new Map<string, string>();

/** Per PGlite instance, the parameter types of each statement it has parsed, by name. */
const parsedBy = new WeakMap<PGlite, Map<string, number[]>>();

function nameOf(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `newsflow_${names.size}`;
    names.set(text, name);
  }
  return name;
}

function concat(messages: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(messages.reduce((n, m) => n + m.length, 0));
  let at = 0;
  for (const m of messages) {
    out.set(m, at);
    at += m.length;
  }
  return out;
}

/** Runs `query` inside `tx` (a transaction of `db`) as a prepared statement; the result has `rows`, as `tx.execute`'s. */
export async function executePrepared(db: Database, tx: Transaction, query: SQL): Promise<unknown> {
  const { sql: text, params } = dialect.sqlToQuery(query);
  const name = nameOf(text);
  const pglite = embeddedClient(db);
  if (!pglite) return tx._.session.prepareQuery({ sql: text, params }, undefined, name, false).execute();
  // PGlite has one connection, inside `tx` now: the statement runs on it directly, between tx's own queries.
  return pglite._runExclusiveQuery(() => runOnPglite(pglite, name, text, params));
}

async function runOnPglite(pglite: PGlite, name: string, text: string, params: unknown[]): Promise<Results> {
  const { serialize } = protocol;
  const parsed = parsedBy.get(pglite) ?? new Map<string, number[]>();
  parsedBy.set(pglite, parsed);
  let types = parsed.get(name);
  if (!types) {
    const { messages } = await pglite.execProtocol(
      concat([serialize.parse({ name, text }), serialize.describe({ type: 'S', name }), serialize.sync()]),
      { syncToFs: false },
    );
    types = parse.parseDescribeStatementResults(messages);
    parsed.set(name, types);
  }
  // Values as PGlite's query() serialises them: by the parameter's type, null as null.
  const values = params.map((value, i) => {
    if (value === null || value === undefined) return null;
    const serializer = pglite.serializers[types[i]!];
    return serializer ? serializer(value) : String(value);
  });
  const { messages } = await pglite.execProtocol(
    concat([serialize.bind({ statement: name, values }), serialize.describe({ type: 'P' }), serialize.execute({}), serialize.sync()]),
    { syncToFs: false },
  );
  return parse.parseResults(messages, pglite.parsers, { rowMode: 'object' })[0]!;
}
