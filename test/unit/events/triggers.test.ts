import { describe, expect, it } from 'vitest';
import { EVENTS_STAGE, extractEvents } from '../../../pipeline/events/index.js';
import { allPacks } from '../../../pipeline/languages/index.js';
import { build, view } from './build.js';

const year = (y: number) => ({ text: String(y), kind: 'year' as const, value: y, date: String(y) });

describe('events: triggers per language', () => {
  it('English production with every argument, as a full EventCandidate', () => {
    const input = build(
      'Toyota produced 10,000 cars in Kentucky in 2023.',
      'eng',
      [['Toyota', 'ORG'], ['Kentucky', 'GPE']],
      [{ text: '10,000 cars', kind: 'count', value: 10000, unit: 'car' }, year(2023)],
    );
    expect(extractEvents(input)).toEqual([
      {
        type: 'production',
        actors: [0],
        location: 1,
        product: null,
        productText: 'cars',
        quantity: 10000,
        unit: 'car',
        money: null,
        time: '2023',
        changePct: null,
        sharePct: null,
        numbers: [0, 1],
        evidence: { start: 0, end: 48, text: 'Toyota produced 10,000 cars in Kentucky in 2023.' },
        evidenceSpans: [{ start: 0, end: 48, text: 'Toyota produced 10,000 cars in Kentucky in 2023.' }],
        trigger: { start: 7, end: 15, text: 'produced' },
        modality: 'actual',
        confidence: 0.9,
        version: EVENTS_STAGE.version,
      },
    ]);
  });

  it('German: hat … produziert', () => {
    const input = build(
      'Volkswagen hat im Jahr 2022 in Zwickau 200.000 Fahrzeuge produziert.',
      'deu',
      [['Volkswagen', 'ORG'], ['Zwickau', 'GPE']],
      [year(2022), { text: '200.000 Fahrzeuge', kind: 'count', value: 200000, unit: 'car' }],
    );
    expect(view(input, extractEvents(input))).toEqual([
      { type: 'production', actors: ['Volkswagen'], location: 'Zwickau', product: 'cars', quantity: 200000, unit: 'car', money: null, time: '2022', modality: 'actual', evidence: input.text },
    ]);
  });

  it('Russian: произвел … в Тольятти', () => {
    const input = build(
      'АвтоВАЗ произвел 400 000 автомобилей в Тольятти в 2022 году.',
      'rus',
      [['АвтоВАЗ', 'ORG'], ['Тольятти', 'GPE']],
      [{ text: '400 000 автомобилей', kind: 'count', value: 400000, unit: 'car' }, { text: '2022 году', kind: 'year', value: 2022, date: '2022' }],
    );
    expect(view(input, extractEvents(input))).toEqual([
      { type: 'production', actors: ['АвтоВАЗ'], location: 'Тольятти', product: 'cars', quantity: 400000, unit: 'car', money: null, time: '2022', modality: 'actual', evidence: input.text },
    ]);
  });

  it('Russian export: the destination (accusative after в) is not the location', () => {
    const input = build(
      'Казахстан экспортировал 5000 автомобилей в Россию.',
      'rus',
      [['Казахстан', 'GPE'], ['Россию', 'GPE']],
      [{ text: '5000 автомобилей', kind: 'count', value: 5000, unit: 'car' }],
    );
    expect(view(input, extractEvents(input))).toEqual([
      { type: 'export', actors: ['Казахстан'], location: 'Казахстан', product: 'cars', quantity: 5000, unit: 'car', money: null, time: null, modality: 'actual', evidence: input.text },
    ]);
  });

  it('French: a produit … à Flins; a signé un accord avec', () => {
    const prod = build(
      'Renault a produit 300 000 voitures à Flins en 2021.',
      'fra',
      [['Renault', 'ORG'], ['Flins', 'GPE']],
      [{ text: '300 000 voitures', kind: 'count', value: 300000, unit: 'car' }, year(2021)],
    );
    expect(view(prod, extractEvents(prod))).toEqual([
      { type: 'production', actors: ['Renault'], location: 'Flins', product: 'cars', quantity: 300000, unit: 'car', money: null, time: '2021', modality: 'actual', evidence: prod.text },
    ]);
    const deal = build(
      'Stellantis a signé un accord avec Leapmotor en octobre 2023.',
      'fra',
      [['Stellantis', 'ORG'], ['Leapmotor', 'ORG']],
      [{ text: 'octobre 2023', kind: 'date', date: '2023-10' }],
    );
    expect(view(deal, extractEvents(deal))).toEqual([
      { type: 'agreement', actors: ['Stellantis', 'Leapmotor'], location: null, product: null, quantity: null, unit: null, money: null, time: '2023-10', modality: 'actual', evidence: deal.text },
    ]);
  });

  it('Spanish: exportó desde (the origin is the site); invertirá (money, planned)', () => {
    const exp = build(
      'SEAT exportó 250.000 coches desde Martorell en 2022.',
      'spa',
      [['SEAT', 'ORG'], ['Martorell', 'GPE']],
      [{ text: '250.000 coches', kind: 'count', value: 250000, unit: 'car' }, year(2022)],
    );
    expect(view(exp, extractEvents(exp))).toEqual([
      { type: 'export', actors: ['SEAT'], location: 'Martorell', product: 'cars', quantity: 250000, unit: 'car', money: null, time: '2022', modality: 'actual', evidence: exp.text },
    ]);
    const inv = build(
      'Iberdrola invertirá 500 millones de euros en Valencia.',
      'spa',
      [['Iberdrola', 'ORG'], ['Valencia', 'GPE']],
      [{ text: '500 millones de euros', kind: 'money', value: 500000000, currency: 'EUR' }],
    );
    expect(view(inv, extractEvents(inv))).toEqual([
      { type: 'investment', actors: ['Iberdrola'], location: 'Valencia', product: null, quantity: null, unit: null, money: { value: 500000000, currency: 'EUR' }, time: null, modality: 'planned', evidence: inv.text },
    ]);
  });

  it('appointment and visit', () => {
    const app = build('Mercedes-Benz appointed Ola Källenius as chief executive.', 'eng', [['Mercedes-Benz', 'ORG'], ['Ola Källenius', 'PER']], []);
    expect(view(app, extractEvents(app)).map((e) => [e.type, e.actors])).toEqual([['appointment', ['Mercedes-Benz', 'Ola Källenius']]]);
    const vis = build('Президент Шавкат Мирзиёев посетил Ташкент.', 'rus', [['Шавкат Мирзиёев', 'PER'], ['Ташкент', 'GPE']], []);
    expect(view(vis, extractEvents(vis)).map((e) => [e.type, e.actors, e.location])).toEqual([['visit', ['Шавкат Мирзиёев'], 'Ташкент']]);
  });

  it('every lexicon compiles and undetermined text falls back to English', () => {
    for (const { code } of allPacks()) {
      const input = build('Nothing happens here.', code, [], []);
      expect(extractEvents(input)).toEqual([]);
    }
    const input = build('Toyota sold 5 cars.', 'und', [['Toyota', 'ORG']], [{ text: '5 cars', kind: 'count', value: 5, unit: 'car' }]);
    expect(view(input, extractEvents(input)).map((e) => [e.type, e.quantity])).toEqual([['sales', 5]]);
  });
});

describe('events: a trigger pattern spans a figure inside its clause', () => {
  const types = (input: ReturnType<typeof build>) => view(input, extractEvents(input)).map((e) => [e.type, e.quantity]);

  it('a digit-group separator is no stop (de `stellte … 80.000 Autos her`, en `Production of 1.5 million cars … was launched`)', () => {
    const de = build('Der Konzern stellte im vergangenen Jahr 80.000 Autos her.', 'deu', [], [{ text: '80.000 Autos', kind: 'count', value: 80000, unit: 'car' }]);
    expect(types(de)).toEqual([['production', 80000]]);
    const en = build('Production of 1.5 million cars a year was launched in Kentucky.', 'eng', [], [{ text: '1.5 million cars a year', kind: 'rate', value: 1500000, unit: 'car' }]);
    expect(types(en).map(([t]) => t)).toContain('plant_launch');
  });

  it('silent: a semicolon still ends the stretch a pattern may span (de)', () => {
    const de = build('Der Konzern stellt neue Busse vor; 80.000 Autos kamen her.', 'deu', [], [{ text: '80.000 Autos', kind: 'count', value: 80000, unit: 'car' }]);
    expect(types(de).map(([t]) => t)).not.toContain('production');
  });
});

describe('events: leaving the assembly line is being produced', () => {
  const types = (input: ReturnType<typeof build>) => view(input, extractEvents(input)).map((e) => [e.type, e.quantity]);
  const count = (text: string, value: number, unit: string) => ({ text, kind: 'count' as const, value, unit });

  it('en `came off the assembly line`, ru `сойти с конвейера`, fr `sorties de la chaîne de montage`, es `salieron de la línea de montaje`', () => {
    expect(types(build('The first 500 cars came off the assembly line.', 'eng', [], [count('500 cars', 500, 'car')]))).toEqual([['production', 500]]);
    expect(types(build('Первые 20 электробусов могут сойти с конвейера уже осенью.', 'rus', [], [count('20 электробусов', 20, 'bus')]))).toEqual([['production_target', 20]]);
    expect(types(build('Les 300 premières voitures sont sorties de la chaîne de montage.', 'fra', [], [count('300 premières voitures', 300, 'car')]))).toEqual([['production', 300]]);
    expect(types(build('Los primeros 300 coches salieron de la línea de montaje.', 'spa', [], [count('300 coches', 300, 'car')]))).toEqual([['production', 300]]);
  });

  it('silent: leaving a road or a line of another kind (en `came off the road`, ru `сошёл с рельсов`)', () => {
    expect(types(build('Two of the 500 cars came off the road.', 'eng', [], [count('500 cars', 500, 'car')]))).toEqual([]);
    expect(types(build('Поезд с 40 вагонами сошёл с рельсов.', 'rus', [], [count('40 вагонами', 40, 'wagon')]))).toEqual([]);
  });
});

describe('events: trigger forms the packs were missing', () => {
  const types = (text: string, lang: string, mentions: Parameters<typeof build>[2]) => {
    const input = build(text, lang, mentions, []);
    return view(input, extractEvents(input)).map((e) => [e.type, e.actors]);
  };
  it('de `ein Werk in Betrieb nehmen` (present and infinitive); en `agreed last month to`', () => {
    expect(types('Im Herbst will der Konzern Azermash ein Montagewerk in Gandscha in Betrieb nehmen.', 'deu', [['Azermash', 'ORG'], ['Gandscha', 'GPE']])).toEqual([['plant_launch', ['Azermash']]]);
    expect(types('Turkmenistan and Kazakhstan agreed last month to raise rail freight.', 'eng', [['Turkmenistan', 'GPE'], ['Kazakhstan', 'GPE']])).toEqual([['agreement', ['Turkmenistan', 'Kazakhstan']]]);
  });

  it('en active `made` with a figure of goods after it', () => {
    const input = build('Tashkent Tractor Plant made 2,400 tractors last year.', 'eng', [['Tashkent Tractor Plant', 'ORG']], [{ text: '2,400 tractors', kind: 'count', value: 2400, unit: 'tractor' }]);
    expect(view(input, extractEvents(input)).map((e) => [e.type, e.actors, e.quantity])).toEqual([['production', ['Tashkent Tractor Plant'], 2400]]);
    const none = build('Orlan Group made 3 acquisitions and made progress.', 'eng', [['Orlan Group', 'ORG']], []);
    expect(extractEvents(none)).toEqual([]);
  });

  it('a product noun inside a name is no object of the verb (`Tashkent Tractor Plant made 3 acquisitions`, `Hyundai Motor baut …`); silent where the object is goods', () => {
    const en = build('Tashkent Tractor Plant made 3 acquisitions last year.', 'eng', [['Tashkent Tractor Plant', 'ORG']], []);
    expect(extractEvents(en)).toEqual([]);
    const de = build('Hyundai Motor baut in Taschkent.', 'deu', [['Hyundai Motor', 'ORG'], ['Taschkent', 'GPE']], []);
    expect(extractEvents(de)).toEqual([]);
    const made = build('Tashkent Tractor Plant made 2,400 tractors.', 'eng', [['Tashkent Tractor Plant', 'ORG']], [{ text: '2,400 tractors', kind: 'count', value: 2400, unit: 'tractor' }]);
    expect(view(made, extractEvents(made)).map((e) => [e.type, e.quantity])).toEqual([['production', 2400]]);
  });

  it('a partner’s stake by its verb and figure (fr `détiendra 35 %`, es `tendrá el 35 %`, ru `принадлежит 35%`), as en `holds` and de `hält`', () => {
    const stake = (text: string, lang: string, name: string, figure: string) => {
      const input = build(text, lang, [[name, 'ORG']], [{ text: figure, kind: 'percent', value: 35 }]);
      return view(input, extractEvents(input)).map((e) => [e.type, e.actors, e.quantity, e.unit]);
    };
    expect(stake('Le groupe Uzavtosanoat détiendra 35 % de la coentreprise.', 'fra', 'Uzavtosanoat', '35 %')).toEqual([['investment', ['Uzavtosanoat'], 35, 'percent']]);
    expect(stake('Uzavtosanoat tendrá el 35 % de la empresa conjunta.', 'spa', 'Uzavtosanoat', '35 %')).toEqual([['investment', ['Uzavtosanoat'], 35, 'percent']]);
    expect(stake('«Узавтосаноат» принадлежит 35% совместного предприятия.', 'rus', 'Узавтосаноат', '35%')).toEqual([['investment', ['Узавтосаноат'], 35, 'percent']]);
    // silent: the verb without a percentage after it
    expect(stake('Uzavtosanoat tendrá un papel clave, con un 35 % de crecimiento.', 'spa', 'Uzavtosanoat', '35 %').filter((e) => e[0] === 'investment')).toEqual([]);
  });

  it('silent: `nehmen` without `in Betrieb`, `agreed` without `to`/`on`', () => {
    expect(types('Der Konzern Azermash will ein Werk in Gandscha unter die Lupe nehmen.', 'deu', [['Azermash', 'ORG'], ['Gandscha', 'GPE']])).toEqual([]);
    expect(types('Analysts agreed that Kazakhstan grew fast.', 'eng', [['Kazakhstan', 'GPE']])).toEqual([]);
  });
});

describe('events: English wire wording', () => {
  const types = (text: string, lang: string, mentions: Parameters<typeof build>[2]) => {
    const input = build(text, lang, mentions, []);
    return view(input, extractEvents(input)).map((e) => [e.type, e.actors]);
  };

  it('starting another activity is that activity, not a launch (`will start shipping crossovers assembled in Asaka`)', () => {
    expect(types('UzAuto Motors will start shipping crossovers assembled in Asaka to Russia.', 'eng', [['UzAuto Motors', 'ORG'], ['Asaka', 'GPE'], ['Russia', 'GPE']])).toEqual([['export', ['UzAuto Motors']]]);
    // silent for the launch reading itself: starting to produce is a launch
    expect(types('UzAuto Motors will start producing crossovers in Asaka.', 'eng', [['UzAuto Motors', 'ORG'], ['Asaka', 'GPE']])).toEqual([['plant_launch', ['UzAuto Motors']]]);
  });

  it('negotiations with a named party are an agreement (en `in talks with`, fr `discute avec`); not with an unnamed one', () => {
    expect(types('Alstom is also in talks with Uzbekistan Railways on upgrading the line.', 'eng', [['Alstom', 'ORG'], ['Uzbekistan Railways', 'ORG']])).toEqual([['agreement', ['Alstom', 'Uzbekistan Railways']]]);
    expect(types('Alstom discute également avec la société Uzbekistan Railways de la modernisation de la ligne.', 'fra', [['Alstom', 'ORG'], ['Uzbekistan Railways', 'ORG']])).toEqual([['agreement', ['Alstom', 'Uzbekistan Railways']]]);
    expect(types('The company is in talks with Chinese partners on the line.', 'eng', [['Chinese', 'MISC']])).toEqual([]);
  });

  it('attending an occasion is a visit; calling something a quote is a statement, and the definite deal in it no agreement of its own', () => {
    expect(types('Katrin Hoffmann attended the signing ceremony in Astana.', 'eng', [['Katrin Hoffmann', 'PER'], ['Astana', 'GPE']])).toEqual([['visit', ['Katrin Hoffmann']]]);
    expect(types('Hoffmann called the deal "an important signal for business".', 'eng', [['Hoffmann', 'PER']])).toEqual([['statement', ['Hoffmann']]]);
    // silent: `called on` is no quote, a signed deal stays an agreement beside the statement
    expect(types('Hoffmann called on the ministry to act.', 'eng', [['Hoffmann', 'PER']])).toEqual([]);
    expect(types('The deal was signed on Monday, Thomas Girard said.', 'eng', [['Thomas Girard', 'PER']]).map((e) => e[0])).toEqual(['agreement', 'statement']);
  });

  it('`ordered` goods is an agreement, an instruction a statement; the share of local parts is a target, not a stake', () => {
    expect(types('Uzbekistan Railways ordered 12 high-speed trains from Talgo.', 'eng', [['Uzbekistan Railways', 'ORG'], ['Talgo', 'ORG']]).map((e) => e[0])).toEqual(['agreement']);
    expect(types('President Shavkat Mirziyoyev ordered a higher level of localisation for car components.', 'eng', [['Shavkat Mirziyoyev', 'PER']])).toEqual([['statement', ['Shavkat Mirziyoyev']]]);
    const local = build('The share of locally made components is set to rise to 40% by 2027.', 'eng', [], [{ text: '40%', kind: 'percent', value: 40 }]);
    expect(view(local, extractEvents(local)).map((e) => [e.type, e.quantity, e.unit])).toEqual([['production_target', 40, 'percent']]);
    // silent: a stake stays a stake
    const stake = build('Allur holds a 51% share in the venture.', 'eng', [['Allur', 'ORG']], [{ text: '51%', kind: 'percent', value: 51 }]);
    expect(view(stake, extractEvents(stake)).map((e) => [e.type, e.actors, e.quantity])).toEqual([['investment', ['Allur'], 51]]);
  });

  it('a speaker named between commas after a title (`Alstom’s managing director for the region, Thomas Girard, said`)', () => {
    expect(types('"We will grow," Alstom\'s managing director for the region, Thomas Girard, said.', 'eng', [['Alstom', 'ORG'], ['Thomas Girard', 'PER']])).toEqual([['statement', ['Thomas Girard', 'Alstom']]]);
    // silent: after a clause that is no title the organisation is not the speaker's
    expect(types('"We will grow," as Alstom\'s plans show, Thomas Girard, said.', 'eng', [['Alstom', 'ORG'], ['Thomas Girard', 'PER']]).map((e) => e[1])).not.toContainEqual(['Thomas Girard', 'Alstom']);
  });
});

describe('events: a paragraph language other than the article’s', () => {
  const run = (text: string, article: string, paragraph: string, mentions: Parameters<typeof build>[2], numbers: Parameters<typeof build>[3]) => {
    const input = build(text, article, mentions, numbers);
    input.sentences = input.sentences.map((s) => ({ ...s, language: paragraph }));
    return view(input, extractEvents(input)).map((e) => [e.type, e.actors, e.quantity]);
  };
  it('a short French paragraph misread as German or Catalan is read with the article’s lexicon', () => {
    const text = "L'an dernier, Renault Trucks a vendu 1 400 camions en Ouzbékistan.";
    const m: Parameters<typeof build>[2] = [['Renault Trucks', 'ORG'], ['Ouzbékistan', 'GPE']];
    const n = [{ text: '1 400 camions', kind: 'count' as const, value: 1400, unit: 'truck' }];
    expect(run(text, 'fra', 'deu', m, n)).toEqual([['sales', ['Renault Trucks'], 1400]]);
    expect(run(text, 'fra', 'cat', m, n)).toEqual([['sales', ['Renault Trucks'], 1400]]);
  });

  it('silent: a quote in another language that the article’s lexicon finds nothing in keeps its own', () => {
    const text = 'Orlan Motors produced 5,000 cars in 2025.';
    expect(run(text, 'deu', 'eng', [['Orlan Motors', 'ORG']], [{ text: '5,000 cars', kind: 'count', value: 5000, unit: 'car' }, year(2025)])).toEqual([['production', ['Orlan Motors'], 5000]]);
  });
});

describe('events: production as the subject of a start verb is a plant launch', () => {
  const kinds = (text: string, language: string) => view(build(text, language, [], []), extractEvents(build(text, language, [], []))).map((e) => e.type);
  it('en, fr: `production is due to start`, `Series production began`, `la production démarrer en septembre`', () => {
    expect(kinds('Production is due to start in the second half of 2027.', 'eng')).toEqual(['plant_launch']);
    expect(kinds('Series production began in May, the company said.', 'eng')).toContain('plant_launch');
    expect(kinds("Le chantier doit s'achever l'été prochain, et la production démarrer en septembre.", 'fra')).toContain('plant_launch');
  });
  it('silent: production that rises or is of something else starts nothing', () => {
    expect(kinds('Production rose 12 percent in May.', 'eng')).not.toContain('plant_launch');
    expect(kinds('La production a progressé de 12 % en mai.', 'fra')).not.toContain('plant_launch');
  });
});

describe('events: naming a person to a post is an appointment', () => {
  it('en: `named X, a former …, as chief financial officer`, `names X as its new head`', () => {
    const one = 'The company also named Elif Karaman, a former purchasing head at a German truck maker, as chief financial officer in October.';
    const a = build(one, 'eng', [['Elif Karaman', 'PER']], []);
    expect(view(a, extractEvents(a)).map((e) => [e.type, e.actors])).toEqual([['appointment', ['Elif Karaman']]]);
    const two = 'Egecell names Burcu Tanriverdi as its new chief operating officer.';
    const b = build(two, 'eng', [['Egecell', 'ORG'], ['Burcu Tanriverdi', 'PER']], []);
    expect(view(b, extractEvents(b)).map((e) => e.type)).toEqual(['appointment']);
  });
  it('silent: a company named by its name, or a partner named, is no appointment', () => {
    const text = 'A company named Ordabasy Motors chose Yutong as its partner for the new chief plant.';
    const a = build(text, 'eng', [['Ordabasy Motors', 'ORG'], ['Yutong', 'ORG']], []);
    expect(view(a, extractEvents(a)).map((e) => e.type)).not.toContain('appointment');
  });
});

describe('events: a start verb in the present tense starts production', () => {
  const kinds = (text: string, language: string) => view(build(text, language, [], []), extractEvents(build(text, language, [], []))).map((e) => e.type);
  it('es, de, ru: `comienza a producir`, `beginnt … mit der Serienfertigung`, `начинает выпуск`', () => {
    expect(kinds('Carrocerías Moncayo comienza a producir autobuses en Mingachevir.', 'spa')).toEqual(['plant_launch']);
    expect(kinds('Voltrak beginnt in Aksaray mit der Serienfertigung von E-Lkw.', 'deu')).toEqual(['plant_launch']);
    expect(kinds('КамАЗ начинает выпуск электробусов в Набережных Челнах.', 'rus')).toEqual(['plant_launch']);
  });
  it('silent: starting something else starts no production (de, ru)', () => {
    expect(kinds('Der Bau beginnt im Mai mit der Erschließung des Geländes.', 'deu')).not.toContain('plant_launch');
    expect(kinds('Компания начинает переговоры с партнёрами.', 'rus')).not.toContain('plant_launch');
  });
});

describe('events: a statement needs a named person who speaks (articles README)', () => {
  const facts = (text: string, language: string, mentions: Array<[string, 'ORG' | 'PER']>) => {
    const figure = /[\d.,]+\s+\p{L}+/u.exec(text)![0];
    const input = build(text, language, mentions, [{ text: figure, kind: 'count', value: Number(figure.replace(/\D/gu, '')), unit: 'bus' }]);
    return view(input, extractEvents(input)).map((e) => [e.type, e.actors]);
  };
  it('en, de: an organisation that reports a fact makes no statement; the fact stays', () => {
    const en = facts('The plant built 1,200 buses last year, Kuzey Holding said in a filing.', 'eng', [['Kuzey Holding', 'ORG']]);
    expect(en.map((e) => e[0])).toEqual(['production']);
    const de = facts('Das Werk baute im vergangenen Jahr 1.200 Busse, teilte der Hersteller Voltrak mit.', 'deu', [['Voltrak', 'ORG']]);
    expect(de.map((e) => e[0])).toEqual(['production']);
  });
  it('silent: a person who speaks for the organisation makes the statement (en)', () => {
    const en = facts('The plant built 1,200 buses last year, said Anna Lee, press secretary of Kuzey Holding.', 'eng', [['Anna Lee', 'PER'], ['Kuzey Holding', 'ORG']]);
    expect((en.find((e) => e[0] === 'statement')![1] as string[]).sort()).toEqual(['Anna Lee', 'Kuzey Holding']);
  });
});
