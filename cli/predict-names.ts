/**
 * `newsflow predict names FILE.csv`: one same-entity score in [0, 1] per data row of a
 * nomenklatura-style name-pair file (case_group, schema, name1, name2, …). The score is the
 * linker's own `scoreMatch`; 0.5 is the benchmark's decision point.
 */
import type { Writable } from 'node:stream';
import { scoreMatch } from '../pipeline/reconcile/index.js';
import type { EntityType } from '../pipeline/types.js';
import { readTextFile } from './io.js';

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** FollowTheMoney schema → entity type. */
export function schemaType(schema: string): EntityType {
  switch (schema.trim().toLowerCase()) {
    case 'person':
      return 'PER';
    case 'address':
      return 'LOC';
    case 'vessel':
    case 'airplane':
    case 'vehicle':
      return 'PRODUCT';
    case 'country':
      return 'GPE';
    default:
      // Company, Organization, LegalEntity, PublicBody …
      return 'ORG';
  }
}

export async function predict(file: string, out: Writable): Promise<void> {
  const rows = parseCsv((await readTextFile(file)).replace(/^\uFEFF/, ''));
  const header = rows.shift()?.map((h) => h.trim().toLowerCase()) ?? [];
  const col = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${file}: no column "${name}" in the header`);
    return i;
  };
  const [schemaCol, name1Col, name2Col] = [col('schema'), col('name1'), col('name2')];
  const lines: string[] = [];
  for (const row of rows) {
    if (row.length === 1 && row[0] === '') continue;
    const schema = row[schemaCol] ?? '';
    const [name1, name2] = [row[name1Col] ?? '', row[name2Col] ?? ''];
    // A LegalEntity may be a person or an organisation: it is the same entity if either reading says so.
    const types: EntityType[] = schema.trim().toLowerCase() === 'legalentity' ? ['ORG', 'PER'] : [schemaType(schema)];
    const score = Math.max(...types.map((type) => scoreMatch({ name: name1, type }, { name: name2, type }).score));
    lines.push(score.toFixed(4));
  }
  out.write(lines.length ? `${lines.join('\n')}\n` : '');
}
