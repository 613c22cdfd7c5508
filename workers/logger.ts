import pino from 'pino';

/** Structured JSON logs, on stderr unless told otherwise (stdout stays for command output). */
export function createLogger(level: string, destination: pino.DestinationStream = pino.destination(2)) {
  return pino({ level, base: { service: 'newsflow' } }, destination);
}

export type Logger = ReturnType<typeof createLogger>;
