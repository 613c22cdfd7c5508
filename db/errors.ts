/**
 * Database failures as short messages. A failed drizzle query's own message holds the whole SQL
 * statement and its parameters (an article's text, hundreds of KB); nothing outside this layer
 * should ever show it. `StorageError` keeps PostgreSQL's message and SQLSTATE code only.
 */
import { DrizzleQueryError } from 'drizzle-orm/errors';

export class StorageError extends Error {
  /** PostgreSQL's SQLSTATE, when the server answered (undefined: no answer, e.g. connection lost). */
  readonly code: string | undefined;

  constructor(message: string, code: string | undefined) {
    super(message);
    this.name = this.constructor.name;
    this.code = code;
    Object.setPrototypeOf(this, new.target.prototype);
  }

  /** A value the server refused (class 22 data exception, class 23 constraint): retrying cannot help. */
  get invalidValue(): boolean {
    return this.code !== undefined && (this.code.startsWith('22') || this.code.startsWith('23'));
  }
}

const MAX_MESSAGE = 200;

/** PostgreSQL's (or the driver's) own message and code, without the statement and its parameters. */
export function storageError(err: unknown, doing: string): StorageError {
  if (err instanceof StorageError) return err;
  const cause = err instanceof DrizzleQueryError && err.cause ? err.cause : err;
  const code = typeof (cause as { code?: unknown })?.code === 'string' ? (cause as { code: string }).code : undefined;
  const raw = cause instanceof Error ? cause.message : String(cause);
  const message = raw.startsWith('Failed query:') ? 'query failed' : raw.split('\n', 1)[0]!.slice(0, MAX_MESSAGE);
  return new StorageError(`${doing}: ${message}${code && /^[0-9A-Z]{5}$/.test(code) ? ` (SQLSTATE ${code})` : ''}`, code);
}
