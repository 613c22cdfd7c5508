import pino from 'pino';

/** Structured JSON logs on stderr (stdout stays for command output). */
export function createLogger(level: string) {
  return pino({ level, base: { service: 'newsflow' } }, pino.destination(2));
}

export type Logger = ReturnType<typeof createLogger>;
