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
// 4. dist/cli/commands/analyze-store.js: the other side of `newsflow analyze` (database layer,
//    linking, export) as one module the same way, in place of tsc's. PGlite stays a package import (it
//    loads its WebAssembly and data files from beside its own modules); so does the in-process runner's
//    lazy import of the stages, which `newsflow analyze` never takes (its stages run on the thread).
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

const dist = join(root, 'dist');

/**
 * Keeps a dynamic import of one of the project's own modules out of a bundle, as an import of its
 * compiled file: code a bundle's command may never run stays unloaded.
 */
function lazyImportsStayOut(outfile) {
  return {
    name: 'lazy-imports-stay-out',
    setup(b) {
      b.onResolve({ filter: /^\./ }, (args) => {
        if (args.kind !== 'dynamic-import') return undefined;
        const compiled = relative(dirname(outfile), join(dist, relative(root, join(args.resolveDir, args.path))));
        return { path: compiled.startsWith('.') ? compiled : `./${compiled}`, external: true };
      });
    },
  };
}

/** One module for `entry` at `outfile`, with `external` packages left as imports. */
async function bundle(entry, outfile, external) {
  await build({
    entryPoints: [join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external,
    plugins: [lazyImportsStayOut(outfile)],
    // CommonJS packages inside an ES module bundle still call require() for Node's own modules
    banner: { js: "import { createRequire as newsflowRequire } from 'node:module'; const require = newsflowRequire(import.meta.url);" },
    logLevel: 'warning',
  });
}

await bundle('workers/analysis-thread.ts', join(dist, 'workers', 'analysis-thread.js'), ['onnxruntime-node']);
await bundle('cli/commands/analyze-store.ts', join(dist, 'cli', 'commands', 'analyze-store.js'), ['@electric-sql/pglite', '@electric-sql/pglite/*']);
