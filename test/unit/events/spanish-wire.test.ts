/** Spanish wire wording found on the original Spanish tune articles (bench/articles/orig-spa). */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import { extractNumbers } from '../../../pipeline/numbers/index.js';
import { build, view } from './build.js';

const count = (text: string, value: number, unit: string) => ({ text, kind: 'count' as const, value, unit });
const money = (text: string, value: number, currency: string) => ({ text, kind: 'money' as const, value, currency });
const run = (input: ReturnType<typeof build>) => view(input, extractEvents(input));
const types = (input: ReturnType<typeof build>) => run(input).map((e) => [e.type, e.quantity ?? e.money?.value ?? null]);

describe('es: the assembly line before its verb (`De la cadena de montaje de X salieron N`)', () => {
  it('the line first, its goods after the verb: production, at the line’s place', () => {
    const es = run(build('De la cadena de montaje de Kostanái salieron 15.900 camiones.', 'spa', [['Kostanái', 'GPE']], [count('15.900 camiones', 15900, 'truck')]));
    expect(es.map((e) => [e.type, e.quantity, e.actors, e.location])).toEqual([['production', 15900, [], 'Kostanái']]);
    expect(types(build('De la línea de producción saldrán 2.000 tractores al mes.', 'spa', [], [count('2.000 tractores', 2000, 'tractor')])).map(([t]) => t)).toEqual(['production_target']);
  });
  it('silent: leaving a line of another kind (es), leaving a road (en)', () => {
    expect(types(build('De la línea de metro salieron 300 pasajeros.', 'spa', [], [count('300 pasajeros', 300, 'person')]))).toEqual([]);
    expect(types(build('Two of the 500 cars came off the road.', 'eng', [], [count('500 cars', 500, 'car')]))).toEqual([]);
  });
});

describe('es: a plant that opens its doors (`abrirá sus puertas`)', () => {
  it('is a plant launch', () => {
    expect(types(build('Está previsto que la nueva planta abra sus puertas en el tercer trimestre.', 'spa', [], [])).map(([t]) => t)).toEqual(['plant_launch']);
    expect(types(build('La fábrica de Alpha Motors en Sevilla abrió sus puertas en 2025.', 'spa', [['Alpha Motors', 'ORG'], ['Sevilla', 'GPE']], [{ text: '2025', kind: 'year', value: 2025, date: '2025' }])).map(([t]) => t)).toEqual(['plant_launch']);
  });
  it('silent: a shop or a fair that opens its doors (no plant), and English', () => {
    expect(types(build('La feria abrió sus puertas en Madrid.', 'spa', [['Madrid', 'GPE']], []))).toEqual([]);
    expect(types(build('The museum opened its doors in Madrid.', 'eng', [['Madrid', 'GPE']], []))).toEqual([]);
  });
});

describe('es: selling abroad is exporting; delivering to a country too', () => {
  it('`vender fuera del país`, `vende en el extranjero`, `entregó … a Marruecos`', () => {
    expect(types(build('Su objetivo es vender fuera del país 10.000 vehículos en 2028.', 'spa', [], [count('10.000 vehículos', 10000, 'car')]))).toEqual([['export', 10000]]);
    expect(types(build('Ebro Tractores vende en el extranjero 4.000 tractores al año.', 'spa', [['Ebro Tractores', 'ORG']], [{ ...count('4.000 tractores al año', 4000, 'tractor'), kind: 'rate' as const }]))).toEqual([['export', 4000]]);
    expect(types(build('Ebro Tractores entregó 300 tractores a Marruecos.', 'spa', [['Ebro Tractores', 'ORG'], ['Marruecos', 'GPE']], [count('300 tractores', 300, 'tractor')]))).toEqual([['export', 300]]);
  });
  it('silent: selling at home stays sales; handing over with no place is no export; German', () => {
    expect(types(build('Ebro Tractores vendió en el mercado interno 4.000 tractores.', 'spa', [['Ebro Tractores', 'ORG']], [count('4.000 tractores', 4000, 'tractor')]))).toEqual([['sales', 4000]]);
    expect(types(build('Las primeras 500 cabinas se entregarán en junio.', 'spa', [], [count('500 cabinas', 500, 'cabin')])).map(([t]) => t)).not.toContain('export');
    expect(types(build('Die Firma verkauft im Inland 4.000 Traktoren.', 'deu', [], [count('4.000 Traktoren', 4000, 'tractor')])).map(([t]) => t)).not.toContain('export');
  });
});

describe('es: revenue is the money of sales (`Los ingresos … hasta 412.000 millones de tenges`, `facturó`)', () => {
  it('a revenue sentence is a sales fact with its money', () => {
    expect(types(build('Los ingresos del grupo crecieron un 22 %, hasta 412.000 millones de tenges.', 'spa', [], [money('412.000 millones de tenges', 412e9, 'KZT'), { text: '22 %', kind: 'percent', value: 22 }]))).toEqual([['sales', 412e9]]);
    expect(types(build('CAF facturó 4.210 millones de euros en 2026.', 'spa', [['CAF', 'ORG']], [money('4.210 millones de euros', 4.21e9, 'EUR'), { text: '2026', kind: 'year', value: 2026, date: '2026' }]))).toEqual([['sales', 4.21e9]]);
  });
  it('silent: revenue told `con unos ingresos de` is the sales fact’s own money, no second fact; English', () => {
    const es = build('Las ventas subieron hasta las 318.000 unidades, con unos ingresos de 41,6 billones de sums.', 'spa', [], [count('318.000 unidades', 318000, 'car'), money('41,6 billones de sums', 41.6e12, 'UZS')]);
    expect(run(es).filter((e) => e.type === 'sales').length).toBe(1);
    expect(types(build('Tax income rose to $4 million.', 'eng', [], [money('$4 million', 4e6, 'USD')]))).toEqual([]);
  });
});

describe('es: an order book is no order (`cartera de pedidos`)', () => {
  it('orders placed stay agreements', () => {
    expect(types(build('Uzbekistan Railways hizo un pedido de 40 locomotoras a CAF.', 'spa', [['Uzbekistan Railways', 'ORG'], ['CAF', 'ORG']], [count('40 locomotoras', 40, 'locomotive')])).map(([t]) => t)).toContain('agreement');
    expect(types(build('Los pedidos de Alpha Motors sumaron 300 millones de euros.', 'spa', [['Alpha Motors', 'ORG']], [money('300 millones de euros', 3e8, 'EUR')])).map(([t]) => t)).toContain('agreement');
  });
  it('silent: the order book of a maker (es), and English', () => {
    expect(types(build('La cartera de pedidos de CAF superó los 15.000 millones de euros.', 'spa', [['CAF', 'ORG']], [money('15.000 millones de euros', 15e9, 'EUR')])).map(([t]) => t)).not.toContain('agreement');
    expect(types(build('The weather in Madrid was mild.', 'eng', [['Madrid', 'GPE']], []))).toEqual([]);
  });
});

describe('es numbers: a period of the year before (`cuarto trimestre del año pasado`)', () => {
  const dates = (text: string, language: string) => extractNumbers(text, { language, referenceDate: '2027-03-03' }).map((n) => [n.text, n.date]);
  it('takes the reference year minus one', () => {
    expect(dates('En el cuarto trimestre del año pasado, CAF entregó 35 tranvías.', 'es')[0]).toEqual(['cuarto trimestre del año pasado', '2026-10/2026-12']);
    expect(dates('en el primer semestre del año anterior', 'es')).toEqual([['primer semestre del año anterior', '2026-01/2026-06']]);
  });
  it('silent: `del año` alone stays the reference year (es), and French', () => {
    expect(dates('en el tercer trimestre del año', 'es')).toEqual([['tercer trimestre del año', '2027-07/2027-09']]);
    expect(dates('au troisième trimestre de cette année', 'fr')[0]?.[1]).toBe('2027-07/2027-09');
  });
});

describe('a coordinated complement clause has its own time (`… en el tercer trimestre y que … en 2029`)', () => {
  const year = (y: number) => ({ text: String(y), kind: 'year' as const, value: y, date: String(y) });
  const timed = (input: ReturnType<typeof build>) => run(input).map((e) => [e.type, e.time]);
  it('es: each clause after `y que` is dated by its own time', () => {
    expect(timed(build('Está previsto que la nueva planta abra sus puertas en el tercer trimestre y que eleve la capacidad hasta 40.000 vehículos al año en 2029.', 'spa', [], [
      { text: 'tercer trimestre', kind: 'date', date: '2027-07/2027-09' }, { ...count('40.000 vehículos al año', 40000, 'car'), kind: 'rate' as const }, year(2029),
    ]))).toEqual([['plant_launch', '2027-07/2027-09'], ['production_target', '2029']]);
    expect(timed(build('Alpha Motors espera que la planta abra en 2027 y que las exportaciones alcancen 5.000 coches en 2028.', 'spa', [['Alpha Motors', 'ORG']], [year(2027), count('5.000 coches', 5000, 'car'), year(2028)])).find((e) => e[0] === 'export')).toEqual(['export', '2028']);
  });
  it('silent: nouns coordinated without a complementizer share the sentence’s time (es), and English without the field', () => {
    expect(timed(build('Alpha Motors produjo 5.000 coches y 300 autobuses en 2026.', 'spa', [['Alpha Motors', 'ORG']], [count('5.000 coches', 5000, 'car'), count('300 autobuses', 300, 'bus'), year(2026)]))).toEqual([['production', '2026'], ['production', '2026']]);
    expect(timed(build('Alpha Motors produced 5,000 cars and 300 buses in 2026.', 'eng', [['Alpha Motors', 'ORG']], [count('5,000 cars', 5000, 'car'), count('300 buses', 300, 'bus'), year(2026)]))).toEqual([['production', '2026'], ['production', '2026']]);
  });
});

describe('a trigger word inside a name is part of the name', () => {
  it('es and en: a ministry or bank named after trade or investment states no such fact', () => {
    const es = build('El comercio entre España y Uzbekistán creció hasta 240 millones de euros, según el Ministerio de Economía, Comercio y Empresa.', 'spa',
      [['España', 'GPE'], ['Uzbekistán', 'GPE'], ['Ministerio de Economía, Comercio y Empresa', 'ORG']], [money('240 millones de euros', 240e6, 'EUR')]);
    expect(run(es).map((e) => [e.type, e.actors, e.money?.value ?? null])).toEqual([['trade', ['España', 'Uzbekistán'], 240e6]]);
    const en = build('The Ministry of Investment and Foreign Trade of Uzbekistan opened an office in Seoul.', 'eng', [['Ministry of Investment and Foreign Trade of Uzbekistan', 'ORG'], ['Seoul', 'GPE']], []);
    expect(run(en).map((e) => e.type)).not.toContain('trade');
    expect(run(en).map((e) => e.type)).not.toContain('investment');
  });
  it('silent: the same word outside a name still triggers (en)', () => {
    const en = build('Trade between Spain and Uzbekistan reached $300 million, the Ministry said.', 'eng', [['Spain', 'GPE'], ['Uzbekistan', 'GPE']], [money('$300 million', 3e8, 'USD')]);
    expect(run(en).map((e) => e.type)).toContain('trade');
  });
});

describe('a sentence opening with the definite agreement noun tells the details of the agreement before it', () => {
  const ags = (input: ReturnType<typeof build>) => run(input).filter((e) => e.type === 'agreement').map((e) => [e.actors, e.location, e.time]);
  const date = (text: string, d: string) => ({ text, kind: 'date' as const, date: d });
  it('es and en: one agreement, with the place and time of the restatement', () => {
    expect(ags(build('Alpha Trenes ha firmado con Beta Rail un contrato de 310 millones de euros. El acuerdo, rubricado el 1 de marzo en Taskent, incluye el mantenimiento.', 'spa',
      [['Alpha Trenes', 'ORG'], ['Beta Rail', 'ORG'], ['Taskent', 'GPE']], [money('310 millones de euros', 310e6, 'EUR'), date('1 de marzo', '2027-03-01')]))).toEqual([[['Alpha Trenes', 'Beta Rail'], 'Taskent', '2027-03-01']]);
    expect(ags(build('Alpha Trenes firmó un acuerdo con Beta Rail. Alpha Trenes crece. El contrato es el mayor de la región.', 'spa',
      [['Alpha Trenes', 'ORG'], ['Beta Rail', 'ORG'], ['Alpha Trenes', 'ORG', 1]], []))).toHaveLength(1);
  });
  it('a sentence that reports the signing of the agreement referred back is its own event, between the same parties (en)', () => {
    expect(ags(build('Alpha Rail signed a contract with Beta Motors. The agreement was signed in Tashkent on March 1.', 'eng',
      [['Alpha Rail', 'ORG'], ['Beta Motors', 'ORG'], ['Tashkent', 'GPE']], [date('March 1', '2027-03-01')]))).toEqual([[['Alpha Rail', 'Beta Motors'], null, null], [['Alpha Rail', 'Beta Motors'], 'Tashkent', '2027-03-01']]);
  });
  it('silent: a definite agreement noun with parties of its own is another agreement (es); an indefinite one too (en)', () => {
    expect(ags(build('Alpha Trenes firmó un acuerdo con Beta Rail. El acuerdo de Gamma Motors con Delta Bus se firmó en Sevilla.', 'spa',
      [['Alpha Trenes', 'ORG'], ['Beta Rail', 'ORG'], ['Gamma Motors', 'ORG'], ['Delta Bus', 'ORG'], ['Sevilla', 'GPE']], []))).toHaveLength(2);
    expect(ags(build('Alpha Rail signed a contract with Beta Motors. A contract was also signed in Tashkent.', 'eng',
      [['Alpha Rail', 'ORG'], ['Beta Motors', 'ORG'], ['Tashkent', 'GPE']], []))).toHaveLength(2);
  });
});

describe('es: goods `para <país>` go there, the country is no agent', () => {
  const acts = (input: ReturnType<typeof build>) => run(input).map((e) => [e.type, e.actors]);
  it('the maker named before stays the only agent', () => {
    expect(acts(build('CAF fabricará 40 locomotoras para Uzbekistán y levantará una planta de montaje en Yizak.', 'spa', [['CAF', 'ORG'], ['Uzbekistán', 'GPE'], ['Yizak', 'GPE']], [count('40 locomotoras', 40, 'locomotive')])))
      .toEqual([['production_target', ['CAF']], ['plant_construction', ['CAF']]]);
    expect(acts(build('Alpha Motors ensamblará 500 autobuses para Georgia y construirá una fábrica en Poti.', 'spa', [['Alpha Motors', 'ORG'], ['Georgia', 'GPE'], ['Poti', 'GPE']], [count('500 autobuses', 500, 'bus')])).map(([, a]) => a))
      .toEqual([['Alpha Motors'], ['Alpha Motors']]);
  });
  it('silent: a country that is the subject stays the agent (es), and English `for`', () => {
    expect(acts(build('Uzbekistán construirá una planta en Yizak.', 'spa', [['Uzbekistán', 'GPE'], ['Yizak', 'GPE']], []))).toEqual([['plant_construction', ['Uzbekistán']]]);
    expect(acts(build('Kazakhstan will build a plant in Kostanay.', 'eng', [['Kazakhstan', 'GPE'], ['Kostanay', 'GPE']], []))).toEqual([['plant_construction', ['Kazakhstan']]]);
  });
});

describe('es: `ambas compañías` are the two companies of the latest fact with two', () => {
  it('a fact of `ambas compañías` / `los dos socios` has both as agents', () => {
    const es = build('Alpha Trenes firmó un acuerdo con Beta Rail. Ambas compañías construirán una planta en Yizak.', 'spa', [['Alpha Trenes', 'ORG'], ['Beta Rail', 'ORG'], ['Yizak', 'GPE']], []);
    expect(run(es).filter((e) => e.type === 'plant_construction').map((e) => e.actors)).toEqual([['Alpha Trenes', 'Beta Rail']]);
    const es2 = build('Alpha Trenes firmó un acuerdo con Beta Rail. Los dos socios invertirán 65 millones de euros.', 'spa', [['Alpha Trenes', 'ORG'], ['Beta Rail', 'ORG']], [money('65 millones de euros', 65e6, 'EUR')]);
    expect(run(es2).filter((e) => e.type === 'investment').map((e) => e.actors)).toEqual([['Alpha Trenes', 'Beta Rail']]);
  });
  it('en, de: `both companies`, `beide Unternehmen`', () => {
    const en = build('Alpha Rail signed an agreement with Beta Motors. Both companies will build a plant in Jizzakh.', 'eng', [['Alpha Rail', 'ORG'], ['Beta Motors', 'ORG'], ['Jizzakh', 'GPE']], []);
    expect(run(en).filter((e) => e.type === 'plant_construction').map((e) => e.actors)).toEqual([['Alpha Rail', 'Beta Motors']]);
    const de = build('Alpha Rail unterzeichnete einen Vertrag mit Beta Motors. Beide Unternehmen bauen ein Werk in Dschizzach.', 'deu', [['Alpha Rail', 'ORG'], ['Beta Motors', 'ORG'], ['Dschizzach', 'GPE']], []);
    expect(run(de).filter((e) => e.type === 'plant_construction').map((e) => e.actors)).toEqual([['Alpha Rail', 'Beta Motors']]);
  });
  it('silent: with no earlier fact of two companies it names no pair (es, en)', () => {
    const es = build('Alpha Trenes crece. Ambas compañías construirán una planta en Yizak.', 'spa', [['Alpha Trenes', 'ORG'], ['Yizak', 'GPE']], []);
    expect(run(es).filter((e) => e.type === 'plant_construction').map((e) => e.actors.length <= 1)).toEqual([true]);
    const en = build('Alpha Rail grew. Both companies will build a plant in Jizzakh.', 'eng', [['Alpha Rail', 'ORG'], ['Jizzakh', 'GPE']], []);
    expect(run(en).filter((e) => e.type === 'plant_construction').map((e) => e.actors.length <= 1)).toEqual([true]);
  });
});

describe('es numbers: `uno de los …` is a pronoun, no figure', () => {
  const nums = (text: string, language: string) => extractNumbers(text, { language, referenceDate: '2027-03-03' }).map((n) => [n.text, n.kind, n.value]);
  it('`uno de los mercados`, `una de las plantas`', () => {
    expect(nums('Uzbekistán es hoy uno de los mercados más dinámicos.', 'es')).toEqual([]);
    expect(nums('Una de las plantas produjo 5 coches.', 'es')).toEqual([['5 coches', 'count', 5]]);
  });
  it('silent: `uno` counted alone stays a figure (es); English keeps its own rule', () => {
    expect(nums('Vendió uno en 2026.', 'es')[0]).toEqual(['uno', 'count', 1]);
    expect(nums('It sold one of the 5 cars.', 'en').map((n) => n[0])).toContain('5 cars');
  });
});

describe('a dated step of a fact without a figure is not merged with the undated fact by a place in common', () => {
  const pc = (input: ReturnType<typeof build>) => run(input).filter((e) => e.type === 'plant_construction').map((e) => e.time);
  const date = (text: string, d: string) => ({ text, kind: 'date' as const, date: d });
  it('es: the building and the start of the works are two facts', () => {
    expect(pc(build('Alpha Trenes y Beta Rail levantarán una planta de montaje en Yizak. En Yizak, las obras arrancarán en junio.', 'spa', [['Alpha Trenes', 'ORG'], ['Beta Rail', 'ORG'], ['Yizak', 'GPE'], ['Yizak', 'GPE', 1]], [date('junio', '2027-06')]))).toEqual([null, '2027-06']);
    expect(pc(build('Gamma Motors construye una fábrica en Poti. La construcción de la fábrica en Poti comenzará en mayo.', 'spa', [['Gamma Motors', 'ORG'], ['Poti', 'GPE'], ['Poti', 'GPE', 1]], [date('mayo', '2027-05')]))).toEqual([null, '2027-05']);
  });
  it('silent: two undated statements of the building at one place stay one fact (en, es)', () => {
    expect(pc(build('Alpha Rail will build a plant in Jizzakh. Alpha Rail will build the plant in Jizzakh with local partners.', 'eng', [['Alpha Rail', 'ORG'], ['Jizzakh', 'GPE'], ['Alpha Rail', 'ORG', 1], ['Jizzakh', 'GPE', 1]], []))).toHaveLength(1);
    expect(pc(build('Alpha Trenes construirá una planta en Yizak. Alpha Trenes construirá la planta en Yizak con socios locales.', 'spa', [['Alpha Trenes', 'ORG'], ['Yizak', 'GPE'], ['Alpha Trenes', 'ORG', 1], ['Yizak', 'GPE', 1]], []))).toHaveLength(1);
  });
});
