/**
 * Who acts for a joint venture, and names that only stand in a place or comparison phrase
 * (pipeline/events/discourse.ts `namedVenture`; the packs' `nonParticipant`): a venture with a name of
 * its own is the actor of its own facts, one without keeps its partners; `outside the EU`, `außerhalb
 * der EU`, `fuera de la Unión Europea`, `в отличие от X` name no participant.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import type { EntityType } from '../../../pipeline/types.js';
import { build, view, type NumberSpec } from './build.js';

type M = Array<[string, EntityType, number?]>;

/** [type, actors] of each event. */
function run(text: string, language: string, mentions: M, numbers: NumberSpec[] = []) {
  const input = build(text, language, mentions, numbers);
  return view(input, extractEvents(input)).map((e) => [e.type, e.actors]);
}

const units = (text: string, value: number, unit: string): NumberSpec => ({ text, kind: 'count', value, unit });

describe('a joint venture described after the article named it is that company', () => {
  it('ru: `ООО «Худжандский автозавод» (ХАЗ) … Совместное предприятие «Тоджиксаноатмаш» и Tianlong Motor … завод собрал` is ХАЗ', () => {
    const text = 'ООО «Худжандский автозавод» (ХАЗ) в январе выпустило 1 140 машин. Совместное предприятие компании «Тоджиксаноатмаш» и китайского производителя Tianlong Motor расположено в Худжанде. В прошлом году завод собрал 2 610 машин.';
    const mentions: M = [['Худжандский автозавод', 'ORG'], ['ХАЗ', 'ORG'], ['Тоджиксаноатмаш', 'ORG'], ['Tianlong Motor', 'ORG'], ['Худжанде', 'GPE']];
    const out = run(text, 'rus', mentions, [units('1 140 машин', 1140, 'vehicle'), units('2 610 машин', 2610, 'vehicle')]);
    expect(out.at(-1)![0]).toBe('production');
    expect(out.at(-1)![1]).toHaveLength(1);
    expect(['Худжандский автозавод', 'ХАЗ']).toContain((out.at(-1)![1] as string[])[0]);
  });

  it('en: `Caspian Bus Works built … The joint venture of Azermash and Yutong is based in Sumgait. … the plant built` is Caspian Bus Works', () => {
    const text = 'Caspian Bus Works built 900 buses in March. The joint venture of Azermash and Yutong is based in Sumgait. Last year the plant built 2,100 buses.';
    const mentions: M = [['Caspian Bus Works', 'ORG'], ['Azermash', 'ORG'], ['Yutong', 'ORG'], ['Sumgait', 'GPE']];
    const out = run(text, 'eng', mentions, [units('900 buses', 900, 'bus'), units('2,100 buses', 2100, 'bus')]);
    expect(out.at(-1)).toEqual(['production', ['Caspian Bus Works']]);
  });

  it('silent: the company the facts were about is a partner (ru): the venture keeps both partners', () => {
    const text = '«Азермаш» в мае собрал 1 260 машин. Совместное предприятие компании «Азермаш» и корпорации Yutong расположено в Сумгайыте. В прошлом году завод собрал 600 машин.';
    const mentions: M = [['Азермаш', 'ORG'], ['Азермаш', 'ORG', 1], ['Yutong', 'ORG'], ['Сумгайыте', 'GPE']];
    const out = run(text, 'rus', mentions, [units('1 260 машин', 1260, 'vehicle'), units('600 машин', 600, 'vehicle')]);
    expect(out.at(-1)).toEqual(['production', ['Азермаш', 'Yutong']]);
  });
});

describe('a name in a place or comparison phrase is no participant', () => {
  it('es, de: `fuera de la Unión Europea`, `außerhalb der EU` are no actor', () => {
    const es = 'El grupo Moncayo ha invertido 27 millones de euros en su primera planta fuera de la Unión Europea.';
    const esOut = run(es, 'spa', [['Moncayo', 'ORG'], ['Unión Europea', 'ORG']], [{ text: '27 millones de euros', kind: 'money', value: 27e6, currency: 'EUR' }]);
    expect(esOut.map((e) => e[1])).toEqual([['Moncayo']]);
    const de = 'Bergmann hat 40 Millionen Euro in sein erstes Werk außerhalb der EU investiert.';
    const deOut = run(de, 'deu', [['Bergmann', 'ORG'], ['EU', 'ORG']], [{ text: '40 Millionen Euro', kind: 'money', value: 40e6, currency: 'EUR' }]);
    expect(deOut.map((e) => e[1])).toEqual([['Bergmann']]);
  });

  it('ru: `В отличие от КамАЗа` compares, it names no actor', () => {
    const text = 'В отличие от КамАЗа, «Ордабасы» инвестировала 40 млн долларов в новый завод.';
    const out = run(text, 'rus', [['КамАЗа', 'ORG'], ['Ордабасы', 'ORG']], [{ text: '40 млн долларов', kind: 'money', value: 40e6, currency: 'USD' }]);
    expect(out.map((e) => e[1])).toEqual([['Ордабасы']]);
  });

  it('silent: `wie X mitteilte` brings a source, not a comparison (de): the speaker stays', () => {
    const text = 'Die Produktion soll auf 450.000 Einheiten steigen, wie Sprecherin Anna Klein am Donnerstag mitteilte.';
    const out = run(text, 'deu', [['Anna Klein', 'PER']], [units('450.000 Einheiten', 450000, 'unit')]);
    expect(out.find((e) => e[0] === 'statement')?.[1]).toEqual(['Anna Klein']);
  });
});

describe('a name right after a stake’s figure is the company the stake is of, not its holder', () => {
  const stakes = (text: string, language: string, mentions: M, numbers: NumberSpec[]) => run(text, language, mentions, numbers).filter((e) => e[0] === 'investment').map((e) => e[1]);
  const pct = (text: string, value: number): NumberSpec => ({ text, kind: 'percent', value, unit: 'percent' });
  it('ru: `«Тоджиксаноатмаш» принадлежит 51% ХАЗ, китайскому партнёру — 49%` is Тоджиксаноатмаш’s stake', () => {
    const text = '«Тоджиксаноатмаш» принадлежит 51% ХАЗ, китайскому партнёру — 49%.';
    expect(stakes(text, 'rus', [['Тоджиксаноатмаш', 'ORG'], ['ХАЗ', 'ORG'], ['китайскому', 'MISC']], [pct('51%', 51), pct('49%', 49)])[0]).toEqual(['Тоджиксаноатмаш']);
  });
  it('en: `Azermash owns 51% of Khazar, Iran Khodro the remaining 49%` is Azermash’s stake and Iran Khodro’s', () => {
    const text = 'Azermash owns 51% of Khazar, Iran Khodro the remaining 49%.';
    expect(stakes(text, 'eng', [['Azermash', 'ORG'], ['Khazar', 'ORG'], ['Iran Khodro', 'ORG']], [pct('51%', 51), pct('49%', 49)])).toEqual([['Azermash'], ['Iran Khodro']]);
  });
  it('silent: a holder named after the figure over a comma (`Azermash hält 55 Prozent, Iran Khodro 45 Prozent`)', () => {
    expect(stakes('Azermash hält 55 Prozent, Iran Khodro 45 Prozent.', 'deu', [['Azermash', 'ORG'], ['Iran Khodro', 'ORG']], [pct('55 Prozent', 55), pct('45 Prozent', 45)]))
      .toEqual([['Azermash'], ['Iran Khodro']]);
  });
});
