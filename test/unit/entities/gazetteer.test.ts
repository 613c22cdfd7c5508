import { describe, expect, it } from 'vitest';
import { findGazetteerMentions, lookupName, toIso1 } from '../../../pipeline/entities/gazetteer.js';
import places from '../../../models/gazetteers/places.json' with { type: 'json' };

/** `TYPE:text` of each hit, in order. */
function hits(text: string, language: string): string[] {
  const found = findGazetteerMentions(text, language);
  for (const h of found) expect(text.slice(h.start, h.end)).toBe(h.text);
  return found.map((h) => `${h.type}:${h.text}`);
}

describe('gazetteer: countries and places', () => {
  it('finds countries (i18n-iso-countries) and cities with their types', () => {
    expect(hits('Trucks from Turkmenistan crossed into Uzbekistan near Bukhara.', 'eng')).toEqual([
      'GPE:Turkmenistan',
      'GPE:Uzbekistan',
      'GPE:Bukhara',
    ]);
  });

  it('a capitalised zone before `de` + place is one LOC (`Distrito Industrial de Hajigabul`, `Zone économique spéciale de Navoi`)', () => {
    expect(hits('La planta está en la Zona Económica Especial de Navoi.', 'spa')).toEqual(['LOC:Zona Económica Especial de Navoi']);
    expect(hits("L'usine de la Zone économique spéciale de Navoi.", 'fra')).toEqual(['LOC:Zone économique spéciale de Navoi']);
    // silent: a common noun phrase in lower case names no zone, the place stays a place
    expect(hits('La planta está en la zona industrial de Navoi.', 'spa')).toEqual(['GPE:Navoi']);
  });

  it('Spanish exonyms and demonyms of the region (`Astaná`, `Kostanái`, `Sajonia`; `sajón`, `georgianos`)', () => {
    expect(hits('Un fabricante sajón abre en Astaná y Kostanái; vende a concesionarios georgianos de Sajonia.', 'spa')).toEqual([
      'MISC:sajón',
      'GPE:Astaná',
      'GPE:Kostanái',
      'MISC:georgianos',
      'GPE:Sajonia',
    ]);
    // silent: a German place named like a people is the place (`Sachsen`), the adjective the people
    expect(hits('Der sächsische Hersteller beschäftigt in Sachsen 900 Mitarbeiter.', 'deu')).toEqual(['MISC:sächsische', 'GPE:Sachsen']);
  });

  it('uses the names of the text language, and English names everywhere', () => {
    expect(hits('Die Lieferung aus Aserbaidschan erreichte Taschkent am Montag.', 'deu')).toEqual([
      'GPE:Aserbaidschan',
      'GPE:Taschkent',
    ]);
    // a French country name that is an English first name is not a place in English text
    expect(hits('Maurice Dupont opened the dealership.', 'eng')).toEqual([]);
  });

  it("reads each language's country names in that language only, whichever language comes first", () => {
    // each language's names are added on its first use: one asked after another keeps its own
    expect(hits('Exportations vers Frankreich et Allemagne, Espagne.', 'fra')).toEqual(['GPE:Allemagne', 'GPE:Espagne']);
    expect(hits('Exporte nach Frankreich und Allemagne, Spanien.', 'deu')).toEqual(['GPE:Frankreich', 'GPE:Spanien']);
    expect(hits('Экспорт в Германию и Frankreich.', 'rus')).toEqual(['GPE:Германию']);
    expect(hits('Exports to Frankreich and Allemagne.', 'eng')).toEqual([]);
  });

  it('matches ALL-CAPS datelines, but is case-sensitive otherwise', () => {
    expect(hits('TASHKENT, May 3. Sales grew.', 'eng')).toEqual(['GPE:TASHKENT']);
    expect(hits('She bought china plates and a turkey.', 'eng')).toEqual([]);
  });

  it('never matches inside a word', () => {
    expect(hits('The Azerbaijani side and Iranian engineers met in Chinatown.', 'eng')).toEqual([
      'MISC:Azerbaijani',
      'MISC:Iranian',
    ]);
    expect(hits('Omanis and Romanians', 'eng')).not.toContain('GPE:Oman');
  });

  it('tolerates the German genitive -s and keeps it in the span', () => {
    expect(hits('Usbekistans Autoindustrie wächst, auch dank Kasachstans Nachfrage.', 'deu')).toEqual([
      'GPE:Usbekistans',
      'GPE:Kasachstans',
    ]);
  });

  it('tolerates Russian case endings on Cyrillic names', () => {
    expect(hits('Завод в Ташкенте отправил машины из Узбекистана в Казахстан и Южной Корее.', 'rus')).toEqual([
      'GPE:Ташкенте',
      'GPE:Узбекистана',
      'GPE:Казахстан',
      'GPE:Южной Корее',
    ]);
    expect(hits('узбекские и китайского производства', 'rus')).toEqual(['MISC:узбекские', 'MISC:китайского']);
  });

  it('tolerates Turkic case suffixes in Uzbek text', () => {
    expect(hits('Toshkentda va Samarqanddan', 'uzb')).toEqual(['GPE:Toshkentda', 'GPE:Samarqanddan']);
    expect(hits('Bakıda və Azərbaycanın', 'aze')).toEqual(['GPE:Bakıda', 'GPE:Azərbaycanın']);
    expect(hits('Қазақстанда және Алматыда', 'kaz')).toEqual(['GPE:Қазақстанда', 'GPE:Алматыда']);
  });

  it('accepts any apostrophe spelling (Uzbek Latin)', () => {
    for (const name of ['Oʻzbekiston', 'O‘zbekiston', "O'zbekiston", 'O’zbekiston']) {
      expect(hits(`${name} bilan`, 'uzb')).toEqual([`GPE:${name}`]);
      expect(hits(`${name} Respublikasining`, 'uzb')).toEqual([`GPE:${name} Respublikasining`]);
    }
  });

  it('German compounds: `US-Dollar` is no place, `Syrdarja-Region` is one', () => {
    expect(hits('Eine Milliarde US-Dollar für die Syrdarja-Region.', 'deu')).toEqual(['GPE:Syrdarja-Region']);
  });

  it('takes official country names whole and named industrial zones as LOC', () => {
    expect(hits('The Republic of Kazakhstan and the Jizzakh industrial zone.', 'eng')).toEqual([
      'GPE:Republic of Kazakhstan',
      'LOC:Jizzakh industrial zone',
    ]);
  });

  it('knows variant spellings of the domain regions', () => {
    for (const name of ['Kashkadarya', 'Kaschkadarja', 'Qashqadaryo', 'Кашкадарья']) {
      expect(lookupName(name, 'eng')?.id).toBe('place:kashkadarya');
    }
  });
});

describe('gazetteer: nationalities, makes, models', () => {
  it('German nationality adjectives take their endings', () => {
    expect(hits('Ein usbekisches Werk und die chinesischen Partner.', 'deu')).toEqual([
      'MISC:usbekisches',
      'MISC:chinesischen',
    ]);
  });

  it('every nationality is written in each of the five wire languages (en, de, ru, fr, es)', () => {
    const missing = places.nationalities.flatMap((n) => (['en', 'de', 'ru', 'fr', 'es'] as const).filter((l) => !n[l]).map((l) => `${n.id}:${l}`));
    expect(missing).toEqual([]);
  });

  it('French nationality and region adjectives are MISC in French text only', () => {
    expect(hits("Le pari centrasiatique du constructeur suédois et de son partenaire mexicain.", 'fra')).toEqual([
      'MISC:centrasiatique',
      'MISC:suédois',
      'MISC:mexicain',
    ]);
    // silent: the French forms are no names in Spanish text
    expect(hits('El socio mexicano y el fabricante sueco.', 'spa')).toEqual(['MISC:mexicano', 'MISC:sueco']);
    expect(hits('Un pari mexicain.', 'spa')).toEqual([]);
  });

  it('regional and city demonyms are MISC mentions of their own, not nationalities (`lyonnais`, `vallisoletano`, `Bavarian`, `Thüringer`)', () => {
    const found = findGazetteerMentions('Le constructeur lyonnais et le fabricant grenoblois.', 'fra');
    expect(found.map((h) => `${h.type}:${h.text}:${h.kind}`)).toEqual(['MISC:lyonnais:demonym', 'MISC:grenoblois:demonym']);
    expect(hits('El fabricante vallisoletano y el grupo vasco.', 'spa')).toEqual(['MISC:vallisoletano', 'MISC:vasco']);
    expect(hits('The Bavarian carmaker and a Catalan supplier.', 'eng')).toEqual(['MISC:Bavarian', 'MISC:Catalan']);
    expect(hits('Der Thüringer Zulieferer baut im mährischen Werk.', 'deu')).toEqual(['MISC:Thüringer', 'MISC:mährischen']);
    // silent: no match inside another word (`vascular`, `vascos` is a form but `vascongado` is none), nor a form of another language
    expect(hits('Un problema vascular en el vascongado.', 'spa')).toEqual([]);
    expect(hits('Le constructeur vallisoletano.', 'fra')).toEqual([]);
  });

  it('every regional demonym belongs to a place, and no place of the former Soviet Union or Turkey has one (their place adjectives are parts of names)', () => {
    const withDemonyms = places.places.filter((p) => 'demonyms' in p);
    expect(withDemonyms.length).toBeGreaterThan(100);
    expect(withDemonyms.filter((p) => ['RU', 'UA', 'BY', 'UZ', 'KZ', 'KG', 'TJ', 'TM', 'AZ', 'AM', 'GE', 'TR'].includes(p.cc ?? '')).map((p) => p.id)).toEqual([]);
    // a region's people belong to no country: none is among the nationalities
    expect(places.nationalities.map((n) => n.id)).not.toContain('saxon');
  });

  it('make + model is PRODUCT, a make alone ORG', () => {
    expect(hits('Dealers sold the Kia Sportage and more Hyundai vans.', 'eng')).toEqual([
      'PRODUCT:Kia Sportage',
      'ORG:Hyundai',
    ]);
  });

  it('a make before a counted noun names the maker, no model (`Yutong Bus`, `MAZ Tractor`); before a model name it is make + model', () => {
    expect(hits("China's Yutong Bus will supply chassis, and MAZ Tractor will ship engines.", 'eng').filter((h) => !h.startsWith('GPE'))).toEqual(['ORG:Yutong', 'ORG:MAZ']);
    expect(hits('Dealers sold the Kia Sportage.', 'eng')).toEqual(['PRODUCT:Kia Sportage']);
  });

  it('a model alone is PRODUCT only when its make is named in the text', () => {
    expect(hits('Chevrolet will build the Onix and the Tracker in Asaka.', 'eng')).toEqual([
      'ORG:Chevrolet',
      'PRODUCT:Onix',
      'PRODUCT:Tracker',
      'GPE:Asaka',
    ]);
    expect(hits('The Tracker app crashed; Cobalt prices rose.', 'eng')).toEqual([]);
  });

  it('a make followed by an unknown model name or code is PRODUCT; company words are not models', () => {
    expect(hits('The Peugeot Landtrek and the Toyota Motor plant.', 'eng')).toEqual(['PRODUCT:Peugeot Landtrek', 'ORG:Toyota Motor']);
  });

  it('Russian: Cyrillic makes and models, company names in oblique cases', () => {
    expect(hits('Рабочие АвтоВАЗа собрали Шевроле Кобальт; Кобальт продают в Самарканде.', 'rus')).toEqual([
      'ORG:АвтоВАЗа',
      'PRODUCT:Шевроле Кобальт',
      'PRODUCT:Кобальт',
      'GPE:Самарканде',
    ]);
  });

  it('news sites named by their domain are ORG', () => {
    expect(hits('Daryo.uz and Report.az reported it; see www.example.com or mail info@site.uz.', 'eng')).toEqual([
      'ORG:Daryo.uz',
      'ORG:Report.az',
    ]);
  });

  it('keeps a legal form with the company name', () => {
    expect(hits('A deal between Uzavtosanoat JSC and Allur.', 'eng')).toEqual(['ORG:Uzavtosanoat JSC', 'ORG:Allur']);
  });

  it('maps ISO 639-3 codes to the 639-1 codes of i18n-iso-countries', () => {
    expect(toIso1('deu')).toBe('de');
    expect(toIso1('rus')).toBe('ru');
    expect(toIso1('uzb')).toBe('uz');
    expect(toIso1('xyz')).toBe('');
  });
});
