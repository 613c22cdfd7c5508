/** The lead's news and what its paragraph or occasion tells with it: dated by the dateline's day or the day the lead gives (bench/articles/orig-*, 203_deu). */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import { findReferenceDate } from '../../../pipeline/events/reference.js';
import { build, view } from './build.js';

const dated = (text: string, language: string, mentions: Parameters<typeof build>[2], numbers: Parameters<typeof build>[3] = []) => {
  const input = build(text, language, mentions, numbers);
  input.referenceDate = findReferenceDate(text, language, null);
  return view(input, extractEvents(input)).map((e) => [e.type, e.time]);
};

describe('a statement later in the lead paragraph is dated by the dateline', () => {
  it('de, ru: `… wird im dritten Quartal … beginnen. Das teilte die Pressesprecherin … mit.`, `Об этом сообщила …`', () => {
    const de = 'TASCHKENT, 9. April 2026 - Acme wird im dritten Quartal mit der Lieferung von Autos nach Russland beginnen. Das teilte die Pressesprecherin der Holding, Anna Klein, in Taschkent mit.';
    expect(dated(de, 'deu', [['TASCHKENT', 'GPE'], ['Acme', 'ORG'], ['Russland', 'GPE'], ['Anna Klein', 'PER'], ['Taschkent', 'GPE']], [{ text: '9. April 2026', kind: 'date', date: '2026-04-09' }])
      .find((e) => e[0] === 'statement')?.[1]).toBe('2026-04-09');
    const ru = 'ТАШКЕНТ, 9 апреля 2026 года. Acme в третьем квартале начнёт поставки автомобилей в Россию. Об этом сообщила пресс-секретарь холдинга Анна Кляйн.';
    expect(dated(ru, 'rus', [['ТАШКЕНТ', 'GPE'], ['Acme', 'ORG'], ['Россию', 'GPE'], ['Анна Кляйн', 'PER']], [{ text: '9 апреля 2026 года', kind: 'date', date: '2026-04-09' }])
      .find((e) => e[0] === 'statement')?.[1]).toBe('2026-04-09');
  });
  it('silent: a statement of its own right after the lead (en: no opening that points back)', () => {
    const en = 'TASHKENT, April 9, 2026 - Acme will start shipping cars to Russia in the third quarter. The cars come from Asaka, spokeswoman Anna Clark told reporters.';
    expect(dated(en, 'eng', [['TASHKENT', 'GPE'], ['Acme', 'ORG'], ['Russia', 'GPE'], ['Asaka', 'GPE'], ['Anna Clark', 'PER']], [{ text: 'April 9, 2026', kind: 'date', date: '2026-04-09' }])
      .find((e) => e[0] === 'statement')?.[1] ?? null).toBeNull();
  });
  it('silent: an organisation’s statement (de: no person speaks)', () => {
    const de = 'TASCHKENT, 9. April 2026 - Acme wird im dritten Quartal mit der Lieferung von Autos nach Russland beginnen. Das teilte die Holding Beta Group in Taschkent mit.';
    expect(dated(de, 'deu', [['TASCHKENT', 'GPE'], ['Acme', 'ORG'], ['Russland', 'GPE'], ['Beta Group', 'ORG'], ['Taschkent', 'GPE']], [{ text: '9. April 2026', kind: 'date', date: '2026-04-09' }])
      .filter((e) => e[0] === 'statement').every((e) => e[1] === null)).toBe(true);
  });
  it('silent: a statement in a later paragraph (de)', () => {
    const de = 'TASCHKENT, 9. April 2026 - Acme wird im dritten Quartal mit der Lieferung von Autos nach Russland beginnen.\n\nDas teilte die Pressesprecherin der Holding, Anna Klein, in Taschkent mit.';
    expect(dated(de, 'deu', [['TASCHKENT', 'GPE'], ['Acme', 'ORG'], ['Russland', 'GPE'], ['Anna Klein', 'PER'], ['Taschkent', 'GPE']], [{ text: '9. April 2026', kind: 'date', date: '2026-04-09' }])
      .find((e) => e[0] === 'statement')?.[1] ?? null).toBeNull();
  });
});

describe('an agreement signed at the occasion the lead dates takes its day', () => {
  it('de, en: `… am Mittwoch ein Montagewerk eröffnet … Am Rande der Zeremonie unterzeichneten …`', () => {
    const de = 'BAKU, 24. September 2026 – In Gandscha hat Moravia am Mittwoch ein Montagewerk eröffnet.\n\nAm Rande der Zeremonie unterzeichneten Azermash und Aqrolizinq einen Rahmenvertrag.';
    expect(dated(de, 'deu', [['BAKU', 'GPE'], ['Gandscha', 'GPE'], ['Moravia', 'ORG'], ['Azermash', 'ORG'], ['Aqrolizinq', 'ORG']], [{ text: '24. September 2026', kind: 'date', date: '2026-09-24' }])
      .find((e) => e[0] === 'agreement')?.[1]).toBe('2026-09-23');
    const en = 'BAKU, Sept. 24, 2026 - Moravia opened an assembly plant in Ganja on Wednesday.\n\nOn the sidelines of the ceremony, Azermash and Aqrolizinq signed a framework agreement.';
    expect(dated(en, 'eng', [['BAKU', 'GPE'], ['Moravia', 'ORG'], ['Ganja', 'GPE'], ['Azermash', 'ORG'], ['Aqrolizinq', 'ORG']], [{ text: 'Sept. 24, 2026', kind: 'date', date: '2026-09-24' }])
      .find((e) => e[0] === 'agreement')?.[1]).toBe('2026-09-23');
  });
  it('silent: no occasion named (en)', () => {
    const en = 'BAKU, Sept. 24, 2026 - Moravia opened an assembly plant in Ganja on Wednesday.\n\nAzermash and Aqrolizinq signed a framework agreement.';
    expect(dated(en, 'eng', [['BAKU', 'GPE'], ['Moravia', 'ORG'], ['Ganja', 'GPE'], ['Azermash', 'ORG'], ['Aqrolizinq', 'ORG']], [{ text: 'Sept. 24, 2026', kind: 'date', date: '2026-09-24' }])
      .find((e) => e[0] === 'agreement')?.[1] ?? null).toBeNull();
  });
});

describe('the lead’s news takes the day its paragraph gives when it tells it again', () => {
  it('ru, en: `… начало работу в Сумгайыте. Открыл производство в понедельник …`', () => {
    const ru = 'БАКУ, 23 июня 2026 года. Совместное предприятие Azermash и Yutong начало работу в Сумгайыте. Открыл производство в понедельник замминистра Эльвин Керимов.';
    expect(dated(ru, 'rus', [['БАКУ', 'GPE'], ['Azermash', 'ORG'], ['Yutong', 'ORG'], ['Сумгайыте', 'GPE'], ['Эльвин Керимов', 'PER']], [{ text: '23 июня 2026 года', kind: 'date', date: '2026-06-23' }])
      .filter((e) => e[0] === 'plant_launch').map((e) => e[1])).toEqual(['2026-06-22', '2026-06-22']);
    const en = 'BAKU, June 23, 2026 - A joint venture of Azermash and Yutong opened a bus plant in Sumgait. Deputy minister Elvin Kerimov opened the plant on Monday.';
    expect(dated(en, 'eng', [['BAKU', 'GPE'], ['Azermash', 'ORG'], ['Yutong', 'ORG'], ['Sumgait', 'GPE'], ['Elvin Kerimov', 'PER']], [{ text: 'June 23, 2026', kind: 'date', date: '2026-06-23' }])
      .filter((e) => e[0] === 'plant_launch').map((e) => e[1])).toEqual(['2026-06-22', '2026-06-22']);
  });
  it('silent: the day told in a later paragraph (ru)', () => {
    const ru = 'БАКУ, 23 июня 2026 года. Совместное предприятие Azermash и Yutong начало работу в Сумгайыте.\n\nОткрыл производство в понедельник замминистра Эльвин Керимов.';
    expect(dated(ru, 'rus', [['БАКУ', 'GPE'], ['Azermash', 'ORG'], ['Yutong', 'ORG'], ['Сумгайыте', 'GPE'], ['Эльвин Керимов', 'PER']], [{ text: '23 июня 2026 года', kind: 'date', date: '2026-06-23' }])
      .filter((e) => e[0] === 'plant_launch')[0]?.[1] ?? null).toBeNull();
  });
});

describe('a time opening the sentence dates every figure of the fact after it', () => {
  const q = (text: string) => ({ text, kind: 'date' as const, date: '2026-10/2026-12' });
  it('es, en: `En el cuarto trimestre del año pasado, CAF entregó 212 coches … y 35 tranvías`', () => {
    const es = 'Madrid, 3 de marzo de 2027. CAF firmó un contrato. En el cuarto trimestre del año pasado, CAF entregó 212 coches de viajeros y 35 tranvías, la mayoría con destino a Francia.';
    expect(dated(es, 'spa', [['Madrid', 'GPE'], ['CAF', 'ORG'], ['CAF', 'ORG', 1], ['Francia', 'GPE']], [{ text: '3 de marzo de 2027', kind: 'date', date: '2027-03-03' }, q('cuarto trimestre del año pasado'), { text: '212 coches', kind: 'count', value: 212, unit: 'car' }, { text: '35 tranvías', kind: 'count', value: 35, unit: 'tram' }])
      .filter((e) => e[0] === 'export').map((e) => e[1])).toEqual(['2026-10/2026-12', '2026-10/2026-12']);
    const en = 'MADRID, March 3, 2027. CAF signed a contract. In the fourth quarter of 2026, CAF shipped 212 coaches and 35 trams to France.';
    expect(dated(en, 'eng', [['MADRID', 'GPE'], ['CAF', 'ORG'], ['CAF', 'ORG', 1], ['France', 'GPE']], [{ text: 'March 3, 2027', kind: 'date', date: '2027-03-03' }, q('fourth quarter of 2026'), { text: '212 coaches', kind: 'count', value: 212, unit: 'car' }, { text: '35 trams', kind: 'count', value: 35, unit: 'tram' }])
      .filter((e) => e[0] === 'export').map((e) => e[1])).toEqual(['2026-10/2026-12', '2026-10/2026-12']);
  });
  it('silent: the time in a clause after the figures (en)', () => {
    const en = 'MADRID, March 3, 2027. CAF signed a contract. CAF shipped 212 coaches and 35 trams to France, its best result since the fourth quarter of 2026.';
    expect(dated(en, 'eng', [['MADRID', 'GPE'], ['CAF', 'ORG'], ['CAF', 'ORG', 1], ['France', 'GPE']], [{ text: 'March 3, 2027', kind: 'date', date: '2027-03-03' }, q('fourth quarter of 2026'), { text: '212 coaches', kind: 'count', value: 212, unit: 'car' }, { text: '35 trams', kind: 'count', value: 35, unit: 'tram' }])
      .filter((e) => e[0] === 'export').every((e) => e[1] === null)).toBe(true);
  });
});
