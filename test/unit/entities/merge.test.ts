import { describe, expect, it } from 'vitest';
import { CONVENTIONS, ENTITIES_STAGE, extractMentions, MERGE_OVERRIDES, mergeMentions, OVERRIDES, overridesFor, type NerSpanLike } from '../../../pipeline/entities/index.js';
import type { Mention } from '../../../pipeline/types.js';

/** A model span over the first occurrence (after `from`) of `surface`. */
function span(text: string, surface: string, label: NerSpanLike['label'], confidence = 0.7, from = 0): NerSpanLike {
  const start = text.indexOf(surface, from);
  if (start < 0) throw new Error(`not in text: ${surface}`);
  return { start, end: start + surface.length, text: surface, label, confidence };
}

function check(text: string, mentions: Mention[]): void {
  let prevEnd = -1;
  for (const m of mentions) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.start).toBeGreaterThanOrEqual(prevEnd); // sorted, non-overlapping
    prevEnd = m.end;
    expect(m.confidence).toBeGreaterThanOrEqual(0);
    expect(m.confidence).toBeLessThanOrEqual(1);
    expect(m.extractor).toMatch(/^(ner-model|gazetteer|compromise|rule)(\+(gazetteer|compromise|rule))*$/);
    expect(m.version).toBeTruthy();
  }
}

function merged(text: string, language: string, model: NerSpanLike[]): string[] {
  const out = mergeMentions({ text, language, model });
  check(text, out);
  return out.map((m) => `${m.type}:${m.text}`);
}

describe('mergeMentions: Spanish titles and groups', () => {
  it('a minister\'s portfolio after the title belongs to it (`viceministro de Economía Sahib Mammadov`, `secretaria de Estado`); a group noun at a sentence start is no name', () => {
    const t = 'El viceministro de Economía Sahib Mammadov visitó la planta con la secretaria de Estado Ana Ruiz. La secretaria de Estado habló. Analistas en Bakú señalaron que crece.';
    const out = merged(t, 'spa', [
      span(t, 'Economía Sahib Mammadov', 'PER', 0.9),
      span(t, 'Estado', 'ORG', 0.8),
      span(t, 'Ana Ruiz', 'PER', 0.95),
      span(t, 'Estado', 'ORG', 0.8, t.indexOf('La secretaria')),
      span(t, 'Analistas', 'PER', 0.6),
      span(t, 'Bakú', 'LOC', 0.9),
    ]);
    expect(out).toEqual(['PER:Sahib Mammadov', 'PER:Ana Ruiz', 'GPE:Bakú']);
    // the medium told, over the day of telling (`declaró este jueves a la agencia Trend`); silent: a person told is none
    const told = 'La planta crece, según declaró este jueves a la agencia Trend el presidente Emin Ajúndov. Dijo ayer a Pablo Ruiz que sí.';
    expect(merged(told, 'spa', [span(told, 'Emin Ajúndov', 'PER', 0.95), span(told, 'Pablo Ruiz', 'PER', 0.95)])).toEqual(['ORG:Trend', 'PER:Emin Ajúndov', 'PER:Pablo Ruiz']);
    // a name the gazetteer knows as a place, right after a locative preposition, is that place whatever the model said
    const loc = 'La planta de Saryarka AvtoProm en Kostanái y las oficinas de Kostanái Motors.';
    expect(merged(loc, 'spa', [span(loc, 'Saryarka AvtoProm', 'ORG', 0.9), span(loc, 'Kostanái', 'ORG', 0.9), span(loc, 'Kostanái Motors', 'ORG', 0.9)])).toEqual([
      'ORG:Saryarka AvtoProm',
      'GPE:Kostanái',
      'ORG:Kostanái Motors',
    ]);
    // silent: a place or a company after a title and `de` is named (`el embajador de Kazajistán`, `presidente de Azermash`)
    const named = 'El embajador de Kazajistán y el presidente de Azermash hablaron.';
    expect(merged(named, 'spa', [span(named, 'Kazajistán', 'LOC', 0.9), span(named, 'Azermash', 'ORG', 0.9)])).toEqual(['GPE:Kazajistán', 'ORG:Azermash']);
  });
});

describe('mergeMentions: types', () => {
  it('the name that opens a dateline is a place, whatever the model says', () => {
    const t = 'Volkswagen baut ein Werk\nWolfsburg, 18. Mai 2024. Die Volkswagen AG will investieren.\nZARAGOZA, 3 oct. (EFE).- Stellantis producirá.';
    const out = merged(t, 'deu', [span(t, 'Volkswagen', 'ORG', 0.99), span(t, 'Wolfsburg', 'ORG', 0.91), span(t, 'Volkswagen AG', 'ORG', 0.99), span(t, 'ZARAGOZA', 'ORG', 0.8), span(t, 'Stellantis', 'ORG', 0.9)]);
    expect(out).toEqual(['ORG:Volkswagen', 'GPE:Wolfsburg', 'ORG:Volkswagen AG', 'GPE:ZARAGOZA', 'ORG:EFE', 'ORG:Stellantis']);
    // a month read by its stem (Russian cases): марта, февраля
    const ru = 'Тольятти, 15 марта 2024 — АвтоВАЗ начал выпуск.';
    expect(merged(ru, 'rus', [span(ru, 'Тольятти', 'ORG', 0.9), span(ru, 'АвтоВАЗ', 'ORG', 0.95)])).toEqual(['GPE:Тольятти', 'ORG:АвтоВАЗ']);
    // no day and month after it, or not at the start of a line: the model's label stands
    const club = 'Wolfsburg, 2:1 gegen Bayern. Wolfsburg, der Verein, jubelte.';
    expect(merged(club, 'deu', [span(club, 'Wolfsburg', 'ORG', 0.91), span(club, 'Bayern', 'ORG', 0.9), span(club, 'Wolfsburg', 'ORG', 0.91, 10)])).toEqual(['ORG:Wolfsburg', 'ORG:Bayern', 'ORG:Wolfsburg']);
  });

  it('the agency tag after a dateline’s date is an organisation, in slashes or parentheses (ru, en, es)', () => {
    const ru = 'Завод открыт\n\nБАКУ, 23 июня 2026 года /Trend/. Совместное предприятие начало работу.';
    expect(merged(ru, 'rus', [span(ru, 'БАКУ', 'LOC', 0.9)])).toEqual(['GPE:БАКУ', 'ORG:Trend']);
    const en = 'TBILISI, September 8, 2026 /Trend/ - Rustavi Wagon Building has signed a contract.';
    expect(merged(en, 'eng', [span(en, 'TBILISI', 'LOC', 0.9), span(en, 'Rustavi Wagon Building', 'ORG', 0.9)])).toEqual(['GPE:TBILISI', 'ORG:Trend', 'ORG:Rustavi Wagon Building']);
    const es = 'ZARAGOZA, 3 oct. (EFE).- Stellantis producirá.';
    expect(merged(es, 'spa', [span(es, 'ZARAGOZA', 'LOC', 0.8), span(es, 'Stellantis', 'ORG', 0.9)])).toEqual(['GPE:ZARAGOZA', 'ORG:EFE', 'ORG:Stellantis']);
  });

  it('the agency tag after a full stop that closes the date, or typed a place by the model, is the agency (ru)', () => {
    const stop = 'Завод открыт\n\nДУШАНБЕ, 20 мая 2027 года. /ТАСС/. ООО «ХАЗ» выпустило 1 140 машин.';
    expect(merged(stop, 'rus', [span(stop, 'ДУШАНБЕ', 'LOC', 0.9)])).toEqual(['GPE:ДУШАНБЕ', 'ORG:ТАСС']);
    const typed = 'Завод открыт\n\nБИШКЕК, 17 марта 2027 года /Кабар/. Правительство утвердило программу.';
    expect(merged(typed, 'rus', [span(typed, 'БИШКЕК', 'LOC', 0.9), span(typed, 'Кабар', 'LOC', 0.8)])).toEqual(['GPE:БИШКЕК', 'ORG:Кабар']);
  });

  it('silent: a bracket that follows no dateline’s date, or names no one, is no agency', () => {
    const aside = 'Der Umsatz stieg (laut Firmenangaben) auf 214 Milliarden Tenge.';
    expect(merged(aside, 'deu', [])).toEqual([]);
    const noDate = 'BAKU (Trend) - Azermash will build a plant.';
    expect(merged(noDate, 'eng', [span(noDate, 'Azermash', 'ORG', 0.9)])).toEqual(['GPE:BAKU', 'ORG:Azermash']);
    const lower = 'ALMATY, 14. April 2027 (dpa-AFX) – QazBus baut.';
    expect(merged(lower, 'deu', [span(lower, 'ALMATY', 'LOC', 0.9), span(lower, 'QazBus', 'ORG', 0.9)])).toEqual(['GPE:ALMATY', 'ORG:QazBus']);
  });

  it('an institution that lists its portfolios is one organisation (es, en, fr)', () => {
    const es = 'El Ministerio de Economía, Comercio y Empresa aprobó el plan.';
    expect(merged(es, 'spa', [span(es, 'Ministerio de Economía', 'ORG', 0.9), span(es, 'Comercio', 'ORG', 0.6), span(es, 'Empresa', 'ORG', 0.6)])).toEqual(['ORG:Ministerio de Economía, Comercio y Empresa']);
    const en = 'The Ministry of Industry, Trade and Agriculture approved the plan.';
    expect(merged(en, 'eng', [span(en, 'Ministry of Industry', 'ORG', 0.9), span(en, 'Trade and Agriculture', 'ORG', 0.6)])).toEqual(['ORG:Ministry of Industry, Trade and Agriculture']);
    const fr = "Le ministère de l'Économie, des Finances et de la Souveraineté a validé le plan.";
    expect(merged(fr, 'fra', [span(fr, "ministère de l'Économie", 'ORG', 0.9)])).toEqual(["ORG:ministère de l'Économie, des Finances et de la Souveraineté"]);
  });

  it('silent: a list of participants after an institution stays apart (places, known companies, names given again)', () => {
    const places = 'The Ministry of Economy, Kazakhstan and Uzbekistan signed the plan.';
    expect(merged(places, 'eng', [span(places, 'Ministry of Economy', 'ORG', 0.9)])).toEqual(['ORG:Ministry of Economy', 'GPE:Kazakhstan', 'GPE:Uzbekistan']);
    const firms = 'El Ministerio de Industria, Qazaq Avto y Ordabasy firmaron el acuerdo. Ordabasy fabricará autobuses.';
    expect(merged(firms, 'spa', [span(firms, 'Ministerio de Industria', 'ORG', 0.9), span(firms, 'Qazaq Avto', 'ORG', 0.9), span(firms, 'Ordabasy', 'ORG', 0.9), span(firms, 'Ordabasy', 'ORG', 0.9, 60)])).toEqual(['ORG:Ministerio de Industria', 'ORG:Qazaq Avto', 'ORG:Ordabasy', 'ORG:Ordabasy']);
    // no list: a company after the ministry
    const one = 'El Ministerio de Industria y Qazaq Avto firmaron.';
    expect(merged(one, 'spa', [span(one, 'Ministerio de Industria', 'ORG', 0.9), span(one, 'Qazaq Avto', 'ORG', 0.9)])).toEqual(['ORG:Ministerio de Industria', 'ORG:Qazaq Avto']);
  });

  it('an organisation named in full is found again by the first word of its name (en, de)', () => {
    const en = "Ordabasy Motors laid the foundation stone. Ordabasy, founded in 2011, employs 2,300 people, said Aigerim Seitkali, Ordabasy's chief executive.";
    expect(merged(en, 'eng', [span(en, 'Ordabasy Motors', 'ORG', 0.95), span(en, 'Aigerim Seitkali', 'PER', 0.95), span(en, 'Ordabasy', 'PER', 0.6, 100)])).toEqual([
      'ORG:Ordabasy Motors', 'ORG:Ordabasy', 'PER:Aigerim Seitkali', 'ORG:Ordabasy',
    ]);
    const de = 'Azermash und Moravia Traktor gründeten ein Werk. Moravia liefert die Motoren.';
    expect(merged(de, 'deu', [span(de, 'Azermash', 'ORG', 0.9), span(de, 'Moravia Traktor', 'ORG', 0.9)])).toEqual(['ORG:Azermash', 'ORG:Moravia Traktor', 'ORG:Moravia']);
  });

  it('silent: a first word that names something else is no short name (a place, a person of the text, a common word)', () => {
    const place = 'Kazakhstan Temir Zholy ordered wagons. Kazakhstan will pay.';
    expect(merged(place, 'eng', [span(place, 'Kazakhstan Temir Zholy', 'ORG', 0.9)])).toEqual(['ORG:Kazakhstan Temir Zholy', 'GPE:Kazakhstan']);
    const person = 'Klaus Brenner founded Brenner Antriebstechnik. Brenner said the plant will open.';
    expect(merged(person, 'eng', [span(person, 'Klaus Brenner', 'PER', 0.9), span(person, 'Brenner Antriebstechnik', 'ORG', 0.9)])).toEqual(['PER:Klaus Brenner', 'ORG:Brenner Antriebstechnik', 'PER:Brenner']);
    const town = "Rustavi Wagon Building will build the wagons at the company's plant in Rustavi.";
    expect(merged(town, 'eng', [span(town, 'Rustavi Wagon Building', 'ORG', 0.9), span(town, 'Rustavi', 'ORG', 0.6, 30)])).toEqual(['ORG:Rustavi Wagon Building', 'GPE:Rustavi']); // the gazetteer's town, not the firm's short name
    const common = 'General Motors will invest. General terms were agreed.';
    expect(merged(common, 'eng', [span(common, 'General Motors', 'ORG', 0.9)])).toEqual(['ORG:General Motors']);
  });

  it('ru: a capitalised place adjective and a plant noun name a works (ORG), whatever pieces the model made', () => {
    const a = 'При этом Гянджинскому автозаводу принадлежит 55% СП.';
    expect(merged(a, 'rus', [span(a, 'Гянджинскому', 'LOC', 0.7)])).toEqual(['ORG:Гянджинскому автозаводу']);
    const b = 'Самаркандский автомобильный завод (СамАвто) выпускает автобусы.';
    expect(merged(b, 'rus', [span(b, 'СамАвто', 'ORG', 0.9)])).toEqual(['ORG:Самаркандский автомобильный завод', 'ORG:СамАвто']);
  });

  it('silent: a nationality adjective names no works, and other languages have no such names', () => {
    const nat = 'Казахстанский завод начал выпуск тракторов.';
    expect(merged(nat, 'rus', [])).toEqual(['MISC:Казахстанский']);
    const en = 'The Samarkand automobile plant makes buses.';
    expect(merged(en, 'eng', [span(en, 'Samarkand', 'LOC', 0.9)])).toEqual(['GPE:Samarkand']);
  });

  it('a currency after an amount is no name ("1,2 Mrd. Euro"); the Euro as such stays', () => {
    const t = 'VW investiert rund 1,2 Mrd. Euro in Taschkent. Der Euro fiel.';
    expect(merged(t, 'deu', [span(t, 'VW', 'ORG', 0.9), span(t, 'Euro', 'MISC'), span(t, 'Euro', 'MISC', 0.7, 40)])).toEqual(['ORG:VW', 'GPE:Taschkent', 'MISC:Euro']);
  });

  it('an abbreviated month before a day is no name ("TASHKENT, Jan. 15 -"); "Jan" the person stays', () => {
    const t = 'TASHKENT, Jan. 15 - Jan Novak said the plant opened.';
    expect(merged(t, 'eng', [span(t, 'Jan', 'LOC'), span(t, 'Jan Novak', 'PER', 0.9, 20)])).toEqual(['GPE:TASHKENT', 'PER:Jan Novak']);
  });

  it('a model LOC the gazetteer knows as a country/region/city becomes GPE; named features stay LOC', () => {
    const text = 'Water from the Zarafshan River reaches Samarkand and the Navoi region.';
    const out = mergeMentions({
      text,
      language: 'eng',
      model: [span(text, 'Zarafshan River', 'LOC'), span(text, 'Samarkand', 'LOC'), span(text, 'Navoi', 'LOC')],
    });
    check(text, out);
    expect(out.map((m) => `${m.type}:${m.text}:${m.extractor}`)).toEqual([
      'LOC:Zarafshan River:ner-model',
      'GPE:Samarkand:ner-model+gazetteer',
      'GPE:Navoi:ner-model+gazetteer',
    ]);
  });

  it('car models are PRODUCT, makes ORG, whatever the model called them', () => {
    const text = 'Chevrolet sells the Chevrolet Equinox, and the Onix is cheaper.';
    expect(
      merged(text, 'eng', [span(text, 'Chevrolet', 'LOC'), span(text, 'Chevrolet Equinox', 'MISC', 0.6, 10), span(text, 'Onix', 'ORG')]),
    ).toEqual(['ORG:Chevrolet', 'PRODUCT:Chevrolet Equinox', 'PRODUCT:Onix']);
  });

  it('makers of farm machinery and rolling stock are companies: no person, place or make and model; a person of such a surname stays', () => {
    const en = 'John Deere and New Holland build combines; Hyundai Rotem builds trams.';
    const model = [span(en, 'John Deere', 'PER', 0.9), span(en, 'New Holland', 'LOC', 0.9), span(en, 'Hyundai Rotem', 'PER', 0.5)];
    expect(merged(en, 'eng', model)).toEqual(['ORG:John Deere', 'ORG:New Holland', 'ORG:Hyundai Rotem']);
    const de = 'Rupert Stadler sagte das.';
    expect(merged(de, 'deu', [span(de, 'Rupert Stadler', 'PER', 0.9)])).toEqual(['PER:Rupert Stadler']);
  });

  it('adds gazetteer hits the model missed', () => {
    const text = 'Rustam Azimov flew from Tashkent to Baku.';
    expect(merged(text, 'eng', [span(text, 'Rustam Azimov', 'PER', 0.9)])).toEqual([
      'PER:Rustam Azimov',
      'GPE:Tashkent',
      'GPE:Baku',
    ]);
  });

  it('named events from their head word', () => {
    const text = 'The cars were shown at the Tashkent Motor Show last year.';
    expect(merged(text, 'eng', [span(text, 'Tashkent Motor Show', 'MISC')])).toEqual(['EVENT:Tashkent Motor Show']);
  });
});

describe('mergeMentions: spans', () => {
  it('trims a possessive and surrounding quotes/punctuation', () => {
    const text = 'Kazakhstan’s plant and Iran\'s partner signed with “Saipa”.';
    expect(
      merged(text, 'eng', [span(text, 'Kazakhstan’s', 'LOC'), span(text, "Iran's", 'LOC'), span(text, '“Saipa”.', 'ORG')]),
    ).toEqual(['GPE:Kazakhstan', 'GPE:Iran', 'ORG:Saipa']);
  });

  it('a people word, a company noun and a name in one model span: the people word is a MISC of its own (`Thüringer Zulieferer Haller`, `the Bavarian supplier Webasto`)', () => {
    const de = 'Der Thüringer Zulieferer Haller eröffnet ein Werk.';
    expect(merged(de, 'deu', [span(de, 'Thüringer Zulieferer Haller', 'ORG')])).toEqual(['MISC:Thüringer', 'ORG:Haller']);
    const en = 'The Bavarian supplier Webasto opened a plant.';
    expect(merged(en, 'eng', [span(en, 'Bavarian supplier Webasto', 'ORG')])).toEqual(['MISC:Bavarian', 'ORG:Webasto']);
    // silent: a person the model is fairly sure of keeps a surname that is a regional demonym (`Breton`), not a nationality's
    const person = 'Breton a parlé hier. Allemand a parlé hier.';
    expect(merged(person, 'fra', [span(person, 'Breton', 'PER', 0.8), span(person, 'Allemand', 'PER', 0.8)])).toEqual(['PER:Breton', 'MISC:Allemand']);
    // silent: a company named with a demonym and no company noun stays whole
    const name = 'Die Münchner Rück meldet Gewinne.';
    expect(merged(name, 'deu', [span(name, 'Münchner Rück', 'ORG')])).toEqual(['ORG:Münchner Rück']);
  });

  it('overlapping spans resolve to the longest named span', () => {
    const text = 'Production of the Kia Carnival at the Uzbek Motor Trading House began.';
    const out = merged(text, 'eng', [span(text, 'Kia', 'ORG'), span(text, 'Uzbek Motor Trading House', 'ORG')]);
    expect(out).toEqual(['PRODUCT:Kia Carnival', 'ORG:Uzbek Motor Trading House']);
  });

  it('a longer known name replaces the model span inside it', () => {
    const text = 'An office of the Republic of Uzbekistan opened.';
    const out = mergeMentions({ text, language: 'eng', model: [span(text, 'Uzbekistan', 'LOC', 0.9)] });
    check(text, out);
    expect(out.map((m) => `${m.type}:${m.text}:${m.extractor}`)).toEqual(['GPE:Republic of Uzbekistan:ner-model+gazetteer']);
  });

  it('strips titles and generic place nouns (annotation convention)', () => {
    const text = 'The Kyrgyz Ambassador met President Sadyr Japarov in the Region Namangan.';
    expect(
      merged(text, 'eng', [
        span(text, 'Kyrgyz Ambassador', 'MISC'),
        span(text, 'President Sadyr Japarov', 'PER', 0.9),
        span(text, 'Region Namangan', 'LOC'),
      ]),
    ).toEqual(['MISC:Kyrgyz', 'PER:Sadyr Japarov', 'GPE:Namangan']);
  });

  it('strips a company noun of the pack before a name (de `der Holding X`); keeps a name that goes on in lower case', () => {
    const text = 'Das teilte die Sprecherin der Holding Kraftwerk Nord mit. Die Gesellschaft für Anlagenbau lieferte.';
    expect(
      merged(text, 'deu', [span(text, 'Holding Kraftwerk Nord', 'ORG'), span(text, 'Gesellschaft für Anlagenbau', 'ORG')]),
    ).toEqual(['ORG:Kraftwerk Nord', 'ORG:Gesellschaft für Anlagenbau']);
  });

  it('a works named with the Kazakh `zauyty` (plant) is a company, not a person; a person stays one', () => {
    const text = 'Die Lokomotiven baut das Werk Electrovoz Kurastyru Zauyty, sagte Aigerim Bekova.';
    expect(
      merged(text, 'deu', [span(text, 'Electrovoz Kurastyru Zauyty', 'PER'), span(text, 'Aigerim Bekova', 'PER')]),
    ).toEqual(['ORG:Electrovoz Kurastyru Zauyty', 'PER:Aigerim Bekova']);
  });

  it('strips generic place nouns around unknown place names too, in every language (a convention of the articles)', () => {
    const text = 'A plant in the Region Xorazmobod and in the Pitnak district.';
    expect(merged(text, 'eng', [span(text, 'Region Xorazmobod', 'LOC'), span(text, 'Pitnak district', 'LOC')])).toEqual([
      'GPE:Xorazmobod',
      'GPE:Pitnak',
    ]);
    const de = 'Ein Werk in der Region Xorazmobod.';
    expect(merged(de, 'deu', [span(de, 'Region Xorazmobod', 'LOC')])).toEqual(['GPE:Xorazmobod']);
  });

  it('splits a known place off a person span, and nationalities joined by a hyphen', () => {
    const text = 'Ambassador of Georgia to Tajikistan Levan Kakhadze visited the Tajik-Uzbek border.';
    expect(
      merged(text, 'eng', [span(text, 'Tajikistan Levan Kakhadze', 'PER', 0.5), span(text, 'Tajik-Uzbek', 'MISC', 0.5)]),
    ).toEqual(['GPE:Georgia', 'GPE:Tajikistan', 'PER:Levan Kakhadze', 'MISC:Tajik', 'MISC:Uzbek']);
  });

  it('splits a span where a list conjunction and a lower-case nationality join two names (ru `… завода и китайской корпорации Yutong`, de `… und der kasachischen Allur Group`); a name going on in lower case after `и` stays whole', () => {
    const ru = 'Совместное предприятие Гянджинского автомобильного завода и китайской корпорации Yutong начало работу.';
    expect(merged(ru, 'rus', [span(ru, 'Гянджинского автомобильного завода и китайской корпорации Yutong', 'ORG')])).toEqual([
      'ORG:Гянджинского автомобильного завода', 'MISC:китайской', 'ORG:Yutong',
    ]);
    const ru2 = 'Контракт подписали Минский тракторный завод и узбекская компания Uzagrotexsanoat.';
    expect(merged(ru2, 'rus', [span(ru2, 'Минский тракторный завод и узбекская компания Uzagrotexsanoat', 'ORG')])).toEqual([
      'ORG:Минский тракторный завод', 'MISC:узбекская', 'ORG:Uzagrotexsanoat',
    ]);
    const de = 'Die Hoffmann Maschinenbau GmbH und die kasachische Allur Group bauen ein Werk.';
    expect(merged(de, 'deu', [span(de, 'Hoffmann Maschinenbau GmbH und die kasachische Allur Group', 'ORG')])).toEqual([
      'ORG:Hoffmann Maschinenbau GmbH', 'MISC:kasachische', 'ORG:Allur Group',
    ]);
    // silent: no nationality after the conjunction
    const ebrd = 'Кредит выдал Европейский банк реконструкции и развития.';
    expect(merged(ebrd, 'rus', [span(ebrd, 'Европейский банк реконструкции и развития', 'ORG')])).toEqual(['ORG:Европейский банк реконструкции и развития']);
  });

  it('splits a span at an internal possessive', () => {
    const text = 'Kazakhstan’s Allur Group and Tajikistan’s Khujand plant.';
    expect(merged(text, 'eng', [span(text, 'Kazakhstan’s Allur Group', 'ORG'), span(text, 'Tajikistan’s Khujand', 'LOC')])).toEqual([
      'GPE:Kazakhstan',
      'ORG:Allur Group',
      'GPE:Tajikistan',
      'GPE:Khujand',
    ]);
  });

  it('splits `Belarus-made MAZ` into the place and the name', () => {
    const text = 'They assemble Belarus-made MAZ trucks.';
    expect(merged(text, 'eng', [span(text, 'Belarus-made MAZ', 'ORG', 0.4)])).toEqual(['GPE:Belarus', 'ORG:MAZ']);
  });

  it('the place of `Chemnitz-based`, `Almaty-based` is a place whatever the model called the span; `Alibaba-backed` keeps its type', () => {
    const text = 'Chemnitz-based Hoffmann Maschinenbau GmbH and an Almaty-based company met Alibaba-backed Lazada.';
    expect(
      merged(text, 'eng', [span(text, 'Chemnitz-based Hoffmann Maschinenbau GmbH', 'ORG', 0.6), span(text, 'Almaty-based', 'MISC', 0.6), span(text, 'Alibaba-backed Lazada', 'ORG', 0.6)]),
    ).toEqual(['GPE:Chemnitz', 'ORG:Hoffmann Maschinenbau GmbH', 'GPE:Almaty', 'ORG:Alibaba', 'ORG:Lazada']);
  });

  it('a model span crossing a known name keeps only what lies outside it', () => {
    const text = 'the head of Uzavtosanoat JSC Bakhrom Nazarov said';
    expect(merged(text, 'eng', [span(text, 'JSC Bakhrom Nazarov', 'ORG', 0.6)])).toEqual(['ORG:Uzavtosanoat JSC', 'PER:Bakhrom Nazarov']);
  });

  it('a regional surname ending makes a person of a mislabelled span; dates are no names', () => {
    const text = 'Delegation head Gulnora Yusupova arrived in August-September.';
    expect(merged(text, 'eng', [span(text, 'Gulnora Yusupova', 'LOC', 0.5), span(text, 'August-September', 'LOC', 0.5)])).toEqual([
      'PER:Gulnora Yusupova',
    ]);
  });

  it('a full name found once is found again where the source glued the next word on', () => {
    const text = 'Botir Karimov sprach. Später hat Botir KarimovgesternBesuch gemacht.';
    expect(merged(text, 'deu', [span(text, 'Botir Karimov', 'PER', 0.9), span(text, 'Botir', 'LOC', 0.4, 20)])).toEqual([
      'PER:Botir Karimov',
      'PER:Botir Karimov',
    ]);
  });

  it('a surname repeats the person found in full', () => {
    const text = 'Dilnoza Rakhimova opened the line. Later, Rakhimova said exports doubled.';
    expect(merged(text, 'eng', [span(text, 'Dilnoza Rakhimova', 'PER', 0.9)])).toEqual([
      'PER:Dilnoza Rakhimova',
      'PER:Rakhimova',
    ]);
  });

  it('German and Russian inflected place names', () => {
    const de = 'Die Fabrik in der Nähe Samarkands liefert nach Kasachstan.';
    expect(merged(de, 'deu', [span(de, 'Samarkands', 'LOC')])).toEqual(['GPE:Samarkands', 'GPE:Kasachstan']);
    const ru = 'Автомобили из Андижана поставляют в Казахстан и Россию.';
    expect(merged(ru, 'rus', [])).toEqual(['GPE:Андижана', 'GPE:Казахстан', 'GPE:Россию']);
  });

  it('no match inside words', () => {
    const text = 'Romanian and Omani buyers; a Chinatown shop; Turkeys and Uzbekistani traders.';
    const out = merged(text, 'eng', []);
    for (const name of ['GPE:Oman', 'GPE:China', 'GPE:Uzbekistan', 'GPE:Turkey']) expect(out).not.toContain(name);
  });
});

describe('mergeMentions: offsets with emoji and astral characters', () => {
  it('keeps UTF-16 offsets exact after emoji', () => {
    const text = '🚗🇺🇿 New 𝐂𝐡𝐞𝐯𝐫𝐨𝐥𝐞𝐭 ads: Chevrolet Cobalt made in Asaka 🎉, sold in Almaty.';
    const out = mergeMentions({ text, language: 'eng', model: [span(text, 'Asaka', 'LOC', 0.8)] });
    check(text, out);
    expect(out.map((m) => `${m.type}:${m.text}`)).toEqual(['PRODUCT:Chevrolet Cobalt', 'GPE:Asaka', 'GPE:Almaty']);
    const asaka = out.find((m) => m.text === 'Asaka')!;
    expect(asaka.start).toBe(text.indexOf('Asaka'));
  });

  it('repairs a model span whose offsets disagree with its text', () => {
    const text = '😀 Toshkent va Samarqand';
    const out = mergeMentions({ text, language: 'uzb', model: [{ start: 1, end: 9, text: 'Toshkent', label: 'LOC', confidence: 0.8 }] });
    check(text, out);
    expect(out.map((m) => `${m.type}:${m.text}:${m.start}`)).toEqual(['GPE:Toshkent:3', 'GPE:Samarqand:15']);
  });
});

describe('entities stage', () => {
  it('has a name and version, and extractMentions is mergeMentions', () => {
    expect(ENTITIES_STAGE.name).toBe('entities');
    expect(ENTITIES_STAGE.version).toMatch(/\S/);
    expect(extractMentions).toBe(mergeMentions);
  });

  it('uses compromise for English people only when there are no model spans', () => {
    const text = 'Reporters asked John Smith about the new plant in Texas.';
    expect(merged(text, 'eng', [])).toEqual(['PER:John Smith', 'GPE:Texas']);
    const withModel = mergeMentions({ text, language: 'eng', model: [span(text, 'Texas', 'LOC', 0.9)] });
    expect(withModel.map((m) => m.text)).toEqual(['Texas']);
    expect(mergeMentions({ text, language: 'deu', model: [] }).map((m) => m.text)).toEqual(['Texas']);
  });

  it('empty and entity-free texts give nothing', () => {
    expect(mergeMentions({ text: '', language: 'eng', model: [] })).toEqual([]);
    expect(merged('prices rose by ten percent.', 'eng', [])).toEqual([]);
  });
});

describe('mergeMentions: overrides gated by measurement (issue 19)', () => {
  it('every override is a named switch: with none on, the model spans pass through unchanged but for LOC → GPE', () => {
    const t = 'President Ilham Aliyev met Lincoln Díaz in Baku.';
    const model = [span(t, 'President Ilham Aliyev', 'PER', 0.9), span(t, 'Lincoln Díaz', 'PER', 0.9), span(t, 'Baku', 'LOC', 0.9)];
    expect(mergeMentions({ text: t, language: 'eng', model, overrides: new Set() }).map((m) => `${m.type}:${m.text}`)).toEqual([
      'PER:President Ilham Aliyev',
      'PER:Lincoln Díaz',
      'GPE:Baku',
    ]);
    expect(MERGE_OVERRIDES.size).toBeGreaterThan(0);
    for (const c of CONVENTIONS) expect(OVERRIDES).toContain(c);
  });

  it('each language reads its own measured policy: a correction that cost there is off there only; the conventions stay on everywhere', () => {
    // lower-case nationality adjectives are MISC by the articles' convention, though CoNLL-2002 and WikiNEuRal leave them out
    expect(merged('Las autoridades kazajas firmaron el acuerdo.', 'spa', [])).toEqual(['MISC:kazajas']);
    expect(merged('Die kasachischen Behörden prüfen den Vertrag.', 'deu', [])).toEqual(['MISC:kasachischen']);
    // surrounding quotes come off in English and in a language without a pack alike
    const en = 'He played for "Ajax" yesterday.';
    expect(merged(en, 'eng', [span(en, '"Ajax"', 'ORG', 0.9)])).toEqual(['ORG:Ajax']);
    const nl = 'Hij speelde gisteren voor "Ajax" in Rotterdam.';
    expect(merged(nl, 'nld', [span(nl, '"Ajax"', 'ORG', 0.9)])).toContain('ORG:Ajax');
    for (const language of ['eng', 'deu', 'spa', 'fra', 'rus', 'nld', 'tur']) {
      for (const convention of CONVENTIONS) expect(overridesFor(language).has(convention), `${language} ${convention}`).toBe(true);
    }
    expect(overridesFor('eng')).toEqual(MERGE_OVERRIDES);
    // a correction measured to lose on German text (and to gain nothing on its articles) is off for German only
    expect(overridesFor('deu').has('add-nationality')).toBe(false);
    expect(overridesFor('eng').has('add-nationality')).toBe(true);
  });

  it('a car make at the edge of a person span is a name of the person (Lincoln Díaz Balart), a manufacturer is split off', () => {
    const t = 'El congresista Lincoln Díaz Balart habló.';
    expect(merged(t, 'spa', [span(t, 'Lincoln Díaz Balart', 'PER', 0.9)])).toEqual(['PER:Lincoln Díaz Balart']);
    const az = 'Azermash Emin Akhundov said so.';
    expect(merged(az, 'eng', [span(az, 'Azermash Emin Akhundov', 'PER', 0.9)])).toEqual(['ORG:Azermash', 'PER:Emin Akhundov']);
  });

  it('titles come off person spans only: an organisation or a work named with one stays whole', () => {
    const t = 'King Crimson and General Electric met President Ilham Aliyev.';
    expect(merged(t, 'eng', [span(t, 'King Crimson', 'ORG', 0.9), span(t, 'General Electric', 'ORG', 0.9), span(t, 'President Ilham Aliyev', 'PER', 0.9)])).toEqual([
      'ORG:King Crimson',
      'ORG:General Electric',
      'PER:Ilham Aliyev',
    ]);
  });

  it('coordinated titles are titles too (Ambassador Extraordinary and Plenipotentiary of Japan → Japan); a body named so stays', () => {
    const t = 'the Ambassador Extraordinary and Plenipotentiary of Japan arrived. The Board of Trade and Industry met.';
    expect(merged(t, 'eng', [span(t, 'Ambassador Extraordinary and Plenipotentiary of Japan', 'ORG', 0.6), span(t, 'Board of Trade and Industry', 'ORG', 0.9)])).toEqual([
      'GPE:Japan',
      'ORG:Board of Trade and Industry',
    ]);
  });

  it('a legal form alone is no name (АО before the quoted name); the name with its form stays', () => {
    const t = 'АО «УзАвто Моторс» и Volkswagen AG.';
    expect(merged(t, 'rus', [span(t, 'АО', 'ORG', 0.9), span(t, 'УзАвто Моторс', 'ORG', 0.9), span(t, 'Volkswagen AG', 'ORG', 0.9)])).toEqual([
      'ORG:УзАвто Моторс',
      'ORG:Volkswagen AG',
    ]);
  });

  it('places joined by a dash are a route of two names; a hyphen may join one name; three are a corridor', () => {
    const t = 'la ligne Tachkent–Samarcande et la Bosnie-Herzégovine.';
    expect(merged(t, 'fra', [span(t, 'ligne Tachkent–Samarcande', 'MISC', 0.9)])).toEqual(['GPE:Tachkent', 'GPE:Samarcande', 'GPE:Bosnie-Herzégovine']);
    const en = 'the Baku-Tbilisi-Kars railway';
    expect(merged(en, 'eng', [span(en, 'Baku-Tbilisi-Kars', 'LOC', 0.9)])).toEqual(['LOC:Baku-Tbilisi-Kars']);
  });

  it('a hyphen joins two places as a route before a route noun of the pack (`the Tashkent-Samarkand line`); silent without one', () => {
    const t = 'upgrading the Tashkent-Samarkand line';
    expect(merged(t, 'eng', [span(t, 'Tashkent-Samarkand', 'MISC', 0.9)])).toEqual(['GPE:Tashkent', 'GPE:Samarkand']);
    const one = 'trade with Tashkent-Samarkand grew';
    expect(merged(one, 'eng', [span(one, 'Tashkent-Samarkand', 'MISC', 0.9)])).toEqual(['MISC:Tashkent-Samarkand']);
  });

  it('a make that is also a place (Reno) is a make only beside another vehicle name', () => {
    const t = 'Il corso del fiume Reno delimita il territorio.';
    expect(merged(t, 'ita', [span(t, 'Reno', 'LOC', 0.9)])).toEqual(['GPE:Reno']);
    const cars = 'models such as Peugeot, Reno by the end of 2019';
    expect(merged(cars, 'eng', [span(cars, 'Peugeot', 'ORG', 0.9), span(cars, 'Reno', 'LOC', 0.9)])).toEqual(['ORG:Peugeot', 'ORG:Reno']);
  });

  it('a regional full name is a person by the pack’s surname endings; -ski adjectives and languages without a pack stay as the model says', () => {
    const t = 'Murotjon Azimov visited Tashkent.';
    expect(merged(t, 'eng', [span(t, 'Murotjon Azimov', 'LOC', 0.8)])).toEqual(['PER:Murotjon Azimov', 'GPE:Tashkent']);
    const pl = 'Tylko Lidzbark Warmiński i Karolina Południowa.';
    expect(merged(pl, 'pol', [span(pl, 'Lidzbark Warmiński', 'LOC', 0.9), span(pl, 'Karolina Południowa', 'LOC', 0.9)])).toEqual([
      'GPE:Lidzbark Warmiński',
      'GPE:Karolina Południowa',
    ]);
    const en = 'They played Celtic Glasgow at Bad Saarow.';
    expect(merged(en, 'eng', [span(en, 'Celtic Glasgow', 'ORG', 0.9), span(en, 'Bad Saarow', 'LOC', 0.9)])).toEqual(['ORG:Celtic Glasgow', 'GPE:Bad Saarow']);
  });

  it('leagues and studios named for games or a championship stay organisations; a legal form counts as written (Spa is no SpA)', () => {
    const t = 'Telltale Games joined the Football League Championship. Fiat SpA won the 24 Horas de Spa.';
    expect(
      merged(t, 'eng', [
        span(t, 'Telltale Games', 'ORG', 0.9),
        span(t, 'Football League Championship', 'ORG', 0.9),
        span(t, 'Fiat SpA', 'MISC', 0.9),
        span(t, '24 Horas de Spa', 'MISC', 0.9),
      ]),
    ).toEqual(['ORG:Telltale Games', 'ORG:Football League Championship', 'ORG:Fiat SpA', 'MISC:24 Horas de Spa']);
  });

  it('a name of several words ending in a goods noun of some pack is a company; head first where the language names companies so', () => {
    const en = 'Chirchiq Avtobus will buy engines from Ankara, Aigerim Bus said.';
    expect(merged(en, 'eng', [span(en, 'Chirchiq Avtobus', 'LOC', 0.6), span(en, 'Ankara', 'LOC', 0.9), span(en, 'Aigerim Bus', 'PER', 0.5)])).toEqual([
      'ORG:Chirchiq Avtobus',
      'GPE:Ankara',
      'ORG:Aigerim Bus',
    ]);
    const ru = 'Оператором выступит компания «Айыл Техника».';
    expect(merged(ru, 'rus', [span(ru, 'Айыл Техника', 'MISC', 0.6)])).toEqual(['ORG:Айыл Техника']);
    const es = 'El fabricante Tractores Duero vendió más; Motores Ebro, también.';
    expect(merged(es, 'spa', [span(es, 'Duero', 'LOC', 0.8), span(es, 'Motores Ebro', 'LOC', 0.6)])).toEqual(['ORG:Tractores Duero', 'ORG:Motores Ebro']);
  });

  it('a goods noun alone, or opening a name in a language that names companies head last, makes no company', () => {
    const en = 'Tractors Minister Duero spoke; Bus said so.';
    expect(merged(en, 'eng', [span(en, 'Duero', 'PER', 0.8), span(en, 'Bus', 'PER', 0.6)])).toEqual(['PER:Duero', 'PER:Bus']);
    const de = 'Die Motoren Ebro und Traktoren Nord liefen gut.';
    expect(merged(de, 'deu', [span(de, 'Ebro', 'LOC', 0.8), span(de, 'Traktoren Nord', 'LOC', 0.6)])).toEqual(['GPE:Ebro', 'GPE:Traktoren Nord']);
  });

  it('a person or place the model found whose last word heads company names in some pack is a company; people stay people', () => {
    const en = 'Marmara Otobüs, Ala-Too Agro and Khiva Agromash signed the deal, Kemal Aydin said.';
    const model = [span(en, 'Marmara Otobüs', 'PER', 0.7), span(en, 'Ala-Too Agro', 'PER', 0.3), span(en, 'Khiva Agromash', 'PER', 0.9), span(en, 'Kemal Aydin', 'PER', 0.9)];
    expect(merged(en, 'eng', model)).toEqual(['ORG:Marmara Otobüs', 'ORG:Ala-Too Agro', 'ORG:Khiva Agromash', 'PER:Kemal Aydin']);
    const ru = 'Завод «Казахстан Агромаш» посетил Андрей Ковалёв.';
    expect(merged(ru, 'rus', [span(ru, 'Казахстан Агромаш', 'LOC', 0.6), span(ru, 'Андрей Ковалёв', 'PER', 0.9)])).toEqual([
      'ORG:Казахстан Агромаш',
      'PER:Андрей Ковалёв',
    ]);
    const de = 'Landtechnik-Experte Jens Maschmann sprach mit Otomotiv-Chef Kemal Aydin.';
    expect(merged(de, 'deu', [span(de, 'Jens Maschmann', 'PER', 0.9), span(de, 'Kemal Aydin', 'PER', 0.9)])).toEqual(['PER:Jens Maschmann', 'PER:Kemal Aydin']);
  });

  it('a region named by an adjective and a region noun is one place, one organisation after an administration noun; other languages stay silent', () => {
    const ru = 'Хякимлик Лебапского велаята и Правительство Московской области. Заводы в Ахалском велаяте.';
    const model = [span(ru, 'Хякимлик Лебапского', 'PER', 0.5), span(ru, 'Правительство Московской области', 'ORG', 0.9), span(ru, 'Ахалском велаяте', 'ORG', 0.6)];
    expect(merged(ru, 'rus', model)).toEqual(['ORG:Хякимлик Лебапского велаята', 'ORG:Правительство Московской области', 'GPE:Ахалском велаяте']);
    const uz = 'Xorazm viloyati hokimligi va Samarqand viloyati.';
    expect(merged(uz, 'uzb', [span(uz, 'Xorazm viloyati hokimligi', 'ORG', 0.8)])).toEqual(['ORG:Xorazm viloyati hokimligi', 'GPE:Samarqand']);
  });

  it('a place before a region phrase is a place of its own; a known place with common nouns after it is only the place', () => {
    const ru = 'собирают на заводе в Асаке Андижанской области. Компания построит в Костанае завод. Правительство Московской области.';
    const model = [span(ru, 'Асаке Андижанской области', 'LOC', 0.8), span(ru, 'Костанае завод', 'ORG', 0.7), span(ru, 'Правительство Московской области', 'ORG', 0.9)];
    expect(merged(ru, 'rus', model)).toEqual(['GPE:Асаке', 'GPE:Андижанской области', 'GPE:Костанае', 'ORG:Правительство Московской области']);
    // a country is a place even where the model reads an organisation; an industrial district is LOC
    const uz = 'за пределами Узбекистана в Гаджикабульском промышленном районе';
    expect(merged(uz, 'rus', [span(uz, 'Узбекистана', 'ORG', 0.9), span(uz, 'Гаджикабульском промышленном районе', 'LOC', 0.8)])).toEqual(['GPE:Узбекистана', 'LOC:Гаджикабульском промышленном районе']);
    // without a locative preposition before it the model's span stands (`Xorazm viloyati hokimligi`)
    const subject = 'Костанай инвест подписал соглашение.';
    expect(merged(subject, 'rus', [span(subject, 'Костанай инвест', 'ORG', 0.8)])).toEqual(['ORG:Костанай инвест']);
  });

  it('a name after an honorific of the pack is a person without it; an initial in another language stays part of the name', () => {
    const en = 'Mr Park met Mr Suzuki of Suzuki Motor and M. Night Shyamalan.';
    const model = [span(en, 'Mr Park', 'LOC', 0.9), span(en, 'Suzuki', 'ORG', 0.6), span(en, 'Suzuki Motor', 'ORG', 0.9), span(en, 'M. Night Shyamalan', 'PER', 0.9)];
    expect(merged(en, 'eng', model)).toEqual(['PER:Park', 'PER:Suzuki', 'ORG:Suzuki Motor', 'PER:M. Night Shyamalan']);
    const fr = 'a déclaré M. Poupart-Lafarge.';
    expect(merged(fr, 'fra', [span(fr, 'M. Poupart-Lafarge', 'PER', 0.9)])).toEqual(['PER:Poupart-Lafarge']);
    const album = 'the album Mr Lantern and the Night Owls.';
    expect(merged(album, 'eng', [span(album, 'Mr Lantern and the Night Owls', 'MISC', 0.8)])).toEqual(['MISC:Mr Lantern and the Night Owls']);
    const de = 'sagte M. Müller in Berlin.';
    expect(merged(de, 'deu', [span(de, 'M. Müller', 'PER', 0.9), span(de, 'Berlin', 'LOC', 0.9)])).toEqual(['PER:M. Müller', 'GPE:Berlin']);
  });

  it('a name in apposition to a company noun is a company, and so are its other occurrences; German and a place stay silent', () => {
    const fr = 'Alstom va livrer 120 locomotives. Le constructeur ferroviaire français Alstom a signé un contrat avec la compagnie nationale.';
    expect(merged(fr, 'fra', [])).toEqual(['ORG:Alstom', 'MISC:français', 'ORG:Alstom']);
    const ru = 'Компания «Ростсельмаш» и компания Москва. Об этом заявил шеф концерна Бернд Пишетсридер.';
    expect(merged(ru, 'rus', [span(ru, 'Ростсельмаш', 'LOC', 0.6), span(ru, 'Бернд Пишетсридер', 'PER', 0.9)])).toEqual([
      'ORG:Ростсельмаш',
      'GPE:Москва',
      'PER:Бернд Пишетсридер',
    ]);
    const na = 'Shrs offered by company N / A';
    expect(merged(na, 'eng', [])).toEqual([]);
    const en = 'The carmaker BYD opened a plant, the company also said Tashkent agreed.';
    expect(merged(en, 'eng', [span(en, 'BYD', 'LOC', 0.6)])).toEqual(['ORG:BYD', 'GPE:Tashkent']);
    const de = 'Der Hersteller Traktoren liefert nach Kasachstan.';
    expect(merged(de, 'deu', [])).toEqual(['GPE:Kasachstan']);
  });

  it('a name the model read as a person is a company in apposition to a company noun, and so are its other readings; the company\'s people stay people', () => {
    const en = 'Turkish battery maker Egecell opened a plant. Egecell said it would grow.';
    expect(merged(en, 'eng', [span(en, 'Egecell', 'PER', 0.7), span(en, 'Egecell', 'PER', 0.7, 30)])).toEqual(['MISC:Turkish', 'ORG:Egecell', 'ORG:Egecell']);
    const de = 'Der Achsenhersteller Bergmann baut ein Werk. Bergmann beschäftigt 310 Menschen.';
    expect(merged(de, 'deu', [span(de, 'Bergmann', 'PER', 0.7), span(de, 'Bergmann', 'PER', 0.7, 30)])).toEqual(['ORG:Bergmann', 'ORG:Bergmann']);
    // silent: people named in full after a company noun
    const ru = 'сообщил председатель правления компании Данияр Ахметжанов.';
    expect(merged(ru, 'rus', [span(ru, 'Данияр Ахметжанов', 'PER', 0.9)])).toEqual(['PER:Данияр Ахметжанов']);
    const en2 = 'said the chief executive of the carmaker Mark Hill.';
    expect(merged(en2, 'eng', [span(en2, 'Mark Hill', 'PER', 0.9)])).toEqual(['PER:Mark Hill']);
  });

  it('fr/es: a company noun and the trade described after it (`de … et de …`, `de … para …`) stand in apposition to the name', () => {
    const fr = 'Le constructeur normand de tracteurs et de remorques Dorval a signé.';
    expect(merged(fr, 'fra', [span(fr, 'Dorval', 'LOC', 0.6)])).toEqual(['ORG:Dorval']);
    const es = 'La fabricante gallega de componentes para camiones Ferrolsa vendió más.';
    expect(merged(es, 'spa', [span(es, 'Ferrolsa', 'PER', 0.6)])).toEqual(['ORG:Ferrolsa']);
    // silent: more than six lower-case words between
    const es2 = 'El grupo de trabajo del ministerio para la industria Ferrolsa habló.';
    expect(merged(es2, 'spa', [span(es2, 'Ferrolsa', 'PER', 0.6)])).toEqual(['PER:Ferrolsa']);
  });

  it('de: a model name of exactly the span after a (compound) company noun becomes ORG, with its other readings; no name is added', () => {
    const de = 'Der Bushersteller QazBus wächst. QazBus liefert nach Usbekistan.';
    expect(merged(de, 'deu', [span(de, 'QazBus', 'MISC', 0.6), span(de, 'QazBus', 'MISC', 0.6, 20), span(de, 'Usbekistan', 'LOC', 0.9)])).toEqual(['ORG:QazBus', 'ORG:QazBus', 'GPE:Usbekistan']);
    const de2 = 'Der Landmaschinenhersteller Moravia Traktor und die Leasinggesellschaft Aqrolizinq unterzeichneten.';
    expect(merged(de2, 'deu', [span(de2, 'Moravia Traktor', 'LOC', 0.6), span(de2, 'Aqrolizinq', 'LOC', 0.6)])).toEqual(['ORG:Moravia Traktor', 'ORG:Aqrolizinq']);
    // silent: a common noun after the company noun is not added, a person stays one
    const de3 = 'Liefert das Unternehmen Motoren? Der Konzernchef des Konzerns Peter Huber sprach.';
    expect(merged(de3, 'deu', [span(de3, 'Peter Huber', 'PER', 0.9)])).toEqual(['PER:Peter Huber']);
  });

  it('a German compound with an institution head is an organisation; the head alone and other languages stay silent', () => {
    const de = 'Das Bundeswirtschaftsministerium und das Industrieministeriums-Team; das Ministerium schwieg.';
    expect(merged(de, 'deu', [])).toEqual(['ORG:Bundeswirtschaftsministerium']);
    const en = 'The Wirtschaftsministerium was quoted.';
    expect(merged(en, 'eng', [])).toEqual([]);
  });

  it('a company named in the text is named again as the first part of a hyphen compound; other compounds stay silent', () => {
    const de = 'Die Hoffmann Maschinenbau GmbH baut. Katrin Hoffmann sagte das. Hoffmann-Maschinenbau-Geschäftsführer Jan Berg und die Müller-Werke.';
    const model = [span(de, 'Hoffmann Maschinenbau GmbH', 'ORG', 0.9), span(de, 'Katrin Hoffmann', 'PER', 0.9), span(de, 'Jan Berg', 'PER', 0.9)];
    expect(merged(de, 'deu', model)).toEqual(['ORG:Hoffmann Maschinenbau GmbH', 'PER:Katrin Hoffmann', 'ORG:Hoffmann-Maschinenbau', 'PER:Jan Berg']);
  });

  it('a model span of a name and a role noun in one compound is cut to the name; common-noun compounds and other languages stay silent', () => {
    const de = 'KamAZ-Vorstandschef Sergej Kogogin und Konzern-Chef Jan Berg.';
    const model = [span(de, 'KamAZ-Vorstandschef', 'MISC', 0.8), span(de, 'Sergej Kogogin', 'PER', 0.9), span(de, 'Jan Berg', 'PER', 0.9)];
    expect(merged(de, 'deu', model)).toEqual(['ORG:KamAZ', 'PER:Sergej Kogogin', 'PER:Jan Berg']);
    const en = 'The Anglo-Director award went to Jan Berg.';
    expect(merged(en, 'eng', [span(en, 'Anglo-Director', 'MISC', 0.8)])).toEqual(['MISC:Anglo-Director']);
  });

  it('a German place span with a capitalised noun glued on is cut back to the known place; English names stay whole', () => {
    const de = 'In Chiwa Mähdrescher bauen.';
    expect(merged(de, 'deu', [span(de, 'Chiwa Mähdrescher', 'LOC', 0.8)])).toEqual(['GPE:Chiwa']);
    const en = 'They met at Samarkand Stadium.';
    expect(merged(en, 'eng', [span(en, 'Samarkand Stadium', 'LOC', 0.8)])).toEqual(['GPE:Samarkand Stadium']);
  });

  it('three places joined by dashes are one corridor (LOC), two a route of two places; other dashed names stay silent', () => {
    const de = 'Die Bahnstrecke Baku–Tiflis–Kars und die Linie Taschkent–Samarkand.';
    const model = [span(de, 'Baku', 'LOC', 0.9), span(de, 'Tiflis', 'LOC', 0.9), span(de, 'Kars', 'LOC', 0.9), span(de, 'Taschkent–Samarkand', 'LOC', 0.9)];
    expect(merged(de, 'deu', model)).toEqual(['LOC:Baku–Tiflis–Kars', 'GPE:Taschkent', 'GPE:Samarkand']);
    const en = 'The Baku-Tbilisi-Kars line and the Smith-Jones-Brown report.';
    expect(merged(en, 'eng', [span(en, 'Baku-Tbilisi-Kars', 'LOC', 0.9), span(en, 'Smith-Jones-Brown', 'PER', 0.9)])).toEqual([
      'LOC:Baku-Tbilisi-Kars',
      'PER:Smith-Jones-Brown',
    ]);
  });

  it('the addressee of a verb of telling that the model missed is the news medium told; an honorific, a person found and German stay silent', () => {
    const en = 'Emin Akhundov told Trend on Thursday. He also told Mr Park. Nurbek Alymbekov told Aibek Kaliev.';
    const model = [span(en, 'Emin Akhundov', 'PER', 0.9), span(en, 'Nurbek Alymbekov', 'PER', 0.9), span(en, 'Aibek Kaliev', 'PER', 0.9)];
    expect(merged(en, 'eng', model)).toEqual(['PER:Emin Akhundov', 'ORG:Trend', 'PER:Nurbek Alymbekov', 'PER:Aibek Kaliev']);
    const day = 'The board was told Friday’s vote would wait.';
    expect(merged(day, 'eng', [])).toEqual([]);
    const de = 'Das sagte Trend am Montag.';
    expect(merged(de, 'deu', [])).toEqual([]);
    const ru = 'сообщил в четверг агентству Trend председатель правления Эмин Ахундов. Завод сообщил в четверг о запуске Chevrolet.';
    expect(merged(ru, 'rus', [span(ru, 'Эмин Ахундов', 'PER', 0.9)])).toEqual(['ORG:Trend', 'PER:Эмин Ахундов']);
  });

  it('a one-word person the model was unsure of right after a locative preposition is a place; a sure one and a full name stay people', () => {
    const de = 'Die Firma betreibt ein Werk in Kant, sagte Olaf Berg.';
    expect(merged(de, 'deu', [span(de, 'Kant', 'PER', 0.59), span(de, 'Olaf Berg', 'PER', 0.9)])).toEqual(['GPE:Kant', 'PER:Olaf Berg']);
    const en = 'Voters put their trust in Obama.';
    expect(merged(en, 'eng', [span(en, 'Obama', 'PER', 0.95)])).toEqual(['PER:Obama']);
  });

  it('a document kind alone is no name (a Memorandum between …); a person of that name stays', () => {
    const t = 'In June 2022, a Memorandum between Azermash and UzAuto was signed; Jude Law agreed.';
    expect(merged(t, 'eng', [span(t, 'Memorandum', 'MISC', 0.8), span(t, 'Jude Law', 'PER', 0.9)])).toEqual(['ORG:Azermash', 'ORG:UzAuto', 'PER:Jude Law']);
  });
});

describe('mergeMentions: company-vote', () => {
  it('a name with company evidence (a role it owns, a company noun) is the company where the model read it as a person or a place; a person named in full stays', () => {
    const de = 'Bis 2029 will Bergmann ausbauen. Der Zulieferer Bergmann Achstechnik baut. Geschäftsführerin Miriam Bergmann sagte, Bergmann wachse.';
    const deModel = [span(de, 'Bergmann', 'PER', 0.8), span(de, 'Bergmann Achstechnik', 'ORG', 0.8), span(de, 'Miriam Bergmann', 'PER', 0.95), span(de, 'Bergmann', 'PER', 0.8, de.indexOf('sagte'))];
    expect(merged(de, 'deu', deModel)).toEqual(['ORG:Bergmann', 'ORG:Bergmann Achstechnik', 'PER:Miriam Bergmann', 'ORG:Bergmann']);
    const es = 'Habló el presidente de Carrocerías Moncayo, Ignacio Lasheras. Moncayo controla el 65 %.';
    const esModel = [span(es, 'Carrocerías Moncayo', 'ORG', 0.8), span(es, 'Ignacio Lasheras', 'PER', 0.95), span(es, 'Moncayo', 'PER', 0.8, 40)];
    expect(merged(es, 'spa', esModel)).toEqual(['ORG:Carrocerías Moncayo', 'PER:Ignacio Lasheras', 'ORG:Moncayo']);
    const en = "Deniz Korkmaz, Egecell's chief executive, spoke. Egecell Enerji grew.";
    expect(merged(en, 'eng', [span(en, 'Deniz Korkmaz', 'PER', 0.95), span(en, 'Egecell', 'PER', 0.8), span(en, 'Egecell Enerji', 'PER', 0.8)])).toEqual([
      'PER:Deniz Korkmaz',
      'ORG:Egecell',
      'ORG:Egecell Enerji',
    ]);
  });

  it('silent: a surname with no company evidence, a person after a role (`a cargo de X`), a place that hosts a plant', () => {
    const en = 'Miriam Bergmann opened the plant in Bursa. Bergmann said Bursa gains.';
    const enModel = [span(en, 'Miriam Bergmann', 'PER', 0.95), span(en, 'Bursa', 'LOC', 0.9), span(en, 'Bergmann', 'PER', 0.8, 20), span(en, 'Bursa', 'LOC', 0.9, 30)];
    expect(merged(en, 'eng', enModel)).toEqual(['PER:Miriam Bergmann', 'GPE:Bursa', 'PER:Bergmann', 'GPE:Bursa']);
    const es = 'La planta corre a cargo de Orkhan Mammadli. Mammadli habló.';
    expect(merged(es, 'spa', [span(es, 'Orkhan Mammadli', 'PER', 0.95), span(es, 'Mammadli', 'PER', 0.8, 40)])).toEqual(['PER:Orkhan Mammadli', 'PER:Mammadli']);
  });
});
