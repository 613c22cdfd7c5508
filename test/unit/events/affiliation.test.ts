/**
 * People and the organisations the text makes theirs, as actors of statements and appointments: the
 * organisation before a title as its possessive owner (`ownOrgAfter`), a title's organisation described
 * by words in lower case, a source phrase that is a sentence's statement (`requires: 'source'`), a long
 * title before a verb-first speaker's name, the title clause before a name alone in its clause, and
 * the organisations an appointment does not take (a former employer, the partners of a joint venture).
 * Each class in two languages, with a sentence where the rule must stay silent.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import type { EntityType } from '../../../pipeline/types.js';
import { build, view, type NumberSpec } from './build.js';

type Names = Array<[string, EntityType, number?]>;
const actorsOf = (type: string, text: string, lang: string, names: Names, numbers: NumberSpec[] = []): string[][] => {
  const input = build(text, lang, names, numbers);
  return view(input, extractEvents(input)).filter((e) => e.type === type).map((e) => e.actors);
};
const statements = (text: string, lang: string, names: Names, numbers: NumberSpec[] = []) => actorsOf('statement', text, lang, names, numbers);

describe('pack field ownOrgAfter: an organisation before the title as its owner speaks with the person', () => {
  it("en `X, Ordabasy's chief executive`, tr `Ordabasy'nin genel müdürü X`", () => {
    expect(statements('"Our customers want vehicles they can service close to home," said Aigerim Seitkali, Ordabasy\'s chief executive.', 'eng', [['Aigerim Seitkali', 'PER'], ['Ordabasy', 'ORG']])).toEqual([['Aigerim Seitkali', 'Ordabasy']]);
    expect(statements("Araçlar demiryoluyla taşınacak, dedi Ordabasy'nin genel müdürü Aigerim Seitkali.", 'tur', [['Ordabasy', 'ORG'], ['Aigerim Seitkali', 'PER']])).toEqual([['Ordabasy', 'Aigerim Seitkali']]);
  });

  it('silent: a name that only modifies the title (en `Azermash Chairman X`, de `Hoffmann-Maschinenbau-Geschäftsführer X`)', () => {
    expect(statements('The cars will be exported, Azermash Chairman Emin Akhundov said.', 'eng', [['Azermash', 'ORG'], ['Emin Akhundov', 'PER']])).toEqual([['Emin Akhundov']]);
    expect(statements('Hoffmann-Maschinenbau-Geschäftsführer Thomas Brandt sagte, die Autos würden exportiert.', 'deu', [['Hoffmann-Maschinenbau', 'ORG'], ['Thomas Brandt', 'PER']])).toEqual([['Thomas Brandt']]);
  });
});

describe('a source phrase is the statement of a sentence that reports nothing else', () => {
  it('en `according to X, chief executive of the freight forwarder Y`, es `según X, consejero delegado de la empresa transitaria Y`', () => {
    const names: Names = [['Elchin Mammadov', 'PER'], ['Caspian Auto Logistics', 'ORG']];
    expect(statements('The cars will travel by rail along the Baku-Tbilisi-Kars line, according to Elchin Mammadov, chief executive of the freight forwarder Caspian Auto Logistics.', 'eng', names)).toEqual([['Elchin Mammadov', 'Caspian Auto Logistics']]);
    expect(statements('Los vehículos viajarán por ferrocarril, según Elchin Mammadov, consejero delegado de la empresa transitaria Caspian Auto Logistics.', 'spa', names)).toEqual([['Elchin Mammadov', 'Caspian Auto Logistics']]);
    expect(statements('Les voitures seront acheminées par rail, selon Elchin Mammadov, directeur général du transitaire Caspian Auto Logistics.', 'fra', names)).toEqual([['Elchin Mammadov', 'Caspian Auto Logistics']]);
  });

  it('silent: beside a fact it only attributes the fact (en), and an organisation as the source is no statement (fr)', () => {
    const input = build('The first 20 electric buses could roll off the assembly line in the fourth quarter, according to Yusupov.', 'eng', [['Yusupov', 'PER']], [{ text: '20 electric buses', kind: 'count', value: 20, unit: 'bus' }]);
    const types = view(input, extractEvents(input)).map((e) => e.type);
    expect(types).not.toContain('statement');
    expect(types.length).toBeGreaterThan(0);
    expect(statements('Les voitures seront acheminées par rail, selon UzAuto Motors.', 'fra', [['UzAuto Motors', 'ORG']])).toEqual([]);
  });
});

describe('a verb-first speaker after a long title of their organisation', () => {
  it('ru `сообщил генеральный директор экспедиторской компании X Y`, de `sagte … Geschäftsführer des Unternehmens X Y`', () => {
    expect(statements('Автомобили будут доставляться по железной дороге, сообщил генеральный директор экспедиторской компании Caspian Auto Logistics Эльчин Мамедов.', 'rus', [['Caspian Auto Logistics', 'ORG'], ['Эльчин Мамедов', 'PER']])).toEqual([['Caspian Auto Logistics', 'Эльчин Мамедов']]);
    expect(statements('Die Autos werden per Bahn transportiert, sagte der kaufmännische Geschäftsführer des Unternehmens Caspian Auto Logistics Elchin Mammadov.', 'deu', [['Caspian Auto Logistics', 'ORG'], ['Elchin Mammadov', 'PER']])).toEqual([['Caspian Auto Logistics', 'Elchin Mammadov']]);
  });

  it('silent: a person far after an organisation that is not theirs is out of reach (en)', () => {
    expect(statements('The cars will travel by rail, said in an interview with journalists who visited the terminal of Caspian Auto Logistics near the port Elchin Mammadov.', 'eng', [['Caspian Auto Logistics', 'ORG'], ['Elchin Mammadov', 'PER']])).toEqual([]);
  });
});

describe('a name alone in its clause takes the organisation of the title before it, in the statement and the appointment', () => {
  it('fr `Le directeur de SamAuto, X, nommé à ce poste le 2 mars, a indiqué`, es `El director de SamAuto, X, nombrado en marzo, dijo`', () => {
    const fr = "Le directeur de SamAuto, Alicher Ioussoupov, nommé à ce poste le 2 mars, a indiqué que l'entreprise négociait avec des partenaires chinois.";
    const names: Names = [['SamAuto', 'ORG'], ['Alicher Ioussoupov', 'PER']];
    expect(statements(fr, 'fra', names)).toEqual([['Alicher Ioussoupov', 'SamAuto']]);
    expect(actorsOf('appointment', fr, 'fra', names)).toEqual([['SamAuto', 'Alicher Ioussoupov']]);
    expect(statements('El director de SamAuto, Alicher Ioussoupov, nombrado en marzo, dijo que la empresa negociaba con socios chinos.', 'spa', names)).toEqual([['Alicher Ioussoupov', 'SamAuto']]);
  });

  it('silent: a clause before the name that is no title (es)', () => {
    expect(statements('Tras reunirse con SamAuto, Alicher Ioussoupov, nombrado en marzo, dijo que la empresa negociaba con socios chinos.', 'spa', [['SamAuto', 'ORG'], ['Alicher Ioussoupov', 'PER']])).toEqual([['Alicher Ioussoupov']]);
  });
});

describe('an appointment does not take a former employer, nor the partners of a joint venture', () => {
  const wagons: NumberSpec[] = [{ text: '412 wagons', kind: 'count', value: 412, unit: 'wagon' }];
  it('en `a former executive of X`, fr `ancien dirigeant de X`: the company the person is appointed to lead', () => {
    expect(
      actorsOf('appointment', 'Rustavi Wagon Building produced 412 wagons. Levan Kiknadze, a former executive of Georgian Railway, was appointed to lead the company in March.', 'eng', [['Rustavi Wagon Building', 'ORG'], ['Levan Kiknadze', 'PER'], ['Georgian Railway', 'ORG']], wagons),
    ).toEqual([['Levan Kiknadze', 'Rustavi Wagon Building']]);
    expect(
      actorsOf('appointment', "Rustavi Wagon Building a produit 412 wagons. Levan Kiknadze, ancien dirigeant de Georgian Railway, a été nommé à la tête de l'entreprise en mars.", 'fra', [['Rustavi Wagon Building', 'ORG'], ['Levan Kiknadze', 'PER'], ['Georgian Railway', 'ORG']], wagons),
    ).toEqual([['Levan Kiknadze', 'Rustavi Wagon Building']]);
  });

  it('silent: an executive of X who is not a former one keeps X (en)', () => {
    expect(
      actorsOf('appointment', 'Rustavi Wagon Building produced 412 wagons. Levan Kiknadze, an executive of Georgian Railway, was appointed to its board in March.', 'eng', [['Rustavi Wagon Building', 'ORG'], ['Levan Kiknadze', 'PER'], ['Georgian Railway', 'ORG']], wagons),
    ).toEqual([['Levan Kiknadze', 'Georgian Railway']]);
  });

  it('a person appointed after a fact of two partners takes neither (en, de); after a fact of one, that one', () => {
    const combines: NumberSpec[] = [{ text: '300 combines', kind: 'count', value: 300, unit: 'combine' }];
    expect(
      actorsOf('appointment', 'Azermash and Aqrolizinq assembled 300 combines at their joint venture. Leyla Gulieva was appointed its director in July.', 'eng', [['Azermash', 'ORG'], ['Aqrolizinq', 'ORG'], ['Leyla Gulieva', 'PER']], combines),
    ).toEqual([['Leyla Gulieva']]);
    expect(
      actorsOf('appointment', 'Azermash und Aqrolizinq montierten 300 Mähdrescher im Gemeinschaftsunternehmen. Leyla Gulieva wurde im Juli zur Geschäftsführerin ernannt.', 'deu', [['Azermash', 'ORG'], ['Aqrolizinq', 'ORG'], ['Leyla Gulieva', 'PER']], [{ text: '300 Mähdrescher', kind: 'count', value: 300, unit: 'combine' }]),
    ).toEqual([['Leyla Gulieva']]);
    expect(
      actorsOf('appointment', 'Azermash assembled 300 combines at its plant. Leyla Gulieva was appointed its director in July.', 'eng', [['Azermash', 'ORG'], ['Leyla Gulieva', 'PER']], combines),
    ).toEqual([['Leyla Gulieva', 'Azermash']]);
  });
});

describe('a quote of a speaker the article reported before goes on with their statement', () => {
  const cars: NumberSpec[] = [{ text: '1,140 cars', kind: 'count', value: 1140, unit: 'car' }];
  it('en `"…," Akhundov said`, ru `«…», — сказал Ахундов`: no second statement', () => {
    expect(
      statements('The plant switched to full-cycle production, Azermash Chairman Emin Akhundov told Trend. "In January alone we produced 1,140 cars," Akhundov said.', 'eng', [['Azermash', 'ORG'], ['Emin Akhundov', 'PER'], ['Trend', 'ORG'], ['Akhundov', 'PER', 1]], cars),
    ).toEqual([['Emin Akhundov']]);
    expect(
      statements('Завод перешёл на полный цикл, сообщил агентству Trend председатель правления Эмин Ахундов. «Только в январе мы выпустили 1 140 автомобилей», — сказал Ахундов.', 'rus', [['Trend', 'ORG'], ['Эмин Ахундов', 'PER'], ['Ахундов', 'PER', 1]], [{ text: '1 140 автомобилей', kind: 'count', value: 1140, unit: 'car' }]),
    ).toEqual([['Эмин Ахундов']]);
  });

  it('silent: their reported speech is a statement again (en), and so is a quote of another speaker (de)', () => {
    expect(
      statements('The plant switched to full-cycle production, Azermash Chairman Emin Akhundov told Trend. Akhundov said that the plant had produced 1,140 cars in January.', 'eng', [['Azermash', 'ORG'], ['Emin Akhundov', 'PER'], ['Trend', 'ORG'], ['Akhundov', 'PER', 1]], cars),
    ).toEqual([['Emin Akhundov'], ['Akhundov']]);
    expect(
      statements('Das Werk arbeitet im Vollzyklus, sagte Emin Achundow. „Allein im Januar haben wir 1.140 Autos gebaut“, sagte Sahib Mammadow.', 'deu', [['Emin Achundow', 'PER'], ['Sahib Mammadow', 'PER']], [{ text: '1.140 Autos', kind: 'count', value: 1140, unit: 'car' }]),
    ).toEqual([['Emin Achundow'], ['Sahib Mammadow']]);
  });
});

describe('a one-word name that opens an organisation name of the article is that organisation, not a person', () => {
  const buses: NumberSpec[] = [{ text: '900 buses', kind: 'count', value: 900, unit: 'bus' }];
  it("en `Ordabasy's chief executive` after `Ordabasy Motors`, de `Geschäftsführerin von Ordabasy`", () => {
    expect(
      statements('Ordabasy Motors assembled 900 buses. "We offer service close to home," said Aigerim Seitkali, Ordabasy\'s chief executive.', 'eng', [['Ordabasy Motors', 'ORG'], ['Aigerim Seitkali', 'PER'], ['Ordabasy', 'PER', 1]], buses),
    ).toEqual([['Aigerim Seitkali', 'Ordabasy']]);
    expect(
      statements('Ordabasy Motors montierte 900 Busse. „Wir bieten Service in der Nähe“, sagte Aigerim Seitkali, Geschäftsführerin von Ordabasy.', 'deu', [['Ordabasy Motors', 'ORG'], ['Aigerim Seitkali', 'PER'], ['Ordabasy', 'PER', 1]], [{ text: '900 Busse', kind: 'count', value: 900, unit: 'bus' }]),
    ).toEqual([['Aigerim Seitkali', 'Ordabasy']]);
  });

  it('silent: the surname of a person the article names in full stays a person (en)', () => {
    expect(
      statements('Hoffmann Maschinenbau, run by Thomas Hoffmann, assembled 900 buses. "We offer service close to home," Hoffmann said.', 'eng', [['Hoffmann Maschinenbau', 'ORG'], ['Thomas Hoffmann', 'PER'], ['Hoffmann', 'PER', 2]], buses),
    ).toEqual([['Hoffmann']]);
  });
});

describe('a post in apposition to the speaker that makes an organisation theirs', () => {
  it("en `X, Egecell's chief executive, told reporters`: the organisation opens the apposition", () => {
    expect(statements('"Every cell we make is a cell Europe no longer ships from Asia," Deniz Korkmaz, Egecell\'s chief executive, told reporters at the ceremony, which Deputy Minister Hakan Yalcinkaya attended.', 'eng',
      [['Europe', 'LOC'], ['Asia', 'LOC'], ['Deniz Korkmaz', 'PER'], ['Egecell', 'ORG'], ['Hakan Yalcinkaya', 'PER']])).toEqual([['Deniz Korkmaz', 'Egecell']]);
  });
  it('ru `Президент Daesung Powertrain Ким Чжон Хо отметил`: a president of the organisation named after the post (ownOrgBefore)', () => {
    expect(statements('Президент Daesung Powertrain Ким Чжон Хо отметил, что площадка станет первой за пределами Кореи.', 'rus', [['Daesung Powertrain', 'ORG'], ['Ким Чжон Хо', 'PER'], ['Кореи', 'GPE']]))
      .toEqual([['Daesung Powertrain', 'Ким Чжон Хо']]);
  });
});

describe('a possessive or a company noun in the speaker’s post points back to the organisation the sentence or the one before is about', () => {
  it('en `X, which …, built …, its general director, Y, said`, es `X, que …, pondrá …; su presidente, Y, subrayó`: the sentence’s subject', () => {
    expect(actorsOf('production', 'Chirchiq Avtobus, which assembles buses for Uzbek towns, built 1,150 buses last year, its general director, Sanjar Rakhimov, said by telephone.', 'eng',
      [['Chirchiq Avtobus', 'ORG'], ['Sanjar Rakhimov', 'PER']], [{ text: '1,150 buses', kind: 'count', value: 1150, unit: 'bus' }])).toEqual([['Chirchiq Avtobus']]);
    expect(statements('Chirchiq Avtobus, which assembles buses for Uzbek towns, built 1,150 buses last year, its general director, Sanjar Rakhimov, said by telephone.', 'eng',
      [['Chirchiq Avtobus', 'ORG'], ['Sanjar Rakhimov', 'PER']], [{ text: '1,150 buses', kind: 'count', value: 1150, unit: 'bus' }])).toEqual([['Sanjar Rakhimov', 'Chirchiq Avtobus']]);
    expect(statements('Selçuk Tarım, que fabrica sembradoras en Konya, pondrá la red comercial; su presidente, Mehmet Aydın, subrayó que la alianza permitirá exportar.', 'spa',
      [['Selçuk Tarım', 'ORG'], ['Konya', 'GPE'], ['Mehmet Aydın', 'PER']])).toEqual([['Mehmet Aydın', 'Selçuk Tarım']]);
  });
  it('en `Koltech, a family-owned company, makes bogies. Its chief executive, X, said`, de `… Ihr Vorstandschef X sagte`: the name that opens the sentence before', () => {
    expect(statements('Koltech, a family-owned company, makes bogies for European wagon builders. Its chief executive, Tomasz Wrobel, said the venture would be the group\'s first site abroad.', 'eng',
      [['Koltech', 'ORG'], ['Tomasz Wrobel', 'PER']])).toEqual([['Tomasz Wrobel', 'Koltech']]);
    expect(statements('Die Koltech AG baut Drehgestelle für Waggonbauer. Ihr Vorstandschef Tomasz Wrobel sagte, das Werk sei der erste Standort außerhalb der EU.', 'deu',
      [['Koltech AG', 'ORG'], ['Tomasz Wrobel', 'PER'], ['EU', 'ORG']])).toEqual([['Tomasz Wrobel', 'Koltech AG']]);
  });
  it('ru `…, сообщил председатель правления компании X`, `директор завода X`: a company or plant noun after the post, the organisation named before', () => {
    expect(statements('Выпуск комбайнов на заводе АО «Агромашхолдинг KZ» в Костанае достиг 1 180 единиц, сообщил в среду председатель правления компании Данияр Ахметжанов.', 'rus',
      [['Агромашхолдинг KZ', 'ORG'], ['Костанае', 'GPE'], ['Данияр Ахметжанов', 'PER']])).toEqual([['Данияр Ахметжанов', 'Агромашхолдинг KZ']]);
    expect(statements('ООО «Худжандский автосборочный завод» выпустило 1 140 единиц техники, сообщил журналистам директор завода Фаррух Назаров.', 'rus',
      [['Худжандский автосборочный завод', 'ORG'], ['Фаррух Назаров', 'PER']])).toEqual([['Фаррух Назаров', 'Худжандский автосборочный завод']]);
  });
  it('silent: a post without a possessor (en `Chief Executive X said`, es `El consejero delegado, X, anunció`), a plant named nowhere (ru), a possessive in a relative clause (en)', () => {
    expect(statements('Tekin Motor will supply engines to Chirchiq. The engines will be built in Bursa, Chief Executive Murat Ozdemir told a news conference.', 'eng',
      [['Tekin Motor', 'ORG'], ['Chirchiq', 'GPE'], ['Bursa', 'GPE'], ['Murat Ozdemir', 'PER']])).toEqual([['Murat Ozdemir']]);
    expect(statements('Tractores Duero abrirá una planta en Konya. El consejero delegado, Javier Ruiz de Olano, anunció que la empresa ha firmado un acuerdo.', 'spa',
      [['Tractores Duero', 'ORG'], ['Konya', 'GPE'], ['Javier Ruiz de Olano', 'PER']])).toEqual([['Javier Ruiz de Olano']]);
    expect(statements('Yutong открыла завод в Сумгайыте. «Уже через год доля локализации достигнет 30%», — сказал генеральный директор завода Фарид Исмайлов.', 'rus',
      [['Yutong', 'ORG'], ['Сумгайыте', 'GPE'], ['Фарид Исмайлов', 'PER']])).toEqual([['Фарид Исмайлов']]);
    expect(statements('The engine maker will invest $120 million in a new line, said Bakhodir Sobirov, who was appointed its general director in December.', 'eng',
      [['Bakhodir Sobirov', 'PER']])).toEqual([['Bakhodir Sobirov']]);
  });
});
