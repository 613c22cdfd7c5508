/**
 * One process at a time on an embedded PGlite directory. PGlite keeps the database in the
 * process's memory and writes it back to the directory: a second process writing the same
 * directory meanwhile loses its writes (an article enqueued while `newsflow ui` ran was gone after
 * `ui` stopped). So opening a directory takes `<dir>.lock` holding the process id; a second process
 * is refused while that process lives. Opens within one process share the lock.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

export class DatabaseBusyError extends Error {
  constructor(dataDir: string, pid: number, lockPath: string) {
    super(
      `the embedded database in ${dataDir} is open in process ${pid} (a running \`newsflow ui\`?); stop it first, ` +
        `as PGlite cannot share a directory between processes (if no such process runs, delete ${lockPath})`,
    );
    this.name = this.constructor.name;
  }
}

/** Opens per lock file in this process. */
const held = new Map<string, number>();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function acquire(dataDir: string, lockPath: string): void {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    let pid = NaN;
    try {
      pid = Number(readFileSync(lockPath, 'utf8').trim());
    } catch {
      continue; // removed meanwhile: try again
    }
    if (Number.isSafeInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) throw new DatabaseBusyError(dataDir, pid, lockPath);
    rmSync(lockPath, { force: true }); // left by a process that is gone
  }
  throw new Error(`could not take ${lockPath}`);
}

process.once('exit', () => {
  for (const lockPath of held.keys()) rmSync(lockPath, { force: true });
});

/** Takes the directory's lock (or shares this process's); returns its release. */
export function lockDataDir(dataDir: string): () => void {
  const lockPath = `${dataDir.replace(/\/+$/, '')}.lock`;
  const count = held.get(lockPath) ?? 0;
  if (count === 0) acquire(dataDir, lockPath);
  held.set(lockPath, count + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (held.get(lockPath) ?? 1) - 1;
    if (left > 0) return void held.set(lockPath, left);
    held.delete(lockPath);
    rmSync(lockPath, { force: true });
  };
}
