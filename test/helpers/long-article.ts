/**
 * A valid article of the largest accepted size (MAX_TEXT_CHARS) that is dense with facts: every
 * sentence names two people, a city and a company and holds a date and a count, so the pipeline finds
 * 9,000+ mentions and thousands of numbers: far more rows than one multi-row INSERT may bind.
 */
import { MAX_TEXT_CHARS } from '../../workers/article-input.js';

const FIRST = ['Anna', 'Boris', 'Carlos', 'Dilnoza', 'Emil', 'Farida', 'Georg', 'Hana', 'Ivan', 'Jamshid', 'Karim', 'Lena', 'Marco', 'Nodira', 'Oleg', 'Petra'];
const LAST = ['Schmidt', 'Karimov', 'Lopez', 'Petrova', 'Novak', 'Rahimova', 'Weber', 'Tanaka', 'Sokolov', 'Yusupov', 'Rossi', 'Berg', 'Costa', 'Aliyev', 'Meyer', 'Horvat'];
const CITIES = ['Tashkent', 'Berlin', 'Madrid', 'Paris', 'Moscow', 'Baku', 'Samarkand', 'Munich', 'Rome', 'Vienna', 'Prague', 'Warsaw'];

export function denseArticle(maxChars: number = MAX_TEXT_CHARS): string {
  let out = '';
  for (let i = 0; ; i++) {
    const a = `${FIRST[i % 16]} ${LAST[(i * 7) % 16]}`;
    const b = `${FIRST[(i * 3 + 5) % 16]} ${LAST[(i * 5 + 1) % 16]}`;
    const line = `${a} met ${b} in ${CITIES[i % 12]} on ${1 + (i % 28)} May, and UzAuto Motors made ${1000 + i} cars.\n`;
    if (out.length + line.length > maxChars) return out;
    out += line;
  }
}
