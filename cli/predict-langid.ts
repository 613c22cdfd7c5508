/**
 * `newsflow predict langid FILE.tsv[.gz]`: one ISO 639-3 code per input line
 * (`iso639-3<TAB>sentence`), `und` where the language stage abstains. The gold column is
 * ignored; the text is everything after the first tab.
 */
import type { Writable } from 'node:stream';
import { identifyLanguage } from '../pipeline/language/index.js';
import { readLines } from './io.js';

export async function predict(file: string, out: Writable): Promise<void> {
  const lines = await readLines(file);
  const codes: string[] = [];
  for (const line of lines) {
    const tab = line.indexOf('\t');
    codes.push(identifyLanguage(tab >= 0 ? line.slice(tab + 1) : line).language);
  }
  const text = codes.length ? codes.join('\n') + '\n' : '';
  await new Promise<void>((resolve, reject) => {
    out.write(text, (err) => (err ? reject(err) : resolve()));
  });
}
