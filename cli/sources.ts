/**
 * Reads what an operator hands to `newsflow enqueue`: .txt files (first line = title, the whole
 * file = text), .jsonl/.ndjson lines, directories of those, and `-` for stdin. Every item keeps
 * its origin (`file` or `file:line`) so a refusal names where the bad input was.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

export interface SourceItem {
  origin: string;
  /** The raw article object to validate, or the reason it could not even be read. */
  raw: unknown;
  readError?: string;
}

const TEXT_EXT = new Set(['.txt']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson']);

function decodeUtf8(data: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return null;
  }
}

/** The title is left to `parseArticleInput`, which takes the first line of the text. */
function fromText(origin: string, text: string): SourceItem {
  return { origin, raw: { text, source: origin } };
}

function fromJsonl(origin: string, content: string): SourceItem[] {
  const items: SourceItem[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${origin}:${i + 1}`;
    try {
      items.push({ origin: where, raw: JSON.parse(line) });
    } catch (err) {
      items.push({ origin: where, raw: null, readError: `invalid JSON: ${(err as Error).message}` });
    }
  });
  return items;
}

function fromBuffer(origin: string, data: Buffer, asJsonl: boolean): SourceItem[] {
  const content = decodeUtf8(data);
  if (content === null) return [{ origin, raw: null, readError: 'not valid UTF-8 text' }];
  return asJsonl ? fromJsonl(origin, content) : [fromText(origin, content)];
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function* walk(path: string): AsyncGenerator<string> {
  const info = await stat(path);
  if (!info.isDirectory()) {
    yield path;
    return;
  }
  for (const entry of (await readdir(path)).sort()) {
    const child = join(path, entry);
    const ext = extname(entry).toLowerCase();
    if ((await stat(child)).isDirectory()) yield* walk(child);
    else if (TEXT_EXT.has(ext) || JSONL_EXT.has(ext)) yield child;
  }
}

export async function readSources(paths: string[]): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for (const path of paths) {
    if (path === '-') {
      const data = await readStdin();
      const jsonl = data.toString('utf8', 0, 64).trimStart().startsWith('{');
      items.push(...fromBuffer('stdin', data, jsonl));
      continue;
    }
    try {
      for await (const file of walk(path)) {
        items.push(...fromBuffer(file, await readFile(file), JSONL_EXT.has(extname(file).toLowerCase())));
      }
    } catch (err) {
      items.push({ origin: path, raw: null, readError: `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
    }
  }
  return items;
}
