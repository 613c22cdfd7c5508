import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseBusyError, lockDataDir } from '../../../db/pglite-lock.js';

const dir = () => join(mkdtempSync(join(tmpdir(), 'newsflow-lock-')), 'pglite');

describe('the embedded database lock', () => {
  it('is shared within a process and removed when the last open closes', () => {
    const d = dir();
    const first = lockDataDir(d);
    const second = lockDataDir(d);
    expect(readFileSync(`${d}.lock`, 'utf8')).toBe(String(process.pid));
    first();
    first(); // releasing twice counts once
    expect(existsSync(`${d}.lock`)).toBe(true);
    second();
    expect(existsSync(`${d}.lock`)).toBe(false);
  });

  it('refuses a directory that a live process holds, naming it', () => {
    const d = dir();
    writeFileSync(`${d}.lock`, String(process.ppid));
    expect(() => lockDataDir(d)).toThrow(DatabaseBusyError);
    expect(() => lockDataDir(d)).toThrow(`is open in process ${process.ppid}`);
    expect(readFileSync(`${d}.lock`, 'utf8')).toBe(String(process.ppid));
  });

  it('takes over a lock left by a process that is gone', () => {
    const d = dir();
    writeFileSync(`${d}.lock`, String(2 ** 22 + 1000)); // above Linux's largest pid
    const release = lockDataDir(d);
    expect(readFileSync(`${d}.lock`, 'utf8')).toBe(String(process.pid));
    release();
  });
});
