import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv, predict, schemaType } from '../../../cli/predict-names.js';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const rows = parseCsv('a,b,c\r\n"Kamalak, Inc.","say ""hi""","two\nlines"\nx,,z\n');
    expect(rows).toEqual([
      ['a', 'b', 'c'],
      ['Kamalak, Inc.', 'say "hi"', 'two\nlines'],
      ['x', '', 'z'],
    ]);
  });
});

describe('schemaType', () => {
  it('maps FollowTheMoney schemata to entity types', () => {
    expect(schemaType('Person')).toBe('PER');
    expect(schemaType('Company')).toBe('ORG');
    expect(schemaType('Organization')).toBe('ORG');
    expect(schemaType('LegalEntity')).toBe('ORG');
    expect(schemaType('Vessel')).toBe('PRODUCT');
  });
});

describe('predict names', () => {
  const dir = mkdtempSync(join(tmpdir(), 'names-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints one score in [0, 1] per data row, no header', async () => {
    const file = join(dir, 'pairs.csv');
    writeFileSync(
      file,
      [
        'case_group,schema,name1,name2,is_match,quality,category,notes',
        'mine,Person,Dilnoza Rakhimova,Дилноза Рахимова,true,MEDIUM,,',
        'mine,Company,"Kamalak Trading, LLC",Kamalak Trading,true,MEDIUM,,"a note, with a comma"',
        'mine,Person,Dilnoza Rakhimova,Bakhtiyor Tursunov,false,MEDIUM,,',
      ].join('\n') + '\n',
    );
    let text = '';
    const out = new Writable({
      write(chunk, _enc, done) {
        text += String(chunk);
        done();
      },
    });
    await predict(file, out);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const scores = lines.map(Number);
    for (const s of scores) {
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
    }
    expect(scores[0]).toBeGreaterThanOrEqual(0.5);
    expect(scores[1]).toBeGreaterThanOrEqual(0.5);
    expect(scores[2]).toBeLessThan(0.5);
  });
});
