import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import { build, view } from './build.js';

const day = (text: string, date: string) => ({ text, kind: 'date' as const, date });
const run = (input: ReturnType<typeof build>) =>
  view(input, extractEvents(input)).map((e) => [e.type, e.actors, e.location, e.time]);

describe('events: an official present at an occasion visits its site on its day (trigger role `attendance`)', () => {
  it('es `en presencia del viceministro X`: the person nearest the cue, not the company that opened the plant, nor the post’s country', () => {
    const input = build(
      'Carrocerías Moncayo inauguró el 13 de abril una planta en Mingachevir en presencia del viceministro de Economía de Azerbaiyán, Elnur Hasanli.',
      'spa',
      [['Carrocerías Moncayo', 'ORG'], ['Mingachevir', 'GPE'], ['Azerbaiyán', 'GPE'], ['Elnur Hasanli', 'PER']],
      [day('13 de abril', '2027-04-13')],
    );
    expect(run(input)).toEqual([
      ['plant_launch', ['Carrocerías Moncayo'], 'Mingachevir', '2027-04-13'],
      ['visit', ['Elnur Hasanli'], 'Mingachevir', '2027-04-13'],
    ]);
  });

  it('de `nahm X an der Zeremonie teil` and fr `Présent à l’inauguration, X` in the sentence after the occasion', () => {
    const de = build(
      'Haller hat im April ein Werk in Namangan eröffnet. Auf deutscher Seite nahm Staatssekretärin Katrin Hoffmann an der Zeremonie teil.',
      'deu',
      [['Haller', 'ORG'], ['Namangan', 'GPE'], ['Katrin Hoffmann', 'PER']],
      [day('April', '2027-04')],
    );
    expect(run(de)).toEqual([
      ['plant_launch', ['Haller'], 'Namangan', '2027-04'],
      ['visit', ['Katrin Hoffmann'], 'Namangan', '2027-04'],
    ]);
    const fr = build(
      "Semavia a inauguré le 5 octobre une usine à Kokchetaou. Présent à l'inauguration, le vice-ministre kazakh de l'Agriculture, Talgat Issabekov, a salué le projet.",
      'fra',
      [['Semavia', 'ORG'], ['Kokchetaou', 'GPE'], ['Talgat Issabekov', 'PER']],
      [day('5 octobre', '2026-10-05')],
    );
    expect(run(fr).filter(([type]) => type === 'visit')).toEqual([['visit', ['Talgat Issabekov'], 'Kokchetaou', '2026-10-05']]);
  });

  it('silent: a company present in a market (fr), a presence without any occasion placed before it (en)', () => {
    const fr = build('Le groupe est présent au Kazakhstan depuis 2010.', 'fra', [['Kazakhstan', 'GPE']], [{ text: '2010', kind: 'year', value: 2010, date: '2010' }]);
    expect(run(fr).filter(([type]) => type === 'visit')).toEqual([]);
    const en = build('The minister said in the presence of reporters that Uzbekistan would build more buses.', 'eng', [['Uzbekistan', 'GPE']], []);
    expect(run(en).filter(([type]) => type === 'visit')).toEqual([]);
  });
});
