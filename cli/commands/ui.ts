/**
 * `newsflow ui`: the analyst pages (articles, events, entities, charts, exports) on whichever
 * database is configured — the embedded PGlite included — with no Redis. Same server, same token
 * rules as `newsflow board`, without the board and POST /articles.
 */
import type { Config } from '../../workers/config.js';
import { createLogger } from '../../workers/logger.js';
import { buildServer } from '../../workers/server.js';
import { databaseTarget, describeTarget, openMigratedDatabase } from '../runtime.js';

export async function ui(config: Config): Promise<void> {
  const log = createLogger(config.LOG_LEVEL);
  const target = databaseTarget(config);
  const handle = await openMigratedDatabase(target);
  try {
    const app = await buildServer({ db: handle.db, token: config.NEWSFLOW_API_TOKEN, host: config.NEWSFLOW_HOST, log });
    const address = await app.listen({ host: config.NEWSFLOW_HOST, port: config.NEWSFLOW_PORT });
    process.stdout.write(
      `analyst pages on ${describeTarget(target)}: open ${address}/ (events: ${address}/events, entities: ${address}/entities)\n` +
        (config.NEWSFLOW_API_TOKEN
          ? 'your browser asks for a user name and password: leave the name empty and give NEWSFLOW_API_TOKEN as the password\n'
          : 'NEWSFLOW_API_TOKEN is not set: the pages are open to users of this machine only (loopback)\n') +
        'stop with Ctrl-C\n',
    );
    await new Promise<void>((resolveStop) => {
      process.once('SIGINT', () => resolveStop());
      process.once('SIGTERM', () => resolveStop());
    });
    await app.close();
  } finally {
    await handle.close();
  }
}
