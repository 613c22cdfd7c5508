import { describe, expect, it } from 'vitest';
import { allPacks, canonicalLanguage, packFor, PACK_LANGUAGES, PACKS } from '../../../pipeline/languages/index.js';

describe('canonicalLanguage', () => {
  it('reads ISO 639-1, 639-2/B, 639-3 codes and BCP 47 tags alike', () => {
    expect(['en', 'eng', 'EN', 'en-GB'].map(canonicalLanguage)).toEqual(['en', 'en', 'en', 'en']);
    expect(['de', 'deu', 'ger', 'de-CH', 'gsw'].map(canonicalLanguage)).toEqual(['de', 'de', 'de', 'de', 'de']);
    expect(['uzb', 'uzn', 'uz-Cyrl', 'uzs'].map(canonicalLanguage)).toEqual(['uz', 'uz', 'uz', 'uz']);
    expect(['aze', 'azj', 'azb', 'kaz', 'tur'].map(canonicalLanguage)).toEqual(['az', 'az', 'az', 'kk', 'tr']);
  });

  it('gives und for nothing, und itself and malformed codes', () => {
    expect([null, undefined, '', 'und', '12', 'not a code'].map(canonicalLanguage)).toEqual(['und', 'und', 'und', 'und', 'und', 'und']);
  });

  it('keeps languages without a pack as themselves', () => {
    expect(canonicalLanguage('pol')).toBe('pl');
    expect(packFor('pol')).toBeNull();
  });
  it('reads alike past its memory of earlier readings (many distinct codes, then known ones again)', () => {
    const many = Array.from({ length: 400 }, (_, i) => `de-x-v${i}`).map(canonicalLanguage);
    expect(new Set(many)).toEqual(new Set(['de']));
    expect(['deu', 'deu', 'uz-Cyrl', 'kaz', 'und', 'e!'].map(canonicalLanguage)).toEqual(['de', 'de', 'uz', 'kk', 'und', 'und']);
  });
});

describe('the pack registry', () => {
  it('is frozen and keyed by each pack’s own code', () => {
    expect(Object.isFrozen(PACKS)).toBe(true);
    for (const code of PACK_LANGUAGES) expect(PACKS[code].code).toBe(code);
    expect(allPacks().map((p) => p.code)).toEqual([...PACK_LANGUAGES]);
  });

  it('finds a pack from any form of its code', () => {
    expect(packFor('rus')?.name).toBe('Russian');
    expect(packFor('fre')?.name).toBe('French');
    expect(packFor('und')).toBeNull();
  });

  it('every pattern in every pack compiles', () => {
    for (const pack of allPacks()) {
      const sources = [
        ...pack.numbers.percentAfter,
        ...pack.numbers.percentBefore,
        ...Object.values(pack.numbers.units).flat(),
        ...pack.numbers.currencies.map(([p]) => p),
        ...pack.numbers.suffixes,
        ...pack.dates.months,
        ...pack.dates.monthAbbreviations,
        ...pack.dates.weekdays,
        ...pack.dates.yearAfter,
        ...pack.dates.targetYearAfter,
        ...(pack.numbers.digitOrdinal ? [pack.numbers.digitOrdinal] : []),
        ...(pack.numbers.hyphenOrdinal ? [pack.numbers.hyphenOrdinal] : []),
      ];
      for (const s of sources) expect(() => new RegExp(s, 'iu'), `${pack.code}: ${s}`).not.toThrow();
      expect(pack.dates.months, pack.code).toHaveLength(12);
      expect(pack.dates.weekdays, pack.code).toHaveLength(7);
    }
  });
});

describe('legal forms: one list in the packs, read by reconciliation and the gazetteer', () => {
  it('every form of every pack is stripped into its class', async () => {
    const { normalizeName } = await import('../../../pipeline/reconcile/normalize.js');
    const form = (name: string) => normalizeName(name, 'ORG').legalForm;
    expect(form('Kamaz OOO')).toBe('LLC');
    expect(form('ООО «Камаз»')).toBe('LLC');
    expect(form('UzAuto Motors AJ')).toBe('JSC');
    expect(form("Samauto MChJ")).toBe('LLC');
    expect(form('Azermash QSC')).toBe('JSC');
    expect(form('Allur ЖШС')).toBe('LLP');
    expect(form('Karsan A.Ş.')).toBe('AS');
    expect(form('Volkswagen AG')).toBe('AG');
    expect(form('Volvo AB')).toBe('AB');
  });

  it('a word that only looks like a form in another script stays a name word', async () => {
    const { normalizeName } = await import('../../../pipeline/reconcile/normalize.js');
    expect(normalizeName('Agro Invest', 'ORG').legalForm).toBeNull();
  });
});
