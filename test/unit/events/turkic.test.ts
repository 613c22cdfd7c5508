import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import { build, view } from './build.js';

describe('events in the Turkic packs', () => {
  it('Turkish: a trigger verb, the place by its case suffix, the negation inside the verb', () => {
    const made = build("Togg, Bursa'daki fabrikasında 40 bin araç üretti.", 'tur', [['Togg', 'ORG'], ['Bursa', 'GPE']], [{ text: '40 bin araç', kind: 'count', value: 40000, unit: 'car' }]);
    expect(view(made, extractEvents(made)).map((e) => [e.type, e.actors, e.location, e.quantity, e.modality])).toEqual([['production', ['Togg'], 'Bursa', 40000, 'actual']]);
    const not = build("Togg Azerbaycan'a araç ihraç etmedi.", 'tr', [['Togg', 'ORG'], ['Azerbaycan', 'GPE']], []);
    expect(view(not, extractEvents(not)).map((e) => [e.type, e.location, e.modality])).toEqual([['export', null, 'negated']]);
  });

  it('Uzbek: the locative suffix makes the site; a directional one does not', () => {
    const site = build('UzAuto Motors Andijonda 350 ming avtomobil ishlab chiqardi.', 'uzb', [['UzAuto Motors', 'ORG'], ['Andijon', 'GPE']], [{ text: '350 ming avtomobil', kind: 'count', value: 350000, unit: 'car' }]);
    expect(view(site, extractEvents(site)).map((e) => [e.type, e.actors, e.location])).toEqual([['production', ['UzAuto Motors'], 'Andijon']]);
  });

  it('Kazakh: a negated production verb', () => {
    const input = build('Зауыт биыл көлік шығармады.', 'kaz', [], []);
    expect(view(input, extractEvents(input)).map((e) => [e.type, e.modality])).toEqual([['production', 'negated']]);
  });

  it('the suffix rules stay silent in German, where a name ending in -da is just a name', () => {
    const input = build('Honda produzierte 5000 Autos in Uganda.', 'deu', [['Honda', 'ORG'], ['Uganda', 'GPE']], [{ text: '5000 Autos', kind: 'count', value: 5000, unit: 'car' }]);
    expect(view(input, extractEvents(input)).map((e) => [e.type, e.actors, e.location])).toEqual([['production', ['Honda'], 'Uganda']]);
  });
});

describe('change rates in the Turkic packs', () => {
  it('a percentage followed by a verb of growth is the change, not the quantity', () => {
    const input = build("Eksport 12,5 foizga o'sdi.", 'uzb', [], [{ text: '12,5 foizga', kind: 'percent', value: 12.5, unit: null }]);
    expect(extractEvents(input).map((e) => [e.type, e.quantity, e.changePct])).toEqual([['export', null, 12.5]]);
  });
});
