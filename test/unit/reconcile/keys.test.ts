import { describe, expect, it } from 'vitest';
import { blockingKeys, normalizeName } from '../../../pipeline/reconcile/index.js';
import type { EntityType } from '../../../pipeline/types.js';

const keys = (s: string, type: EntityType): string[] => blockingKeys(normalizeName(s, type), type);
const share = (a: string, b: string, type: EntityType): boolean => keys(a, type).some((k) => keys(b, type).includes(k));

describe('blockingKeys', () => {
  it('gives a few short, prefixed keys', () => {
    const k = keys('UzAuto Motors', 'ORG');
    expect(k.length).toBeGreaterThan(0);
    expect(k.length).toBeLessThanOrEqual(6);
    for (const key of k) expect(key).toMatch(/^(k|s|t|a|country):\S+$/);
  });

  it('is empty for a name with nothing in it', () => {
    expect(keys('  ', 'ORG')).toEqual([]);
  });

  it('puts true matches in one block', () => {
    const same: Array<[string, string, EntityType]> = [
      ['UzAuto Motors', 'UzAvto motors', 'ORG'],
      ['UzAuto', 'UzAuto Motors', 'ORG'],
      ['УзАвто Моторс', 'UzAuto Motors', 'ORG'],
      ['Azermash vehicle production plant', 'AzerMash OJSC', 'ORG'],
      ['Shadjalilova', 'Zumrad Shadjalilova', 'PER'],
      ['Shahdjalilova', 'Zumrad Shadjalilova', 'PER'],
      ['Kaschkadarja', 'Kashkadarya Region', 'GPE'],
      ['Qashqadaryo', 'Kashkadarya', 'GPE'],
      ['Usbekistan', 'Uzbekistan', 'GPE'],
      ['Узбекистан', 'Ouzbékistan', 'GPE'],
      ['Дилноза Рахимова', 'Dilnoza Rakhimova', 'PER'],
      ['National Chamber of Crafts', 'NCC', 'ORG'],
    ];
    for (const [a, b, type] of same) expect(share(a, b, type), `${a} / ${b}`).toBe(true);
  });

  it('adds the ISO code of a country named in any language', () => {
    expect(keys('Usbekistan', 'GPE')).toContain('country:UZ');
    expect(keys('Узбекистан', 'GPE')).toContain('country:UZ');
    expect(keys('Aserbaidschan', 'GPE')).toContain('country:AZ');
    expect(keys('Tashkent', 'GPE').some((k) => k.startsWith('country:'))).toBe(false);
  });

  it('adds the gazetteer id of a region or city named in any spelling', () => {
    for (const name of ['Kashkadarya', 'Qashqadaryo', 'Кашкадарья', 'Kaschkadarja']) {
      expect(keys(name, 'GPE'), name).toContain('place:kashkadarya');
    }
    expect(keys('Toshkent', 'GPE')).toContain('place:tashkent');
    expect(keys('Kashkadarya Motors', 'ORG').some((k) => k.startsWith('place:'))).toBe(false);
  });

  it('blocks nationality words on their country code, apart from the country itself', () => {
    expect(keys('usbekischen', 'MISC')).toContain('demonym:UZ');
    expect(share('Uzbek', 'usbekischen', 'MISC')).toBe(true);
    expect(keys('Uzbek', 'MISC')).not.toContain('country:UZ');
  });

  it('keeps unrelated names apart', () => {
    expect(share('Kamalak Trading', 'Zarafshon Mining', 'ORG')).toBe(false);
    expect(share('Dilnoza Rakhimova', 'Bakhtiyor Tursunov', 'PER')).toBe(false);
  });

  it('does not block persons on a common given name', () => {
    expect(share('Dilnoza Rakhimova', 'Dilnoza Yusupova', 'PER')).toBe(false);
  });
});
