/**
 * What the benchmarks read of other processes from /proc (Linux): peak memory and CPU time of the
 * worker processes, and CPU time of the database and queue servers they use.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** The database and queue servers whose CPU counts towards the workers' end-to-end cost. */
export const SERVERS = /^(?:postgres: |redis-server)/;

/** Peak resident memory (VmHWM) of a running process, in MB; null once it is gone. */
export function peakRssMb(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
  } catch {
    return null;
  }
}

/** CPU seconds (user + system, all threads) a process has used so far; 0 once it is gone. */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** CPU seconds used so far by every running process whose command line matches (the PostgreSQL and Redis servers). */
export function cpuSecondsOf(command: RegExp): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (command.test(readFileSync(`/proc/${entry}/cmdline`, 'utf8'))) total += cpuSeconds(Number(entry));
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}
