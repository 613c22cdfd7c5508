/** The discourse step: arguments from other sentences only through an explicit cue (pipeline/events/discourse.ts). */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import type { EntityType } from '../../../pipeline/types.js';
import { build, view, type NumberSpec } from './build.js';

type M = Array<[string, EntityType, number?]>;
const year = (y: number, nth = 0): NumberSpec => ({ text: String(y), kind: 'year', value: y, date: String(y), nth });
const cars = (text: string, value: number): NumberSpec => ({ text, kind: 'count', value, unit: 'car' });
const jobs = (text: string, value: number): NumberSpec => ({ text, kind: 'count', value, unit: 'job' });

/** [type, actors, location, time] of each event. */
function run(text: string, language: string, mentions: M, numbers: NumberSpec[] = [], publishedAt: string | null = null) {
  const input = build(text, language, mentions, numbers, publishedAt);
  return view(input, extractEvents(input)).map((e) => [e.type, e.actors, e.location, e.time]);
}

describe('events discourse: plant anaphors take the plant’s owner and site', () => {
  it('en, de, ru, fr', () => {
    expect(run('Hyundai opened a plant in Chennai. The plant produced 5,000 cars in 2019.', 'eng', [['Hyundai', 'ORG'], ['Chennai', 'GPE']], [cars('5,000 cars', 5000), year(2019)])).toEqual([
      ['plant_launch', ['Hyundai'], 'Chennai', null],
      ['production', ['Hyundai'], 'Chennai', '2019'],
    ]);
    expect(run('Skoda eröffnete ein Werk in Pune. Das Werk produzierte 2019 rund 5.000 Autos.', 'deu', [['Skoda', 'ORG'], ['Pune', 'GPE']], [year(2019), cars('5.000 Autos', 5000)])).toEqual([
      ['plant_launch', ['Skoda'], 'Pune', null],
      ['production', ['Skoda'], 'Pune', '2019'],
    ]);
    expect(run('Hyundai построила завод в Казани. Завод произвел 5000 машин в 2019 году.', 'rus', [['Hyundai', 'ORG'], ['Казани', 'GPE']], [cars('5000 машин', 5000), year(2019)])).toEqual([
      ['plant_construction', ['Hyundai'], 'Казани', null],
      ['production', ['Hyundai'], 'Казани', '2019'],
    ]);
    expect(run("Renault a construit une usine à Tanger. L'usine a produit 5 000 voitures en 2019.", 'fra', [['Renault', 'ORG'], ['Tanger', 'GPE']], [cars('5 000 voitures', 5000), year(2019)])).toEqual([
      ['plant_construction', ['Renault'], 'Tanger', null],
      ['production', ['Renault'], 'Tanger', '2019'],
    ]);
  });

  it('ru: owners after the plant noun in the genitive, each with its own link, and the site after them', () => {
    const text = 'Совместный завод ОАО «Азермаш» и узбекской компании UzAuto Motors в Гаджикабуле перешёл к производству полного цикла. С 2027 года завод будет выпускать 30 000 автомобилей в год.';
    expect(run(text, 'rus', [['Азермаш', 'ORG'], ['UzAuto Motors', 'ORG'], ['Гаджикабуле', 'GPE']], [year(2027), { text: '30 000 автомобилей в год', kind: 'rate', value: 30000, unit: 'car' }])).toEqual([
      ['plant_launch', ['Азермаш', 'UzAuto Motors'], 'Гаджикабуле', null],
      ['production_target', ['Азермаш', 'UzAuto Motors'], 'Гаджикабуле', '2027'],
    ]);
    // a plant built in a place: no owner in the genitive
    expect(run('Завод в Гаджикабуле перешёл к выпуску автобусов.', 'rus', [['Гаджикабуле', 'GPE']])).toEqual([['plant_launch', [], 'Гаджикабуле', null]]);
  });

  it('ru/en: a venture of two partners named right after the plant noun, the second described (`и китайской корпорации Yutong`), owns the later plant anaphors; the first partner’s own plant noun opens no frame; the site is where the sentence creates it', () => {
    const bus = (text: string, value: number): NumberSpec => ({ text, kind: 'rate', value, unit: 'bus' });
    const ru = 'Совместное предприятие Гянджинского автомобильного завода и китайской корпорации Yutong по сборке электробусов начало работу в Сумгайыте. Мощность предприятия рассчитана на 600 электробусов в год.';
    expect(run(ru, 'rus', [['Гянджинского автомобильного завода', 'ORG'], ['Yutong', 'ORG'], ['Сумгайыте', 'GPE']], [bus('600 электробусов в год', 600)]).at(-1)).toEqual(
      ['production_target', ['Гянджинского автомобильного завода', 'Yutong'], 'Сумгайыте', null]);
    const ru2 = 'Совместное предприятие холдинга «Азермаш» и узбекской компании UzAuto Motors начало работу в Гаджикабуле. Мощность предприятия рассчитана на 600 автобусов в год.';
    expect(run(ru2, 'rus', [['Азермаш', 'ORG'], ['UzAuto Motors', 'ORG'], ['Гаджикабуле', 'GPE']], [bus('600 автобусов в год', 600)]).at(-1)).toEqual(
      ['production_target', ['Азермаш', 'UzAuto Motors'], 'Гаджикабуле', null]);
    // silent: a plant named by one company, another company after `и` with no company noun is no co-owner
    expect(run('Завод «Хазар» и Iran Khodro подписали соглашение. Мощность завода составит 600 автобусов в год.', 'rus', [['Хазар', 'ORG'], ['Iran Khodro', 'ORG']], [bus('600 автобусов в год', 600)]).at(-1)![1]).toEqual(['Хазар']);
  });

  it('a venture named in an apposition (`EKZ, a joint venture of Alstom and KTZ`) is the plant the anaphor means, not its owners', () => {
    const loc = (text: string, value: number): NumberSpec => ({ text, kind: 'rate', value, unit: 'locomotive' });
    expect(
      run('The locomotives are assembled by EKZ, a joint venture of Alstom and KTZ. The plant will raise its capacity to 60 locomotives a year.', 'eng', [['EKZ', 'ORG'], ['Alstom', 'ORG'], ['KTZ', 'ORG']], [loc('60 locomotives a year', 60)]).at(-1)!.slice(0, 2),
    ).toEqual(['production_target', ['EKZ']]);
    // silent: a subject before an indefinite plant noun without a comma is no plant name (`Hyundai opened a plant`)
    expect(run('Hyundai opened a plant in Chennai. The plant produced 5,000 cars in 2019.', 'eng', [['Hyundai', 'ORG'], ['Chennai', 'GPE']], [cars('5,000 cars', 5000), year(2019)]).at(-1)).toEqual(['production', ['Hyundai'], 'Chennai', '2019']);
  });

  it('an official opening a plant does not own it', () => {
    expect(run('Governor Anton Ivanov opened a plant in Kaluga. The plant produced 5,000 cars in 2019.', 'eng', [['Anton Ivanov', 'PER'], ['Kaluga', 'GPE']], [cars('5,000 cars', 5000), year(2019)])).toEqual([
      ['plant_launch', ['Anton Ivanov'], 'Kaluga', null],
      ['production', [], 'Kaluga', '2019'],
    ]);
  });

  it('a named plant keeps the site an earlier sentence gave it; an unnamed one has no owner', () => {
    expect(
      run('The Kia plant in Zilina opened in 2006. The Kia plant will export 100,000 cars in 2024.', 'eng', [['Kia', 'ORG'], ['Zilina', 'GPE'], ['Kia', 'ORG', 1]], [year(2006), cars('100,000 cars', 100000), year(2024)]),
    ).toEqual([
      ['plant_launch', ['Kia'], 'Zilina', '2006'],
      ['export', ['Kia'], 'Zilina', '2024'],
    ]);
    expect(run('The minister toured the largest bus plant in Navoi. This enterprise produces 2,000 buses a year.', 'eng', [['Navoi', 'GPE']], [{ text: '2,000 buses', kind: 'rate', value: 2000, unit: 'bus' }])).toEqual([
      ['visit', [], 'Navoi', null],
      ['production', [], 'Navoi', null],
    ]);
  });
});

describe('events discourse: company anaphors take the latest organisation that can be a company', () => {
  it('en (a ministry is no company), de, ru, fr', () => {
    expect(run('Kia Motors hired a new chief, the Economy Ministry said. The company exported 200,000 cars in 2022.', 'eng', [['Kia Motors', 'ORG'], ['Economy Ministry', 'ORG']], [cars('200,000 cars', 200000), year(2022)])).toEqual([
      ['export', ['Kia Motors'], null, '2022'],
    ]);
    expect(run('Der Autobauer Volkswagen hat einen neuen Chef. Das Unternehmen exportierte 2022 rund 500.000 Fahrzeuge.', 'deu', [['Volkswagen', 'ORG']], [year(2022), cars('500.000 Fahrzeuge', 500000)])).toEqual([
      ['export', ['Volkswagen'], null, '2022'],
    ]);
    expect(run('АвтоВАЗ сменил руководство. Компания экспортировала 40 000 автомобилей в 2022 году.', 'rus', [['АвтоВАЗ', 'ORG']], [cars('40 000 автомобилей', 40000), year(2022)])).toEqual([
      ['export', ['АвтоВАЗ'], null, '2022'],
    ]);
    expect(run('Stellantis a changé de directeur. Le groupe a exporté 300 000 véhicules en 2022.', 'fra', [['Stellantis', 'ORG']], [cars('300 000 véhicules', 300000), year(2022)])).toEqual([
      ['export', ['Stellantis'], null, '2022'],
    ]);
  });

  it('the company acting in the latest fact, over a partner named after it (en, de, ru)', () => {
    expect(run('Kia Motors signed an agreement with Hyundai. The company will export 5,000 cars.', 'eng', [['Kia Motors', 'ORG'], ['Hyundai', 'ORG']], [cars('5,000 cars', 5000)])).toEqual([
      ['agreement', ['Kia Motors', 'Hyundai'], null, null],
      ['export', ['Kia Motors'], null, null],
    ]);
    expect(run('Claas unterzeichnete einen Vertrag mit Hyundai. Das Unternehmen exportierte 2.000 Traktoren.', 'deu', [['Claas', 'ORG'], ['Hyundai', 'ORG']], [{ text: '2.000 Traktoren', kind: 'count', value: 2000, unit: 'tractor' }])).toEqual([
      ['agreement', ['Claas', 'Hyundai'], null, null],
      ['export', ['Claas'], null, null],
    ]);
    expect(run('КамАЗ подписал соглашение с Hyundai. Компания экспортировала 5000 грузовиков.', 'rus', [['КамАЗ', 'ORG'], ['Hyundai', 'ORG']], [{ text: '5000 грузовиков', kind: 'count', value: 5000, unit: 'truck' }])).toEqual([
      ['agreement', ['КамАЗ', 'Hyundai'], null, null],
      ['export', ['КамАЗ'], null, null],
    ]);
  });

  it('silent: without an earlier fact the organisation named last; a company named in its own sentence first', () => {
    expect(run('Kia Motors and Hyundai are rivals. The company exported 5,000 cars.', 'eng', [['Kia Motors', 'ORG'], ['Hyundai', 'ORG']], [cars('5,000 cars', 5000)])).toEqual([['export', ['Hyundai'], null, null]]);
    expect(run('Kia Motors signed an agreement with Hyundai. Toyota said the company exported 5,000 cars.', 'eng', [['Kia Motors', 'ORG'], ['Hyundai', 'ORG'], ['Toyota', 'ORG']], [cars('5,000 cars', 5000)]).find((e) => e[0] === 'export')).toEqual(['export', ['Toyota'], null, null]);
  });

  it('an apposition names its own company; a fronted date is no apposition', () => {
    expect(run('Kia Motors hired a new chief. Peloton, the fitness firm that sells bikes, grew fast.', 'eng', [['Kia Motors', 'ORG']])).toEqual([['sales', [], null, null]]);
    expect(run('Kia Motors hired a new chief. Meanwhile Peloton, the fitness firm that sells bikes, grew fast.', 'eng', [['Kia Motors', 'ORG']])).toEqual([['sales', [], null, null]]);
    expect(run('Kia Motors hired a new chief. In May, the company sold 20,000 cars.', 'eng', [['Kia Motors', 'ORG']], [cars('20,000 cars', 20000)])).toEqual([['sales', ['Kia Motors'], null, null]]);
  });

  it('a company noun described by a demonym after it names the company of that country (es, fr), over the salient one', () => {
    const wagons = (text: string, value: number): NumberSpec => ({ text, kind: 'count', value, unit: 'wagon' });
    expect(run('CAF firmó un acuerdo con Ferrocarriles de Uzbekistán. La empresa ferroviaria uzbeka exportó 400 vagones en 2022.', 'spa', [['CAF', 'ORG'], ['Ferrocarriles de Uzbekistán', 'ORG'], ['uzbeka', 'MISC']], [wagons('400 vagones', 400), year(2022)]).find((e) => e[0] === 'export')).toEqual(['export', ['Ferrocarriles de Uzbekistán'], null, '2022']);
    expect(run('Renault a signé un accord avec Ouzbekistan Auto. La société ouzbèke a exporté 300 000 véhicules en 2022.', 'fra', [['Renault', 'ORG'], ['Ouzbekistan Auto', 'ORG'], ['ouzbèke', 'MISC']], [cars('300 000 véhicules', 300000), year(2022)]).find((e) => e[0] === 'export')).toEqual(['export', ['Ouzbekistan Auto'], null, '2022']);
  });

  it('silent: a demonym no company shares (es), and an English adjective before the noun (en), leave the salient company', () => {
    const wagons = (text: string, value: number): NumberSpec => ({ text, kind: 'count', value, unit: 'wagon' });
    expect(run('CAF firmó un acuerdo con Talgo. La empresa vasca exportó 400 vagones en 2022.', 'spa', [['CAF', 'ORG'], ['Talgo', 'ORG'], ['vasca', 'MISC']], [wagons('400 vagones', 400), year(2022)]).find((e) => e[0] === 'export')).toEqual(['export', ['CAF'], null, '2022']);
    expect(run('Kia Motors signed an agreement with Hyundai Korea. The Korean company exported 5,000 cars.', 'eng', [['Kia Motors', 'ORG'], ['Hyundai Korea', 'ORG'], ['Korean', 'MISC']], [cars('5,000 cars', 5000)]).find((e) => e[0] === 'export')).toEqual(['export', ['Kia Motors'], null, null]);
  });

  it('a plant owed to an agreement with a partner alone (`l’accord conclu avec X`) is the salient company’s, not the partner’s (fr, es)', () => {
    expect(run("Ganja Auto Plant a assemblé 2 150 tracteurs en 2026. L'usine de Gandja doit sa croissance à l'accord conclu avec le constructeur biélorusse MTZ. L'usine emploie 1 900 salariés.", 'fra', [['Ganja Auto Plant', 'ORG'], ['Gandja', 'GPE'], ['biélorusse', 'MISC'], ['MTZ', 'ORG']], [{ text: '2 150 tracteurs', kind: 'count', value: 2150, unit: 'tractor' }, year(2026), jobs('1 900 salariés', 1900)]).find((e) => e[0] === 'jobs')?.[1]).toEqual(['Ganja Auto Plant']);
    expect(run('Tatra Trucks produjo 2.000 camiones en 2026. La planta de Yizak debe su crecimiento al acuerdo firmado con el fabricante uzbeko UzAuto. La planta emplea a 900 personas.', 'spa', [['Tatra Trucks', 'ORG'], ['Yizak', 'GPE'], ['uzbeko', 'MISC'], ['UzAuto', 'ORG']], [{ text: '2.000 camiones', kind: 'count', value: 2000, unit: 'truck' }, year(2026), jobs('900 personas', 900)]).find((e) => e[0] === 'jobs')?.[1]).toEqual(['Tatra Trucks']);
  });

  it('`the ministry` finds the organisation whose name has that head (en, de, ru, fr)', () => {
    const money = (text: string, currency: string): NumberSpec => ({ text, kind: 'money', value: 50000000, currency });
    expect(run('The Industry Ministry approved the plan. The ministry will invest $50 million.', 'eng', [['Industry Ministry', 'ORG']], [money('$50 million', 'USD')])).toEqual([
      ['investment', ['Industry Ministry'], null, null],
    ]);
    expect(run('Das Wirtschaftsministerium billigte den Plan. Das Ministerium wird 50 Millionen Euro investieren.', 'deu', [['Wirtschaftsministerium', 'ORG']], [money('50 Millionen Euro', 'EUR')])).toEqual([
      ['investment', ['Wirtschaftsministerium'], null, null],
    ]);
    expect(run('Министерство промышленности одобрило план. Министерство инвестирует 50 миллионов долларов.', 'rus', [['Министерство промышленности', 'ORG']], [money('50 миллионов долларов', 'USD')])).toEqual([
      ['investment', ['Министерство промышленности'], null, null],
    ]);
    expect(run("Le ministère de l'Industrie a approuvé le plan. Le ministère va investir 50 millions d'euros.", 'fra', [["ministère de l'Industrie", 'ORG']], [money("50 millions d'euros", 'EUR')])).toEqual([
      ['investment', ["ministère de l'Industrie"], null, null],
    ]);
  });
});

describe('events discourse: `the countries`, `both sides` take the latest coordinated pair of countries', () => {
  it('en (not in a complement: `of both countries`), de, ru, fr', () => {
    expect(
      run('Kazakhstan and Uzbekistan signed a trade deal. Both countries plan to produce buses. Car production of both countries grew by 10%.', 'eng', [['Kazakhstan', 'GPE'], ['Uzbekistan', 'GPE']], [{ text: '10%', kind: 'percent', value: 10 }]),
    ).toEqual([
      ['agreement', ['Kazakhstan', 'Uzbekistan'], null, null],
      ['production_target', ['Kazakhstan', 'Uzbekistan'], null, null],
      ['production', [], null, null],
    ]);
    expect(run('Deutschland und Frankreich unterzeichneten ein Abkommen. Beide Länder wollen Batterien produzieren.', 'deu', [['Deutschland', 'GPE'], ['Frankreich', 'GPE']])).toEqual([
      ['agreement', ['Deutschland', 'Frankreich'], null, null],
      ['production_target', ['Deutschland', 'Frankreich'], null, null],
    ]);
    expect(run('Россия и Беларусь подписали соглашение. Обе страны планируют производить автобусы.', 'rus', [['Россия', 'GPE'], ['Беларусь', 'GPE']])).toEqual([
      ['agreement', ['Россия', 'Беларусь'], null, null],
      ['production_target', ['Россия', 'Беларусь'], null, null],
    ]);
    expect(run('La France et le Maroc ont signé un accord. Les deux pays vont produire des bus.', 'fra', [['France', 'GPE'], ['Maroc', 'GPE']])).toEqual([
      ['agreement', ['France', 'Maroc'], null, null],
      ['production_target', ['France', 'Maroc'], null, null],
    ]);
  });
});

describe('events discourse: `here`, `there` take the latest site', () => {
  it('en (not an existential `there are`), de, ru, fr', () => {
    // (a future tense alone, no figure, no date: production, planned)
    expect(run('The minister spent Monday in Navoi. Buses will be assembled there. There are plans to build trucks.', 'eng', [['Navoi', 'GPE']])).toEqual([
      ['production', [], 'Navoi', null],
      ['production_target', [], null, null],
    ]);
    expect(run('Der Minister war gestern in Wolfsburg. Dort werden Elektroautos produziert.', 'deu', [['Wolfsburg', 'GPE']])).toEqual([['production', [], 'Wolfsburg', null]]);
    expect(run('Министр побывал в Елабуге. Там будут производить автобусы.', 'rus', [['Елабуге', 'GPE']])).toEqual([
      ['visit', [], 'Елабуге', null],
      ['production', [], 'Елабуге', null],
    ]);
    expect(run('Le ministre était à Tanger. Des camions seront fabriqués là-bas.', 'fra', [['Tanger', 'GPE']])).toEqual([['production', [], 'Tanger', null]]);
    // `d'ici` is a time limit, not `ici`
    expect(run("Le ministre était à Tanger. Des camions seront fabriqués d'ici la fin mars.", 'fra', [['Tanger', 'GPE']], [{ text: 'fin mars', kind: 'date', date: '2027-03' }])).toEqual([['production_target', [], null, '2027-03']]);
  });
});

describe('events discourse: `these cars` are the latest plant’s cars', () => {
  it('en, de, ru, fr (the destination stays no site)', () => {
    expect(run('Hyundai opened a plant in Chennai. These cars will be exported to Africa.', 'eng', [['Hyundai', 'ORG'], ['Chennai', 'GPE'], ['Africa', 'LOC']])).toEqual([
      ['plant_launch', ['Hyundai'], 'Chennai', null],
      ['export', ['Hyundai'], 'Chennai', null],
    ]);
    expect(run('Skoda eröffnete ein Werk in Pune. Diese Autos werden nach Afrika exportiert.', 'deu', [['Skoda', 'ORG'], ['Pune', 'GPE'], ['Afrika', 'LOC']])).toEqual([
      ['plant_launch', ['Skoda'], 'Pune', null],
      ['export', ['Skoda'], 'Pune', null],
    ]);
    expect(run('Hyundai построила завод в Казани. Эти автомобили будут экспортировать в Казахстан.', 'rus', [['Hyundai', 'ORG'], ['Казани', 'GPE'], ['Казахстан', 'GPE']])).toEqual([
      ['plant_construction', ['Hyundai'], 'Казани', null],
      ['export', ['Hyundai'], 'Казани', null],
    ]);
    expect(run("Renault a construit une usine à Tanger. Ces voitures seront exportées vers l'Afrique.", 'fra', [['Renault', 'ORG'], ['Tanger', 'GPE'], ['Afrique', 'LOC']])).toEqual([
      ['plant_construction', ['Renault'], 'Tanger', null],
      ['export', ['Renault'], 'Tanger', null],
    ]);
  });
});

describe('events discourse: a sentence-initial `Its` is the previous subject', () => {
  it('en, de, ru, fr', () => {
    expect(run('The Navoi Free Zone was founded in 2008. Its plants employ 2,000 workers.', 'eng', [['Navoi Free Zone', 'LOC']], [year(2008), jobs('2,000 workers', 2000)])).toEqual([['jobs', [], 'Navoi Free Zone', null]]);
    expect(run('Der Industriepark Kaluga wurde 2008 gegründet. Seine Werke bieten 2.000 Arbeitsplätze.', 'deu', [['Industriepark Kaluga', 'LOC']], [year(2008), jobs('2.000 Arbeitsplätze', 2000)])).toEqual([
      ['jobs', [], 'Industriepark Kaluga', null],
    ]);
    expect(run('Технопарк Алабуга был основан в 2006 году. Его предприятия обеспечивают 2000 рабочих мест.', 'rus', [['Технопарк Алабуга', 'LOC']], [year(2006), jobs('2000 рабочих мест', 2000)])).toEqual([
      ['jobs', [], 'Технопарк Алабуга', null],
    ]);
    expect(run('La zone franche de Tanger a été créée en 2007. Ses usines comptent 2 000 emplois.', 'fra', [['zone franche de Tanger', 'LOC']], [year(2007), jobs('2 000 emplois', 2000)])).toEqual([
      ['jobs', [], 'zone franche de Tanger', null],
    ]);
  });
});

describe('events discourse: an organisation acting takes the known site of its plant', () => {
  it('en, de, ru, fr', () => {
    expect(run('The Kia plant in Zilina opened in 2006. Kia will export 100,000 cars in 2024.', 'eng', [['Kia', 'ORG'], ['Zilina', 'GPE'], ['Kia', 'ORG', 1]], [year(2006), cars('100,000 cars', 100000), year(2024)])).toEqual([
      ['plant_launch', ['Kia'], 'Zilina', '2006'],
      ['export', ['Kia'], 'Zilina', '2024'],
    ]);
    expect(run('Das BMW-Werk in Leipzig wurde 2005 eröffnet. BMW wird 2024 rund 200.000 Autos bauen.', 'deu', [['BMW', 'ORG'], ['Leipzig', 'GPE'], ['BMW', 'ORG', 1]], [year(2005), year(2024), cars('200.000 Autos', 200000)])).toEqual([
      ['plant_launch', ['BMW'], 'Leipzig', '2005'],
      ['production', ['BMW'], 'Leipzig', '2024'],
    ]);
    expect(run('Завод «АвтоВАЗ» в Тольятти работает с 1970 года. АвтоВАЗ продал 300 000 машин в 2023 году.', 'rus', [['АвтоВАЗ', 'ORG'], ['Тольятти', 'GPE'], ['АвтоВАЗ', 'ORG', 1]], [year(1970), cars('300 000 машин', 300000), year(2023)])).toEqual([
      ['sales', ['АвтоВАЗ'], 'Тольятти', '2023'],
    ]);
    expect(run("L'usine Renault à Tanger a ouvert en 2012. Renault a vendu 300 000 voitures en 2023.", 'fra', [['Renault', 'ORG'], ['Tanger', 'GPE'], ['Renault', 'ORG', 1]], [year(2012), cars('300 000 voitures', 300000), year(2023)])).toEqual([
      ['sales', ['Renault'], 'Tanger', '2023'],
    ]);
  });

  it('a joint act of another organisation is not sited at one partner’s plant', () => {
    expect(run('The Kia plant in Zilina opened in 2006. Kia and Hyundai will export 100,000 cars.', 'eng', [['Kia', 'ORG'], ['Zilina', 'GPE'], ['Kia', 'ORG', 1], ['Hyundai', 'ORG']], [year(2006), cars('100,000 cars', 100000)])).toEqual([
      ['plant_launch', ['Kia'], 'Zilina', '2006'],
      ['export', ['Kia', 'Hyundai'], null, null],
    ]);
  });
});

describe('events discourse: the dateline dates the lead statement; relative years take the document year', () => {
  it('en: year from the publication date, a year-less dateline completed', () => {
    expect(
      run(
        'SEOUL, March 3. Kia Motors chief Ho Sung Song said the group produced 1.2 million cars last year.',
        'eng',
        [['SEOUL', 'GPE'], ['Kia Motors', 'ORG'], ['Ho Sung Song', 'PER']],
        [{ text: 'March 3', kind: 'date', date: '--03-03' }, cars('1.2 million cars', 1200000)],
        '2023-03-03T08:00:00Z',
      ),
    ).toEqual([
      // the organisation before the title is not the speaker's by a genitive (README convention); it is the group that produced
      ['statement', ['Ho Sung Song'], null, '2023-03-03'],
      ['production', ['Kia Motors'], null, '2022'],
    ]);
  });

  it('de, ru: year from the dateline date', () => {
    expect(
      run('BERLIN, 2. März. Oliver Blume sagte, Volkswagen habe im vergangenen Jahr 500.000 Autos exportiert.', 'deu', [['BERLIN', 'GPE'], ['Oliver Blume', 'PER'], ['Volkswagen', 'ORG']], [
        { text: '2. März', kind: 'date', date: '2023-03-02' },
        cars('500.000 Autos', 500000),
      ]),
    ).toEqual([
      ['statement', ['Oliver Blume'], null, '2023-03-02'],
      ['export', ['Volkswagen'], null, '2022'],
    ]);
    expect(
      run('МОСКВА, 2 марта. Максим Соколов заявил, что АвтоВАЗ в прошлом году продал 400 000 машин.', 'rus', [['МОСКВА', 'GPE'], ['Максим Соколов', 'PER'], ['АвтоВАЗ', 'ORG']], [
        { text: '2 марта', kind: 'date', date: '2023-03-02' },
        cars('400 000 машин', 400000),
      ]),
    ).toEqual([
      ['statement', ['Максим Соколов'], null, '2023-03-02'],
      ['sales', ['АвтоВАЗ'], null, '2022'],
    ]);
  });

  it('ru: the accusative after `за`, `на` (`за прошлый год`, `на этот год`); silent: `за год` names no year', () => {
    const at = (text: string) => run(text, 'rus', [['МОСКВА', 'GPE'], ['АвтоВАЗ', 'ORG']], [{ text: '2 марта', kind: 'date', date: '2023-03-02' }, cars('400 000 машин', 400000)]).map((e) => e[3]);
    expect(at('МОСКВА, 2 марта. АвтоВАЗ продал 400 000 машин за прошлый год.')).toEqual(['2022']);
    expect(at('МОСКВА, 2 марта. АвтоВАЗ продал 400 000 машин за год.')).toEqual([null]);
  });

  it('ru: `год назад` is last year and `через год` next year, as en `a year ago`; silent: `годом ранее` with no period told before it (as en `a year earlier`), the baseline of a comparison (`чем годом ранее`)', () => {
    const at = (text: string) => run(text, 'rus', [['МОСКВА', 'GPE'], ['АвтоВАЗ', 'ORG']], [{ text: '2 марта', kind: 'date', date: '2023-03-02' }, cars('400 000 машин', 400000)]).map((e) => e[3]);
    expect(at('МОСКВА, 2 марта. Годом ранее АвтоВАЗ продал 400 000 машин.')).toEqual([null]);
    expect(at('МОСКВА, 2 марта. Год назад АвтоВАЗ продал 400 000 машин.')).toEqual(['2022']);
    expect(at('МОСКВА, 2 марта. Через год АвтоВАЗ продаст 400 000 машин.')).toEqual(['2024']);
    expect(at('МОСКВА, 2 марта. АвтоВАЗ продал 400 000 машин, на 5% больше, чем годом ранее.')).toEqual([null]);
  });

  it('fr: year from the years the article names', () => {
    expect(
      run(
        "PARIS, 2 mars. Luca de Meo a déclaré que Renault avait vendu 2 millions de voitures l'an dernier. En 2023, le groupe vise 2,5 millions de véhicules.",
        'fra',
        [['PARIS', 'GPE'], ['Luca de Meo', 'PER'], ['Renault', 'ORG']],
        [{ text: '2 mars', kind: 'date', date: 'XXXX-03-02' }, cars('2 millions de voitures', 2000000), year(2023), cars('2,5 millions de véhicules', 2500000)],
      ),
    ).toEqual([
      ['statement', ['Luca de Meo'], null, '2023-03-02'],
      ['sales', ['Renault'], null, '2022'],
    ]);
  });

  it('en: a forecast year is not the article’s year', () => {
    expect(
      run('Kia sold 300,000 cars in 2021 and could sell 900,000 cars in 2026. Last year, Kia produced 400,000 cars.', 'eng', [['Kia', 'ORG'], ['Kia', 'ORG', 1]], [
        cars('300,000 cars', 300000),
        year(2021),
        cars('900,000 cars', 900000),
        year(2026),
        cars('400,000 cars', 400000),
      ]).at(-1),
    ).toEqual(['production', ['Kia'], null, '2020']);
  });

  it('de: `dieses Jahres` in a date fixes the year; `derzeit` before a figure is that year', () => {
    expect(
      run('Mitte Mai dieses Jahres sprach Oliver Blume in Wolfsburg. Der Konzern will die Produktion von derzeit 300.000 Autos auf 400.000 Autos steigern.', 'deu', [['Oliver Blume', 'PER'], ['Wolfsburg', 'GPE']], [
        { text: 'Mitte Mai dieses Jahres', kind: 'date', date: '2024-05' },
        cars('300.000 Autos', 300000),
        cars('400.000 Autos', 400000),
      ]),
    ).toEqual([
      ['statement', ['Oliver Blume'], 'Wolfsburg', '2024-05'],
      ['production', [], null, '2024'],
      ['production_target', [], null, null],
    ]);
  });
});

describe('events discourse: without a cue only the salient organisation crosses over', () => {
  it('en, de, ru, fr: a subjectless fact takes the organisation of the previous fact and its site', () => {
    expect(run('Hyundai opened a plant in Chennai. In 2019, 5,000 cars were produced.', 'eng', [['Hyundai', 'ORG'], ['Chennai', 'GPE']], [year(2019), cars('5,000 cars', 5000)]).at(-1)).toEqual(['production', ['Hyundai'], 'Chennai', '2019']);
    expect(run('Skoda eröffnete ein Werk in Pune. Im Jahr 2019 wurden 5.000 Autos produziert.', 'deu', [['Skoda', 'ORG'], ['Pune', 'GPE']], [year(2019), cars('5.000 Autos', 5000)]).at(-1)).toEqual(['production', ['Skoda'], 'Pune', '2019']);
    expect(run('Hyundai построила завод в Казани. В 2019 году было произведено 5000 машин.', 'rus', [['Hyundai', 'ORG'], ['Казани', 'GPE']], [year(2019), cars('5000 машин', 5000)]).at(-1)).toEqual(['production', ['Hyundai'], 'Казани', '2019']);
    expect(run('Renault a construit une usine à Tanger. En 2019, 5 000 voitures ont été produites.', 'fra', [['Renault', 'ORG'], ['Tanger', 'GPE']], [year(2019), cars('5 000 voitures', 5000)]).at(-1)).toEqual(['production', ['Renault'], 'Tanger', '2019']);
    // a year-less event keeps no time without a relative-year phrase
    expect(run('Kia opened a plant in 2019. Production rose to 5,000 cars.', 'eng', [['Kia', 'ORG']], [year(2019), cars('5,000 cars', 5000)]).at(-1)).toEqual(['production', ['Kia'], null, null]);
  });

  it('ru, en: a subjectless fact reported by a speaker of an organisation is that organisation’s, and so is `the company` after it', () => {
    const ru = 'Allur построила завод в Костанае. Генеральный директор компании Ostwerk Томас Брандт сообщил, что будут собраны 150 комбайнов. Компания насчитывает 900 сотрудников.';
    const out = run(ru, 'rus', [['Allur', 'ORG'], ['Костанае', 'GPE'], ['Ostwerk', 'ORG'], ['Томас Брандт', 'PER']], [{ text: '150 комбайнов', kind: 'count', value: 150, unit: 'combine' }, { text: '900 сотрудников', kind: 'count', value: 900, unit: 'person' }]);
    expect(out.map((e) => [e[0], e[1]])).toEqual([['plant_construction', ['Allur']], ['statement', ['Ostwerk', 'Томас Брандт']], ['production_target', ['Ostwerk']], ['jobs', ['Ostwerk']]]);
    // silent: a speaker with no organisation leaves the fact to the salient company
    const en = 'Hyundai opened a plant in Chennai. Minister Anna Lee said 5,000 cars were produced.';
    expect(run(en, 'eng', [['Hyundai', 'ORG'], ['Chennai', 'GPE'], ['Anna Lee', 'PER']], [cars('5,000 cars', 5000)]).at(-1)!.slice(0, 2)).toEqual(['production', ['Hyundai']]);
  });

  it('stays silent when the earlier fact has only a country as agent, or is too far back', () => {
    expect(run('Uzbekistan opened a plant in Asaka. In 2019, 5,000 cars were produced.', 'eng', [['Uzbekistan', 'GPE'], ['Asaka', 'GPE']], [year(2019), cars('5,000 cars', 5000)]).at(-1)).toEqual(['production', [], null, '2019']);
    const far = 'Kia opened a plant. The weather was fine. Roads were busy. Prices rose. Shops closed. Production rose to 5,000 cars.';
    expect(run(far, 'eng', [['Kia', 'ORG']], [cars('5,000 cars', 5000)]).at(-1)).toEqual(['production', [], null, null]);
  });
});

describe('events discourse: a clause whose subject is a common noun phrase names its own agent', () => {
  it('en, de, fr: generic makers or an authority as subject take no salient organisation', () => {
    expect(run('Hyundai opened a plant in Chennai. In 2019, Indian manufacturers exported 5,000 cars.', 'eng', [['Hyundai', 'ORG'], ['Chennai', 'GPE']], [year(2019), cars('5,000 cars', 5000)]).at(-1)).toEqual(['export', [], null, '2019']);
    expect(run('Hyundai opened a plant in Chennai. The government plans to export 5,000 cars.', 'eng', [['Hyundai', 'ORG'], ['Chennai', 'GPE']], [cars('5,000 cars', 5000)]).at(-1)![1]).toEqual([]);
    expect(run('Skoda eröffnete ein Werk in Pune. Deutsche Hersteller exportierten 2019 rund 5.000 Autos.', 'deu', [['Skoda', 'ORG'], ['Pune', 'GPE']], [year(2019), cars('5.000 Autos', 5000)]).at(-1)![1]).toEqual([]);
    expect(run('Renault a construit une usine à Tanger. Le gouvernement a exporté 5 000 voitures.', 'fra', [['Renault', 'ORG'], ['Tanger', 'GPE']], [cars('5 000 voitures', 5000)]).at(-1)![1]).toEqual([]);
  });

  it('silent: `the company`, `das Unternehmen`, `le groupe` and a subjectless clause still take the salient company', () => {
    expect(run('UzAuto Motors produced 100,000 cars. The company plans to export 20,000 cars.', 'eng', [['UzAuto Motors', 'ORG']], [cars('100,000 cars', 100000), cars('20,000 cars', 20000)]).at(-1)![1]).toEqual(['UzAuto Motors']);
    expect(run('Skoda eröffnete ein Werk in Pune. Das Unternehmen exportierte 2019 rund 5.000 Autos.', 'deu', [['Skoda', 'ORG'], ['Pune', 'GPE']], [year(2019), cars('5.000 Autos', 5000)]).at(-1)![1]).toEqual(['Skoda']);
    expect(run('Renault a construit une usine à Tanger. Le groupe a exporté 5 000 voitures.', 'fra', [['Renault', 'ORG'], ['Tanger', 'GPE']], [cars('5 000 voitures', 5000)]).at(-1)![1]).toEqual(['Renault']);
    expect(run('Hyundai opened a plant in Chennai. In 2019, 5,000 cars were exported.', 'eng', [['Hyundai', 'ORG'], ['Chennai', 'GPE']], [year(2019), cars('5,000 cars', 5000)]).at(-1)![1]).toEqual(['Hyundai']);
  });
});

describe('events discourse: plants or companies of the whole country are the market, no company', () => {
  const veh = (text: string, value: number): NumberSpec => ({ text, kind: 'count', value, unit: 'car' });
  it('es, fr, en: `las fábricas del país`, `les usines du pays`, `the country’s carmakers` take no salient company', () => {
    expect(run('Qazaq Avto Group vendió 15.000 camiones en 2025. Las fábricas del país produjeron 160.000 vehículos en 2026.', 'spa', [['Qazaq Avto Group', 'ORG']], [veh('15.000 camiones', 15000), year(2025), veh('160.000 vehículos', 160000), year(2026)]).find((e) => e[0] === 'production')?.[1]).toEqual([]);
    expect(run('Renault a vendu 15 000 camions en 2025. Les usines du pays ont produit 160 000 véhicules en 2026.', 'fra', [['Renault', 'ORG']], [veh('15 000 camions', 15000), year(2025), veh('160 000 véhicules', 160000), year(2026)]).find((e) => e[0] === 'production')?.[1]).toEqual([]);
    expect(run("UzAuto Motors sold 15,000 cars in 2025. The country's carmakers produced 160,000 vehicles in 2026.", 'eng', [['UzAuto Motors', 'ORG']], [veh('15,000 cars', 15000), year(2025), veh('160,000 vehicles', 160000), year(2026)]).find((e) => e[0] === 'production')?.[1]).toEqual([]);
  });
  it('es, fr: after a plant the article opened, the country’s plants point back to no plant', () => {
    expect(run('Qazaq Avto Group inauguró una planta en Kostanay. Las fábricas del país produjeron 160.000 vehículos en 2026.', 'spa', [['Qazaq Avto Group', 'ORG'], ['Kostanay', 'GPE']], [veh('160.000 vehículos', 160000), year(2026)]).find((e) => e[0] === 'production')?.[1]).toEqual([]);
    expect(run('Renault a inauguré une usine à Kostanaï. Les usines du pays ont produit 160 000 véhicules en 2026.', 'fra', [['Renault', 'ORG'], ['Kostanaï', 'GPE']], [veh('160 000 véhicules', 160000), year(2026)]).find((e) => e[0] === 'production')?.[1]).toEqual([]);
  });
  it('silent: the plants without the country (es), one carmaker of the country (en)', () => {
    expect(run('Qazaq Avto Group vendió 15.000 camiones en 2025. Las fábricas produjeron 160.000 vehículos en 2026.', 'spa', [['Qazaq Avto Group', 'ORG']], [veh('15.000 camiones', 15000), year(2025), veh('160.000 vehículos', 160000), year(2026)]).find((e) => e[0] === 'production')?.[1]).toEqual(['Qazaq Avto Group']);
    expect(run("UzAuto Motors sold 15,000 cars in 2025. The country's largest carmaker produced 160,000 vehicles in 2026.", 'eng', [['UzAuto Motors', 'ORG']], [veh('15,000 cars', 15000), year(2025), veh('160,000 vehicles', 160000), year(2026)]).find((e) => e[0] === 'production')?.[1]).toEqual(['UzAuto Motors']);
  });
});

describe('events discourse: the salient organisation replaces a brand standing in as agent, and brings its site', () => {
  it('en: "2,700 Chevrolet cars were produced" after "UzAuto opened a plant in Asaka" is UzAuto, in Asaka', () => {
    const text = 'UzAuto Motors opened a plant in Asaka. Since then, 2,700 Chevrolet cars have been produced.';
    const input = build(text, 'eng', [['UzAuto Motors', 'ORG'], ['Asaka', 'GPE'], ['Chevrolet', 'ORG']], [cars('2,700 Chevrolet cars', 2700)]);
    const last = view(input, extractEvents(input)).at(-1)!;
    expect([last.type, last.actors, last.location]).toEqual(['production', ['UzAuto Motors'], 'Asaka']);
  });

  it('de: stays silent on the site when the sentence names its own', () => {
    const text = 'Skoda eröffnete ein Werk in Pune. Im Jahr 2019 wurden in Aurangabad 5.000 Autos produziert.';
    const input = build(text, 'deu', [['Skoda', 'ORG'], ['Pune', 'GPE'], ['Aurangabad', 'GPE']], [year(2019), cars('5.000 Autos', 5000)]);
    const last = view(input, extractEvents(input)).at(-1)!;
    expect([last.actors, last.location]).toEqual([['Skoda'], 'Aurangabad']);
  });
});

describe('events discourse: the most specific known site', () => {
  it('en: "the Hajigabul plant" after "the plant in the Hajigabul Industrial District" is in the district; a town alone stays', () => {
    const text = 'The plant in the Hajigabul Industrial District opened in 2025. The Hajigabul plant produced 1,140 cars in January.';
    const input = build(text, 'eng', [['Hajigabul Industrial District', 'LOC'], ['Hajigabul', 'GPE', 1]], [cars('1,140 cars', 1140)]);
    expect(view(input, extractEvents(input)).at(-1)!.location).toBe('Hajigabul Industrial District');
    const alone = build('The Hajigabul plant produced 1,140 cars in January.', 'eng', [['Hajigabul', 'GPE']], [cars('1,140 cars', 1140)]);
    expect(view(alone, extractEvents(alone)).at(-1)!.location).toBe('Hajigabul');
  });
});

describe('events: a region that places a town is no site of its own', () => {
  it('en "in Karshi, in the Kashkadarya region", de "In Karschi in der Region Kaschkadarja" → the town', () => {
    const en = build('JAC Motors opened a plant in Karshi, in the Kashkadarya region.', 'eng', [['JAC Motors', 'ORG'], ['Karshi', 'GPE'], ['Kashkadarya', 'GPE']], []);
    expect(view(en, extractEvents(en)).map((e) => [e.type, e.location])).toEqual([['plant_launch', 'Karshi']]);
    const de = build('In Karschi in der Region Kaschkadarja hat JAC Motors 10.000 Fahrzeuge produziert.', 'deu', [['Karschi', 'GPE'], ['Kaschkadarja', 'GPE'], ['JAC Motors', 'ORG']], [cars('10.000 Fahrzeuge', 10000)]);
    expect(view(de, extractEvents(de)).map((e) => [e.type, e.location])).toEqual([['production', 'Karschi']]);
  });
});

describe('events discourse: a product noun that points back names the product named before', () => {
  const country = (text: string) => ({ text, kind: 'count' as const, value: 12, unit: 'country' });
  const exports = (text: string, lang: string, mentions: Array<[string, 'ORG' | 'PRODUCT' | 'GPE']>, figure: string) => {
    const input = build(text, lang, mentions, [country(figure)]);
    return view(input, extractEvents(input)).filter((e) => e.type === 'export').map((e) => e.product);
  };
  it('en `The machines`, de `Die Fahrzeuge`, fr `Les machines`, ru `Эти машины` → the model named before', () => {
    expect(exports('Orlan Motors started producing the Steppe-5 combine in Navoi. The machines are exported to 12 countries.', 'eng', [['Orlan Motors', 'ORG'], ['Steppe-5', 'PRODUCT'], ['Navoi', 'GPE']], '12 countries')).toEqual(['Steppe-5']);
    expect(exports('Orlan Motors produziert in Navoi den Mähdrescher Steppe-5. Die Fahrzeuge werden in 12 Länder exportiert.', 'deu', [['Orlan Motors', 'ORG'], ['Steppe-5', 'PRODUCT'], ['Navoi', 'GPE']], '12 Länder')).toEqual(['Steppe-5']);
    expect(exports('Orlan Motors produit la moissonneuse Steppe-5 à Navoi. Les machines sont exportées vers 12 pays.', 'fra', [['Orlan Motors', 'ORG'], ['Steppe-5', 'PRODUCT'], ['Navoi', 'GPE']], '12 pays')).toEqual(['Steppe-5']);
    expect(exports('Orlan Motors выпускает комбайн Steppe-5 в Навои. Эти машины экспортируются в 12 стран.', 'rus', [['Orlan Motors', 'ORG'], ['Steppe-5', 'PRODUCT'], ['Навои', 'GPE']], '12 стран')).toEqual(['Steppe-5']);
  });

  it('the vehicles of the company (de `Die Fahrzeuge des Unternehmens`, en `The cars of the company`) are its brand', () => {
    expect(exports('Orlan Motors eröffnete ein Werk in Navoi. Die Fahrzeuge des Unternehmens werden in 12 Länder exportiert.', 'deu', [['Orlan Motors', 'ORG'], ['Navoi', 'GPE']], '12 Länder')).toEqual(['Orlan Motors']);
    expect(exports('Orlan Motors opened a plant in Navoi. The cars of the company are exported to 12 countries.', 'eng', [['Orlan Motors', 'ORG'], ['Navoi', 'GPE']], '12 countries')).toEqual(['Orlan Motors']);
  });

  it('silent: an indefinite or bare noun, a noun that is not the clause’s subject, a noun modifying a company noun', () => {
    const mentions: Array<[string, 'ORG' | 'PRODUCT' | 'GPE']> = [['Orlan Motors', 'ORG'], ['Steppe-5', 'PRODUCT'], ['Navoi', 'GPE']];
    expect(exports('Orlan Motors started producing the Steppe-5 combine in Navoi. Tractors are exported to 12 countries.', 'eng', mentions, '12 countries')).toEqual(['tractors']);
    expect(exports('Orlan Motors started producing the Steppe-5 combine in Navoi. Half of the tractors are exported to 12 countries.', 'eng', mentions, '12 countries')).toEqual(['tractors']);
    const maker = build('Orlan Motors started producing the Steppe-5 combine in Navoi. The car manufacturer plans to produce 5,000 cars.', 'eng', mentions, [{ text: '5,000 cars', kind: 'count', value: 5000, unit: 'car' }]);
    expect(view(maker, extractEvents(maker)).map((e) => [e.type, e.product])).toEqual([['plant_launch', 'Steppe-5'], ['production_target', 'cars']]);
  });
});

describe('events discourse: a statement is said where its speaker was (pack field occasionNouns, a visit)', () => {
  it('fr, de, es: said at the signing or the ceremony → where the agreement was signed', () => {
    expect(
      run("Alstar a signé lundi un contrat avec Rail Nord à Lyon. « C'est un grand jour pour la région », a déclaré Paul Martin lors de la cérémonie.", 'fra', [
        ['Alstar', 'ORG'],
        ['Rail Nord', 'ORG'],
        ['Lyon', 'GPE'],
        ['Paul Martin', 'PER'],
      ]).filter((e) => e[0] === 'statement'),
    ).toEqual([['statement', ['Paul Martin'], 'Lyon', null]]);
    expect(
      run('Alpha Motors und die Beta AG unterzeichneten einen Vertrag in Leipzig. „Das ist ein gutes Signal für die Region“, sagte Anna Weber bei der Unterzeichnung.', 'deu', [
        ['Alpha Motors', 'ORG'],
        ['Beta AG', 'ORG'],
        ['Leipzig', 'GPE'],
        ['Anna Weber', 'PER'],
      ]),
    ).toEqual([
      ['agreement', ['Alpha Motors', 'Beta AG'], 'Leipzig', null],
      ['statement', ['Anna Weber'], 'Leipzig', null],
    ]);
    expect(
      run('Alpha Motors firmó un acuerdo con Beta Trenes en Sevilla. «Es un gran paso para la región», dijo Ana Ruiz durante la ceremonia.', 'spa', [
        ['Alpha Motors', 'ORG'],
        ['Beta Trenes', 'ORG'],
        ['Sevilla', 'GPE'],
        ['Ana Ruiz', 'PER'],
      ]),
    ).toEqual([
      ['agreement', ['Alpha Motors', 'Beta Trenes'], 'Sevilla', null],
      ['statement', ['Ana Ruiz'], 'Sevilla', null],
    ]);
  });

  it('en: said at the signing ceremony, or attending it → where and on the day the agreement was signed; silent without the occasion', () => {
    const date = (text: string, d: string): NumberSpec => ({ text, kind: 'date', date: d });
    const mentions: M = [['Alpha Motors', 'ORG'], ['Beta Rail', 'ORG'], ['Astana', 'GPE'], ['Nurlan Ospanov', 'PER'], ['Katrin Hoffmann', 'PER']];
    expect(
      run('Alpha Motors signed an agreement with Beta Rail in Astana on March 13. "It is a good day," Nurlan Ospanov said at the signing ceremony. Katrin Hoffmann attended the ceremony.', 'eng', mentions, [date('March 13', '2026-03-13')]),
    ).toEqual([
      ['agreement', ['Alpha Motors', 'Beta Rail'], 'Astana', '2026-03-13'],
      ['statement', ['Nurlan Ospanov'], 'Astana', '2026-03-13'],
      ['visit', ['Katrin Hoffmann'], 'Astana', '2026-03-13'],
    ]);
    expect(
      run('Alpha Motors signed an agreement with Beta Rail in Astana on March 13. "It is a good day," Nurlan Ospanov said.', 'eng', mentions.slice(0, 4), [date('March 13', '2026-03-13')]).at(-1),
    ).toEqual(['statement', ['Nurlan Ospanov'], null, null]);
  });

  it('en, es: a speaker who attended the signing, named by surname or title in the next sentence, spoke there on its day', () => {
    const date = (text: string, d: string): NumberSpec => ({ text, kind: 'date', date: d });
    const en = 'Alpha Motors signed an agreement with Beta Rail in Astana on March 13. State Secretary Katrin Hoffmann attended the ceremony. Hoffmann called the deal "an important signal".';
    expect(run(en, 'eng', [['Alpha Motors', 'ORG'], ['Beta Rail', 'ORG'], ['Astana', 'GPE'], ['Katrin Hoffmann', 'PER'], ['Hoffmann', 'PER', 1]], [date('March 13', '2026-03-13')]).at(-1)).toEqual(['statement', ['Hoffmann'], 'Astana', '2026-03-13']);
    const es = 'Alpha Motors firmó un acuerdo con Beta Trenes en Sevilla el 13 de marzo. «Es un gran paso para la región», afirmó Ana Ruiz durante la firma.';
    expect(run(es, 'spa', [['Alpha Motors', 'ORG'], ['Beta Trenes', 'ORG'], ['Sevilla', 'GPE'], ['Ana Ruiz', 'PER']], [date('13 de marzo', '2026-03-13')]).filter((e) => e[0] === 'statement')).toEqual([['statement', ['Ana Ruiz'], 'Sevilla', '2026-03-13']]);
  });

  it('silent: another person of that surname (en), the firm, not the signing (es)', () => {
    const date = (text: string, d: string): NumberSpec => ({ text, kind: 'date', date: d });
    const en = 'Alpha Motors signed an agreement with Beta Rail in Astana on March 13. State Secretary Katrin Hoffmann attended the ceremony. Paul Weber called the deal "an important signal".';
    expect(run(en, 'eng', [['Alpha Motors', 'ORG'], ['Beta Rail', 'ORG'], ['Astana', 'GPE'], ['Katrin Hoffmann', 'PER'], ['Paul Weber', 'PER']], [date('March 13', '2026-03-13')]).at(-1)).toEqual(['statement', ['Paul Weber'], null, null]);
    const es = 'Alpha Motors firmó un acuerdo con Beta Trenes en Sevilla el 13 de marzo. «Es un gran paso», afirmó Ana Ruiz, directora de la firma.';
    expect(run(es, 'spa', [['Alpha Motors', 'ORG'], ['Beta Trenes', 'ORG'], ['Sevilla', 'GPE'], ['Ana Ruiz', 'PER']], [date('13 de marzo', '2026-03-13')]).filter((e) => e[0] === 'statement').map((e) => e.slice(2))).toEqual([[null, null]]);
  });

  it('en: a speaker who visited the site said it there', () => {
    expect(
      run('Alpha Motors opened a plant in Pune last year. Minister John Clark, who visited the plant on Monday, said that output would double.', 'eng', [
        ['Alpha Motors', 'ORG'],
        ['Pune', 'GPE'],
        ['John Clark', 'PER'],
      ]).filter((e) => e[0] === 'visit' || e[0] === 'statement'),
    ).toEqual([
      ['visit', ['John Clark'], 'Pune', null],
      ['statement', ['John Clark'], 'Pune', null],
    ]);
  });

  it('ru: attending the ceremony is a visit to where and when the agreement was signed; silent without an occasion', () => {
    const signed = { text: '13 марта', kind: 'date', date: '2026-03-13' } as const;
    const text = 'Соглашение стороны подписали 13 марта в Астане. В церемонии приняла участие статс-секретарь Катрин Хофман.';
    expect(run(text, 'rus', [['Астане', 'GPE'], ['Катрин Хофман', 'PER']], [signed], '2026-03-16').filter((e) => e[0] === 'visit')).toEqual([['visit', ['Катрин Хофман'], 'Астане', '2026-03-13']]);
    const plain = 'Соглашение стороны подписали 13 марта в Астане. Катрин Хофман посетила завод.';
    expect(run(plain, 'rus', [['Астане', 'GPE'], ['Катрин Хофман', 'PER']], [signed], '2026-03-16').filter((e) => e[0] === 'visit')).toEqual([['visit', ['Катрин Хофман'], null, null]]);
  });

  it('silent: no occasion named (es), an occasion but no signing placed (en)', () => {
    expect(
      run('Alpha Motors firmó un acuerdo con Beta Trenes en Sevilla. «Es un gran paso para la región», dijo Ana Ruiz.', 'spa', [
        ['Alpha Motors', 'ORG'],
        ['Beta Trenes', 'ORG'],
        ['Sevilla', 'GPE'],
        ['Ana Ruiz', 'PER'],
      ]).filter((e) => e[0] === 'statement'),
    ).toEqual([['statement', ['Ana Ruiz'], null, null]]);
    expect(
      run('Alpha Motors opened a plant in Pune last year. Minister John Clark said at a ceremony that output would double.', 'eng', [
        ['Alpha Motors', 'ORG'],
        ['Pune', 'GPE'],
        ['John Clark', 'PER'],
      ]).filter((e) => e[0] === 'statement'),
    ).toEqual([['statement', ['John Clark'], null, null]]);
  });
});

describe('events discourse: a statement at the occasion the lead reports takes its place and day (pack field occasionNouns)', () => {
  const said = (text: string, language: string, mentions: M, numbers: NumberSpec[]) => run(text, language, mentions, numbers).filter((e) => e[0] === 'statement');
  it('de, en, ru: `bei der Eröffnung`, `at the ceremony`, `на открытии` → the lead event\'s place and day', () => {
    expect(
      said('BAKU, 24. September 2026. Skoda eröffnete ein Werk in Gandscha am 23.09.2026. „Das ist ein guter Tag“, sagte Petr Dvořák bei der Eröffnung.', 'deu', [['BAKU', 'GPE'], ['Gandscha', 'GPE'], ['Skoda', 'ORG'], ['Petr Dvořák', 'PER']], [
        { text: '24. September 2026', kind: 'date', date: '2026-09-24' },
        { text: '23.09.2026', kind: 'date', date: '2026-09-23' },
      ]),
    ).toEqual([['statement', ['Petr Dvořák'], 'Gandscha', '2026-09-23']]);
    expect(
      said('SHYMKENT, April 14, 2027. Ordabasy Motors opened a bus plant in Shymkent on April 13. The city will build a rail spur, Mayor Nurzhan Abenov told reporters at the ceremony.', 'eng', [['SHYMKENT', 'GPE'], ['Ordabasy Motors', 'ORG'], ['Shymkent', 'GPE'], ['Nurzhan Abenov', 'PER']], [
        { text: 'April 14, 2027', kind: 'date', date: '2027-04-14' },
        { text: 'April 13', kind: 'date', date: '2027-04-13' },
      ]),
    ).toEqual([['statement', ['Nurzhan Abenov'], 'Shymkent', '2027-04-13']]);
    expect(
      said('БАКУ, 23 июня 2026 года. Компания Alpha Motors 22 июня открыла завод в Сумгайыте. «Это важный день», — сказал Иван Петров на открытии.', 'rus', [['БАКУ', 'GPE'], ['Alpha Motors', 'ORG'], ['Сумгайыте', 'GPE'], ['Иван Петров', 'PER']], [
        { text: '23 июня 2026 года', kind: 'date', date: '2026-06-23' },
        { text: '22 июня', kind: 'date', date: '2026-06-22' },
      ]),
    ).toEqual([['statement', ['Иван Петров'], 'Сумгайыте', '2026-06-22']]);
  });

  it('de: a statement said at the occasion\'s place, the occasion named in the sentence before, takes its day', () => {
    expect(
      said('BAKU, 24. September 2026. Skoda eröffnete ein Werk in Gandscha am 23.09.2026. Am Rande der Zeremonie unterzeichneten Azermash und Aqrolizinq einen Rahmenvertrag. Landwirte sollen die Maschinen leasen können, erklärte Rauf Hasanow in Gandscha.', 'deu', [['BAKU', 'GPE'], ['Gandscha', 'GPE'], ['Skoda', 'ORG'], ['Azermash', 'ORG'], ['Aqrolizinq', 'ORG'], ['Rauf Hasanow', 'PER'], ['Gandscha', 'GPE', 1]], [
        { text: '24. September 2026', kind: 'date', date: '2026-09-24' },
        { text: '23.09.2026', kind: 'date', date: '2026-09-23' },
      ]),
    ).toEqual([['statement', ['Rauf Hasanow'], 'Gandscha', '2026-09-23']]);
  });

  it('silent: no occasion named (fr), an occasion but no dateline lead (en), a statement elsewhere after the occasion (de)', () => {
    expect(
      said("LYON, 14 avril 2027. Alstar a inauguré le 13 avril une usine à Lyon. « C'est un grand jour », a déclaré Paul Martin.", 'fra', [['LYON', 'GPE'], ['Alstar', 'ORG'], ['Lyon', 'GPE'], ['Paul Martin', 'PER']], [
        { text: '14 avril 2027', kind: 'date', date: '2027-04-14' },
        { text: '13 avril', kind: 'date', date: '2027-04-13' },
      ]).map((e) => e.slice(2)),
    ).toEqual([[null, null]]);
    expect(said('Ordabasy Motors opened a bus plant in Shymkent on April 13. Mayor Nurzhan Abenov told reporters at the ceremony that the city will grow.', 'eng', [['Ordabasy Motors', 'ORG'], ['Shymkent', 'GPE'], ['Nurzhan Abenov', 'PER']], [{ text: 'April 13', kind: 'date', date: '2027-04-13' }]).map((e) => e.slice(2))).toEqual([[null, null]]);
    expect(
      said('BAKU, 24. September 2026. Skoda eröffnete ein Werk in Gandscha am 23.09.2026. Am Rande der Zeremonie unterzeichneten Azermash und Aqrolizinq einen Rahmenvertrag. Landwirte sollen die Maschinen leasen können, erklärte Rauf Hasanow in Baku.', 'deu', [['BAKU', 'GPE'], ['Gandscha', 'GPE'], ['Skoda', 'ORG'], ['Azermash', 'ORG'], ['Aqrolizinq', 'ORG'], ['Rauf Hasanow', 'PER'], ['Baku', 'GPE']], [
        { text: '24. September 2026', kind: 'date', date: '2026-09-24' },
        { text: '23.09.2026', kind: 'date', date: '2026-09-23' },
      ]).map((e) => e[3]),
    ).toEqual([null]);
  });
});

describe('events: a speaker whose post heads a place speaks for it (the title right before the name)', () => {
  const said = (text: string, language: string, mentions: M) => run(text, language, mentions).filter((e) => e[0] === 'statement');
  it('ru, fr, es, de, en', () => {
    expect(said('Президент Казахстана Иван Петров заявил, что Alpha Motors увеличит выпуск.', 'rus', [['Казахстана', 'GPE'], ['Иван Петров', 'PER'], ['Alpha Motors', 'ORG']])).toEqual([
      ['statement', ['Иван Петров'], 'Казахстана', null],
    ]);
    expect(said('Le gouverneur de Navoï Karim Aliev a déclaré que Alpha Motors allait recruter.', 'fra', [['Navoï', 'GPE'], ['Karim Aliev', 'PER'], ['Alpha Motors', 'ORG']])).toEqual([
      ['statement', ['Karim Aliev'], 'Navoï', null],
    ]);
    expect(said('El alcalde de Sevilla Ana Ruiz dijo que Alpha Motors ampliará la planta.', 'spa', [['Sevilla', 'GPE'], ['Ana Ruiz', 'PER'], ['Alpha Motors', 'ORG']])).toEqual([
      ['statement', ['Ana Ruiz'], 'Sevilla', null],
    ]);
    expect(said('Der Chokim der Navoi-Region Karim Aliev sagte, Alpha Motors werde mehr Personal einstellen.', 'deu', [['Navoi', 'GPE'], ['Karim Aliev', 'PER'], ['Alpha Motors', 'ORG']])).toEqual([
      ['statement', ['Karim Aliev'], 'Navoi', null],
    ]);
    expect(said("Georgia's President Nino Beridze said that Alpha Motors would hire more staff.", 'eng', [['Georgia', 'GPE'], ['Nino Beridze', 'PER'], ['Alpha Motors', 'ORG']])).toEqual([
      ['statement', ['Nino Beridze'], 'Georgia', null],
    ]);
  });

  it('silent: a long title (an ambassador of one country to another), a post of no place, a place that is no post', () => {
    expect(
      said('The Ambassador Extraordinary and Plenipotentiary of Japan to Georgia Kenji Sato said that Alpha Motors would hire more staff.', 'eng', [
        ['Japan', 'GPE'],
        ['Georgia', 'GPE'],
        ['Kenji Sato', 'PER'],
        ['Alpha Motors', 'ORG'],
      ]),
    ).toEqual([['statement', ['Kenji Sato'], null, null]]);
    expect(said('Deputy Minister of Economy Nino Beridze said that Alpha Motors would hire more staff.', 'eng', [['Nino Beridze', 'PER'], ['Alpha Motors', 'ORG']])).toEqual([
      ['statement', ['Nino Beridze'], null, null],
    ]);
    expect(said('Aus Georgien Nino Beridze sagte, Alpha Motors werde mehr Personal einstellen.', 'deu', [['Georgien', 'GPE'], ['Nino Beridze', 'PER'], ['Alpha Motors', 'ORG']])).toEqual([
      ['statement', ['Nino Beridze'], null, null],
    ]);
  });
});

describe('events discourse: a common noun tagged as a name points back', () => {
  it('ru `Завод` and de `Das Unternehmen` tagged ORG take the plant’s owners and the company named before', () => {
    expect(run('BYD построила завод в Джизаке. Завод выпустил 5000 машин.', 'rus', [['BYD', 'ORG'], ['Джизаке', 'GPE'], ['Завод', 'ORG']], [cars('5000 машин', 5000)])).toEqual([
      ['plant_construction', ['BYD'], 'Джизаке', null],
      ['production', ['BYD'], 'Джизаке', null],
    ]);
    expect(run('Claas hat einen neuen Chef. Das Unternehmen exportierte 2.000 Traktoren.', 'deu', [['Claas', 'ORG'], ['Das Unternehmen', 'ORG']], [{ text: '2.000 Traktoren', kind: 'count', value: 2000, unit: 'tractor' }])).toEqual([
      ['export', ['Claas'], null, null],
    ]);
  });

  it('silent: a name that only holds such a noun stays a name (en `Khazar Plant`, ru `Ростсельмаш`)', () => {
    expect(run('Khazar Plant produced 5,000 cars.', 'eng', [['Khazar Plant', 'ORG']], [cars('5,000 cars', 5000)])).toEqual([['production', ['Khazar Plant'], null, null]]);
    expect(run('Ростсельмаш выпустил 5000 машин.', 'rus', [['Ростсельмаш', 'ORG']], [cars('5000 машин', 5000)])).toEqual([['production', ['Ростсельмаш'], null, null]]);
  });
});

describe('events: a name the text calls a company is an organisation, whatever its tag', () => {
  it('en apposition `X, the state-owned carmaker`, de `der Hersteller X`, ru `компания «X»` (tagged PER) take `the company`', () => {
    expect(run('Turkmen Avto, the state-owned carmaker, hired a chief. The company assembled 19,800 cars.', 'eng', [['Turkmen Avto', 'PER']], [cars('19,800 cars', 19800)])).toEqual([
      ['production', ['Turkmen Avto'], null, null],
    ]);
    expect(run('Der Landmaschinenhersteller Ostwerk hat einen neuen Chef. Das Unternehmen exportierte 2.000 Traktoren.', 'deu', [['Ostwerk', 'PER']], [{ text: '2.000 Traktoren', kind: 'count', value: 2000, unit: 'tractor' }])).toEqual([
      ['export', ['Ostwerk'], null, null],
    ]);
    expect(run('Компания «Сырдарья Техмаш» сменила директора. Компания выпустила 5000 машин.', 'rus', [['Сырдарья Техмаш', 'PER']], [cars('5000 машин', 5000)])).toEqual([
      ['production', ['Сырдарья Техмаш'], null, null],
    ]);
  });

  it('silent: a person named by a post at the company stays a person (en `head of the company`, de `Chef der Firma`)', () => {
    expect(run('John Smith, head of the company, resigned. The company assembled 19,800 cars.', 'eng', [['John Smith', 'PER']], [cars('19,800 cars', 19800)])).toEqual([['production', [], null, null]]);
    expect(run('Hans Meier, Chef der Firma, trat zurück. Die Firma exportierte 2.000 Traktoren.', 'deu', [['Hans Meier', 'PER']], [{ text: '2.000 Traktoren', kind: 'count', value: 2000, unit: 'tractor' }])).toEqual([['export', [], null, null]]);
  });
});

describe('events discourse: the baseline of a comparison dates nothing', () => {
  it('de `Im laufenden Jahr … 15 Prozent mehr als im Vorjahr`, en `this year, more than last year`', () => {
    const combines = (text: string): NumberSpec => ({ text, kind: 'count', value: 640, unit: 'combine' });
    expect(run('Im laufenden Jahr hat das Werk 640 Mähdrescher gefertigt, 15 Prozent mehr als im Vorjahr.', 'deu', [], [combines('640 Mähdrescher')], '2026-10-12')).toEqual([
      ['production', [], null, '2026'],
    ]);
    expect(run('This year the plant built 640 cars, more than last year.', 'eng', [], [cars('640 cars', 640)], '2026-10-12')).toEqual([['production', [], null, '2026']]);
  });

  it('en `a year earlier` is the year before the fact, never a year of the document; `a year ago` is', () => {
    // (`for the full year` is this year, as 303_eng's gold has it: the baseline does not make it 2025)
    expect(run('The plant expects to build 4,000 cars for the full year, up 22% from a year earlier.', 'eng', [], [cars('4,000 cars', 4000)], '2026-07-09')).toEqual([['production_target', [], null, '2026']]);
    expect(run('A year ago the plant built 4,000 cars.', 'eng', [], [cars('4,000 cars', 4000)], '2026-07-09')).toEqual([['production', [], null, '2025']]);
  });

  it('a relative month dates to the month of the reference date (en `last month`, de `im vergangenen Monat`, ru `в прошлом месяце`)', () => {
    const ref = { date: '2026-10-20', source: 'published' as const, dateline: null };
    const at = (text: string, lang: string, mentions: M) => {
      const input = build(text, lang, mentions, []);
      input.referenceDate = ref;
      return view(input, extractEvents(input)).map((e) => [e.type, e.time]);
    };
    expect(at('Turkmenistan and Kazakhstan agreed last month to raise rail freight.', 'eng', [['Turkmenistan', 'GPE'], ['Kazakhstan', 'GPE']])).toEqual([['agreement', '2026-09']]);
    expect(at('Die Kraft AG hat im vergangenen Monat ein Werk in Leipzig eröffnet.', 'deu', [['Kraft AG', 'ORG'], ['Leipzig', 'GPE']])).toEqual([['plant_launch', '2026-09']]);
    expect(at('В прошлом месяце «КамАЗ» открыл завод в Ташкенте.', 'rus', [['КамАЗ', 'ORG'], ['Ташкенте', 'GPE']])).toEqual([['plant_launch', '2026-09']]);
  });

  it('silent: a relative year without a comparison dates the fact (de `im Vorjahr`, ru `в прошлом году`)', () => {
    expect(run('Das Werk hat im Vorjahr 640 Autos gefertigt.', 'deu', [], [cars('640 Autos', 640)], '2026-10-12')).toEqual([['production', [], null, '2025']]);
    expect(run('В прошлом году завод выпустил 640 машин.', 'rus', [], [cars('640 машин', 640)], '2026-10-12')).toEqual([['production', [], null, '2025']]);
  });
});

describe('events discourse: a partner alone leaves the subject to the anaphor or the salient organisation', () => {
  it('`The company signed an agreement with X` (en, fr, ru): the company and X; the next fact is the company’s', () => {
    expect(run('UzAuto Motors produced 100,000 cars. The company signed an agreement with Chinese automaker BYD. The company plans to export 20,000 cars.', 'eng', [['UzAuto Motors', 'ORG'], ['BYD', 'ORG']], [cars('100,000 cars', 100000), cars('20,000 cars', 20000)])).toEqual([
      ['production', ['UzAuto Motors'], null, null],
      ['agreement', ['UzAuto Motors', 'BYD'], null, null],
      ['export', ['UzAuto Motors'], null, null],
    ]);
    expect(run('Renault Trucks a vendu 4 000 camions. La société a signé un accord avec le groupe Uzavtosanoat.', 'fra', [['Renault Trucks', 'ORG'], ['Uzavtosanoat', 'ORG']], [{ text: '4 000 camions', kind: 'count', value: 4000, unit: 'truck' }]).find((e) => e[0] === 'agreement')).toEqual(['agreement', ['Renault Trucks', 'Uzavtosanoat'], null, null]);
    expect(run('«Узагротехсаноат» выпустил 5 300 тракторов. Во вторник компания подписала с белорусским МТЗ соглашение.', 'rus', [['Узагротехсаноат', 'ORG'], ['МТЗ', 'ORG']], [{ text: '5 300 тракторов', kind: 'count', value: 5300, unit: 'tractor' }]).find((e) => e[0] === 'agreement')).toEqual(['agreement', ['Узагротехсаноат', 'МТЗ'], null, null]);
  });

  it('silent: a passive agent is the agent (en `by`, de `von`), and a partner with a named subject keeps it', () => {
    expect(run('Kia Motors produced 100,000 cars. The plant was opened by Hyundai.', 'eng', [['Kia Motors', 'ORG'], ['Hyundai', 'ORG']], [cars('100,000 cars', 100000)]).find((e) => e[0] === 'plant_launch')).toEqual(['plant_launch', ['Hyundai'], null, null]);
    expect(run('Kia Motors produced 100,000 cars. Toyota signed an agreement with Hyundai.', 'eng', [['Kia Motors', 'ORG'], ['Toyota', 'ORG'], ['Hyundai', 'ORG']], [cars('100,000 cars', 100000)]).find((e) => e[0] === 'agreement')).toEqual(['agreement', ['Toyota', 'Hyundai'], null, null]);
  });
});

describe('events discourse: the pack’s comparison words mark a baseline', () => {
  it('de `gegenüber dem Vorjahr`, en `compared with last year`: the baseline dates nothing', () => {
    expect(run('Im laufenden Jahr hat das Werk 640 Autos gefertigt, 15 Prozent mehr gegenüber dem Vorjahr.', 'deu', [], [cars('640 Autos', 640)], '2026-10-12')).toEqual([['production', [], null, '2026']]);
    expect(run('The plant expects to build 640 cars, up 15% compared with last year.', 'eng', [], [cars('640 cars', 640)], '2026-10-12')).toEqual([['production_target', [], null, null]]);
  });

  it('silent: without a comparison word the relative year dates the fact (fr `l’an dernier`)', () => {
    expect(run("L'an dernier, l'usine a produit 640 voitures.", 'fra', [], [cars('640 voitures', 640)], '2026-10-12')).toEqual([['production', [], null, '2025']]);
  });
});

describe('events discourse: German genitive home country and the place of a quoted fact', () => {
  it('de `Usbekistans größter Autohersteller X` places X’s exports in Usbekistan; `Belarus exportierte` names no home', () => {
    expect(run('Usbekistans größter Autohersteller UzAuto Motors hat 2025 rund 61.200 Autos exportiert.', 'deu', [['Usbekistans', 'GPE'], ['UzAuto Motors', 'ORG']], [year(2025), cars('61.200 Autos', 61200)])).toEqual([
      ['export', ['UzAuto Motors'], 'Usbekistans', '2025'],
    ]);
    expect(run('Dann exportierte UzAuto Motors 2025 rund 61.200 Autos.', 'deu', [['UzAuto Motors', 'ORG']], [year(2025), cars('61.200 Autos', 61200)])).toEqual([
      ['export', ['UzAuto Motors'], null, '2025'],
    ]);
  });

  it('de `„…“, sagte X, Sprecherin der Y, vor Journalisten in Taschkent`: the place is where it was said, not where the quoted fact is', () => {
    const out = run('„UzAuto Motors hat 61.200 Autos exportiert“, sagte Zumrad Schadschalilowa, Pressesprecherin der Holding, vor Journalisten in Taschkent.', 'deu', [['UzAuto Motors', 'ORG'], ['Zumrad Schadschalilowa', 'PER'], ['Taschkent', 'GPE']], [cars('61.200 Autos', 61200)]);
    expect(out.find((e) => e[0] === 'export')?.[2]).toBeNull();
    const own = run('UzAuto Motors hat in Taschkent 61.200 Autos gebaut, sagte Zumrad Schadschalilowa.', 'deu', [['UzAuto Motors', 'ORG'], ['Taschkent', 'GPE'], ['Zumrad Schadschalilowa', 'PER']], [cars('61.200 Autos', 61200)]);
    expect(own.find((e) => e[0] === 'production')?.[2]).toBe('Taschkent');
  });
});

describe('events discourse: a home country in an apposition of company nouns', () => {
  it('fr before the name, es and ru after it place the exports in the country', () => {
    expect(run("Le plus grand constructeur automobile d'Ouzbékistan, UzAuto Motors, a exporté 61 200 voitures en 2025.", 'fra', [['Ouzbékistan', 'GPE'], ['UzAuto Motors', 'ORG']], [cars('61 200 voitures', 61200), year(2025)]).find((e) => e[0] === 'export')?.[2]).toBe('Ouzbékistan');
    expect(run('UzAuto Motors, el mayor fabricante de automóviles de Uzbekistán, exportó 61.200 coches en 2025.', 'spa', [['UzAuto Motors', 'ORG'], ['Uzbekistán', 'GPE']], [cars('61.200 coches', 61200), year(2025)]).find((e) => e[0] === 'export')?.[2]).toBe('Uzbekistán');
    expect(run('«УзАвто Моторс», крупнейший автопроизводитель Узбекистана, экспортировало 61 200 автомобилей в 2025 году.', 'rus', [['УзАвто Моторс', 'ORG'], ['Узбекистана', 'GPE']], [{ text: '61 200 автомобилей', kind: 'count', value: 61200, unit: 'car' }, year(2025)]).find((e) => e[0] === 'export')?.[2]).toBe('Узбекистана');
  });

  it('silent: a country after a verb in the apposition (es), or before the name with no company noun (fr)', () => {
    expect(run('UzAuto Motors, el fabricante que compite con Kazajistán, crece. UzAuto Motors exportó 61.200 coches en 2025.', 'spa', [['UzAuto Motors', 'ORG'], ['Kazajistán', 'GPE'], ['UzAuto Motors', 'ORG']], [cars('61.200 coches', 61200), year(2025)]).find((e) => e[0] === 'export')?.[2]).toBeNull();
    expect(run("Le président de l'Ouzbékistan, Chavkat Mirzioïev, a salué UzAuto Motors, qui a exporté 61 200 voitures.", 'fra', [['Ouzbékistan', 'GPE'], ['Chavkat Mirzioïev', 'PER'], ['UzAuto Motors', 'ORG']], [cars('61 200 voitures', 61200)]).find((e) => e[0] === 'export')?.[2]).toBeNull();
  });
});

describe("events discourse: a company's later exports leave the country its earlier export left from", () => {
  it('en, ru: after `crossovers assembled at its plant in Asaka`, `the company plans to export` is in Uzbekistan as the article names it', () => {
    const en = run(
      "UzAuto Motors will start shipping crossovers assembled at its plant in Asaka to Russia. The company plans to export 35,000 cars to Russia in 2026. Uzbekistan's President praised the plan.",
      'eng',
      [['UzAuto Motors', 'ORG'], ['Asaka', 'GPE'], ['Russia', 'GPE'], ['Russia', 'GPE', 1], ['Uzbekistan', 'GPE']],
      [cars('35,000 cars', 35000), year(2026)],
    );
    expect(en.filter((e) => e[0] === 'export').map((e) => e[2])).toEqual(['Asaka', 'Uzbekistan']);
    const ru = run(
      'АО «УзАвто Моторс» начнёт поставки в Россию кроссоверов, собранных на заводе в Асаке. В 2026 году компания планирует экспортировать в Россию 35 000 автомобилей. Президент Узбекистана одобрил план.',
      'rus',
      [['УзАвто Моторс', 'ORG'], ['Россию', 'GPE'], ['Асаке', 'GPE'], ['Россию', 'GPE', 1], ['Узбекистана', 'GPE']],
      [year(2026), cars('35 000 автомобилей', 35000)],
    );
    expect(ru.filter((e) => e[0] === 'export').map((e) => e[2])).toEqual(['Асаке', 'Узбекистана']);
  });

  it('silent: a plan to produce elsewhere is no site of its exports (de), nor is a country the article never names (fr)', () => {
    const de = run(
      'JAC Motors führte Gespräche über die Produktion von Autos des Unternehmens in Karshi in Usbekistan. Die Fahrzeuge des Unternehmens werden in 60 Länder exportiert.',
      'deu',
      [['JAC Motors', 'ORG'], ['Karshi', 'GPE'], ['Usbekistan', 'GPE']],
      [{ text: '60 Länder', kind: 'count', value: 60, unit: 'country' }],
    );
    expect(de.find((e) => e[0] === 'export')?.[2]).toBeNull();
    const fr = run(
      "UzAuto Motors livrera en Russie des crossovers assemblés dans son usine d'Asaka. L'entreprise prévoit d'exporter 35 000 voitures vers la Russie en 2026.",
      'fra',
      [['UzAuto Motors', 'ORG'], ['Russie', 'GPE'], ['Asaka', 'GPE'], ['Russie', 'GPE', 1]],
      [cars('35 000 voitures', 35000), year(2026)],
    );
    expect(fr.filter((e) => e[0] === 'export').map((e) => e[2])).toEqual(['Asaka', null]);
  });
});

describe('events discourse: an export with no site leaves the country its sentence names its makers by', () => {
  it('fr nationality, de nationality, en genitive before the trigger: the country as the article names it', () => {
    const fr = run(
      "Le Kazakhstan sert de débouché pour l'industrie automobile ouzbèke : selon UzAuto Motors, ses exportations vers le voisin kazakh ont atteint 12 000 véhicules. Alstom a livré des trains à l'Ouzbékistan.",
      'fra',
      [['Kazakhstan', 'GPE'], ['ouzbèke', 'MISC'], ['UzAuto Motors', 'ORG'], ['kazakh', 'MISC'], ['Alstom', 'ORG'], ['Ouzbékistan', 'GPE']],
      [{ text: '12 000 véhicules', kind: 'count', value: 12000, unit: 'car' }],
    );
    expect(fr.find((e) => e[0] === 'export')?.[2]).toBe('Ouzbékistan');
    const de = run(
      'Kasachstan ist ein wichtiger Absatzmarkt für die usbekische Autoindustrie: Nach Angaben von UzAuto Motors stiegen die Exporte in das kasachische Nachbarland auf 12.000 Fahrzeuge. Usbekistan bestellte Züge.',
      'deu',
      [['Kasachstan', 'GPE'], ['usbekische', 'MISC'], ['UzAuto Motors', 'ORG'], ['kasachische', 'MISC'], ['Usbekistan', 'GPE']],
      [{ text: '12.000 Fahrzeuge', kind: 'count', value: 12000, unit: 'car' }],
    );
    expect(de.find((e) => e[0] === 'export')?.[2]).toBe('Usbekistan');
    const en = run(
      "Kazakhstan is also an outlet for Uzbekistan's car industry: according to UzAuto Motors, its exports to neighbouring Kazakhstan reached 12,000 vehicles.",
      'eng',
      [['Kazakhstan', 'GPE'], ['Uzbekistan', 'GPE'], ['UzAuto Motors', 'ORG'], ['Kazakhstan', 'GPE', 1]],
      [{ text: '12,000 vehicles', kind: 'count', value: 12000, unit: 'car' }],
    );
    expect(en.find((e) => e[0] === 'export')?.[2]).toBe('Uzbekistan');
  });

  it('silent: a nationality after the trigger is the buyers\' (en), and a country the article never names places nothing (es)', () => {
    const en = run('UzAuto Motors shipped 7,420 vehicles to Russian dealers. Russia is its largest market.', 'eng', [['UzAuto Motors', 'ORG'], ['Russian', 'MISC'], ['Russia', 'GPE']], [cars('7,420 vehicles', 7420)]);
    expect(en.find((e) => e[0] === 'export')?.[2] ?? null).toBeNull();
    const es = run('Los fabricantes alemanes suministraron a Kazajistán máquinas por valor de 1.900 millones de euros.', 'spa', [['alemanes', 'MISC'], ['Kazajistán', 'GPE']], [{ text: '1.900 millones de euros', kind: 'money', value: 1.9e9, currency: 'EUR' }]);
    expect(es.find((e) => e[0] === 'export')?.[2] ?? null).toBeNull();
  });
});

describe('events discourse: a plant named after its town stands there', () => {
  const buses = (text: string, value: number): NumberSpec => ({ text, kind: 'count', value, unit: 'bus' });
  it('en `Samarkand Automobile Plant (SamAuto)`, ru `Самаркандский автомобильный завод (СамАвто)`: its facts are in the town as the article names it', () => {
    const en = run(
      'Samarkand Automobile Plant (SamAuto) plans to produce 3,200 buses in 2026. A new paint shop is under construction in Samarkand.',
      'eng',
      [['SamAuto', 'ORG'], ['Samarkand', 'GPE', 1]],
      [buses('3,200 buses', 3200), year(2026)],
    );
    expect(en.find((e) => e[0] === 'production_target')?.[2]).toBe('Samarkand');
    const ru = run(
      'Самаркандский автомобильный завод (СамАвто) в 2026 году планирует произвести 3 200 автобусов. В Самарканде также строится новый цех окраски.',
      'rus',
      [['СамАвто', 'ORG'], ['Самарканде', 'GPE']],
      [year(2026), buses('3 200 автобусов', 3200)],
    );
    expect(ru.find((e) => e[0] === 'production_target')?.[2]).toBe('Самарканде');
  });

  it('silent: a town the article never names (en), and a name word that is no listed place (de)', () => {
    const en = run('Samarkand Automobile Plant (SamAuto) plans to produce 3,200 buses in 2026.', 'eng', [['SamAuto', 'ORG']], [buses('3,200 buses', 3200), year(2026)]);
    expect(en.find((e) => e[0] === 'production_target')?.[2] ?? null).toBeNull();
    const de = run('Das Nordwerk (Alpha) will 2026 insgesamt 3.200 Busse bauen. In Samarkand entsteht eine Lackiererei.', 'deu', [['Alpha', 'ORG'], ['Samarkand', 'GPE']], [year(2026), buses('3.200 Busse', 3200)]);
    expect(de.find((e) => e[0] === 'production_target')?.[2] ?? null).toBeNull();
  });
});

describe("events discourse: a sale in the home market, or a fact of the country's plants, is in the country of the site", () => {
  const trucks = (text: string, value: number): NumberSpec => ({ text, kind: 'count', value, unit: 'truck' });
  it('es `las ventas en el mercado interno`, de `der Absatz im Inland` after a plant in a town; es `las fábricas del país produjeron`', () => {
    const es = run(
      'Qazaq Avto Group inauguró una planta en Kostanái. Un producto fabricado en Kazajistán. Las ventas en el mercado interno alcanzaron 15.160 unidades.',
      'spa',
      [['Qazaq Avto Group', 'ORG'], ['Kostanái', 'GPE'], ['Kazajistán', 'GPE']],
      [trucks('15.160 unidades', 15160)],
    );
    expect(es.find((e) => e[0] === 'sales')?.[2]).toBe('Kazajistán');
    const de = run(
      'UzAuto Motors eröffnete ein Werk in Asaka. Usbekistan fördert die Branche. Der Absatz im Inland stieg auf 318.000 Einheiten.',
      'deu',
      [['UzAuto Motors', 'ORG'], ['Asaka', 'GPE'], ['Usbekistan', 'GPE']],
      [cars('318.000 Einheiten', 318000)],
    );
    expect(de.find((e) => e[0] === 'sales')?.[2]).toBe('Usbekistan');
    const wide = run(
      'Qazaq Avto Group inauguró una planta en Kostanái. Un producto fabricado en Kazajistán. Allí, las fábricas del país produjeron en 2026 más de 160.000 vehículos.',
      'spa',
      [['Qazaq Avto Group', 'ORG'], ['Kostanái', 'GPE'], ['Kazajistán', 'GPE']],
      [year(2026), cars('160.000 vehículos', 160000)],
    );
    expect(wide.find((e) => e[0] === 'production')?.[2]).toBe('Kazajistán');
  });

  it('silent: a sale abroad keeps the site (en), and a town whose country the article never names stays (es)', () => {
    const en = run('UzAuto Motors opened a plant in Asaka. Uzbekistan backs the industry. The company sold 15,000 cars in the first quarter.', 'eng',
      [['UzAuto Motors', 'ORG'], ['Asaka', 'GPE'], ['Uzbekistan', 'GPE']], [cars('15,000 cars', 15000)]);
    expect(en.find((e) => e[0] === 'sales')?.[2]).toBe('Asaka');
    const es = run('Qazaq Avto Group inauguró una planta en Kostanái. Las ventas en el mercado interno alcanzaron 15.160 unidades.', 'spa',
      [['Qazaq Avto Group', 'ORG'], ['Kostanái', 'GPE']], [trucks('15.160 unidades', 15160)]);
    expect(es.find((e) => e[0] === 'sales')?.[2]).toBe('Kostanái');
  });
});

describe("events discourse: a company's revenue takes no site from the facts around it", () => {
  const money = (text: string, value: number, currency: string): NumberSpec => ({ text, kind: 'money', value, currency });
  it('de `Der Umsatz stieg auf 214 Milliarden Tenge`, es `Los ingresos del grupo crecieron … hasta 412.000 millones de tenges` after a plant in a town', () => {
    const de = run('QazBus hat in seinem Werk in Almaty 640 Busse gefertigt. Der Umsatz stieg nach Firmenangaben auf 214 Milliarden Tenge.', 'deu',
      [['QazBus', 'ORG'], ['Almaty', 'GPE']], [{ text: '640 Busse', kind: 'count', value: 640, unit: 'bus' }, money('214 Milliarden Tenge', 214e9, 'KZT')]);
    expect(de.find((e) => e[0] === 'sales')?.[2]).toBeNull();
    const es = run('Qazaq Avto Group ensambló 21.460 vehículos en Kostanái. Los ingresos del grupo crecieron hasta 412.000 millones de tenges.', 'spa',
      [['Qazaq Avto Group', 'ORG'], ['Kostanái', 'GPE']], [cars('21.460 vehículos', 21460), money('412.000 millones de tenges', 412e9, 'KZT')]);
    expect(es.find((e) => e[0] === 'sales')?.[2]).toBeNull();
  });

  it('silent: a revenue that names its own place keeps it (en)', () => {
    const en = run('Qazaq Avto opened a plant in Kostanay. Its sales in Kazakhstan rose to 412 billion tenge.', 'eng',
      [['Qazaq Avto', 'ORG'], ['Kostanay', 'GPE'], ['Kazakhstan', 'GPE']], [money('412 billion tenge', 412e9, 'KZT')]);
    expect(en.find((e) => e[0] === 'sales')?.[2]).toBe('Kazakhstan');
  });
});

describe('events discourse: a bare plant noun in the sentence that creates the plant opens its frame', () => {
  it('ru `построит в Костанае завод`, es `inauguró la planta en Hajigabul`: the later plant facts are there', () => {
    const ru = run('Компания Hoffmann построит в Костанае завод по выпуску комбайнов. Соглашение стороны подписали в Астане. С 2028 года завод будет ежегодно выпускать 1 200 комбайнов.', 'rus', [['Hoffmann', 'ORG'], ['Костанае', 'GPE'], ['Астане', 'GPE']], [year(2028), { text: '1 200 комбайнов', kind: 'count', value: 1200, unit: 'combine' }]);
    expect(ru.find((e) => e[0] === 'production_target')?.[2]).toBe('Костанае');
    const es = run('Azermash inauguró la planta en Hajigabul. El acuerdo se firmó en Bakú. Unas 1.350 personas trabajan ahora en la planta.', 'spa', [['Azermash', 'ORG'], ['Hajigabul', 'GPE'], ['Bakú', 'GPE']], [jobs('1.350 personas', 1350)]);
    expect(es.find((e) => e[0] === 'jobs')?.[2]).toBe('Hajigabul');
  });

  it('silent: a plant created at no place, or by no organisation, places nothing (ru)', () => {
    const none = run('Компания Hoffmann построит завод по выпуску комбайнов. Соглашение стороны подписали в Астане. С 2028 года завод будет ежегодно выпускать 1 200 комбайнов.', 'rus', [['Hoffmann', 'ORG'], ['Астане', 'GPE']], [year(2028), { text: '1 200 комбайнов', kind: 'count', value: 1200, unit: 'combine' }]);
    expect(none.find((e) => e[0] === 'production_target')?.[2]).toBeNull();
  });
});

describe('events: a German statement is placed after its speaker', () => {
  it('de `teilte …, X, in Taschkent mit` is said in Taschkent; a place inside indirect speech is not where it was said', () => {
    const said = run('Das teilte die Pressesprecherin der Holding Uzavtosanoat, Zumrad Schadschalilowa, in Taschkent mit.', 'deu', [['Uzavtosanoat', 'ORG'], ['Zumrad Schadschalilowa', 'PER'], ['Taschkent', 'GPE']]);
    expect(said.find((e) => e[0] === 'statement')?.[2]).toBe('Taschkent');
    const speech = run('Zumrad Schadschalilowa sagte, die Lage werde sich in Taschkent bessern.', 'deu', [['Zumrad Schadschalilowa', 'PER'], ['Taschkent', 'GPE']]);
    expect(speech.find((e) => e[0] === 'statement')?.[2]).toBeNull();
  });
});

describe("events discourse: `the company's plant in X` is the plant of the company the anaphor names", () => {
  it('en: its site goes to the company’s later facts', () => {
    const wagons = (text: string, value: number): NumberSpec => ({ text, kind: 'count', value, unit: 'wagon' });
    const a = run(
      "Rustavi Wagon signed a contract with Azerbaijan Railways. The wagons will be built at the company's plant in Rustavi. Rustavi Wagon produced 412 wagons in 2025.",
      'eng', [['Rustavi Wagon', 'ORG'], ['Azerbaijan Railways', 'ORG'], ['Rustavi', 'GPE', 1], ['Rustavi Wagon', 'ORG', 1]], [wagons('412 wagons', 412), year(2025)]);
    expect(a.filter((e) => e[0] === 'production' && e[3] === '2025')).toEqual([['production', ['Rustavi Wagon'], 'Rustavi', '2025']]);
    const b = run(
      "Ordabasy Motors exported 900 trucks in 2025. Most were built at the manufacturer's factory in Shymkent. Ordabasy Motors will hire 300 workers.",
      'eng', [['Ordabasy Motors', 'ORG'], ['Shymkent', 'GPE'], ['Ordabasy Motors', 'ORG', 1]], [{ text: '900 trucks', kind: 'count', value: 900, unit: 'truck' }, year(2025), jobs('300 workers', 300)]);
    expect(b.filter((e) => e[0] === 'jobs')).toEqual([['jobs', ['Ordabasy Motors'], 'Shymkent', null]]);
  });

  it('silent: a plant named with another owner, and a German plant without a possessive company noun', () => {
    const a = run(
      "Rustavi Wagon signed a contract with Azerbaijan Railways. Stadler's plant in Minsk is idle. Rustavi Wagon produced 412 wagons in 2025.",
      'eng', [['Rustavi Wagon', 'ORG'], ['Azerbaijan Railways', 'ORG'], ['Stadler', 'ORG'], ['Minsk', 'GPE'], ['Rustavi Wagon', 'ORG', 1]], [{ text: '412 wagons', kind: 'count', value: 412, unit: 'wagon' }, year(2025)]);
    expect(a.filter((e) => e[0] === 'production' && e[3] === '2025').map((e) => e[2])).toEqual([null]);
    const d = run('Rustavi Wagon unterzeichnete einen Vertrag. Ein Werk in Rustawi ist geplant. Rustavi Wagon produzierte 2025 genau 412 Waggons.',
      'deu', [['Rustavi Wagon', 'ORG'], ['Rustawi', 'GPE'], ['Rustavi Wagon', 'ORG', 1]], [year(2025), { text: '412 Waggons', kind: 'count', value: 412, unit: 'wagon' }]);
    expect(d.filter((e) => e[0] === 'production').map((e) => e[2])).toEqual([null]);
  });
});

describe('events: a pronoun right after the verb of saying speaks for the person named last (pack field pronounAfterSaying)', () => {
  const said = (text: string, language: string, mentions: M) => run(text, language, mentions).filter((e) => e[0] === 'statement').map((e) => e[1]);
  it('fr `a-t-elle précisé`, es `explicó ella misma`', () => {
    expect(said("Claire Vasseur a visité l'usine. Une partie de la production sera exportée vers la Mongolie, a-t-elle précisé.", 'fra', [['Claire Vasseur', 'PER'], ['Mongolie', 'GPE']])).toEqual([['Claire Vasseur']]);
    expect(said('Alpha Motors nombró directora a Aigerim Bekova. Su objetivo, explicó ella misma, es vender 10.000 vehículos.', 'spa', [['Alpha Motors', 'ORG'], ['Aigerim Bekova', 'PER']])).toEqual([['Aigerim Bekova']]);
  });
  it('silent: no pronoun after the verb (fr), no person named (es)', () => {
    expect(said("Claire Vasseur a visité l'usine. Une partie de la production sera exportée vers la Mongolie, a précisé le groupe.", 'fra', [['Claire Vasseur', 'PER'], ['Mongolie', 'GPE']])).toEqual([]);
    expect(said('Alpha Motors abrió una planta. Su objetivo, explicó ella misma, es vender 10.000 vehículos.', 'spa', [['Alpha Motors', 'ORG']])).toEqual([]);
  });
});

describe('events discourse: a named plant takes the site of its sentence’s fact at it', () => {
  const locos = (text: string, value: number): NumberSpec => ({ text, kind: 'rate', value, unit: 'locomotive' });
  const names: M = [['Astana', 'GPE'], ['Electrovoz Kurastyru Zauyty', 'ORG'], ['EKZ', 'ORG'], ['Alstom', 'ORG'], ['KTZ', 'ORG']];
  it('de/en: `Montiert werden die Lokomotiven in Astana im Werk EKZ, einem Gemeinschaftsunternehmen … Das Werk soll …` is in Astana', () => {
    const de = 'Montiert werden die Lokomotiven in Astana im Werk Electrovoz Kurastyru Zauyty (EKZ), einem Gemeinschaftsunternehmen von Alstom und KTZ mit 1.100 Beschäftigten. Das Werk soll seine Kapazität auf 60 Lokomotiven pro Jahr erhöhen.';
    expect(run(de, 'deu', names, [jobs('1.100 Beschäftigten', 1100), locos('60 Lokomotiven pro Jahr', 60)]).at(-1)![2]).toBe('Astana');
    const en = 'The locomotives are assembled in Astana at the Electrovoz Kurastyru Zauyty (EKZ) plant, a joint venture of Alstom and KTZ with 1,100 employees. The plant will raise its capacity to 60 locomotives a year.';
    expect(run(en, 'eng', names, [jobs('1,100 employees', 1100), locos('60 locomotives a year', 60)]).at(-1)![2]).toBe('Astana');
  });

  it('silent: a place the goods go to is no site of the plant', () => {
    const en = 'The locomotives will be shipped to Astana from the Electrovoz Kurastyru Zauyty (EKZ) plant, a joint venture of Alstom and KTZ. The plant will raise its capacity to 60 locomotives a year.';
    expect(run(en, 'eng', names, [locos('60 locomotives a year', 60)]).at(-1)![2]).toBeNull();
  });
});

describe('events discourse: only a site-bound fact takes the site a cue brings', () => {
  it('en/fr: an agreement of the company takes no site of its plant', () => {
    const en = 'Rustavi Wagon opened a plant in Rustavi. The company signed a contract with Azerbaijan Railways in March.';
    expect(run(en, 'eng', [['Rustavi Wagon', 'ORG'], ['Rustavi', 'GPE'], ['Azerbaijan Railways', 'ORG']]).find((e) => e[0] === 'agreement')![2]).toBeNull();
    const fr = "Renault a construit une usine à Tanger. La société a signé un contrat avec Trans Caucasus Logistics en mars.";
    expect(run(fr, 'fra', [['Renault', 'ORG'], ['Tanger', 'GPE'], ['Trans Caucasus Logistics', 'ORG']]).find((e) => e[0] === 'agreement')![2]).toBeNull();
  });

  it('silent: the plant’s output still takes its site', () => {
    const de = 'Haller hat ein Werk in Namangan eröffnet. Das Werk produzierte 2019 rund 5.000 Kabelsätze.';
    expect(run(de, 'deu', [['Haller', 'ORG'], ['Namangan', 'GPE']], [year(2019), { text: '5.000 Kabelsätze', kind: 'count', value: 5000, unit: 'unit' }]).at(-1)![2]).toBe('Namangan');
  });
});
