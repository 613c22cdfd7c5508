import { describe, expect, it } from 'vitest';
import {
  AUTO_MERGE_THRESHOLD,
  canonicalNameOf,
  clusterDocumentMentions,
  decideLink,
  type EntityCandidate,
} from '../../../pipeline/reconcile/index.js';
import type { EntityType } from '../../../pipeline/types.js';

const m = (text: string, type: EntityType): { text: string; type: EntityType } => ({ text, type });

describe('clusterDocumentMentions', () => {
  it('joins short forms to their long forms and keeps types apart', () => {
    const clusters = clusterDocumentMentions([
      m('UzAuto Motors', 'ORG'),
      m('Zumrad Shadjalilova', 'PER'),
      m('Uzbekistan', 'GPE'),
      m('UzAuto', 'ORG'),
      m('Shadjalilova', 'PER'),
      m('Uzbek', 'MISC'),
      m('Iran', 'GPE'),
      m('Iran Khodro', 'ORG'),
      m('Usbekistan', 'GPE'),
      m('UzAvto motors', 'ORG'),
    ]);
    expect(clusters).toEqual([0, 1, 2, 0, 1, 3, 4, 5, 2, 0]);
  });

  it('numbers clusters from 0 in order of first appearance', () => {
    expect(clusterDocumentMentions([m('Tashkent', 'GPE'), m('Samarkand', 'GPE'), m('Tashkent', 'GPE')])).toEqual([0, 1, 0]);
    expect(clusterDocumentMentions([])).toEqual([]);
  });

  it('joins a surname to the most recent person bearing it', () => {
    const clusters = clusterDocumentMentions([
      m('Dilnoza Rakhimova', 'PER'),
      m('Rakhimova', 'PER'),
      m('Bakhtiyor Tursunov', 'PER'),
      m('Tursunov', 'PER'),
    ]);
    expect(clusters).toEqual([0, 0, 1, 1]);
  });

  it('keeps a place and the industrial district named after it apart', () => {
    expect(clusterDocumentMentions([m('Hajigabul Industrial District', 'LOC'), m('Hajigabul', 'GPE')])).toEqual([0, 1]);
  });

  it('does not let a country name join an organisation named after it', () => {
    expect(clusterDocumentMentions([m('Iran Khodro', 'ORG'), m('Iran', 'ORG')])).toEqual([0, 1]);
  });

  it('joins a car model to its short form', () => {
    expect(clusterDocumentMentions([m('Chevrolet Cobalt', 'PRODUCT'), m('Cobalt', 'PRODUCT'), m('Chevrolet', 'ORG')])).toEqual([0, 0, 1]);
  });
});

describe('canonicalNameOf', () => {
  it('picks the longest well-formed surface without its legal form', () => {
    expect(canonicalNameOf(['UzAuto', 'UzAuto Motors', 'UzAvto motors', 'UzAuto Motors'], 'ORG')).toBe('UzAuto Motors');
    expect(canonicalNameOf(['Zumrad Shadjalilova', 'Shadjalilova'], 'PER')).toBe('Zumrad Shadjalilova');
    expect(canonicalNameOf(['Kamalak JSC', 'Kamalak'], 'ORG')).toBe('Kamalak');
  });

  it('prefers a form without a generic head', () => {
    expect(canonicalNameOf(['Azermash vehicle production plant', 'Azermash', 'Azermash'], 'ORG')).toBe('Azermash');
  });

  it('prefers mixed case over capitals', () => {
    expect(canonicalNameOf(['HAJIGABUL', 'Hajigabul'], 'GPE')).toBe('Hajigabul');
  });

  it('uses the English name of a country', () => {
    expect(canonicalNameOf(['Usbekistan'], 'GPE')).toBe('Uzbekistan');
    expect(canonicalNameOf(['Узбекистан', 'Uzbekistan'], 'GPE')).toBe('Uzbekistan');
    expect(canonicalNameOf(['US'], 'GPE')).toBe('United States');
    expect(canonicalNameOf(['Korea'], 'GPE')).toBe('South Korea');
    expect(canonicalNameOf(['Republic of Azerbaijan', 'Azerbaijan'], 'GPE')).toBe('Azerbaijan');
  });

  it('uses the English form of a nationality word', () => {
    expect(canonicalNameOf(['chinesischen'], 'MISC')).toBe('Chinese');
    expect(canonicalNameOf(['Uzbek', 'usbekische'], 'MISC')).toBe('Uzbek');
  });

  it('returns an empty string for no surfaces', () => {
    expect(canonicalNameOf([], 'ORG')).toBe('');
  });
});

describe('decideLink', () => {
  const uzauto: EntityCandidate = { entityId: '7', type: 'ORG', canonicalName: 'UzAuto Motors', aliases: ['UzAuto', 'UzAuto Motors'] };
  const zarafshon: EntityCandidate = { entityId: '9', type: 'ORG', canonicalName: 'Zarafshon Mining', aliases: [] };

  it('links to the best candidate at auto-merge level', () => {
    const d = decideLink(m('UzAvto motors', 'ORG'), [zarafshon, uzauto]);
    expect(d.action).toBe('link');
    expect(d.entityId).toBe('7');
    expect(d.score).toBeGreaterThanOrEqual(AUTO_MERGE_THRESHOLD);
    expect(d.reasons.length).toBeGreaterThan(0);
  });

  it('creates when nothing is close, with no candidates at all too', () => {
    expect(decideLink(m('Kamalak Trading', 'ORG'), [zarafshon])).toMatchObject({ action: 'create', entityId: null, review: [] });
    expect(decideLink(m('Kamalak Trading', 'ORG'), [])).toMatchObject({ action: 'create', entityId: null, score: 0 });
  });

  it('never links across incompatible types', () => {
    const person: EntityCandidate = { entityId: '3', type: 'PER', canonicalName: 'Rustam Azimov', aliases: [] };
    expect(decideLink(m('Rustam Azimov', 'ORG'), [person]).action).toBe('create');
    const country: EntityCandidate = { entityId: '4', type: 'GPE', canonicalName: 'Uzbekistan', aliases: ['Usbekistan'] };
    expect(decideLink(m('Uzbek', 'MISC'), [country]).action).toBe('create');
  });

  it('puts review-band candidates in review and creates', () => {
    const iran: EntityCandidate = { entityId: '5', type: 'ORG', canonicalName: 'Iran Khodro Industrial Group', aliases: ['Iran Khodro'] };
    const d = decideLink(m('Iran Khodro Diesel', 'ORG'), [iran]);
    expect(d.action).toBe('create');
    expect(d.review.every((r) => r.score < AUTO_MERGE_THRESHOLD)).toBe(true);
  });

  it('reports the runner-up for review when it is close', () => {
    const twin: EntityCandidate = { entityId: '8', type: 'ORG', canonicalName: 'UzAuto Motors Powertrain', aliases: [] };
    const d = decideLink(m('UzAuto Motors', 'ORG'), [twin, uzauto]);
    expect(d.entityId).toBe('7');
    expect(d.review.map((r) => r.entityId)).not.toContain('7');
  });

  it('links a nationality word in another language to the same demonym entity, never to the country', () => {
    const uzbek: EntityCandidate = { entityId: '11', type: 'MISC', canonicalName: 'Uzbek', aliases: ['Uzbek'] };
    const country: EntityCandidate = { entityId: '4', type: 'GPE', canonicalName: 'Uzbekistan', aliases: [] };
    expect(decideLink(m('usbekischen', 'MISC'), [country, uzbek])).toMatchObject({ action: 'link', entityId: '11' });
    const kazakh: EntityCandidate = { entityId: '12', type: 'MISC', canonicalName: 'Kazakh', aliases: [] };
    expect(decideLink(m('usbekischen', 'MISC'), [kazakh]).action).toBe('create');
  });

  it('compares the cluster\'s other surfaces when given', () => {
    const known: EntityCandidate = { entityId: '21', type: 'ORG', canonicalName: 'Zarafshon Mining', aliases: ['ZMK'] };
    expect(decideLink(m('Zarafshan Gold Works', 'ORG'), [known]).action).toBe('create');
    expect(decideLink({ ...m('Zarafshan Gold Works', 'ORG'), aliases: ['ZMK'] }, [known]).entityId).toBe('21');
  });

  it('obeys operator locks', () => {
    const split: EntityCandidate = { ...uzauto, manualLocks: { never: ['UzAvto motors'] } };
    expect(decideLink(m('UzAvto Motors', 'ORG'), [split]).action).toBe('create');
    const pinned: EntityCandidate = { ...zarafshon, manualLocks: { always: ['ZMC'] } };
    expect(decideLink(m('ZMC', 'ORG'), [pinned])).toMatchObject({ action: 'link', entityId: '9', score: 1 });
  });

  it('breaks ties by the smaller entity id', () => {
    const a: EntityCandidate = { entityId: '12', type: 'GPE', canonicalName: 'Tashkent', aliases: [] };
    const b: EntityCandidate = { entityId: '3', type: 'GPE', canonicalName: 'Tashkent', aliases: [] };
    expect(decideLink(m('Tashkent', 'GPE'), [a, b]).entityId).toBe('3');
  });
});

describe('in-article clustering: sibling companies stay apart', () => {
  it('a company name that extends a shorter one by a word of its own starts its own cluster; the bare name goes back to its own', () => {
    const m = (text: string, type: 'ORG' | 'PER' = 'ORG') => ({ text, type });
    expect(clusterDocumentMentions([m('UzAuto Motors'), m('UzAuto Motors JSC'), m('UzAvto Motors'), m('UzAuto Motors Powertrain'), m('UzAuto Motors')])).toEqual([0, 0, 0, 1, 0]);
    // a long form first, then its short forms, still joins; people are not concerned
    expect(clusterDocumentMentions([m('UzAuto Motors Powertrain'), m('UzAuto Motors Powertrain JSC')])).toEqual([0, 0]);
    expect(clusterDocumentMentions([m('Shadjalilova', 'PER'), m('Zumrad Shadjalilova', 'PER')])).toEqual([0, 0]);
  });

  it('the other way round too: the longer name first, then the company of two words it extends', () => {
    const m = (text: string) => ({ text, type: 'ORG' as const });
    expect(clusterDocumentMentions([m('UzAuto Motors Powertrain'), m('UzAuto Motors'), m('UzAuto Motors JSC')])).toEqual([0, 1, 1]);
    // a one-word short form still joins its long form (`Allur Group` … `Allur`)
    expect(clusterDocumentMentions([m('Allur Group'), m('Allur')])).toEqual([0, 0]);
  });
});

describe('in-article clustering: explicit aliases in parentheses', () => {
  const at = (text: string, type: EntityType, start: number) => ({ text, type, start, end: start + text.length });

  it('General Motors (GM), Kazakhstan Temir Zholy (KTZ), Самаркандский автомобильный завод (СамАвто) link', () => {
    // 'General Motors (GM) and Ford' — offsets as in the text
    expect(clusterDocumentMentions([at('General Motors', 'ORG', 0), at('GM', 'ORG', 16), at('Ford', 'ORG', 24)])).toEqual([0, 0, 1]);
    expect(clusterDocumentMentions([at('Kazakhstan Temir Zholy', 'ORG', 10), at('KTZ', 'ORG', 34)])).toEqual([0, 0]);
    expect(clusterDocumentMentions([at('Самаркандский автомобильный завод', 'ORG', 0), at('СамАвто', 'ORG', 35)])).toEqual([0, 0]);
  });

  it('an acronym in the name\'s own language after a translated name: Azerbaijan Railways (ADY), Russian Railways (RZD)', () => {
    // 'Azerbaijan Railways (ADY) and Alstom'
    expect(clusterDocumentMentions([at('Azerbaijan Railways', 'ORG', 0), at('ADY', 'ORG', 21), at('Alstom', 'ORG', 30)])).toEqual([0, 0, 1]);
    expect(clusterDocumentMentions([at('Russian Railways', 'ORG', 5), at('RZD', 'ORG', 23)])).toEqual([0, 0]);
    // silent: another first letter, a one-word name, a list with a comma (gap of 2 but not capitals), a word that is not capitals
    expect(clusterDocumentMentions([at('Azerbaijan Railways', 'ORG', 0), at('KTZ', 'ORG', 21)])).toEqual([0, 1]);
    expect(clusterDocumentMentions([at('Alstom', 'ORG', 0), at('ASX', 'ORG', 8)])).toEqual([0, 1]);
    expect(clusterDocumentMentions([at('Georgian Railway', 'ORG', 0), at('Gazprom', 'ORG', 18)])).toEqual([0, 1]);
  });

  it('stays silent on a list (Azermash, Alstom), a far name, or another type', () => {
    expect(clusterDocumentMentions([at('General Motors', 'ORG', 0), at('Geely', 'ORG', 16)])).toEqual([0, 1]);
    expect(clusterDocumentMentions([at('General Motors', 'ORG', 0), at('GM', 'ORG', 40)])).toEqual([0, 1]);
    expect(clusterDocumentMentions([at('Georgia Marine', 'ORG', 0), at('GM', 'PER', 16)])).toEqual([0, 1]);
  });
});

describe('in-article clustering: one name predicted with two types', () => {
  it('the same name as ORG and LOC is one cluster; a person never joins a company look-alike', () => {
    const m = (text: string, type: EntityType) => ({ text, type });
    expect(clusterDocumentMentions([m('Azermash', 'ORG'), m('Azermash', 'LOC'), m('Azermash', 'ORG')])).toEqual([0, 0, 0]);
    expect(clusterDocumentMentions([m('Suzuki', 'ORG'), m('Mr Suzuki', 'PER')])).toEqual([0, 1]);
    expect(clusterDocumentMentions([m('Hoffmann Maschinenbau', 'ORG'), m('Katrin Hoffmann', 'PER'), m('Hoffmann', 'PER')])).toEqual([0, 1, 1]);
  });

  it('a one-word place that opens a company name of three words is the place, even after the bare name was predicted ORG', () => {
    const m = (text: string, type: EntityType) => ({ text, type });
    // headline `to expand Rustavi works` (ORG), then the company, then `plant in Rustavi` (GPE)
    expect(clusterDocumentMentions([m('Rustavi', 'ORG'), m('Rustavi Wagon Building Company', 'ORG'), m('Rustavi', 'GPE'), m('Rustavi', 'GPE')])).toEqual([0, 0, 1, 1]);
    expect(clusterDocumentMentions([m('Caspian Auto Logistics', 'ORG'), m('Caspian', 'LOC')])).toEqual([0, 1]);
    // silent: a company of two words keeps the same name predicted as a place (`UzAuto Motors`, `UzAuto` LOC)
    expect(clusterDocumentMentions([m('UzAuto Motors', 'ORG'), m('UzAuto', 'ORG'), m('UzAuto', 'LOC')])).toEqual([0, 0, 0]);
  });
});

describe('in-article clustering: a place and the district named after it', () => {
  it('Hajigabul and the Hajigabul Industrial District stay apart even when both are tagged GPE', () => {
    const m = (text: string) => ({ text, type: 'GPE' as EntityType });
    expect(clusterDocumentMentions([m('Hajigabul Industrial District'), m('Hajigabul'), m('Hajigabul')])).toEqual([0, 1, 1]);
    expect(clusterDocumentMentions([m('Neftchala industrial park'), m('Neftchala Industrial Park')])).toEqual([0, 0]);
  });
});
