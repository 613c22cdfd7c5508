/**
 * CSV and JSON downloads of a list, written to the response while the database cursor is read: a
 * batch at a time, waiting when the client reads slower than the database answers, so no export
 * holds more than one batch in memory however many rows it has.
 */
import { PassThrough } from 'node:stream';
import type { FastifyReply } from 'fastify';

export type ExportFormat = 'csv' | 'json';

/**
 * One CSV field (RFC 4180). A text that a spreadsheet would run as a formula (it begins with `=`,
 * `+`, `@`, a tab or CR, or `-` followed by something other than a space or digit) gets a leading `'`.
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let s = String(value);
  if (/^[=+@\t\r]/.test(s) || /^-[^\s\d.]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function csvLine(values: readonly unknown[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

export class ClientGoneError extends Error {
  constructor() {
    super('the client closed the download');
    this.name = this.constructor.name;
  }
}

/** Writes a chunk, waiting for the client to catch up when the buffer is full. */
async function write(out: PassThrough, chunk: string): Promise<void> {
  if (out.destroyed) throw new ClientGoneError();
  if (out.write(chunk)) return;
  await new Promise<void>((resolve, reject) => {
    const onDrain = () => {
      out.off('close', onClose);
      resolve();
    };
    const onClose = () => {
      out.off('drain', onDrain);
      reject(new ClientGoneError());
    };
    out.once('drain', onDrain);
    out.once('close', onClose);
  });
}

/**
 * Sends a download: `read` hands batches of rows to the callback it is given (from a cursor), and
 * each batch is written before the next is read. Columns are written in the given order.
 */
export function sendExport<R extends object>(
  reply: FastifyReply,
  opts: {
    format: ExportFormat;
    filename: string;
    columns: ReadonlyArray<keyof R & string>;
    read: (onBatch: (rows: R[]) => Promise<void>) => Promise<void>;
  },
): FastifyReply {
  const { format, columns } = opts;
  const out = new PassThrough();
  let first = true;
  const run = async () => {
    await write(out, format === 'csv' ? csvLine(columns) : '[');
    await opts.read(async (rows) => {
      let chunk = '';
      for (const row of rows) {
        const r = row as Record<string, unknown>;
        if (format === 'csv') chunk += csvLine(columns.map((c) => r[c]));
        else {
          chunk += `${first ? '\n' : ',\n'}${JSON.stringify(Object.fromEntries(columns.map((c) => [c, r[c] ?? null])))}`;
          first = false;
        }
      }
      await write(out, chunk);
    });
    out.end(format === 'csv' ? '' : '\n]\n');
  };
  run().catch((err: unknown) => {
    if (!(err instanceof ClientGoneError)) reply.log.error({ err }, 'export failed');
    out.destroy(err instanceof Error ? err : new Error(String(err)));
  });
  return reply
    .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8')
    .header('Content-Disposition', `attachment; filename="${opts.filename}.${format}"`)
    .send(out);
}
