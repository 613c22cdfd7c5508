/**
 * Arguments attach by clause: the object of a build verb, the subject before an indefinite noun
 * phrase, a speaker over a relative clause or an apposition, a time or a weekday in another fact's
 * clause, a speaker's own organisation, a visit's object. Each class in two languages, with a
 * sentence where the rule must stay silent.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import { findReferenceDate } from '../../../pipeline/events/reference.js';
import { build, view, type NumberSpec } from './build.js';

const year = (y: number): NumberSpec => ({ text: String(y), kind: 'year', value: y, date: String(y) });
const pick = (input: ReturnType<typeof build>, type: string) => view(input, extractEvents(input)).filter((e) => e.type === type);

describe('events: the object of a build verb decides what is built', () => {
  it('a plant as the object is a plant being built (de); products as the object are produced', () => {
    const de = build('Die Kraft AG baut gemeinsam mit der Firma Lemke ein Werk für Traktoren in Leipzig.', 'deu', [['Kraft AG', 'ORG'], ['Lemke', 'ORG'], ['Leipzig', 'GPE']], []);
    expect(view(de, extractEvents(de)).map((e) => [e.type, e.actors, e.location])).toEqual([['plant_construction', ['Kraft AG', 'Lemke'], 'Leipzig']]);
    // silent: the object is the product
    const made = build('Die Kraft AG baut in Leipzig jährlich 5.000 Traktoren.', 'deu', [['Kraft AG', 'ORG'], ['Leipzig', 'GPE']], [{ text: '5.000 Traktoren', kind: 'count', value: 5000, unit: 'tractor' }]);
    expect(view(made, extractEvents(made)).map((e) => [e.type, e.quantity])).toEqual([['production', 5000]]);
  });

  it('silent: a plant after a locative word is where the product is built, not what (en)', () => {
    const en = build('Kamaz builds heavy trucks at its plant in Chelny.', 'eng', [['Kamaz', 'ORG'], ['Chelny', 'GPE']], []);
    expect(view(en, extractEvents(en)).map((e) => [e.type, e.product, e.location])).toEqual([['production', 'trucks', 'Chelny']]);
  });
});

describe('events: a name before an indefinite plant noun is the subject, not the owner', () => {
  it('the joint venture built by two partners belongs to both (de, fr)', () => {
    const de = build(
      'Die Kraft AG baut gemeinsam mit der Firma Lemke ein Werk in Leipzig. Das Gemeinschaftsunternehmen investiert 40 Mio. Euro.',
      'deu',
      [['Kraft AG', 'ORG'], ['Lemke', 'ORG'], ['Leipzig', 'GPE']],
      [{ text: '40 Mio. Euro', kind: 'money', value: 40e6, currency: 'EUR' }],
    );
    expect(pick(de, 'investment').map((e) => [e.actors, e.location])).toEqual([[['Kraft AG', 'Lemke'], 'Leipzig']]);
    const fr = build(
      "Renault construit avec Dacia une usine à Tanger. La coentreprise investira 40 millions d'euros.",
      'fra',
      [['Renault', 'ORG'], ['Dacia', 'ORG'], ['Tanger', 'GPE']],
      [{ text: "40 millions d'euros", kind: 'money', value: 40e6, currency: 'EUR' }],
    );
    expect(pick(fr, 'investment').map((e) => [e.actors, e.location])).toEqual([[['Renault', 'Dacia'], 'Tanger']]);
  });

  it('silent: a name right before the plant noun names the plant (`the Orion car plant`)', () => {
    const en = build('The Orion car plant in Gebze opened in 2019. The plant produced 900 cars in 2020.', 'eng', [['Orion', 'ORG'], ['Gebze', 'GPE']], [
      year(2019), { text: '900 cars', kind: 'count', value: 900, unit: 'car' }, year(2020),
    ]);
    expect(pick(en, 'production').map((e) => [e.actors, e.location])).toEqual([[['Orion'], 'Gebze']]);
  });
});

describe('events: the speaker over a relative clause or an apposition', () => {
  it('`X, who …, said`, `X, press secretary of Y, told` (en); `X, die …, sagte` (de)', () => {
    const en = build('Jane Smith, who toured the site, said that output would double.', 'eng', [['Jane Smith', 'PER']], []);
    expect(pick(en, 'statement').map((e) => e.actors)).toEqual([['Jane Smith']]);
    const aff = build('"Exports rose," Anna Lee, press secretary of Beta Holding, told reporters.', 'eng', [['Anna Lee', 'PER'], ['Beta Holding', 'ORG']], []);
    expect(pick(aff, 'statement').map((e) => e.actors)).toEqual([['Anna Lee', 'Beta Holding']]);
    const de = build('Anna Weber, die das Werk besichtigte, sagte, die Produktion werde steigen.', 'deu', [['Anna Weber', 'PER']], []);
    expect(pick(de, 'statement').map((e) => e.actors)).toEqual([['Anna Weber']]);
  });

  it('silent: an organisation before the relative clause makes no statement (a statement needs a person)', () => {
    const en = build('Acme Corp, which builds buses in Izmir, said it would hire staff.', 'eng', [['Acme Corp', 'ORG'], ['Izmir', 'GPE']], []);
    expect(pick(en, 'statement')).toEqual([]);
  });
});

describe('events: an appointment names the person, even as the speaker, and the organisation', () => {
  it('`said X, who was appointed its director` takes the salient organisation (en, de)', () => {
    const en = build(
      'Acme Motors produced 500 buses in 2025. Output will double, said John Brown, who was appointed its director in May.',
      'eng',
      [['Acme Motors', 'ORG'], ['John Brown', 'PER']],
      [{ text: '500 buses', kind: 'count', value: 500, unit: 'bus' }, year(2025)],
    );
    expect(pick(en, 'appointment').map((e) => e.actors)).toEqual([['John Brown', 'Acme Motors']]);
    const de = build(
      'Die Kraft AG fertigte 2025 rund 500 Busse. Die Produktion steigt, sagte Jan Berg, der im Mai zum Direktor ernannt wurde.',
      'deu',
      [['Kraft AG', 'ORG'], ['Jan Berg', 'PER']],
      [year(2025), { text: '500 Busse', kind: 'count', value: 500, unit: 'bus' }],
    );
    expect(pick(de, 'appointment').map((e) => e.actors)).toEqual([['Jan Berg', 'Kraft AG']]);
  });

  it('silent: an appointment that names its organisation takes no other', () => {
    const en = build('Beta Corp produced 500 buses in 2025. Acme Motors appointed John Brown as its director.', 'eng', [['Beta Corp', 'ORG'], ['Acme Motors', 'ORG'], ['John Brown', 'PER']], [
      { text: '500 buses', kind: 'count', value: 500, unit: 'bus' }, year(2025),
    ]);
    expect(pick(en, 'appointment').map((e) => e.actors)).toEqual([['Acme Motors', 'John Brown']]);
  });
});

describe("events: a speaker's own organisation is not what `the company` means", () => {
  it('the company is the one the facts are about (ru, en)', () => {
    const ru = build(
      'АО «Альфа» начнёт поставки в Казахстан, сообщила пресс-секретарь АО «Бета» Анна Иванова. По её словам, компания планирует экспортировать 5 000 автомобилей.',
      'rus',
      [['Альфа', 'ORG'], ['Казахстан', 'GPE'], ['Бета', 'ORG'], ['Анна Иванова', 'PER']],
      [{ text: '5 000 автомобилей', kind: 'count', value: 5000, unit: 'car' }],
    );
    expect(pick(ru, 'export').filter((e) => e.quantity !== null).map((e) => e.actors)).toEqual([['Альфа']]);
    const en = build(
      'Alpha Motors will start deliveries to Kazakhstan, said Anna Lee, press secretary of Beta Holding. The company plans to export 5,000 cars.',
      'eng',
      [['Alpha Motors', 'ORG'], ['Kazakhstan', 'GPE'], ['Anna Lee', 'PER'], ['Beta Holding', 'ORG']],
      [{ text: '5,000 cars', kind: 'count', value: 5000, unit: 'car' }],
    );
    expect(pick(en, 'export').filter((e) => e.quantity !== null).map((e) => e.actors)).toEqual([['Alpha Motors']]);
  });

  it('silent: an organisation that speaks for itself stays the antecedent', () => {
    const en = build('Beta Holding said on Monday that demand was strong. The company plans to export 5,000 cars.', 'eng', [['Beta Holding', 'ORG']], [
      { text: '5,000 cars', kind: 'count', value: 5000, unit: 'car' },
    ]);
    expect(pick(en, 'export').map((e) => e.actors)).toEqual([['Beta Holding']]);
  });
});

describe("events: a time in another fact's clause is that fact's", () => {
  it('ru `строится цех, который должен заработать в 2027 году`; en `work at the site, which was opened last year`', () => {
    const ru = build('В Казани строится новый цех, который должен заработать в 2027 году.', 'rus', [['Казани', 'GPE']], [
      { text: '2027 году', kind: 'year', value: 2027, date: '2027' },
    ]);
    expect(view(ru, extractEvents(ru)).map((e) => [e.type, e.time])).toEqual([['plant_construction', null], ['plant_launch', '2027']]);
    const en = build('Acme opened a plant in Izmir. About 900 people now work at the site, which was opened by the president last year.', 'eng', [['Acme', 'ORG'], ['Izmir', 'GPE']], [
      { text: '900 people', kind: 'count', value: 900, unit: 'person' },
    ], '2026-03-01');
    expect(pick(en, 'jobs').map((e) => [e.quantity, e.time])).toEqual([[900, null]]);
    expect(pick(en, 'plant_launch').map((e) => e.time)).toContain('2025');
  });

  it('silent: a year in the fact’s own clause stays, whatever else the sentence says', () => {
    const en = build('Construction of a new plant in Kazan began in 2025, the company said.', 'eng', [['Kazan', 'GPE']], [year(2025)]);
    expect(pick(en, 'plant_construction').map((e) => e.time)).toEqual(['2025']);
  });
});

describe("events: a weekday dates the trigger of its own clause", () => {
  it('`X, who visited the plant on Wednesday, said … in 2026` (en, de)', () => {
    const text = 'BAKU, Feb. 5, 2026. Acme opened a plant in Baku last year. Jane Smith, who visited the plant on Wednesday, said that the plant would reach 35 percent of exports in 2026.';
    const en = build(text, 'eng', [['BAKU', 'GPE'], ['Acme', 'ORG'], ['Baku', 'GPE'], ['Jane Smith', 'PER']], [
      { text: 'Feb. 5, 2026', kind: 'date', date: '2026-02-05' }, { text: '35 percent', kind: 'percent', value: 35 }, { ...year(2026), nth: 1 },
    ]);
    en.referenceDate = findReferenceDate(text, 'eng', null);
    expect(pick(en, 'visit').map((e) => [e.actors, e.time])).toEqual([[['Jane Smith'], '2026-02-04']]);
    expect(pick(en, 'statement').map((e) => e.time)).toEqual(['2026-02-04']);
    const de = 'BERLIN, 5. Februar 2026. Die Kraft AG eröffnete im Vorjahr ein Werk. Anna Weber, die das Werk am Mittwoch besuchte, sagte, der Export werde 2026 um 35 Prozent steigen.';
    const d = build(de, 'deu', [['BERLIN', 'GPE'], ['Kraft AG', 'ORG'], ['Anna Weber', 'PER']], [
      { text: '5. Februar 2026', kind: 'date', date: '2026-02-05' }, { ...year(2026), nth: 1 }, { text: '35 Prozent', kind: 'percent', value: 35 },
    ]);
    d.referenceDate = findReferenceDate(de, 'deu', null);
    expect(pick(d, 'visit').map((e) => [e.actors, e.time])).toEqual([[['Anna Weber'], '2026-02-04']]);
  });

  it('silent: a weekday beside the saying does not date the fact it reports', () => {
    const text = 'BAKU, Feb. 5, 2026. Jane Smith said on Wednesday that the plant opened in 2019.';
    const en = build(text, 'eng', [['BAKU', 'GPE'], ['Jane Smith', 'PER']], [{ text: 'Feb. 5, 2026', kind: 'date', date: '2026-02-05' }, year(2019)]);
    en.referenceDate = findReferenceDate(text, 'eng', null);
    expect(pick(en, 'plant_launch').map((e) => e.time)).toEqual(['2019']);
  });
});

describe('events: a statement that follows a dated saying of its speaker is made that day', () => {
  const said = (text: string, language: string, mentions: Array<[string, 'ORG' | 'PER' | 'GPE', number?]>, numbers: NumberSpec[]) => {
    const input = build(text, language, mentions, numbers);
    input.referenceDate = findReferenceDate(text, language, null);
    return pick(input, 'statement').map((e) => [e.actors, e.time]);
  };

  it('en, de: the organisation said on Thursday (no statement: it names no person); its spokeswoman, in the next sentence, on that day too', () => {
    const en = 'TASHKENT, Jan. 22, 2026. Acme built 5,000 cars in 2025, its parent Beta Group said on Thursday. "Exports grew," Anna Clark, spokeswoman of Beta Group, told reporters.';
    expect(said(en, 'eng', [['TASHKENT', 'GPE'], ['Acme', 'ORG'], ['Beta Group', 'ORG'], ['Anna Clark', 'PER'], ['Beta Group', 'ORG', 1]], [
      { text: 'Jan. 22, 2026', kind: 'date', date: '2026-01-22' }, { text: '5,000 cars', kind: 'count', value: 5000, unit: 'car' }, year(2025),
    ])).toEqual([[['Anna Clark', 'Beta Group'], '2026-01-22']]);
    const de = 'TASCHKENT, 22. Januar 2026. Acme baute 2025 insgesamt 5.000 Autos, wie die Muttergesellschaft Beta Group am Donnerstag mitteilte. „Die Exporte wuchsen“, sagte Anna Klein, Sprecherin der Beta Group, vor Journalisten.';
    expect(said(de, 'deu', [['TASCHKENT', 'GPE'], ['Acme', 'ORG'], ['Beta Group', 'ORG'], ['Anna Klein', 'PER'], ['Beta Group', 'ORG', 1]], [
      { text: '22. Januar 2026', kind: 'date', date: '2026-01-22' }, year(2025), { text: '5.000 Autos', kind: 'count', value: 5000, unit: 'car' },
    ]).at(-1)).toEqual([['Anna Klein', 'Beta Group'], '2026-01-22']);
  });

  it('silent: another speaker (en), or the dated saying two sentences before (en)', () => {
    const other = 'TASHKENT, Jan. 22, 2026. Acme built 5,000 cars in 2025, its parent Beta Group said on Thursday. "Exports grew," analyst Anna Clark said.';
    const numbers: NumberSpec[] = [{ text: 'Jan. 22, 2026', kind: 'date', date: '2026-01-22' }, { text: '5,000 cars', kind: 'count', value: 5000, unit: 'car' }, year(2025)];
    expect(said(other, 'eng', [['TASHKENT', 'GPE'], ['Acme', 'ORG'], ['Beta Group', 'ORG'], ['Anna Clark', 'PER']], numbers).at(-1)).toEqual([['Anna Clark'], null]);
    const later = 'TASHKENT, Jan. 22, 2026. Acme built 5,000 cars in 2025, its parent Beta Group said on Thursday. Demand was strong. "Exports grew," Anna Clark, spokeswoman of Beta Group, told reporters.';
    expect(said(later, 'eng', [['TASHKENT', 'GPE'], ['Acme', 'ORG'], ['Beta Group', 'ORG'], ['Anna Clark', 'PER'], ['Beta Group', 'ORG', 1]], numbers).at(-1)).toEqual([['Anna Clark', 'Beta Group'], null]);
  });
});

describe('events: the dateline’s date is the reference date, no time of the lead’s facts', () => {
  it('en `ASHGABAT, Oct. 20, 2026 — X has ordered 25 locomotives`, de `BAKU, 11. Juni 2026 – X hat … eröffnet`: no time; the lead statement keeps the dateline’s day', () => {
    const text = 'ASHGABAT, Oct. 20, 2026 — Turkmen Railways has ordered 25 locomotives from Acme for $110 million.';
    const en = build(text, 'eng', [['ASHGABAT', 'GPE'], ['Turkmen Railways', 'ORG'], ['Acme', 'ORG']], [
      { text: 'Oct. 20, 2026', kind: 'date', date: '2026-10-20' }, { text: '25 locomotives', kind: 'count', value: 25, unit: 'locomotive' }, { text: '$110 million', kind: 'money', value: 110e6, currency: 'USD' },
    ]);
    en.referenceDate = findReferenceDate(text, 'eng', null);
    expect(pick(en, 'agreement').map((e) => e.time)).toEqual([null]);
    const de = 'BAKU, 11. Juni 2026 – Die Kraft AG hat in Sumgait ein Werk eröffnet.';
    const d = build(de, 'deu', [['BAKU', 'GPE'], ['Kraft AG', 'ORG'], ['Sumgait', 'GPE']], [{ text: '11. Juni 2026', kind: 'date', date: '2026-06-11' }]);
    d.referenceDate = findReferenceDate(de, 'deu', null);
    expect(pick(d, 'plant_launch').map((e) => e.time)).toEqual([null]);
    const said = 'BAKU, Feb. 5, 2026 — Jane Smith, chair of Acme, said the plant would open in 2027.';
    const st = build(said, 'eng', [['BAKU', 'GPE'], ['Jane Smith', 'PER'], ['Acme', 'ORG']], [{ text: 'Feb. 5, 2026', kind: 'date', date: '2026-02-05' }, year(2027)]);
    st.referenceDate = findReferenceDate(said, 'eng', null);
    expect(pick(st, 'statement').map((e) => e.time)).toEqual(['2026-02-05']);
  });
});

describe('events: the dateline’s place is the desk that filed the report, no plant’s site', () => {
  it('ru `ТАШКЕНТ, 5 мая 2026 года. Завод «Хорезм Агромаш» … выпустил`: no site; en the same; a site the sentence names stays', () => {
    const ru = 'ТАШКЕНТ, 5 мая 2026 года. Завод «Хорезм Агромаш» в 2025 году выпустил 1 200 машин.';
    const r = build(ru, 'rus', [['ТАШКЕНТ', 'GPE'], ['Хорезм Агромаш', 'ORG']], [{ text: '5 мая 2026 года', kind: 'date', date: '2026-05-05' }, { text: '2025 году', kind: 'year', value: 2025, date: '2025' }, { text: '1 200 машин', kind: 'count', value: 1200, unit: 'car' }]);
    r.referenceDate = findReferenceDate(ru, 'rus', null);
    expect(pick(r, 'production').map((e) => [e.actors, e.location])).toEqual([[['Хорезм Агромаш'], null]]);
    const en = 'TASHKENT, May 5, 2026 — The Khorezm Agromash plant produced 1,200 cotton harvesters in 2025.';
    const e = build(en, 'eng', [['TASHKENT', 'GPE'], ['Khorezm Agromash', 'ORG']], [{ text: 'May 5, 2026', kind: 'date', date: '2026-05-05' }, { text: '1,200 cotton harvesters', kind: 'count', value: 1200, unit: 'cotton_harvester' }, year(2025)]);
    e.referenceDate = findReferenceDate(en, 'eng', null);
    expect(pick(e, 'production').map((x) => x.location)).toEqual([null]);
    const site = 'TASHKENT, May 5, 2026 — The Khorezm Agromash plant in Urgench produced 1,200 cotton harvesters in 2025.';
    const s2 = build(site, 'eng', [['TASHKENT', 'GPE'], ['Khorezm Agromash', 'ORG'], ['Urgench', 'GPE']], [{ text: 'May 5, 2026', kind: 'date', date: '2026-05-05' }, { text: '1,200 cotton harvesters', kind: 'count', value: 1200, unit: 'cotton_harvester' }, year(2025)]);
    s2.referenceDate = findReferenceDate(site, 'eng', null);
    expect(pick(s2, 'production').map((x) => x.location)).toEqual(['Urgench']);
  });

  it('a lead that reports an occasion the reporter attended places its plant at the dateline (`HAJIGABUL, … said during the groundbreaking ceremony`)', () => {
    const text = 'HAJIGABUL, Azerbaijan, May 1, 2023. The joint venture of Azerbaijan and Uzbekistan will produce 30,000 cars a year, Sahib Mammadov said during the groundbreaking ceremony.';
    const en = build(text, 'eng', [['HAJIGABUL', 'GPE'], ['Azerbaijan', 'GPE', 1], ['Uzbekistan', 'GPE'], ['Sahib Mammadov', 'PER']], [
      { text: 'May 1, 2023', kind: 'date', date: '2023-05-01' }, { text: '30,000 cars a year', kind: 'rate', value: 30000, unit: 'car' },
    ]);
    en.referenceDate = findReferenceDate(text, 'eng', null);
    expect(pick(en, 'production_target').map((e) => e.location)).toEqual(['HAJIGABUL']);
  });
});

describe('events: the plant a visit names as its object is its site', () => {
  it('`visited the plant`, `besichtigte das Werk` (en, de)', () => {
    const en = build('Acme opened a plant in Chennai in 2024. Minister Raj Kumar visited the plant on Monday.', 'eng', [['Acme', 'ORG'], ['Chennai', 'GPE'], ['Raj Kumar', 'PER']], [year(2024)]);
    expect(pick(en, 'visit').map((e) => [e.actors, e.location])).toEqual([[['Raj Kumar'], 'Chennai']]);
    const de = build('Die Kraft AG eröffnete 2024 ein Werk in Leipzig. Minister Jan Berg besuchte das Werk am Montag.', 'deu', [['Kraft AG', 'ORG'], ['Leipzig', 'GPE'], ['Jan Berg', 'PER']], [year(2024)]);
    expect(pick(de, 'visit').map((e) => [e.actors, e.location])).toEqual([[['Jan Berg'], 'Leipzig']]);
  });

  it('silent: a place visited wins over a plant praised later', () => {
    const en = build('Acme opened a plant in Chennai in 2024. Minister Raj Kumar visited Mumbai and praised the plant.', 'eng', [['Acme', 'ORG'], ['Chennai', 'GPE'], ['Raj Kumar', 'PER'], ['Mumbai', 'GPE']], [year(2024)]);
    expect(pick(en, 'visit').map((e) => e.location)).toEqual(['Mumbai']);
  });
});

describe('events: an organisation’s investments and workforce are where it produces', () => {
  it('`X builds engines in Izmir. The company will invest …` (en, de)', () => {
    const en = build('Beta Motors builds engines in Izmir. The company will invest $50 million in a new line.', 'eng', [['Beta Motors', 'ORG'], ['Izmir', 'GPE']], [
      { text: '$50 million', kind: 'money', value: 50e6, currency: 'USD' },
    ]);
    expect(pick(en, 'investment').map((e) => [e.actors, e.location])).toEqual([[['Beta Motors'], 'Izmir']]);
    const de = build('Die Kraft AG fertigt in Leipzig Motoren. Das Unternehmen investiert 50 Mio. Euro.', 'deu', [['Kraft AG', 'ORG'], ['Leipzig', 'GPE']], [
      { text: '50 Mio. Euro', kind: 'money', value: 50e6, currency: 'EUR' },
    ]);
    expect(pick(de, 'investment').map((e) => [e.actors, e.location])).toEqual([[['Kraft AG'], 'Leipzig']]);
  });

  it('silent: an export is not sited at the factory (its place is the country it leaves)', () => {
    const en = build('Beta Motors builds engines in Izmir. The company exported 400 engines to Georgia.', 'eng', [['Beta Motors', 'ORG'], ['Izmir', 'GPE'], ['Georgia', 'GPE']], [
      { text: '400 engines', kind: 'count', value: 400, unit: 'engine' },
    ]);
    expect(pick(en, 'export').map((e) => e.location)).toEqual([null]);
  });
});

describe('events: `is due to` plans (en pack data)', () => {
  it('`is due to produce` is a target; `due to the` is a cause', () => {
    const plan = build('The plant in Karaganda is due to produce 5,000 cars in 2027.', 'eng', [['Karaganda', 'GPE']], [{ text: '5,000 cars', kind: 'count', value: 5000, unit: 'car' }, year(2027)]);
    expect(view(plan, extractEvents(plan)).map((e) => [e.type, e.modality])).toEqual([['production_target', 'planned']]);
    const cause = build('Due to the strong demand, the plant produced 5,000 cars in 2025.', 'eng', [], [{ text: '5,000 cars', kind: 'count', value: 5000, unit: 'car' }, year(2025)]);
    expect(view(cause, extractEvents(cause)).map((e) => [e.type, e.modality])).toEqual([['production', 'actual']]);
  });
});

describe('events: a bare count after a partitive counts what the figure before it counts', () => {
  it('ru `3 200 автобусов, из которых 1 100 будут отправлены в Казахстан`; en `of which`', () => {
    const ru = build('Завод «Альфа» планирует произвести 3 200 автобусов, из которых 1 100 будут отправлены в Казахстан.', 'rus', [['Альфа', 'ORG'], ['Казахстан', 'GPE']], [
      { text: '3 200 автобусов', kind: 'count', value: 3200, unit: 'bus' }, { text: '1 100', kind: 'count', value: 1100 },
    ]);
    expect(view(ru, extractEvents(ru)).map((e) => [e.type, e.quantity, e.unit])).toEqual([['production_target', 3200, 'bus'], ['export', 1100, 'bus']]);
    const en = build('Acme will build 900 trams, of which 300 will be shipped to Georgia.', 'eng', [['Acme', 'ORG'], ['Georgia', 'GPE']], [
      { text: '900 trams', kind: 'count', value: 900, unit: 'tram' }, { text: '300', kind: 'count', value: 300 },
    ]);
    expect(pick(en, 'export').map((e) => [e.quantity, e.unit])).toEqual([[300, 'tram']]);
  });

  it('silent: a partitive after a sum of money gives a count no unit', () => {
    const de = build('Die Kraft AG nahm 900 Mio. Euro ein, davon 300 aus Georgien.', 'deu', [['Kraft AG', 'ORG'], ['Georgien', 'GPE']], [
      { text: '900 Mio. Euro', kind: 'money', value: 9e8, currency: 'EUR' }, { text: '300', kind: 'count', value: 300 },
    ]);
    expect(view(de, extractEvents(de)).filter((e) => e.quantity === 300).map((e) => e.unit)).not.toContain('EUR');
    expect(view(de, extractEvents(de)).every((e) => e.unit === null)).toBe(true);
  });
});

describe('events: an order or a contract counts the goods it is for', () => {
  it("fr `un contrat portant sur la livraison de 120 locomotives … pour 1,5 milliard d'euros`; en `ordered 40 wagons`", () => {
    const fr = build(
      "Alstom a signé avec KTZ un contrat portant sur la livraison de 120 locomotives, pour un montant de 1,5 milliard d'euros.",
      'fra',
      [['Alstom', 'ORG'], ['KTZ', 'ORG']],
      [{ text: '120 locomotives', kind: 'count', value: 120, unit: 'locomotive' }, { text: "1,5 milliard d'euros", kind: 'money', value: 1.5e9, currency: 'EUR' }],
    );
    expect(pick(fr, 'agreement').map((e) => [e.quantity, e.unit, e.money])).toEqual([[120, 'locomotive', { value: 1.5e9, currency: 'EUR' }]]);
    const en = build('Caspian Rail ordered 40 wagons for 7.2 million euros.', 'eng', [['Caspian Rail', 'ORG']], [
      { text: '40 wagons', kind: 'count', value: 40, unit: 'wagon' }, { text: '7.2 million euros', kind: 'money', value: 7.2e6, currency: 'EUR' },
    ]);
    expect(pick(en, 'agreement').map((e) => [e.quantity, e.unit])).toEqual([[40, 'wagon']]);
  });

  it('silent: people counted beside an agreement are no goods', () => {
    const en = build('The deal also covers training for 120 technicians.', 'eng', [], [{ text: '120 technicians', kind: 'count', value: 120, unit: 'technician' }]);
    expect(pick(en, 'agreement').map((e) => e.quantity)).toEqual([null]);
  });
});

describe('events: `according to X, its exports`: the source owns what its possessive names', () => {
  it('fr `… : selon X, ses exportations`; en `according to X, its exports`', () => {
    const fr = build(
      'Le Kazakhstan sert de débouché : selon Alpha Motors, ses exportations ont atteint 12 000 véhicules.',
      'fra',
      [['Kazakhstan', 'GPE'], ['Alpha Motors', 'ORG']],
      [{ text: '12 000 véhicules', kind: 'count', value: 12000, unit: 'car' }],
    );
    expect(pick(fr, 'export').map((e) => e.actors)).toEqual([['Alpha Motors']]);
    const en = build('According to Alpha Motors, its exports reached 12,000 vehicles.', 'eng', [['Alpha Motors', 'ORG']], [
      { text: '12,000 vehicles', kind: 'count', value: 12000, unit: 'car' },
    ]);
    expect(pick(en, 'export').map((e) => e.actors)).toEqual([['Alpha Motors']]);
  });

  it('silent: the subject that opens the sentence stays the agent over a comma', () => {
    const en = build('Alpha Motors, the largest carmaker, exported 12,000 vehicles.', 'eng', [['Alpha Motors', 'ORG']], [
      { text: '12,000 vehicles', kind: 'count', value: 12000, unit: 'car' },
    ]);
    expect(pick(en, 'export').map((e) => e.actors)).toEqual([['Alpha Motors']]);
  });
});

describe('events: a plant named in parentheses after its noun is that plant', () => {
  it('ru `автомобильный завод (СамАвто)` opens its own frame, not the plant named before', () => {
    const ru = build(
      'АО «Альфа» собирает машины на заводе в Асаке. Самаркандский автомобильный завод (Бета) в 2026 году планирует произвести 3 200 автобусов.',
      'rus',
      [['Альфа', 'ORG'], ['Асаке', 'GPE'], ['Бета', 'ORG']],
      [{ text: '2026 году', kind: 'year', value: 2026, date: '2026' }, { text: '3 200 автобусов', kind: 'count', value: 3200, unit: 'bus' }],
    );
    expect(pick(ru, 'production_target').map((e) => [e.actors, e.location])).toEqual([[['Бета'], null]]);
  });
});

describe('events: an agreement without parties, price or goods is between the countries named together last', () => {
  it('en `Agreements were reached …`; de `Ein Abkommen wurde unterzeichnet.`', () => {
    const en = build('Kazakhstan and Uzbekistan plan to build buses. Agreements were reached to create new models.', 'eng', [['Kazakhstan', 'GPE'], ['Uzbekistan', 'GPE']], []);
    expect(pick(en, 'agreement').map((e) => e.actors)).toEqual([['Kazakhstan', 'Uzbekistan']]);
    const de = build('Georgien und Armenien wollen enger zusammenarbeiten. Ein Abkommen über die Industrie wurde unterzeichnet.', 'deu', [['Georgien', 'GPE'], ['Armenien', 'GPE']], []);
    expect(pick(de, 'agreement').map((e) => e.actors)).toEqual([['Georgien', 'Armenien']]);
  });

  it('silent: an order with a price is no agreement between those countries', () => {
    const en = build('Kazakhstan and Uzbekistan plan to build buses. A contract worth $40 million was signed.', 'eng', [['Kazakhstan', 'GPE'], ['Uzbekistan', 'GPE']], [
      { text: '$40 million', kind: 'money', value: 4e7, currency: 'USD' },
    ]);
    expect(pick(en, 'agreement').map((e) => e.actors)).toEqual([[]]);
  });
});

describe('events: the product as the language names it, counted by its own figure', () => {
  it('de `1.200 Mähdrescher und 800 Traktoren`: each figure its own product; ru `3 200 автобусов` over a brand', () => {
    const de = build('Ab 2028 sollen in Leipzig jährlich 1.200 Mähdrescher und 800 Traktoren vom Band laufen.', 'deu', [['Leipzig', 'GPE']], [
      { text: '2028', kind: 'year', value: 2028, date: '2028' },
      { text: '1.200 Mähdrescher', kind: 'count', value: 1200, unit: 'combine' },
      { text: '800 Traktoren', kind: 'count', value: 800, unit: 'tractor' },
    ]);
    expect(view(de, extractEvents(de)).map((e) => [e.product, e.quantity, e.unit])).toEqual([['Mähdrescher', 1200, 'combine'], ['Traktoren', 800, 'tractor']]);
    const ru = build('Завод «Альфа», выпускающий грузовики Isuzu, планирует произвести 3 200 автобусов.', 'rus', [['Альфа', 'ORG'], ['Isuzu', 'ORG']], [
      { text: '3 200 автобусов', kind: 'count', value: 3200, unit: 'bus' },
    ]);
    expect(pick(ru, 'production_target').map((e) => [e.product, e.quantity])).toEqual([['автобусы', 3200]]);
  });

  it('silent: every word for cars reads `cars`, and a brand counted in cars stays the product', () => {
    const de = build('Die Kraft AG fertigte 2025 rund 5.000 Fahrzeuge.', 'deu', [['Kraft AG', 'ORG']], [year(2025), { text: '5.000 Fahrzeuge', kind: 'count', value: 5000, unit: 'car' }]);
    expect(view(de, extractEvents(de)).map((e) => e.product)).toEqual(['cars']);
    const en = build('About 3,100 units of Orlan cars were produced in Tbilisi in 2024.', 'eng', [['Orlan', 'ORG'], ['Tbilisi', 'GPE']], [
      { text: '3,100 units', kind: 'count', value: 3100, unit: 'car' }, year(2024),
    ]);
    expect(view(en, extractEvents(en)).map((e) => e.product)).toEqual(['Orlan']);
  });
});

describe("events: an export or a sale without a site is in its organisation's country; the attribution's place is the saying's", () => {
  it("en `Uzbekistan's Alpha Motors …` then `\"Exports reached …,\" X told reporters in Izmir`", () => {
    const en = build(
      'Uzbekistan\'s Alpha Motors produced 9,000 cars in 2025. "Exports reached 5,000 cars," Anna Lee, press secretary of Beta Holding, told reporters in Izmir.',
      'eng',
      [['Uzbekistan', 'GPE'], ['Alpha Motors', 'ORG'], ['Anna Lee', 'PER'], ['Beta Holding', 'ORG'], ['Izmir', 'GPE']],
      [{ text: '9,000 cars', kind: 'count', value: 9000, unit: 'car' }, year(2025), { text: '5,000 cars', kind: 'count', value: 5000, unit: 'car' }],
    );
    expect(pick(en, 'export').map((e) => [e.actors, e.location])).toEqual([[['Alpha Motors'], 'Uzbekistan']]);
    expect(pick(en, 'statement').map((e) => [e.actors, e.location])).toEqual([[['Anna Lee', 'Beta Holding'], 'Izmir']]);
  });

  it('silent: ru names no country of the company; a site named in the fact’s own clause stays', () => {
    const ru = build('АО «Альфа» в 2025 году экспортировало 5 000 автомобилей.', 'rus', [['Альфа', 'ORG']], [
      { text: '2025 году', kind: 'year', value: 2025, date: '2025' }, { text: '5 000 автомобилей', kind: 'count', value: 5000, unit: 'car' },
    ]);
    expect(pick(ru, 'export').map((e) => e.location)).toEqual([null]);
    const en = build("Uzbekistan's Alpha Motors exported 5,000 cars from Asaka.", 'eng', [['Uzbekistan', 'GPE'], ['Alpha Motors', 'ORG'], ['Asaka', 'GPE']], [
      { text: '5,000 cars', kind: 'count', value: 5000, unit: 'car' },
    ]);
    expect(pick(en, 'export').map((e) => e.location)).toEqual(['Asaka']);
  });
});

describe('events: models named in a figure are made too, one event each', () => {
  it('en `900 Kia Rio and Kia Ceed cars`; de `900 Kia Rio und Kia Ceed`', () => {
    const en = build('Alpha Motors produced 900 Kia Rio and Kia Ceed cars in 2025.', 'eng', [['Alpha Motors', 'ORG'], ['Kia Rio', 'PRODUCT'], ['Kia Ceed', 'PRODUCT']], [
      { text: '900', kind: 'count', value: 900 }, year(2025),
    ]);
    expect(view(en, extractEvents(en)).map((e) => [e.type, e.product, e.quantity])).toEqual([['production', 'cars', 900], ['production', 'Kia Rio', null], ['production', 'Kia Ceed', null]]);
    const de = build('Die Alpha AG fertigte 2025 genau 900 Kia Rio und Kia Ceed.', 'deu', [['Alpha AG', 'ORG'], ['Kia Rio', 'PRODUCT'], ['Kia Ceed', 'PRODUCT']], [
      year(2025), { text: '900', kind: 'count', value: 900 },
    ]);
    expect(view(de, extractEvents(de)).map((e) => [e.product, e.quantity])).toEqual([[null, 900], ['Kia Rio', null], ['Kia Ceed', null]]);
  });

  it('silent: models given as examples after the figure add no events', () => {
    const en = build('Alpha Motors will produce 6,000 cars, such as the Kia Rio and Kia Ceed.', 'eng', [['Alpha Motors', 'ORG'], ['Kia Rio', 'PRODUCT'], ['Kia Ceed', 'PRODUCT']], [
      { text: '6,000 cars', kind: 'count', value: 6000, unit: 'car' },
    ]);
    expect(view(en, extractEvents(en)).map((e) => [e.product, e.quantity])).toEqual([['cars', 6000]]);
  });
});

describe('events: a range counts up to its upper bound', () => {
  const ranged = (input: ReturnType<typeof build>, low: number, high: number | null) => {
    input.numbers[0] = { ...input.numbers[0]!, value: null, range: [low, high] };
    return input;
  };
  it("fr `portera sa capacité de 40 à 60 locomotives par an`; de `von 40 auf 60 Lokomotiven pro Jahr`", () => {
    const fr = ranged(build('Le site portera sa capacité de 40 à 60 locomotives par an.', 'fra', [], [{ text: '40 à 60 locomotives par an', kind: 'rate', unit: 'locomotive' }]), 40, 60);
    expect(view(fr, extractEvents(fr)).map((e) => [e.type, e.quantity, e.unit])).toEqual([['production_target', 60, 'locomotive']]);
    const de = ranged(build('Das Werk soll seine Kapazität von 40 auf 60 Lokomotiven pro Jahr erhöhen.', 'deu', [], [{ text: '40 auf 60 Lokomotiven pro Jahr', kind: 'rate', unit: 'locomotive' }]), 40, 60);
    expect(view(de, extractEvents(de)).map((e) => [e.type, e.quantity, e.unit])).toEqual([['production_target', 60, 'locomotive']]);
  });

  it('silent: a range open above gives no quantity', () => {
    const en = ranged(build('The plant has a capacity of over 40 locomotives a year.', 'eng', [], [{ text: '40 locomotives a year', kind: 'rate', unit: 'locomotive' }]), 40, null);
    expect(view(en, extractEvents(en)).map((e) => e.quantity)).toEqual([]);
  });
});

describe("events: `his company` is the company of the person the clause is about", () => {
  it('en `X, chief executive of Y … X said his company had ordered`; de `ihre Firma`', () => {
    const en = build(
      'Elchin Aliyev, chief executive of the forwarder Caspian Rail, spoke in Baku. Aliyev said his company had ordered 40 wagons for 7.2 million euros.',
      'eng',
      [['Elchin Aliyev', 'PER'], ['Caspian Rail', 'ORG'], ['Baku', 'GPE'], ['Aliyev', 'PER', 1]],
      [{ text: '40 wagons', kind: 'count', value: 40, unit: 'wagon' }, { text: '7.2 million euros', kind: 'money', value: 7.2e6, currency: 'EUR' }],
    );
    expect(pick(en, 'agreement').map((e) => e.actors)).toEqual([['Caspian Rail']]);
    const de = build(
      'Anna Weber, Chefin der Kraft AG, sprach in Leipzig. Weber sagte, ihre Firma habe 40 Waggons für 7,2 Millionen Euro bestellt.',
      'deu',
      [['Anna Weber', 'PER'], ['Kraft AG', 'ORG'], ['Leipzig', 'GPE'], ['Weber', 'PER', 1]],
      [{ text: '40 Waggons', kind: 'count', value: 40, unit: 'wagon' }, { text: '7,2 Millionen Euro', kind: 'money', value: 7.2e6, currency: 'EUR' }],
    );
    expect(pick(de, 'agreement').map((e) => e.actors)).toEqual([['Kraft AG']]);
  });

  it('silent: no post named for the person, no company for them', () => {
    const en = build('Beta Motors opened a plant in Baku. Aliyev said his company had ordered 40 wagons for 7.2 million euros.', 'eng', [['Beta Motors', 'ORG'], ['Baku', 'GPE'], ['Aliyev', 'PER']], [
      { text: '40 wagons', kind: 'count', value: 40, unit: 'wagon' }, { text: '7.2 million euros', kind: 'money', value: 7.2e6, currency: 'EUR' },
    ]);
    // the rule stays silent: the salient organisation, as for any fact without an agent
    expect(pick(en, 'agreement').map((e) => e.actors)).toEqual([['Beta Motors']]);
  });
});

describe('events: a fact introduced by `during` happens when the fact it modifies does', () => {
  it('en `opened on March 29, 2018, during a visit of …`; ru `во время визита`', () => {
    const en = build('The Orion plant opened on March 29, 2018, during a two-day visit of President Jane Smith.', 'eng', [['Orion', 'ORG'], ['Jane Smith', 'PER']], [
      { text: 'March 29, 2018', kind: 'date', date: '2018-03-29' },
    ]);
    expect(pick(en, 'visit').map((e) => [e.actors, e.time])).toEqual([[['Jane Smith'], '2018-03-29']]);
    const ru = build('Завод «Орион» открылся 29 марта 2018 года во время визита президента Ивана Петрова.', 'rus', [['Орион', 'ORG'], ['Ивана Петрова', 'PER']], [
      { text: '29 марта 2018 года', kind: 'date', date: '2018-03-29' },
    ]);
    expect(pick(ru, 'visit').map((e) => e.time)).toEqual(['2018-03-29']);
  });

  it('silent: a visit not introduced by `during` keeps no time of another fact', () => {
    const en = build('The Orion plant opened on March 29, 2018, and President Jane Smith will visit it.', 'eng', [['Orion', 'ORG'], ['Jane Smith', 'PER']], [
      { text: 'March 29, 2018', kind: 'date', date: '2018-03-29' },
    ]);
    expect(pick(en, 'visit').map((e) => e.time)).toEqual([null]);
  });
});

describe('events: construction as the subject of a start verb is the building of the plant the article is about', () => {
  it('de `Der Bau beginnt im zweiten Quartal.`; en `Construction will begin in 2027.`', () => {
    const de = build('Die Kraft AG baut ein Werk in Leipzig. Der Bau beginnt im zweiten Quartal.', 'deu', [['Kraft AG', 'ORG'], ['Leipzig', 'GPE']], [
      { text: 'zweiten Quartal', kind: 'date', date: '2026-04/2026-06' },
    ]);
    // (the building and the dated start of the works are two facts, as in the articles' gold: 102 `baut … ein Werk`
    // and `Die Bauarbeiten beginnen im zweiten Quartal` are two plant_construction events)
    expect(pick(de, 'plant_construction').map((e) => [e.actors, e.location, e.time])).toEqual([[['Kraft AG'], 'Leipzig', null], [['Kraft AG'], 'Leipzig', '2026-04/2026-06']]);
    const en = build('Beta Motors will build a plant in Izmir. Construction will begin in 2027.', 'eng', [['Beta Motors', 'ORG'], ['Izmir', 'GPE']], [year(2027)]);
    expect(pick(en, 'plant_construction').map((e) => [e.actors, e.location, e.time])).toEqual([[['Beta Motors'], 'Izmir', null], [['Beta Motors'], 'Izmir', '2027']]);
  });

  it('silent: construction without a start verb or a plant is no event', () => {
    const en = build('Construction costs rose by 5 percent in 2025.', 'eng', [], [year(2025), { text: '5 percent', kind: 'percent', value: 5 }]);
    expect(pick(en, 'plant_construction')).toEqual([]);
  });
});

describe('events: a title as the speaker stands for the person named last with it', () => {
  it('en `Minister Jane Smith … The minister said`; de `Staatssekretärin Anna Weber … Die Staatssekretärin, die …, sprach`', () => {
    const en = build('Minister Jane Smith opened the fair in Baku. The minister said that output would double.', 'eng', [['Jane Smith', 'PER'], ['Baku', 'GPE']], []);
    expect(pick(en, 'statement').map((e) => e.actors)).toEqual([['Jane Smith']]);
    const de = build(
      'Staatssekretärin Anna Weber nahm an der Zeremonie teil. Die Staatssekretärin, die aus Berlin kam, sprach von einem wichtigen Signal.',
      'deu',
      [['Anna Weber', 'PER'], ['Berlin', 'GPE']],
      [],
    );
    expect(pick(de, 'statement').map((e) => e.actors)).toEqual([['Anna Weber']]);
  });

  it('silent: a title nobody was named with makes no statement; a quoted place is not where it was said', () => {
    const en = build('Jane Smith opened the fair. The minister said that output would double.', 'eng', [['Jane Smith', 'PER']], []);
    expect(pick(en, 'statement')).toEqual([]);
    const quoted = build('"Sales in Georgia will double," Jane Smith said.', 'eng', [['Georgia', 'GPE'], ['Jane Smith', 'PER']], []);
    expect(pick(quoted, 'statement').map((e) => [e.actors, e.location])).toEqual([[['Jane Smith'], null]]);
  });
});

describe('events: the place of a group of people places them, not the fact', () => {
  it('en `Officials in Kashkadarya expect the site to employ …`; de `Beamte in Sachsen erwarten, dass das Werk … beschäftigt`', () => {
    const en = build('Beta Motors is building a plant in Karshi. Officials in Kashkadarya expect the site to employ 1,500 people.', 'eng', [['Beta Motors', 'ORG'], ['Karshi', 'GPE'], ['Kashkadarya', 'GPE']], [
      { text: '1,500 people', kind: 'count', value: 1500, unit: 'person' },
    ]);
    expect(pick(en, 'jobs').map((e) => e.location)).toEqual(['Karshi']);
    const de = build('Die Kraft AG baut ein Werk in Zwickau. Beamte in Sachsen erwarten, dass das Werk 900 Mitarbeiter beschäftigt.', 'deu', [['Kraft AG', 'ORG'], ['Zwickau', 'GPE'], ['Sachsen', 'GPE']], [
      { text: '900 Mitarbeiter', kind: 'count', value: 900, unit: 'person' },
    ]);
    expect(pick(de, 'jobs').map((e) => e.location)).toEqual(['Zwickau']);
  });

  it('silent: a place after the fact itself stays its site', () => {
    const en = build('Beta Motors is building a plant in Karshi. About 1,500 people will work in Kashkadarya.', 'eng', [['Beta Motors', 'ORG'], ['Karshi', 'GPE'], ['Kashkadarya', 'GPE']], [
      { text: '1,500 people', kind: 'count', value: 1500, unit: 'person' },
    ]);
    expect(pick(en, 'jobs').map((e) => e.location)).toEqual(['Kashkadarya']);
  });
});

describe('events: the owner of the plant a fact happens at takes part in it', () => {
  it('en `Georgia plans to launch production … at the Alpha plant`; de `im Alpha-Werk`', () => {
    const en = build('Georgia plans to launch production of the Kia Rio at the Alpha plant in 2027.', 'eng', [['Georgia', 'GPE'], ['Kia Rio', 'PRODUCT'], ['Alpha', 'ORG']], [year(2027)]);
    expect(pick(en, 'plant_launch').map((e) => e.actors)).toEqual([['Georgia', 'Alpha']]);
    const de = build('Georgien will die Produktion des Kia Rio 2027 im Alpha-Werk starten.', 'deu', [['Georgien', 'GPE'], ['Alpha', 'ORG'], ['Kia Rio', 'PRODUCT']], [year(2027)]);
    expect(pick(de, 'plant_launch').map((e) => e.actors)).toEqual([['Georgien', 'Alpha']]);
  });

  it('silent: a plant without a named owner adds no one', () => {
    const en = build('Georgia plans to launch production of the Kia Rio at the new plant in 2027.', 'eng', [['Georgia', 'GPE'], ['Kia Rio', 'PRODUCT']], [year(2027)]);
    expect(pick(en, 'plant_launch').map((e) => e.actors)).toEqual([['Georgia']]);
  });
});

describe('events: the people who sign an agreement are parties to it', () => {
  it('en `a memorandum between X and Y was signed by P and Q`; de `wurde von P und Q unterzeichnet`', () => {
    const en = build('A memorandum between Alpha Motors and Beta Holding was signed by the chairman of the supervisory board Jane Smith and the deputy chairman John Brown.', 'eng', [
      ['Alpha Motors', 'ORG'], ['Beta Holding', 'ORG'], ['Jane Smith', 'PER'], ['John Brown', 'PER'],
    ], []);
    expect(pick(en, 'agreement').map((e) => e.actors)).toEqual([['Alpha Motors', 'Beta Holding', 'Jane Smith', 'John Brown']]);
    const de = build('Ein Abkommen zwischen der Alpha AG und der Beta GmbH wurde vom Vorsitzenden des Aufsichtsrats Anna Weber und dem Vizechef Jan Berg unterzeichnet.', 'deu', [
      ['Alpha AG', 'ORG'], ['Beta GmbH', 'ORG'], ['Anna Weber', 'PER'], ['Jan Berg', 'PER'],
    ], []);
    expect(pick(de, 'agreement').map((e) => e.actors)).toEqual([['Alpha AG', 'Beta GmbH', 'Anna Weber', 'Jan Berg']]);
  });

  it('silent: a person who reports the agreement signs nothing', () => {
    const en = build('Alpha Motors and Beta Holding signed an agreement, Jane Smith said.', 'eng', [['Alpha Motors', 'ORG'], ['Beta Holding', 'ORG'], ['Jane Smith', 'PER']], []);
    expect(pick(en, 'agreement').map((e) => e.actors)).toEqual([['Alpha Motors', 'Beta Holding']]);
  });
});

describe('events: a German place noun ending a compound governs the name after it', () => {
  it('`hat in der Industriezone Sumgait eine Fabrik eröffnet`, `in der Hafenstadt Poti`: the place is the site, not the agent', () => {
    const de = build('Der Maschinenbauer Azermash hat in der Industriezone Sumgait eine neue Fabrik eröffnet.', 'deu', [['Azermash', 'ORG'], ['Sumgait', 'GPE']], []);
    expect(pick(de, 'plant_launch').map((e) => [e.actors, e.location])).toEqual([[['Azermash'], 'Sumgait']]);
    const port = build('Die Kraft AG hat in der Hafenstadt Poti ein Werk eröffnet.', 'deu', [['Kraft AG', 'ORG'], ['Poti', 'GPE']], []);
    expect(pick(port, 'plant_launch').map((e) => [e.actors, e.location])).toEqual([[['Kraft AG'], 'Poti']]);
  });

  it('silent: a country acting as the subject stays the agent (de `Usbekistan wird … produzieren`)', () => {
    const de = build('Usbekistan wird bis 2030 eine Million Autos produzieren.', 'deu', [['Usbekistan', 'GPE']], [year(2030), { text: 'eine Million Autos', kind: 'count', value: 1e6, unit: 'car' }]);
    expect(pick(de, 'production_target').map((e) => [e.actors, e.location])).toEqual([[['Usbekistan'], 'Usbekistan']]);
  });
});
