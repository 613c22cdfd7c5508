/**
 * The parties of a contract: the customer goods are supplied to (the packs' `supply` and `recipient`
 * words) is a party beside the supplier; a contract referred back (`The contract was signed …`, `He
 * signed the contract together with <post> X`) is between the parties of the contract reported before.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import type { EntityType } from '../../../pipeline/types.js';
import { build, view, type NumberSpec } from './build.js';

type M = Array<[string, EntityType, number?]>;
const count = (text: string, value: number, unit: string): NumberSpec => ({ text, kind: 'count', value, unit });

/** The actors of each agreement. */
function parties(text: string, language: string, mentions: M, numbers: NumberSpec[] = []) {
  const input = build(text, language, mentions, numbers);
  return view(input, extractEvents(input)).filter((e) => e.type === 'agreement').map((e) => e.actors);
}

describe('the customer goods are supplied to is a party to the agreement', () => {
  it('en: `a contract to supply 300 wagons to Azerbaijan Railways`, `agreed to supply 4,000 engines to Uzbekistan’s Chirchiq Avtobus`', () => {
    expect(parties('Rustavi Wagon has signed a contract to supply 300 wagons to Azerbaijan Railways, the company said.', 'eng',
      [['Rustavi Wagon', 'ORG'], ['Azerbaijan Railways', 'ORG']], [count('300 wagons', 300, 'wagon')])).toEqual([['Rustavi Wagon', 'Azerbaijan Railways']]);
    expect(parties("Tekin Motor has agreed to supply 4,000 engines to Uzbekistan's Chirchiq Avtobus over three years.", 'eng',
      [['Tekin Motor', 'ORG'], ['Uzbekistan', 'GPE'], ['Chirchiq Avtobus', 'ORG']], [count('4,000 engines', 4000, 'engine')])).toEqual([['Tekin Motor', 'Chirchiq Avtobus']]);
  });
  it('fr: `un contrat pour la fourniture de 24 tramways au transporteur géorgien X`; a city is where the goods go (`à la ville d’Erevan`)', () => {
    expect(parties("Vercors Rail, basé à Grenoble, a remporté un contrat pour la fourniture de 24 tramways au transporteur géorgien Trans Caucasus.", 'fra',
      [['Vercors Rail', 'ORG'], ['Grenoble', 'GPE'], ['géorgien', 'MISC'], ['Trans Caucasus', 'ORG']], [count('24 tramways', 24, 'tram')])).toEqual([['Vercors Rail', 'Trans Caucasus']]);
    expect(parties("Vercors Rail a remporté un contrat pour la fourniture de 24 tramways à la ville d'Erevan.", 'fra',
      [['Vercors Rail', 'ORG'], ['Erevan', 'GPE']], [count('24 tramways', 24, 'tram')])).toEqual([['Vercors Rail']]);
  });
  it('de, es, ru: `an die X liefern`, `suministrar … a X`, `поставка … для X`', () => {
    expect(parties('Alpha Waggon hat einen Vertrag unterzeichnet, 300 Waggons an die Beta Bahn zu liefern.', 'deu',
      [['Alpha Waggon', 'ORG'], ['Beta Bahn', 'ORG']], [count('300 Waggons', 300, 'wagon')])).toEqual([['Alpha Waggon', 'Beta Bahn']]);
    expect(parties('Alpha Trenes firmó un contrato para suministrar 40 locomotoras a Beta Rail.', 'spa',
      [['Alpha Trenes', 'ORG'], ['Beta Rail', 'ORG']], [count('40 locomotoras', 40, 'locomotive')])).toEqual([['Alpha Trenes', 'Beta Rail']]);
    expect(parties('«Альфа Моторс» подписала контракт на поставку 150 автобусов для «Бета Транс».', 'rus',
      [['Альфа Моторс', 'ORG'], ['Бета Транс', 'ORG']], [count('150 автобусов', 150, 'bus')])).toEqual([['Альфа Моторс', 'Бета Транс']]);
  });
  it('silent: a body told (`a comunicado … a la CNMV`), a place a site (`to plants in Uzbekistan`) or a bare destination (`to Tashkent`), another language’s word (`to` in French)', () => {
    expect(parties('Alpha Trenes ha firmado con Beta Rail un contrato para el suministro de 40 locomotoras, según ha comunicado el grupo a la Comisión Nacional.', 'spa',
      [['Alpha Trenes', 'ORG'], ['Beta Rail', 'ORG'], ['Comisión Nacional', 'ORG']], [count('40 locomotoras', 40, 'locomotive')])).toEqual([['Alpha Trenes', 'Beta Rail']]);
    expect(parties('Alpha Motor signed a contract to supply engines to bus plants in Uzbekistan.', 'eng', [['Alpha Motor', 'ORG'], ['Uzbekistan', 'GPE']])).toEqual([['Alpha Motor']]);
    expect(parties('Alpha Tram signed a contract to supply 46 trams to Tashkent.', 'eng', [['Alpha Tram', 'ORG'], ['Tashkent', 'GPE']], [count('46 trams', 46, 'tram')])).toEqual([['Alpha Tram']]);
    expect(parties('Alpha Rail a signé un contrat pour fournir des tramways to Beta Transit.', 'fra', [['Alpha Rail', 'ORG'], ['Beta Transit', 'ORG']])).toEqual([['Alpha Rail']]);
  });
});

describe('a contract referred back is between the parties of the contract before it', () => {
  const lead = 'Alpha Rail has signed a contract to supply 300 wagons to Beta Railways (BR). The wagons will be built in Rustavi.';
  const ms: M = [['Alpha Rail', 'ORG'], ['Beta Railways', 'ORG'], ['BR', 'ORG'], ['Rustavi', 'GPE']];
  it('en: `The contract was signed on Tuesday in Baku`; `He signed the contract … together with BR deputy chairman X` (a short name, a person signing for a party)', () => {
    expect(parties(`${lead} The contract was signed on Tuesday in Baku.`, 'eng', [...ms, ['Baku', 'GPE']], [count('300 wagons', 300, 'wagon')]).at(-1)).toEqual(['Alpha Rail', 'Beta Railways']);
    expect(parties(`${lead} He signed the contract in Baku together with BR deputy chairman John Smith.`, 'eng', [...ms, ['Baku', 'GPE'], ['BR', 'ORG', 1], ['John Smith', 'PER']], [count('300 wagons', 300, 'wagon')]).at(-1))
      .toEqual(['Alpha Rail', 'Beta Railways']);
  });
  it('fr: `lors de la signature du contrat`', () => {
    const text = "Alpha Rail a remporté un contrat pour la fourniture de 24 tramways à la société Erevan Transit. « Nos habitants attendent », a souligné Karen Melkonian lors de la signature du contrat lundi à Erevan.";
    expect(parties(text, 'fra', [['Alpha Rail', 'ORG'], ['Erevan Transit', 'ORG'], ['Karen Melkonian', 'PER'], ['Erevan', 'GPE']], [count('24 tramways', 24, 'tram')]).at(-1)).toEqual(['Alpha Rail', 'Erevan Transit']);
  });
  it('silent: a contract of another organisation (en), an indefinite one', () => {
    expect(parties(`${lead} The contract between Gamma Bus and Delta Rail was signed in Baku.`, 'eng', [...ms, ['Gamma Bus', 'ORG'], ['Delta Rail', 'ORG'], ['Baku', 'GPE']], [count('300 wagons', 300, 'wagon')]).at(-1))
      .toEqual(['Gamma Bus', 'Delta Rail']);
    expect(parties(`${lead} Gamma Bus signed a contract in Baku.`, 'eng', [...ms, ['Gamma Bus', 'ORG'], ['Baku', 'GPE']], [count('300 wagons', 300, 'wagon')]).at(-1)).toEqual(['Gamma Bus']);
  });
});

describe('what an agreement is made for is its parties’ doing', () => {
  const facts = (text: string, language: string, mentions: M, numbers: NumberSpec[] = []) => {
    const input = build(text, language, mentions, numbers);
    return view(input, extractEvents(input)).map((e) => [e.type, e.actors]);
  };
  it('fr, en: `a signé … un accord avec le groupe kazakh Allur pour assembler ses camions dans l’usine de ce dernier`; the venture’s later facts take both', () => {
    const fr = facts("Renault Trucks se tourne vers l'Asie : le constructeur lyonnais a signé jeudi à Almaty un accord avec le groupe kazakh Allur pour assembler ses camions dans l'usine de ce dernier à Kostanaï. Quelque 420 emplois doivent être créés sur le site.", 'fra',
      [['Renault Trucks', 'ORG'], ['Asie', 'LOC'], ['Almaty', 'GPE'], ['kazakh', 'MISC'], ['Allur', 'ORG'], ['Kostanaï', 'GPE']], [count('420 emplois', 420, 'job')]);
    expect(fr.slice(1)).toEqual([['production', ['Renault Trucks', 'Allur']], ['jobs', ['Renault Trucks', 'Allur']]]);
    const en = facts("Renault Trucks is turning to Asia: the Lyon-based maker signed an agreement with the Kazakh group Allur to assemble its trucks at the latter's plant in Kostanay. Some 420 jobs will be created at the site.", 'eng',
      [['Renault Trucks', 'ORG'], ['Asia', 'LOC'], ['Kazakh', 'MISC'], ['Allur', 'ORG'], ['Kostanay', 'GPE']], [count('420 jobs', 420, 'job')]);
    expect(en.at(-1)).toEqual(['jobs', ['Renault Trucks', 'Allur']]);
  });
  it('silent: goods supplied under the agreement are the supplier’s (en)', () => {
    const en = facts('Tekin Motor has agreed to supply 4,000 engines to Chirchiq Avtobus.', 'eng', [['Tekin Motor', 'ORG'], ['Chirchiq Avtobus', 'ORG']], [count('4,000 engines', 4000, 'engine')]);
    expect(en.filter(([t]) => t !== 'agreement').map(([, a]) => a).every((a) => JSON.stringify(a) === JSON.stringify(['Tekin Motor']))).toBe(true);
  });
});

describe('the other party of an agreement named beside the partner words', () => {
  it('de, ru: a partner before the verb of a relative clause leaves the subject to the name the clause hangs on', () => {
    expect(parties('Erster Kunde soll die Spedition Kervan Lojistik werden, die bereits im Januar mit Voltrak eine Absichtserklärung über 400 Fahrzeuge unterzeichnet hat.', 'deu',
      [['Kervan Lojistik', 'ORG'], ['Voltrak', 'ORG']], [count('400 Fahrzeuge', 400, 'truck')])).toEqual([['Kervan Lojistik', 'Voltrak']]);
    expect(parties('Первым заказчиком станет «Бета Транс», которая в январе с «Альфа Моторс» подписала контракт на 400 автобусов.', 'rus',
      [['Бета Транс', 'ORG'], ['Альфа Моторс', 'ORG']], [count('400 автобусов', 400, 'bus')])).toEqual([['Бета Транс', 'Альфа Моторс']]);
  });
  it('en, de: a partner described by up to four words (`with Polish rail components supplier X`)', () => {
    expect(parties('Kazakh wagon maker Ertis signed an agreement on Tuesday with Polish rail components supplier Koltech to build a foundry.', 'eng',
      [['Kazakh', 'MISC'], ['Ertis', 'ORG'], ['Polish', 'MISC'], ['Koltech', 'ORG']])).toEqual([['Ertis', 'Koltech']]);
    expect(parties('Ertis hat am Dienstag mit dem polnischen Hersteller von Drehgestellen Koltech einen Vertrag unterzeichnet.', 'deu',
      [['Ertis', 'ORG'], ['Koltech', 'ORG']])).toEqual([['Ertis', 'Koltech']]);
  });
  it('es: a company noun of the pack before the partner (`con el ensamblador de camiones X`) makes no brand of it', () => {
    expect(parties('En febrero, Samarqand Kuzov firmó con el ensamblador de camiones Buxoro Trak un contrato para suministrarle 1.800 cabinas.', 'spa',
      [['Samarqand Kuzov', 'ORG'], ['Buxoro Trak', 'ORG']], [count('1.800 cabinas', 1800, 'cabin')])).toEqual([['Samarqand Kuzov', 'Buxoro Trak']]);
  });
  it('silent: a name five words past the partner word (en); a relative clause without a partner keeps its antecedent alone (de)', () => {
    expect(parties('Erster Kunde soll Kervan Lojistik werden, die bereits im Januar eine Absichtserklärung über 400 Fahrzeuge unterzeichnet hat.', 'deu',
      [['Kervan Lojistik', 'ORG']], [count('400 Fahrzeuge', 400, 'truck')])).toEqual([['Kervan Lojistik']]);
    expect(parties('Alpha Motors signed an agreement with the help of the state-owned development fund Beta Fund.', 'eng',
      [['Alpha Motors', 'ORG'], ['Beta Fund', 'ORG']])).toEqual([['Alpha Motors']]);
  });
});
