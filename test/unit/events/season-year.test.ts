/** A season named without its year: this year's, or the next one for a plan whose season is already over at the reference date (bench/articles/orig-fra 335). */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import { build, view } from './build.js';

const count = (text: string, value: number, unit: string) => ({ text, kind: 'count' as const, value, unit });
const timed = (input: ReturnType<typeof build>) => view(input, extractEvents(input)).map((e) => [e.type, e.quantity, e.time]);

describe('a plan’s season already over at the reference date is next year’s', () => {
  it('fr, en: `doivent être livrés au printemps`, `will be delivered in the spring` (November 2026)', () => {
    const fr = timed(build('Les 120 premiers autobus de Kolkheti doivent être livrés au printemps.', 'fra', [['Kolkheti', 'ORG']], [count('120 premiers autobus', 120, 'bus')], '2026-11-24'));
    expect(fr.find((e) => e[1] === 120)?.[2]).toBe('2027');
    const en = timed(build('Kolkheti will deliver the first 120 buses in the spring.', 'eng', [['Kolkheti', 'ORG']], [count('120 buses', 120, 'bus')], '2026-11-24'));
    expect(en.find((e) => e[1] === 120)?.[2]).toBe('2027');
  });
  it('silent: a season still ahead (de, March), and a season told in the past (ru, November)', () => {
    const de = timed(build('Im Sommer sollen die ersten 120 Busse an Kolkheti geliefert werden.', 'deu', [['Kolkheti', 'ORG']], [count('120 Busse', 120, 'bus')], '2026-03-10'));
    expect(de.find((e) => e[1] === 120)?.[2]).toBe('2026');
    const ru = timed(build('Весной «Колхети» выпустила 120 автобусов.', 'rus', [['Колхети', 'ORG']], [count('120 автобусов', 120, 'bus')], '2026-11-24'));
    expect(ru.find((e) => e[1] === 120)?.[2]).toBe('2026');
  });
});
