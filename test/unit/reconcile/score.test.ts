import { describe, expect, it } from 'vitest';
import {
  AUTO_MERGE_THRESHOLD,
  REVIEW_THRESHOLD,
  scoreMatch,
  type NameCandidate,
} from '../../../pipeline/reconcile/index.js';
import type { EntityType } from '../../../pipeline/types.js';

const c = (name: string, type: EntityType, extra: Partial<NameCandidate> = {}): NameCandidate => ({ name, type, ...extra });
const score = (a: NameCandidate, b: NameCandidate): number => scoreMatch(a, b).score;

describe('thresholds', () => {
  it('auto-merge is stricter than review, and review is the 0.5 decision point', () => {
    expect(REVIEW_THRESHOLD).toBe(0.5);
    expect(AUTO_MERGE_THRESHOLD).toBeGreaterThan(REVIEW_THRESHOLD);
  });
});

describe('scoreMatch: the seed variants merge', () => {
  const merges: Array<[string, string, EntityType]> = [
    ['UzAuto Motors', 'UzAvto motors', 'ORG'],
    ['UzAuto', 'UzAuto Motors', 'ORG'],
    ['Azermash', 'AzerMash OJSC', 'ORG'],
    ['OJSC Azermash', 'AzerMash', 'ORG'],
    ['Azermash vehicle production plant', 'Azermash', 'ORG'],
    ['Uzavtosanoat JSC', 'UzAvtoSanoat', 'ORG'],
    ['Shadjalilova', 'Zumrad Shadjalilova', 'PER'],
    ['Shahdjalilova', 'Zumrad Shadjalilova', 'PER'],
    ['Usbekistan', 'Uzbekistan', 'GPE'],
    ['Kaschkadarja', 'Kashkadarya Region', 'GPE'],
    ['HAJIGABUL', 'Hajigabul', 'GPE'],
    ['Syrdarya-Region', 'Syrdarya', 'GPE'],
    ['Neftchala industrial park', 'Neftchala Industrial Zone', 'LOC'],
  ];
  for (const [a, b, type] of merges) {
    it(`${a} ~ ${b}`, () => expect(score(c(a, type), c(b, type))).toBeGreaterThanOrEqual(AUTO_MERGE_THRESHOLD));
  }
  it('Qashqadaryo and Кашкадарья are Kashkadarya by the place gazetteer', () => {
    for (const name of ['Qashqadaryo', 'Кашкадарья', 'Kaschkadarja']) {
      const m = scoreMatch(c(name, 'GPE'), c('Kashkadarya', 'GPE'));
      expect(m.score, name).toBe(1);
      expect(m.reasons.map((r) => r.rule), name).toContain('same-place');
    }
  });
});

describe('scoreMatch: two full names that differ are two people', () => {
  it('a surname alias does not bridge two given names', () => {
    const known = c('Sahib Mammadov', 'PER', { aliases: ['Sahib Mammadov', 'Mammadov'] });
    expect(score(c('Elchin Mammadov', 'PER'), known)).toBeLessThan(REVIEW_THRESHOLD);
    const kz = c('Дания Ахметова', 'PER', { aliases: ['Ахметова'] });
    expect(score(c('Айгуль Ахметова', 'PER'), kz)).toBeLessThan(REVIEW_THRESHOLD);
  });
  it('the same person under a surname alias still links', () => {
    const known = c('Sahib Mammadov', 'PER', { aliases: ['Mammadov'] });
    expect(score(c('Mammadov', 'PER'), known)).toBeGreaterThanOrEqual(AUTO_MERGE_THRESHOLD);
    expect(score(c('Sahib Mammadov', 'PER'), c('Sahib Mammadov', 'PER', { aliases: ['Mammadov'] }))).toBe(1);
    expect(score(c('Сахиб Мамедов', 'PER'), known)).toBeGreaterThanOrEqual(AUTO_MERGE_THRESHOLD);
  });
});

describe('scoreMatch: Cyrillic and Latin forms', () => {
  it('matches a person across scripts', () => {
    expect(score(c('Дилноза Рахимова', 'PER'), c('Dilnoza Rakhimova', 'PER'))).toBeGreaterThanOrEqual(AUTO_MERGE_THRESHOLD);
    expect(score(c('Дильноза Рахимова', 'PER'), c('Dilnoza Rahimova', 'PER'))).toBeGreaterThanOrEqual(AUTO_MERGE_THRESHOLD);
  });
  it('matches an organisation across scripts and legal forms', () => {
    expect(score(c('АО «Узкимёсаноат»', 'ORG'), c('Uzkimyosanoat JSC', 'ORG'))).toBeGreaterThanOrEqual(AUTO_MERGE_THRESHOLD);
  });
  it('matches a country across languages by ISO code', () => {
    const m = scoreMatch(c('Узбекистан', 'GPE'), c('Ouzbékistan', 'GPE'));
    expect(m.score).toBe(1);
    expect(m.reasons.map((r) => r.rule)).toContain('same-country-code');
  });
});

describe('scoreMatch: things that must not merge', () => {
  it('a person and a company that share a name', () => {
    const m = scoreMatch(c('Rustam Azimov', 'PER'), c('Rustam Azimov', 'ORG'));
    expect(m.score).toBe(0);
    expect(m.reasons[0]!.rule).toBe('type-mismatch');
  });
  it('Iran (country) and Iran Khodro (company)', () => {
    expect(score(c('Iran', 'GPE'), c('Iran Khodro', 'ORG'))).toBe(0);
  });
  it('a company and a longer company name with a distinctive extra word is review at most', () => {
    expect(score(c('Iran', 'ORG'), c('Iran Khodro', 'ORG'))).toBeLessThan(REVIEW_THRESHOLD);
  });
  it('a demonym and its country', () => {
    expect(score(c('Uzbek', 'MISC'), c('Uzbekistan', 'GPE'))).toBe(0);
  });
  it('two towns with similar names in different countries', () => {
    const a = c('Novoaleksandrovka', 'GPE', { country: 'UA' });
    const b = c('Novoaleksandrovka', 'GPE', { country: 'KZ' });
    const m = scoreMatch(a, b);
    expect(m.score).toBeLessThan(REVIEW_THRESHOLD);
    expect(m.reasons.map((r) => r.rule)).toContain('country-conflict');
  });
  it('two gazetteer places with similar names: a region and a river, two regions', () => {
    expect(score(c('Syrdarya', 'GPE'), c('Syr Darya', 'LOC'))).toBe(0);
    const m = scoreMatch(c('Surkhandarya', 'GPE'), c('Kashkadarya', 'GPE'));
    expect(m.score).toBe(0);
    expect(m.reasons.map((r) => r.rule)).toContain('different-place');
  });
  it('two different countries', () => {
    expect(score(c('Austria', 'GPE'), c('Australia', 'GPE'))).toBe(0);
  });
  it('a place and an industrial district named after it', () => {
    expect(score(c('Karakul', 'GPE'), c('Karakul Industrial District', 'LOC'))).toBe(0);
  });
  it('incompatible strong legal forms', () => {
    expect(score(c('Kamalak AG', 'ORG'), c('Kamalak GmbH', 'ORG'))).toBeLessThan(REVIEW_THRESHOLD);
  });
  it('a subsidiary named by country', () => {
    expect(score(c('Kamalak Trading', 'ORG'), c('Kamalak Trading Germany', 'ORG'))).toBeLessThan(REVIEW_THRESHOLD);
  });
  it('people who share only a surname or only a given name', () => {
    expect(score(c('Dilnoza Rakhimova', 'PER'), c('Gulnora Rakhimova', 'PER'))).toBeLessThan(REVIEW_THRESHOLD);
    expect(score(c('Dilnoza Rakhimova', 'PER'), c('Dilnoza Yusupova', 'PER'))).toBeLessThan(REVIEW_THRESHOLD);
  });
  it('a person and one given name alone', () => {
    expect(score(c('Dilnoza', 'PER'), c('Dilnoza Rakhimova', 'PER'))).toBeLessThan(AUTO_MERGE_THRESHOLD);
  });
  it('swapped given name and father name around bin/ibn', () => {
    expect(score(c('Khalid bin Yusuf Al-Harthi', 'PER'), c('Yusuf bin Khalid Al-Harthi', 'PER'))).toBeLessThan(REVIEW_THRESHOLD);
  });
  it('a given name against a patronymic made from it', () => {
    expect(score(c('Ruslan Sadykov', 'PER'), c('Timur Ruslanovich Sadykov', 'PER'))).toBeLessThan(REVIEW_THRESHOLD);
  });
  it('an organisation with an extra number', () => {
    expect(score(c('Harbour Holdings 7', 'ORG'), c('Harbour Holdings', 'ORG'))).toBeLessThan(REVIEW_THRESHOLD);
  });
  it('CJK names differing in one character', () => {
    expect(score(c('王小明', 'PER'), c('王小平', 'PER'))).toBeLessThan(REVIEW_THRESHOLD);
  });
});

describe('scoreMatch: spelling variants', () => {
  const same: Array<[string, string, EntityType]> = [
    ['Bakhtiyor Tursunov', 'Baxtiyor Tursunov', 'PER'],
    ['Bakhtiyor Tursunov', 'Tursunov Bakhtiyor', 'PER'],
    ['B. Tursunov', 'Bakhtiyor Tursunov', 'PER'],
    ['Bakhtiyor Tursunov', 'Bakhtiyor Tursunow', 'PER'],
    ['Bakhtiyor Tursunov', 'Bakhtiyor Karimovich Tursunov', 'PER'],
    ['Kamalak Holdings', 'Kamalak Holdings Ltd', 'ORG'],
    ['Silk Road Logistics', 'Silk-Road Logistics', 'ORG'],
    ['Silkroad Logistics', 'Silk Road Logistics', 'ORG'],
    ['National Chamber of Crafts', 'NCC', 'ORG'],
    ['Bill Hartwell', 'William Hartwell', 'PER'],
    ['Misha Orlov', 'Mikhail Orlov', 'PER'],
  ];
  for (const [a, b, type] of same) {
    it(`${a} ~ ${b}`, () => expect(score(c(a, type), c(b, type))).toBeGreaterThanOrEqual(REVIEW_THRESHOLD));
  }
  it('a wrong initial does not match', () => {
    expect(score(c('K. Tursunov', 'PER'), c('Bakhtiyor Tursunov', 'PER'))).toBeLessThan(REVIEW_THRESHOLD);
  });
});

describe('scoreMatch: aliases and reasons', () => {
  it('uses the best alias', () => {
    const entity = c('Trans-Caspian Shipping Company', 'ORG', { aliases: ['TCSC', 'Caspian Shipping'] });
    const m = scoreMatch(c('TCSC', 'ORG'), entity);
    expect(m.score).toBe(1);
    expect(m.reasons[0]!.detail).toContain('TCSC');
  });
  it('scores are in [0, 1] and symmetric', () => {
    const pairs: Array<[string, string]> = [
      ['Kamalak Trading', 'Kamalak'],
      ['Bakhtiyor Tursunov', 'B. Tursunov'],
      ['Zarafshon Mining', 'Zarafshan Mining Co'],
    ];
    for (const [a, b] of pairs) {
      const x = score(c(a, 'ORG'), c(b, 'ORG'));
      const y = score(c(b, 'ORG'), c(a, 'ORG'));
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(1);
      expect(x).toBeCloseTo(y, 6);
    }
  });
});

describe('scoreMatch: context', () => {
  it('a short form inside one article is a strong match, across articles a weaker one', () => {
    const short = c('Kamalak', 'ORG');
    const long = c('Kamalak Textiles', 'ORG');
    const across = score(short, long);
    const within = scoreMatch(short, long, { sameDocument: true });
    expect(within.score).toBeGreaterThanOrEqual(AUTO_MERGE_THRESHOLD);
    expect(within.score).toBeGreaterThan(across);
    expect(within.reasons.map((r) => r.rule)).toContain('short-form-in-article');
  });
  it('a country is never the short form of an organisation, even inside one article', () => {
    expect(scoreMatch(c('Iran', 'ORG'), c('Iran Khodro', 'ORG'), { sameDocument: true }).score).toBeLessThan(REVIEW_THRESHOLD);
  });
});
