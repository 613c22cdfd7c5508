import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';

/** Reads a whole UTF-8 file, gunzipping it when it starts with the gzip magic bytes. */
export async function readTextFile(path: string): Promise<string> {
  let data = await readFile(path);
  if (data[0] === 0x1f && data[1] === 0x8b) data = gunzipSync(data);
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(data);
}

/** The file's lines without line terminators; a final empty line (trailing newline) is dropped. */
export async function readLines(path: string): Promise<string[]> {
  const lines = (await readTextFile(path)).split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}
