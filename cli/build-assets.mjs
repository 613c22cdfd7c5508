// After `tsc -p cli/tsconfig.build.json` (`npm run build`):
// 1. the compiled modules in dist/ find their data where the sources do
//    (`new URL('../../models/…', import.meta.url)`), through relative links to those folders;
// 2. dist/pglite-empty.tar.gz: an empty, migrated embedded database that `newsflow analyze` loads
//    instead of running PGlite's initdb on every start.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
for (const dir of ['models/langid', 'models/ner', 'db/migrations', 'seeds']) {
  const link = join(root, 'dist', dir);
  mkdirSync(dirname(link), { recursive: true });
  rmSync(link, { recursive: true, force: true });
  symlinkSync(relative(dirname(link), join(root, dir)), link, 'dir');
}

const { emptyDatabaseSnapshot } = await import(new URL('../dist/db/client.js', import.meta.url).href);
writeFileSync(join(root, 'dist', 'pglite-empty.tar.gz'), await emptyDatabaseSnapshot());
