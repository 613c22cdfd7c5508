import { describe, expect, it } from 'vitest';
import { normalizeName, phoneticToken } from '../../../pipeline/reconcile/index.js';

describe('normalizeName', () => {
  it('applies NFKC, folds case and collapses spaces', () => {
    const n = normalizeName('  ＡＣＭＥ   Widgets ', 'ORG');
    expect(n.latin).toBe('acme widgets');
    expect(n.display).toBe('ACME Widgets');
  });

  it('strips quotes and possessives', () => {
    expect(normalizeName('Vostok Motors’s', 'ORG').latin).toBe('vostok motors');
    expect(normalizeName("Harrow Lines's", 'ORG').latin).toBe('harrow lines');
    expect(normalizeName('«Zarya» plant', 'ORG').tokens).toEqual(['zarya']);
    expect(normalizeName('ООО "Светлячок"', 'ORG').display).toBe('Светлячок');
  });

  it('removes diacritics', () => {
    expect(normalizeName('Gökhan Şimşek', 'PER').latin).toBe('gokhan simsek');
    expect(normalizeName('Brönnimann Société', 'ORG').latin).toBe('bronnimann societe');
  });

  it('joins initialisms and maps & to and', () => {
    expect(normalizeName('Q.R.S. Trading', 'ORG').tokens).toEqual(['qrs', 'trading']);
    expect(normalizeName('Pike & Lowe', 'ORG').latin).toBe('pike and lowe');
  });

  it('strips legal forms at either end into legalForm', () => {
    const cases: Array<[string, string, string]> = [
      ['Kamalak JSC', 'kamalak', 'JSC'],
      ['OJSC Kamalak', 'kamalak', 'JSC'],
      ['CJSC Kamalak', 'kamalak', 'JSC'],
      ['Kamalak LLC', 'kamalak', 'LLC'],
      ['Kamalak Ltd.', 'kamalak', 'LTD'],
      ['Kamalak PLC', 'kamalak', 'PLC'],
      ['Kamalak GmbH', 'kamalak', 'GMBH'],
      ['Kamalak G.m.b.H.', 'kamalak', 'GMBH'],
      ['Kamalak AG', 'kamalak', 'AG'],
      ['Kamalak S.A.', 'kamalak', 'SA'],
      ['Kamalak SA', 'kamalak', 'SA'],
      ['ООО Камалак', 'kamalak', 'LLC'],
      ['ОАО Камалак', 'kamalak', 'JSC'],
      ['АО Камалак', 'kamalak', 'JSC'],
      ['ЗАО Камалак', 'kamalak', 'JSC'],
      ['Kamalak MChJ', 'kamalak', 'LLC'],
      ['Kamalak AJ', 'kamalak', 'JSC'],
      ['Kamalak, Inc.', 'kamalak', 'INC'],
      ['Kamalak Corp', 'kamalak', 'CORP'],
      ['Kamalak Limited Liability Company', 'kamalak', 'LLC'],
      ['Kamalak Joint Stock Company', 'kamalak', 'JSC'],
    ];
    for (const [surface, latin, form] of cases) {
      const n = normalizeName(surface, 'ORG');
      expect([surface, n.latin, n.legalForm]).toEqual([surface, latin, form]);
    }
    expect(normalizeName('Kamalak', 'ORG').legalForm).toBeNull();
  });

  it('strips legal forms only from organisations (or untyped names)', () => {
    expect(normalizeName('Kamalak AG', undefined).legalForm).toBe('AG');
    expect(normalizeName('Orion SE', 'PRODUCT').tokens).toEqual(['orion', 'se']);
    expect(normalizeName('Ao Lin', 'PER').tokens).toEqual(['ao', 'lin']);
  });

  it('keeps the article of a place name, except "the"', () => {
    expect(normalizeName('La Paz', 'GPE').tokens).toEqual(['la', 'paz']);
    expect(normalizeName('the Netherlands', 'GPE').tokens).toEqual(['netherlands']);
  });

  it('keeps a legal-form word that is the whole name', () => {
    expect(normalizeName('AO', 'ORG').tokens).toEqual(['ao']);
  });

  it('drops a leading article and a dangling "and" after "& Co."', () => {
    expect(normalizeName('The Lantern Company', 'ORG').latin).toBe('lantern');
    expect(normalizeName('Pike & Co.', 'ORG').latin).toBe('pike');
  });

  it('strips generic heads of organisations and places', () => {
    const plant = normalizeName('Kamalak truck assembly plant', 'ORG');
    expect(plant.latin).toBe('kamalak');
    expect(plant.head).toBe('truck assembly plant');
    expect(normalizeName('Kamalak Werk', 'ORG').latin).toBe('kamalak');
    expect(normalizeName('Surkhan Region', 'GPE').latin).toBe('surkhan');
    expect(normalizeName('Beshariq District', 'GPE').latin).toBe('beshariq');
    expect(normalizeName('Oqtosh Free Economic Zone', 'LOC').latin).toBe('oqtosh');
  });

  it('strips person titles and reorders "Surname, Given"', () => {
    expect(normalizeName('Dr. Lola Karimova', 'PER').latin).toBe('lola karimova');
    expect(normalizeName('President Bakhrom Tursunov', 'PER').latin).toBe('bakhrom tursunov');
    expect(normalizeName('Tursunov, Bakhrom', 'PER').latin).toBe('bakhrom tursunov');
  });

  it('turns number words and ordinals into digits', () => {
    expect(normalizeName('Second Harbour Fund', 'ORG').tokens).toEqual(['2', 'harbour', 'fund']);
    expect(normalizeName('2nd Harbour Fund', 'ORG').tokens).toEqual(['2', 'harbour', 'fund']);
    expect(normalizeName('Unit Twenty 7', 'ORG').tokens).toEqual(['unit', '27']);
    expect(normalizeName('Harbour Fund XII', 'ORG').tokens).toEqual(['harbour', 'fund', '12']);
    expect(normalizeName('Harbour Trust I', 'ORG').tokens).toEqual(['harbour', 'trust', '1']);
    expect(normalizeName('Vi Tran', 'PER').tokens).toEqual(['vi', 'tran']);
  });

  it('expands common abbreviations and British spellings', () => {
    expect(normalizeName('Harbour Int’l Bank', 'ORG').tokens).toEqual(['harbour', 'international', 'bank']);
    expect(normalizeName('Caspian Trade Organisation', 'ORG').tokens).toEqual(['caspian', 'trade', 'organization']);
  });

  it('drops apostrophes inside words and repeated tokens', () => {
    expect(normalizeName("O'zbekneftgaz", 'ORG').tokens).toEqual(['ozbekneftgaz']);
    expect(normalizeName('Karim Karim Nazarov', 'PER').tokens).toEqual(['karim', 'nazarov']);
  });

  it('transliterates Cyrillic to Latin', () => {
    expect(normalizeName('Дилноза Рахимова', 'PER').latin).toBe('dilnoza rakhimova');
    expect(normalizeName('Цветков', 'PER').latin).toBe('tsvetkov');
  });

  it('gives Cyrillic and Latin spellings of one name the same key', () => {
    expect(normalizeName('Дилноза Рахимова', 'PER').key).toBe(normalizeName('Dilnoza Rakhimova', 'PER').key);
    expect(normalizeName('УзАвто Моторс', 'ORG').key).toBe(normalizeName('UzAuto Motors', 'ORG').key);
  });

  it('records CJK letters for character-level comparison', () => {
    expect(normalizeName('王小明', 'PER').cjk).toBe('王小明');
    expect(normalizeName('Wang Xiaoming', 'PER').cjk).toBeNull();
  });
});

describe('phonetic key folding', () => {
  const same = (a: string, b: string): void => {
    expect(normalizeName(a).key, `${a} / ${b}`).toBe(normalizeName(b).key);
  };
  it('folds kh/ch/h', () => same('Khodjaev', 'Chodjaev'));
  it('folds sh/sch', () => same('Shakirov', 'Schakirov'));
  it('folds zh/j and dj/dzh/dsch', () => {
    same('Zhurayev', 'Jurayev');
    same('Djalilov', 'Dzhalilov');
    same('Dschalilow', 'Djalilov');
  });
  it('folds u/ou and w/v', () => {
    same('Roustamov', 'Rustamov');
    same('Wolkow', 'Volkov');
  });
  it('folds ya/ja, yo/jo and y/j before vowels', () => {
    same('Buchara-Jakub', 'Buchara-Yakub');
    same('Fjodor', 'Fyodor');
  });
  it('folds avto/auto', () => same('Samavto', 'Samauto'));
  it('drops an h after a vowel before a consonant', () => same('Rahmonova', 'Ramonova'));
  it('collapses doubled letters', () => same('Hassanov', 'Hasanov'));
  it('keeps digits as they are', () => expect(phoneticToken('2024')).toBe('2024'));
  it('folds the seed variants', () => {
    same('Shadjalilova', 'Shahdjalilova');
    same('UzAvto', 'UzAuto');
    same('Kaschkadarja', 'Kashkadarya');
  });
});
