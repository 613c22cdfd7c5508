// After `tsc -p cli/tsconfig.build.json` (`npm run build`):
// 1. the compiled modules in dist/ find their data where the sources do
//    (`new URL('../../models/…', import.meta.url)`), through relative links to those folders;
// 2. dist/pglite-empty.tar.gz: an empty, migrated embedded database that `newsflow analyze` loads
//    instead of running PGlite's initdb on every start;
// 3. dist/workers/analysis-thread.js: the analysis thread and every stage it loads as ONE module
//    (esbuild). Resolving, reading and compiling ~100 modules one by one was most of the thread's
//    start-up, the critical path of `newsflow analyze` and of a worker's start (importing the stages:
//    ~1,050 ms as separate modules, ~580 ms bundled, on this project's 2-core machine). The native
//    onnxruntime-node stays a package import. The bundle sits where tsc put the thread, so its
//    `new URL('../../models/…', import.meta.url)` reaches the repository's models/ folder.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
for (const dir of ['models/langid', 'models/ner', 'db/migrations', 'seeds']) {
  const link = join(root, 'dist', dir);
  mkdirSync(dirname(link), { recursive: true });
  rmSync(link, { recursive: true, force: true });
  symlinkSync(relative(dirname(link), join(root, dir)), link, 'dir');
}

const { emptyDatabaseSnapshot } = await import(new URL('../dist/db/client.js', import.meta.url).href);
writeFileSync(join(root, 'dist', 'pglite-empty.tar.gz'), await emptyDatabaseSnapshot());

await build({
  entryPoints: [join(root, 'workers', 'analysis-thread.ts')],
  outfile: join(root, 'dist', 'workers', 'analysis-thread.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['onnxruntime-node'],
  // CommonJS packages inside an ES module bundle still call require() for Node's own modules
  banner: { js: "import { createRequire as newsflowRequire } from 'node:module'; const require = newsflowRequire(import.meta.url);" },
  logLevel: 'warning',
});
