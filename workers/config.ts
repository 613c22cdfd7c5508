/**
 * The one place that reads `process.env`: validated once with zod; a bad value stops start-up
 * with a message naming every offending variable.
 */
import { z } from 'zod';

const optionalUrl = (protocols: readonly string[]) =>
  z
    .string()
    .trim()
    .transform((v) => (v === '' ? undefined : v))
    .optional()
    .refine((v) => v === undefined || protocols.some((p) => v.startsWith(`${p}://`)), {
      message: `must be a URL starting with ${protocols.map((p) => `${p}://`).join(' or ')}`,
    });

const EnvSchema = z.object({
  /** PostgreSQL; unset = embedded PGlite in NEWSFLOW_DATA_DIR. */
  DATABASE_URL: optionalUrl(['postgres', 'postgresql']),
  /** Redis for BullMQ; unset = in-process queue runner. */
  REDIS_URL: optionalUrl(['redis', 'rediss']),
  NEWSFLOW_QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,64}$/, 'letters, digits, _ . - only (at most 64)')
    .default('newsflow'),
  /** Bearer token for the HTTP API, the board and workers' metrics: 16+ characters, no spaces. */
  NEWSFLOW_API_TOKEN: z
    .string()
    .min(16, 'must be at least 16 characters')
    .regex(/^\S+$/, 'must not contain spaces or other white space (a header cannot carry them intact)')
    .optional(),
  NEWSFLOW_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  /** Where embedded mode keeps its PGlite database. */
  NEWSFLOW_DATA_DIR: z.string().min(1).default('.newsflow'),
  NEWSFLOW_HOST: z.string().min(1).default('127.0.0.1'),
  NEWSFLOW_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** When set, each worker process serves Prometheus metrics on this port at /metrics. */
  NEWSFLOW_METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof EnvSchema>;

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = this.constructor.name;
  }
}

/** Parses the environment; throws a ConfigError listing each bad `NAME=value: reason`. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? '?');
    const shown = name === 'NEWSFLOW_API_TOKEN' ? '<hidden>' : JSON.stringify(env[name]);
    return `  ${name}=${shown}: ${issue.message}`;
  });
  throw new ConfigError(`invalid environment:\n${lines.join('\n')}`);
}
