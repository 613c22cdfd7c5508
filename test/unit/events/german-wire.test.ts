/** German wire-desk wording found on original tune articles (bench/articles/orig-deu): pack data of pipeline/languages/de.ts. */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import type { EntityType } from '../../../pipeline/types.js';
import { build, view, type NumberSpec } from './build.js';

type M = Array<[string, EntityType, number?]>;
const year = (y: number, nth = 0): NumberSpec => ({ text: String(y), kind: 'year', value: y, date: String(y), nth });
const count = (text: string, value: number, unit: string): NumberSpec => ({ text, kind: 'count', value, unit });
const pct = (text: string, value: number): NumberSpec => ({ text, kind: 'percent', value });
const money = (text: string, value: number, currency: string): NumberSpec => ({ text, kind: 'money', value, currency });

function run(text: string, language: string, mentions: M, numbers: NumberSpec[] = [], publishedAt: string | null = null) {
  const input = build(text, language, mentions, numbers, publishedAt);
  return view(input, extractEvents(input));
}
const brief = (text: string, language: string, mentions: M, numbers: NumberSpec[] = [], publishedAt: string | null = null) =>
  run(text, language, mentions, numbers, publishedAt).map((e) => [e.type, e.actors, e.location, e.quantity, e.time]);

describe('de: goods that go abroad are exported, whatever verb moves them', () => {
  it('`Ins Ausland gingen davon 215 Fahrzeuge`, `70 Prozent davon gingen ins Ausland`, `ins Ausland verkauft`', () => {
    expect(brief('QazBus baute 640 Busse. Ins Ausland gingen davon 215 Fahrzeuge, vor allem nach Usbekistan.', 'deu', [['QazBus', 'ORG'], ['Usbekistan', 'GPE']], [count('640 Busse', 640, 'bus'), count('215 Fahrzeuge', 215, 'car')]).map((e) => e[0])).toContain('export');
    expect(brief('Moravia Traktor fertigte 9.400 Traktoren. Rund 70 Prozent davon gingen ins Ausland.', 'deu', [['Moravia Traktor', 'ORG']], [count('9.400 Traktoren', 9400, 'tractor'), pct('70 Prozent', 70)]).map((e) => e[0])).toContain('export');
    expect(brief('Der Hersteller hat 2025 insgesamt 3.000 Traktoren ins Ausland verkauft.', 'deu', [], [year(2025), count('3.000 Traktoren', 3000, 'tractor')]).map((e) => e[0])).toContain('export');
  });

  it('silent: a stay abroad (`im Ausland`) and an English `abroad` without a trade verb', () => {
    expect(brief('Der Vorstandschef Petr Dvořák war im Ausland.', 'deu', [['Petr Dvořák', 'PER']]).map((e) => e[0])).not.toContain('export');
    expect(brief('The chief executive Petr Dvořák was abroad.', 'eng', [['Petr Dvořák', 'PER']]).map((e) => e[0])).not.toContain('export');
  });
});

describe('de: reported-speech subjunctive and `anpeilen` plan a fact', () => {
  it('`peile … eine Produktion von 2.800 Bussen an`, `solle sie auf 4.500 Einheiten steigen`, `werde … produzieren`', () => {
    expect(run('Für das laufende Jahr peile QazBus eine Produktion von 2.800 Bussen an.', 'deu', [['QazBus', 'ORG']], [count('2.800 Bussen', 2800, 'bus')], '2027-04-14').map((e) => [e.type, e.time])).toEqual([['production_target', '2027']]);
    expect(run('Im kommenden Jahr solle das Werk 4.500 Traktoren produzieren.', 'deu', [], [count('4.500 Traktoren', 4500, 'tractor')], '2026-09-24').map((e) => e.type)).toEqual(['production_target']);
    expect(run('Das Werk werde im kommenden Jahr 1.800 Traktoren montieren, sagte er.', 'deu', [], [count('1.800 Traktoren', 1800, 'tractor')], '2026-09-24').map((e) => e.type)).toContain('production_target');
  });

  it('silent: the indicative past stays a fact', () => {
    expect(run('Im vergangenen Jahr produzierte das Werk 4.500 Traktoren.', 'deu', [], [count('4.500 Traktoren', 4500, 'tractor')], '2026-09-24').map((e) => [e.type, e.time])).toEqual([['production', '2025']]);
  });
});

describe('de: `das laufende/kommende/vergangene Jahr` in the nominative and accusative', () => {
  it('dates facts against the reference date', () => {
    expect(run('Für das laufende Jahr will Orlan Motors 5.000 Autos produzieren.', 'deu', [['Orlan Motors', 'ORG']], [count('5.000 Autos', 5000, 'car')], '2027-04-14').map((e) => e.time)).toEqual(['2027']);
    expect(run('Für das kommende Jahr will Orlan Motors 5.000 Autos produzieren.', 'deu', [['Orlan Motors', 'ORG']], [count('5.000 Autos', 5000, 'car')], '2027-04-14').map((e) => e.time)).toEqual(['2028']);
    expect(run('Orlan Motors hat das vergangene Jahr über 5.000 Autos produziert.', 'deu', [['Orlan Motors', 'ORG']], [count('5.000 Autos', 5000, 'car')], '2027-04-14').map((e) => e.time)).toEqual(['2026']);
  });

  it('silent: `das Jahr` without a relative adjective, and French `l’année` without one', () => {
    expect(run('Für das Jahr will Orlan Motors 5.000 Autos produzieren.', 'deu', [['Orlan Motors', 'ORG']], [count('5.000 Autos', 5000, 'car')], '2027-04-14').map((e) => e.time)).toEqual([null]);
    expect(run("Pour l'année, Orlan Motors prévoit de produire 5 000 voitures.", 'fra', [['Orlan Motors', 'ORG']], [count('5 000 voitures', 5000, 'car')], '2027-04-14').map((e) => e.time)).toEqual([null]);
  });
});

describe('de: a change named by a noun is no quantity', () => {
  it('`ein Plus von 11 Prozent`, `ein Rückgang um 6 Prozent`', () => {
    expect(run('Der Handel zwischen Kasachstan und Usbekistan erreichte 2026 5,1 Milliarden Dollar, ein Plus von 11 Prozent.', 'deu', [['Kasachstan', 'GPE'], ['Usbekistan', 'GPE']], [year(2026), money('5,1 Milliarden Dollar', 5.1e9, 'USD'), pct('11 Prozent', 11)]).map((e) => [e.type, e.quantity])).toEqual([['trade', null]]);
    expect(run('Die Exporte von Orlan Motors verzeichneten einen Rückgang um 6 Prozent.', 'deu', [['Orlan Motors', 'ORG']], [pct('6 Prozent', 6)]).map((e) => e.quantity)).toEqual([null]);
  });

  it('silent: a share stays a quantity (`40 Prozent der Produktion werden exportiert`)', () => {
    expect(run('Orlan Motors exportiert 40 Prozent seiner Produktion.', 'deu', [['Orlan Motors', 'ORG']], [pct('40 Prozent', 40)]).map((e) => [e.type, e.quantity])).toEqual([['export', 40]]);
  });
});

describe('de: a derived adjective between the preposition and the place', () => {
  it('`im mährischen Kroměříž`, `im nordkasachischen Kostanai` are sites, not actors', () => {
    expect(brief('Moravia Traktor fertigte im mährischen Kroměříž 9.400 Traktoren.', 'deu', [['Moravia Traktor', 'ORG'], ['Kroměříž', 'GPE']], [count('9.400 Traktoren', 9400, 'tractor')])).toEqual([['production', ['Moravia Traktor'], 'Kroměříž', 9400, null]]);
    expect(brief('Allur montierte im nordkasachischen Kostanai 74.350 Fahrzeuge.', 'deu', [['Allur', 'ORG'], ['Kostanai', 'GPE']], [count('74.350 Fahrzeuge', 74350, 'car')])).toEqual([['production', ['Allur'], 'Kostanai', 74350, null]]);
  });

  it('silent: an adjective before a plant noun names no place (`im mährischen Werk`); English `in Kostanay` unchanged', () => {
    expect(brief('Moravia Traktor fertigte im mährischen Werk 9.400 Traktoren.', 'deu', [['Moravia Traktor', 'ORG']], [count('9.400 Traktoren', 9400, 'tractor')])).toEqual([['production', ['Moravia Traktor'], null, 9400, null]]);
    expect(brief('Allur assembled 74,350 cars in Kostanay.', 'eng', [['Allur', 'ORG'], ['Kostanay', 'GPE']], [count('74,350 cars', 74350, 'car')])).toEqual([['production', ['Allur'], 'Kostanay', 74350, null]]);
  });
});

describe('de: a partner’s stake in a verb-final relative clause, money flowing into a project', () => {
  it('`Azermash, der 55 Prozent an dem Gemeinschaftsunternehmen hält`; `die 51 Prozent am Joint Venture hielt`', () => {
    expect(run('Das Werk entstand mit Azermash, der 55 Prozent an dem Gemeinschaftsunternehmen hält.', 'deu', [['Azermash', 'ORG']], [pct('55 Prozent', 55)]).map((e) => [e.type, e.quantity, e.unit])).toContainEqual(['investment', 55, 'percent']);
    expect(run('Partner ist Allur, die 51 Prozent am Joint Venture hielt.', 'deu', [['Allur', 'ORG']], [pct('51 Prozent', 51)]).map((e) => [e.type, e.quantity])).toContainEqual(['investment', 51]);
  });

  it('`In den Bau fließen 62 Milliarden Tenge`, `20 Millionen Euro flossen in das Werk`', () => {
    expect(run('In den Bau fließen 62 Milliarden Tenge.', 'deu', [], [money('62 Milliarden Tenge', 62e9, 'KZT')]).map((e) => [e.type, e.money?.value])).toEqual([['investment', 62e9]]);
    expect(run('Rund 20 Millionen Euro flossen in das Werk.', 'deu', [], [money('20 Millionen Euro', 20e6, 'EUR')]).map((e) => [e.type, e.money?.value])).toEqual([['investment', 20e6]]);
  });

  it('silent: a stake verb before an unrelated figure, a river that flows, English `flows`', () => {
    expect(run('Die Wolga fließt durch Russland.', 'deu', [['Wolga', 'LOC'], ['Russland', 'GPE']]).map((e) => e.type)).toEqual([]);
    expect(run('Azermash hält an dem Plan fest, 55 Prozent mehr zu liefern.', 'deu', [['Azermash', 'ORG']], [pct('55 Prozent', 55)]).map((e) => e.type)).not.toContain('investment');
    expect(run('Money flows into 3 plants.', 'eng', [], [count('3', 3, 'plant')]).map((e) => e.type)).not.toContain('investment');
  });
});

describe('discourse: a relative year competes with the time figure by distance to the fact’s own figure', () => {
  it('one trigger carrying figures of two clauses (de `Für das laufende Jahr … 2.800 Bussen an, bis 2030 … 4.500 Busse`; en)', () => {
    expect(run('Für das laufende Jahr peile QazBus eine Produktion von 2.800 Bussen an, bis 2030 solle sie auf 4.500 Busse steigen.', 'deu', [['QazBus', 'ORG']], [count('2.800 Bussen', 2800, 'bus'), year(2030), count('4.500 Busse', 4500, 'bus')], '2027-04-14').map((e) => [e.quantity, e.time])).toEqual([[2800, '2027'], [4500, '2030']]);
    expect(run('This year QazBus targets production of 2,800 buses, rising to 4,500 buses by 2030.', 'eng', [['QazBus', 'ORG']], [count('2,800 buses', 2800, 'bus'), count('4,500 buses', 4500, 'bus'), year(2030)], '2027-04-14').map((e) => [e.quantity, e.time])).toEqual([[2800, '2027'], [4500, '2030']]);
  });

  it('silent: the relative year next to the fact’s own figure still wins (`in 2025 … 450,000 units this year`)', () => {
    expect(run('UzAuto Motors produced 412,600 vehicles in 2025 and plans to raise output to 450,000 units this year.', 'eng', [['UzAuto Motors', 'ORG']], [count('412,600 vehicles', 412600, 'car'), year(2025), count('450,000 units', 450000, 'car')], '2026-01-22').map((e) => [e.quantity, e.time])).toEqual([[412600, '2025'], [450000, '2026']]);
  });
});

describe('de: a generic noun (`Maschinen`, `Einheiten`) counts what a specific goods noun near it names', () => {
  const units = (text: string, numbers: NumberSpec[], mentions: M = []) => run(text, 'deu', mentions, numbers).map((e) => [e.type, e.quantity, e.unit]);
  it('buses in every case form and compound (`Bussen`, `Gelenkbusse`), tractors', () => {
    expect(units('QazBus hat 2.310 Gelenkbussen gebaut und in Kasachstan 1.950 Einheiten verkauft.', [count('2.310 Gelenkbussen', 2310, 'bus'), count('1.950 Einheiten', 1950, 'car')], [['QazBus', 'ORG'], ['Kasachstan', 'GPE']])).toEqual([['production', 2310, 'bus'], ['sales', 1950, 'bus']]);
    expect(units('QazBus peile eine Produktion von 2.800 Bussen an, bis 2030 solle sie auf 4.500 Einheiten jährlich steigen.', [count('2.800 Bussen', 2800, 'bus'), year(2030), { text: '4.500 Einheiten jährlich', kind: 'rate', value: 4500, unit: 'car' }], [['QazBus', 'ORG']])).toEqual([['production_target', 2800, 'bus'], ['production_target', 4500, 'bus']]);
    expect(units('Das Unternehmen, das seine Traktoren in Kroměříž baut, hat 9.400 Maschinen gefertigt.', [count('9.400 Maschinen', 9400, 'maschinen')], [['Kroměříž', 'GPE']])).toEqual([['production', 9400, 'tractor']]);
  });

  it('silent: with no specific noun near it the generic noun keeps its own reading (de, en)', () => {
    expect(units('Orlan Motors hat 5.000 Fahrzeuge verkauft.', [count('5.000 Fahrzeuge', 5000, 'car')], [['Orlan Motors', 'ORG']])).toEqual([['sales', 5000, 'car']]);
    expect(units('Der Händler hat 300 Maschinen verkauft.', [count('300 Maschinen', 300, 'maschinen')])).toEqual([['sales', 300, 'machine']]);
    expect(run('Orlan Motors sold 5,000 vehicles and 300 buses.', 'eng', [['Orlan Motors', 'ORG']], [count('5,000 vehicles', 5000, 'car'), count('300 buses', 300, 'bus')]).map((e) => e.unit)).toEqual(['car', 'bus']);
  });
});

describe('de: people who work at a site are a workforce (as en `work at`)', () => {
  it('`Derzeit arbeiten in Gandscha 260 Menschen`, `dass dort 1.500 Menschen arbeiten werden`', () => {
    expect(brief('Derzeit arbeiten in Gandscha 260 Menschen.', 'deu', [['Gandscha', 'GPE']], [count('260 Menschen', 260, 'person')])).toEqual([['jobs', [], 'Gandscha', 260, null]]);
    expect(run('Die Behörden rechnen damit, dass an dem Standort 1.500 Menschen arbeiten werden.', 'deu', [], [count('1.500 Menschen', 1500, 'person')]).map((e) => [e.type, e.quantity, e.unit])).toEqual([['jobs', 1500, 'person']]);
  });

  it('silent: working on something, working together, en `work on`', () => {
    expect(run('Die Partner arbeiten an einem neuen Modell.', 'deu', []).map((e) => e.type)).toEqual([]);
    expect(run('Beide Firmen wollen enger zusammenarbeiten.', 'deu', []).map((e) => e.type)).toEqual([]);
    expect(run('The partners work on a new model.', 'eng', []).map((e) => e.type)).toEqual([]);
  });
});

describe('de: an institution’s seat is no site of the fact it reports', () => {
  it('`Nach Angaben des Wirtschaftsministeriums in Baku …`, `Das Industrieministerium in Astana teilte mit, …`', () => {
    expect(run('Nach Angaben des Wirtschaftsministeriums in Baku beliefen sich die Investitionen auf 31 Millionen Manat.', 'deu', [['Wirtschaftsministeriums', 'ORG'], ['Baku', 'GPE']], [money('31 Millionen Manat', 31e6, 'AZN')]).map((e) => [e.type, e.location])).toEqual([['investment', null]]);
    expect(run('Laut dem Industrieministerium in Astana hat Allur 74.350 Fahrzeuge montiert.', 'deu', [['Industrieministerium', 'ORG'], ['Astana', 'GPE'], ['Allur', 'ORG']], [count('74.350 Fahrzeuge', 74350, 'car')]).map((e) => [e.type, e.actors, e.location])).toEqual([['production', ['Allur'], null]]);
  });

  it('silent: a place governed by the fact’s own preposition stays its site (de, en)', () => {
    expect(run('Allur investierte in Astana 31 Millionen Manat.', 'deu', [['Allur', 'ORG'], ['Astana', 'GPE']], [money('31 Millionen Manat', 31e6, 'AZN')]).map((e) => [e.type, e.location])).toEqual([['investment', 'Astana']]);
    expect(run('Allur invested 31 million manat in Astana.', 'eng', [['Allur', 'ORG'], ['Astana', 'GPE']], [money('31 million manat', 31e6, 'AZN')]).map((e) => [e.type, e.location])).toEqual([['investment', 'Astana']]);
  });
});

describe('de: the output a share is taken of is no fact of its own', () => {
  it('`40 Prozent der Produktion sind für den Export bestimmt`, `exportiert drei Viertel seiner Produktion`', () => {
    expect(run('Etwa 40 Prozent der Produktion sind für den Export bestimmt, zunächst nach Georgien.', 'deu', [['Georgien', 'GPE']], [pct('40 Prozent', 40)]).map((e) => [e.type, e.quantity])).toEqual([['export', 40]]);
    expect(run('Das Unternehmen exportiert drei Viertel seiner Produktion.', 'deu', [], [pct('drei Viertel', 75)]).map((e) => [e.type, e.quantity])).toEqual([['export', 75]]);
  });

  it('silent: output as the subject of its own figure (de), and en', () => {
    expect(run('Die Produktion erreichte 9.400 Traktoren.', 'deu', [], [count('9.400 Traktoren', 9400, 'tractor')]).map((e) => [e.type, e.quantity])).toEqual([['production', 9400]]);
    expect(run('Production reached 9,400 tractors.', 'eng', [], [count('9,400 tractors', 9400, 'tractor')]).map((e) => [e.type, e.quantity])).toEqual([['production', 9400]]);
  });
});

describe('de: the supplier an order is placed with (`bei X bestellen`) is a party', () => {
  it('`bestellte im März 120 Gelenkbusse bei QazBus`, `orderte 40 Waggons bei Stadler`', () => {
    expect(run('Die Stadt Taschkent bestellte im März 120 Gelenkbusse bei QazBus.', 'deu', [['Taschkent', 'GPE'], ['QazBus', 'ORG']], [count('120 Gelenkbusse', 120, 'bus')]).map((e) => [e.type, e.actors])).toEqual([['agreement', ['Taschkent', 'QazBus']]]);
    expect(run('Caspian Auto Logistics bestellte 40 Waggons bei Stadler.', 'deu', [['Caspian Auto Logistics', 'ORG'], ['Stadler', 'ORG']], [count('40 Waggons', 40, 'wagon')]).map((e) => [e.type, e.actors])).toEqual([['agreement', ['Caspian Auto Logistics', 'Stadler']]]);
  });

  it('silent: a speaker at a visit keeps the statement alone; en `at` is no partner word', () => {
    expect(run('„Wir wachsen“, sagte Sabine Krug bei einem Besuch bei QazBus.', 'deu', [['Sabine Krug', 'PER'], ['QazBus', 'ORG']]).filter((e) => e.type === 'statement').map((e) => e.actors)).toEqual([['Sabine Krug']]);
    expect(run('Tashkent ordered 120 buses at QazBus.', 'eng', [['Tashkent', 'GPE'], ['QazBus', 'ORG']], [count('120 buses', 120, 'bus')]).map((e) => [e.type, e.actors])).toEqual([['agreement', ['Tashkent']]]);
  });
});

describe('dedupe: a deal told by its goods and, right after, by its value is one agreement', () => {
  const deals = (text: string, language: string, mentions: M, numbers: NumberSpec[]) =>
    run(text, language, mentions, numbers).filter((e) => e.type === 'agreement').map((e) => [e.actors, e.quantity, e.money?.value ?? null]);
  it('de `Einen Liefervertrag über 1.500 Elektromotoren schloss X mit Y ab. Das Volumen des Auftrags …`; en', () => {
    expect(deals('Einen Liefervertrag über 1.500 Elektromotoren schloss QazBus im Februar mit Brenner ab. Das Volumen des Auftrags beziffern die Partner auf 27 Millionen Euro.', 'deu',
      [['QazBus', 'ORG'], ['Brenner', 'ORG']], [count('1.500 Elektromotoren', 1500, 'engine'), money('27 Millionen Euro', 27e6, 'EUR')])).toEqual([[['QazBus', 'Brenner'], 1500, 27e6]]);
    expect(deals('QazBus signed a contract with Brenner for 1,500 electric motors. The agreement between QazBus and Brenner is worth 27 million euros.', 'eng',
      [['QazBus', 'ORG'], ['Brenner', 'ORG'], ['QazBus', 'ORG', 1], ['Brenner', 'ORG', 1]], [count('1,500 electric motors', 1500, 'engine'), money('27 million euros', 27e6, 'EUR')]).map((d) => [d[1], d[2]])).toEqual([[1500, 27e6]]);
  });

  it('silent: another pair of parties keeps its own deal', () => {
    expect(deals('QazBus schloss mit Brenner einen Liefervertrag über 1.500 Elektromotoren ab. Zudem unterzeichnete QazBus mit Stadler einen Vertrag über 27 Millionen Euro.', 'deu',
      [['QazBus', 'ORG'], ['Brenner', 'ORG'], ['QazBus', 'ORG', 1], ['Stadler', 'ORG']], [count('1.500 Elektromotoren', 1500, 'engine'), money('27 Millionen Euro', 27e6, 'EUR')]).length).toBe(2);
  });
});
