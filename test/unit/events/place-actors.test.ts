import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import { build, view } from './build.js';

const facts = (input: ReturnType<typeof build>) => view(input, extractEvents(input)).map((e) => [e.type, e.actors] as const);
const actorsOf = (input: ReturnType<typeof build>, type: string) => facts(input).find((e) => e[0] === type)?.[1];

describe('events: a place is an actor only as the agent of its clause', () => {
  it('an agreement with no parties takes the countries last named as agents, not places named as sites or destinations (en, ru)', () => {
    const en = build(
      'Our customers in Tashkent and Bishkek want vehicles close to home. An agreement was signed in February.',
      'eng',
      [['Tashkent', 'GPE'], ['Bishkek', 'GPE']],
      [],
    );
    expect(actorsOf(en, 'agreement')).toEqual([]);
    const ru = build(
      'Первые машины будут отправлены в Грузию, поставки в Казахстан и Туркменистан запланированы на осень. Соглашение было подписано в июне.',
      'rus',
      [['Грузию', 'GPE'], ['Казахстан', 'GPE'], ['Туркменистан', 'GPE']],
      [],
    );
    expect(actorsOf(ru, 'agreement')).toEqual([]);
    // the countries acting: `Kazakhstan and Uzbekistan plan …`
    const agents = build(
      'Kazakhstan and Uzbekistan plan to build buses together. Agreements were reached to create new models.',
      'eng',
      [['Kazakhstan', 'GPE'], ['Uzbekistan', 'GPE']],
      [],
    );
    expect(actorsOf(agents, 'agreement')).toEqual(['Kazakhstan', 'Uzbekistan']);
  });

  it('a place after a partner word is a partner only as its own complement, not the genitive of a noun between (ru, en)', () => {
    const ru = build(
      'В апреле ХАЗ подписал с хукуматом города Душанбе контракт на поставку 150 автобусов.',
      'rus',
      [['ХАЗ', 'ORG'], ['Душанбе', 'GPE']],
      [{ text: '150 автобусов', kind: 'count', value: 150, unit: 'bus' }],
    );
    expect(actorsOf(ru, 'agreement')).toEqual(['ХАЗ']);
    const en = build(
      'In April Khujand Auto signed a contract with the city authorities of Dushanbe for 150 buses.',
      'eng',
      [['Khujand Auto', 'ORG'], ['Dushanbe', 'GPE']],
      [{ text: '150 buses', kind: 'count', value: 150, unit: 'bus' }],
    );
    expect(actorsOf(en, 'agreement')).toEqual(['Khujand Auto']);
    // silent: the partner word's own complement
    const partner = build('Azerbaijan signed an agreement with Uzbekistan on car production.', 'eng', [['Azerbaijan', 'GPE'], ['Uzbekistan', 'GPE']], []);
    expect(actorsOf(partner, 'agreement')).toEqual(['Azerbaijan', 'Uzbekistan']);
  });

  it('what a fact is compared with takes no part in it (en, es)', () => {
    const en = build(
      'Tekin exported 4,000 engines, compared with Europe or China.',
      'eng',
      [['Tekin', 'ORG'], ['Europe', 'LOC'], ['China', 'GPE']],
      [{ text: '4,000 engines', kind: 'count', value: 4000, unit: 'engine' }],
    );
    expect(actorsOf(en, 'export')).toEqual(['Tekin']);
    const es = build(
      'Moncayo firmó un acuerdo en comparación con Turquía.',
      'spa',
      [['Moncayo', 'ORG'], ['Turquía', 'GPE']],
      [],
    );
    expect(actorsOf(es, 'agreement')).toEqual(['Moncayo']);
  });

  it('a place in the genitive of a noun that a directional word governs is where exports go (ru, en)', () => {
    const ru = build(
      'Tianlong Motor, выпускающая грузовики, в 2026 году экспортировала около четверти продукции в страны Центральной Азии.',
      'rus',
      [['Tianlong Motor', 'ORG'], ['Центральной Азии', 'LOC']],
      [],
    );
    expect(actorsOf(ru, 'export')).toEqual(['Tianlong Motor']);
    const en = build(
      'Last year Tekin exported 500 engines to the countries of Central Asia.',
      'eng',
      [['Tekin', 'ORG'], ['Central Asia', 'LOC']],
      [{ text: '500 engines', kind: 'count', value: 500, unit: 'engine' }],
    );
    expect(actorsOf(en, 'export')).toEqual(['Tekin']);
    // silent: a country exporting as the subject
    const state = build('Kazakhstan exported 300 trucks to Uzbekistan.', 'eng', [['Kazakhstan', 'GPE'], ['Uzbekistan', 'GPE']], [{ text: '300 trucks', kind: 'count', value: 300, unit: 'truck' }]);
    expect(actorsOf(state, 'export')).toEqual(['Kazakhstan']);
  });

  it('an appointment names a place only as the agent of its clause, not the scope of the post (es, en)', () => {
    const es = build(
      'Grupo Arlanza nombró en enero a Álvaro Mendizábal director de su nueva división de Asia Central.',
      'spa',
      [['Grupo Arlanza', 'ORG'], ['Álvaro Mendizábal', 'PER'], ['Asia Central', 'LOC']],
      [],
    );
    expect(actorsOf(es, 'appointment')).toEqual(['Grupo Arlanza', 'Álvaro Mendizábal']);
    const en = build(
      'Tekin appointed Elif Karaman head of its new division of Central Asia.',
      'eng',
      [['Tekin', 'ORG'], ['Elif Karaman', 'PER'], ['Central Asia', 'LOC']],
      [],
    );
    expect(actorsOf(en, 'appointment')).toEqual(['Tekin', 'Elif Karaman']);
    // silent: a state appointing, the agent of its clause
    const state = build('Uzbekistan appointed Ilhom Sobirov general director of the plant.', 'eng', [['Uzbekistan', 'GPE'], ['Ilhom Sobirov', 'PER']], []);
    expect(actorsOf(state, 'appointment')).toEqual(['Uzbekistan', 'Ilhom Sobirov']);
  });
});
