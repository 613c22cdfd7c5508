import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import { build, view } from './build.js';

const cars = (text: string, value: number) => ({ text, kind: 'count' as const, value, unit: 'car' });
const agents = (input: ReturnType<typeof build>) => view(input, extractEvents(input)).map((e) => [e.type, e.actors]);

describe('events: actors by clause structure', () => {
  it('the subject that opens the sentence, not a country in its apposition', () => {
    const input = build("UzAuto Motors, Uzbekistan's largest carmaker, produced 412,600 vehicles.", 'eng', [['UzAuto Motors', 'ORG'], ['Uzbekistan', 'GPE']], [cars('412,600 vehicles', 412600)]);
    expect(agents(input)).toEqual([['production', ['UzAuto Motors']]]);
  });

  it('a relative clause takes the name it hangs on (en, de, ru)', () => {
    const en = build('Samarkand hosts SamAuto, which builds 3,000 buses a year.', 'eng', [['Samarkand', 'GPE'], ['SamAuto', 'ORG']], [{ text: '3,000 buses a year', kind: 'rate', value: 3000, unit: 'bus' }]);
    expect(agents(en)).toEqual([['production', ['SamAuto']]]);
    const de = build('Allur besitzt das Werk Saryarka AvtoProm, das 2025 rund 74.350 Fahrzeuge produzierte.', 'deu', [['Allur', 'ORG'], ['Saryarka AvtoProm', 'ORG']], [cars('74.350 Fahrzeuge', 74350)]);
    expect(agents(de)).toEqual([['production', ['Saryarka AvtoProm']]]);
    const ru = build('Самаркандский завод СамАвто, который выпустил 3200 автобусов, расширяется.', 'rus', [['СамАвто', 'ORG']], [{ text: '3200 автобусов', kind: 'count', value: 3200, unit: 'bus' }]);
    expect(agents(ru)).toEqual([['production', ['СамАвто']]]);
  });

  it('a subject after the verb: the person after a title, not the place the title names (ru); a place before a company is no title', () => {
    const ru = build('Открыл производство в понедельник заместитель министра экономики Азербайджана Эльвин Керимов.', 'rus', [['Азербайджана', 'GPE'], ['Эльвин Керимов', 'PER']], []);
    expect(agents(ru)).toEqual([['plant_launch', ['Эльвин Керимов']]]);
    const ru2 = build('Открыл завод в Джизаке президент Узбекистана Шавкат Мирзиёев.', 'rus', [['Джизаке', 'GPE'], ['Узбекистана', 'GPE'], ['Шавкат Мирзиёев', 'PER']], []);
    expect(agents(ru2)).toEqual([['plant_launch', ['Шавкат Мирзиёев']]]);
    // silent: a company after the place, no title
    const ru3 = build('Построила завод в Узбекистане компания UzAuto Motors.', 'rus', [['Узбекистане', 'GPE'], ['UzAuto Motors', 'ORG']], []);
    expect(agents(ru3).map((e) => e[1])).not.toContainEqual(['UzAuto Motors', 'Узбекистане']);
  });

  it('partners: jointly with, gemeinsam mit, and a coordination with a descriptor between the names', () => {
    const en = build('UzAuto jointly with Azermash launched production of Chevrolet cars.', 'eng', [['UzAuto', 'ORG'], ['Azermash', 'ORG'], ['Chevrolet', 'ORG']], []);
    expect(agents(en)[0]).toEqual(['plant_launch', ['UzAuto', 'Azermash']]);
    const de = build('Die Hoffmann GmbH baut gemeinsam mit der Allur Group ein Werk in Kostanai.', 'deu', [['Hoffmann GmbH', 'ORG'], ['Allur Group', 'ORG'], ['Kostanai', 'GPE']], []);
    expect(agents(de)).toEqual([['plant_construction', ['Hoffmann GmbH', 'Allur Group']]]);
    const coord = build("The plant built by Azermash and Uzbekistan's UzAuto Motors produced 1,140 cars.", 'eng', [['Azermash', 'ORG'], ['Uzbekistan', 'GPE'], ['UzAuto Motors', 'ORG']], [cars('1,140 cars', 1140)]);
    expect(agents(coord).find((e) => e[0] === 'production')).toEqual(['production', ['Azermash', 'UzAuto Motors']]);
  });

  it('German puts the subject after the verb; English names after the verb are objects, not agents', () => {
    const de = build('Im Jahr 2025 produzierte Saryarka AvtoProm 74.350 Fahrzeuge.', 'deu', [['Saryarka AvtoProm', 'ORG']], [cars('74.350 Fahrzeuge', 74350)]);
    expect(agents(de)).toEqual([['production', ['Saryarka AvtoProm']]]);
    const en = build('In 2025 the plant produced 74,350 vehicles for Saryarka AvtoProm.', 'eng', [['Saryarka AvtoProm', 'ORG']], [cars('74,350 vehicles', 74350)]);
    expect(agents(en)).toEqual([['production', []]]);
  });
});

describe('events: a relative clause after an apposition naming owners', () => {
  it("fr: « l'usine EKZ, coentreprise d'Alstom et de KTZ, qui emploie 1 100 personnes » → EKZ; en without apposition unchanged", () => {
    const fr = build("Les locomotives seront assemblées par l'usine EKZ, coentreprise d'Alstom et de KTZ, qui emploie 1 100 personnes.", 'fra', [['EKZ', 'ORG'], ['Alstom', 'ORG'], ['KTZ', 'ORG']], [
      { text: '1 100 personnes', kind: 'count', value: 1100, unit: 'person' },
    ]);
    expect(agents(fr).find((e) => e[0] === 'jobs')).toEqual(['jobs', ['EKZ']]);
    const en = build('The plant belongs to Alstom and KTZ, which employ 1,100 people.', 'eng', [['Alstom', 'ORG'], ['KTZ', 'ORG']], [{ text: '1,100 people', kind: 'count', value: 1100, unit: 'person' }]);
    expect(agents(en).find((e) => e[0] === 'jobs')).toEqual(['jobs', ['Alstom', 'KTZ']]);
  });
});

describe('events: coordinated names in quotes', () => {
  it('quote marks around a name do not break a coordination (ru «X» и китайская Y, de „X“ und „Y“)', () => {
    const ru = build('Компания «Узавтосаноат» и китайская BYD запустили завод по выпуску электромобилей.', 'rus', [['Узавтосаноат', 'ORG'], ['BYD', 'ORG']], []);
    expect(agents(ru)).toEqual([['plant_launch', ['Узавтосаноат', 'BYD']]]);
    const de = build('„Claas“ und „Uzagrotechsanoat“ bauen ein Werk in Samarkand.', 'deu', [['Claas', 'ORG'], ['Uzagrotechsanoat', 'ORG'], ['Samarkand', 'GPE']], []);
    expect(agents(de)).toEqual([['plant_construction', ['Claas', 'Uzagrotechsanoat']]]);
  });

  it('stays silent where a quote closes a sentence part between the names (en)', () => {
    const en = build('"We opened the plant," said Kia. Astana Motors produced 5,000 cars.', 'eng', [['Kia', 'ORG'], ['Astana Motors', 'ORG']], [cars('5,000 cars', 5000)]);
    expect(agents(en).find((e) => e[0] === 'production')).toEqual(['production', ['Astana Motors']]);
  });
});

describe('events: a partner phrase before the trigger and a quoted partner', () => {
  it('de verb-final: the subject before `mit … Y` stays an agent; ru: a quoted name after `с компанией «`', () => {
    const de = build('UzAuto Motors hat am Montag mit dem chinesischen Hersteller BYD einen Vertrag unterzeichnet.', 'deu', [['UzAuto Motors', 'ORG'], ['BYD', 'ORG']], []);
    expect(agents(de)).toEqual([['agreement', ['UzAuto Motors', 'BYD']]]);
    const ru = build('В сентябре «Ала-Тоо Моторс» подписала соглашение с узбекской компанией «УзАвто Моторс».', 'rus', [['Ала-Тоо Моторс', 'ORG'], ['УзАвто Моторс', 'ORG']], []);
    expect(agents(ru)).toEqual([['agreement', ['Ала-Тоо Моторс', 'УзАвто Моторс']]]);
  });

  it('stays silent over a passive agent (de `von`)', () => {
    const de = build('Das Werk Khazar wurde von Azermash gebaut.', 'deu', [['Khazar', 'ORG'], ['Azermash', 'ORG']], []);
    expect(agents(de)).toEqual([['plant_construction', ['Azermash']]]);
  });
});

describe('events: a subject after the verb with a partner (de, ru)', () => {
  it('`Dafür investiert X gemeinsam mit dem Partner Y`: X and Y; en names after the verb stay partners only', () => {
    const de = build('Dafür investiert KazAgroMash gemeinsam mit dem Partner MTZ rund 95 Millionen Euro.', 'deu', [['KazAgroMash', 'ORG'], ['MTZ', 'ORG']], [{ text: '95 Millionen Euro', kind: 'money', value: 95e6, currency: 'EUR' }]);
    expect(agents(de)).toEqual([['investment', ['KazAgroMash', 'MTZ']]]);
    const en = build('Last year invested together with Hyundai the company $95 million.', 'eng', [['Hyundai', 'ORG']], [{ text: '$95 million', kind: 'money', value: 95e6, currency: 'USD' }]);
    expect(agents(en)).toEqual([['investment', ['Hyundai']]]);
  });
});

describe('events: a statement’s speaker and its occasion', () => {
  it('a name that only modifies the post is no stated affiliation (en `said Stadler chief executive X`); `X, chief executive of Y` and ru `пресс-секретарь АО «Y» X` are', () => {
    const en = build('"This is an important step," said Stadler chief executive Markus Bernsteiner.', 'eng', [['Stadler', 'ORG'], ['Markus Bernsteiner', 'PER']], []);
    expect(agents(en)).toEqual([['statement', ['Markus Bernsteiner']]]);
    const of = build('"This is an important step," said Markus Bernsteiner, chief executive of Stadler.', 'eng', [['Stadler', 'ORG'], ['Markus Bernsteiner', 'PER']], []);
    expect(agents(of)).toEqual([['statement', ['Markus Bernsteiner', 'Stadler']]]);
    const ru = build('«Это важный шаг», — сообщила пресс-секретарь АО «Узавтосаноат» Зумрад Шаджалилова.', 'rus', [['Узавтосаноат', 'ORG'], ['Зумрад Шаджалилова', 'PER']], []);
    expect(agents(ru)).toEqual([['statement', ['Узавтосаноат', 'Зумрад Шаджалилова']]]);
  });

  it('`said X at the signing` (en), `sagte X bei der Unterzeichnung` (de): the occasion is no agreement; silent without a statement', () => {
    const en = build('"This is an important step," said Markus Bernsteiner at the signing.', 'eng', [['Markus Bernsteiner', 'PER']], []);
    expect(agents(en)).toEqual([['statement', ['Markus Bernsteiner']]]);
    const de = build('„Das ist ein wichtiger Schritt“, sagte Michael Peter bei der Unterzeichnung.', 'deu', [['Michael Peter', 'PER']], []);
    expect(agents(de)).toEqual([['statement', ['Michael Peter']]]);
    const silent = build('Stadler and KTZ attended the signing in Astana.', 'eng', [['Stadler', 'ORG'], ['KTZ', 'ORG'], ['Astana', 'GPE']], []);
    expect(agents(silent)).toEqual([['agreement', ['Stadler', 'KTZ']]]);
  });
});

describe('events: German attributions (separable verbs, verb-final clauses, posts as compounds)', () => {
  it('de `Das teilte die Sprecherin der X, Y, … mit`, `wie X mitteilte`, `Y, Pressesprecherin der X`; silent where `mit` is a preposition', () => {
    const sep = build('Das teilte die Pressesprecherin der Holding Uzavtosanoat, Zumrad Schadschalilowa, in Taschkent mit.', 'deu', [['Uzavtosanoat', 'ORG'], ['Zumrad Schadschalilowa', 'PER'], ['Taschkent', 'GPE']], []);
    expect(agents(sep)).toEqual([['statement', ['Uzavtosanoat', 'Zumrad Schadschalilowa']]]);
    const final = build('Die Lage ist gut, wie der Konzernsprecher Jan Berg am Donnerstag mitteilte.', 'deu', [['Jan Berg', 'PER']], []);
    expect(agents(final)).toEqual([['statement', ['Jan Berg']]]);
    const appo = build('„Wir liefern mehr“, sagte Anna Weber, Pressesprecherin der Kraft AG, vor Journalisten.', 'deu', [['Anna Weber', 'PER'], ['Kraft AG', 'ORG']], []);
    expect(agents(appo)).toEqual([['statement', ['Anna Weber', 'Kraft AG']]]);
    const silent = build('Die Kraft AG teilte sich die Kosten mit der Beta GmbH.', 'deu', [['Kraft AG', 'ORG'], ['Beta GmbH', 'ORG']], []);
    expect(agents(silent)).toEqual([]);
  });

  it('de `nach Angaben Jussupows` (a genitive name) is the source, no actor; the subject stays one', () => {
    const bus = { text: '20 Elektrobusse', kind: 'count' as const, value: 20, unit: 'bus' };
    const de = build('Die ersten 20 Elektrobusse könnten nach Angaben Jussupows bereits im Herbst vom Band laufen.', 'deu', [['Jussupows', 'PER']], [bus]);
    expect(agents(de)).toEqual([['production_target', []]]);
    const subject = build('SamAuto will nach Angaben Jussupows 20 Elektrobusse produzieren.', 'deu', [['SamAuto', 'ORG'], ['Jussupows', 'PER']], [bus]);
    expect(agents(subject)).toEqual([['production_target', ['SamAuto']]]);
  });

  it('de `mit der Gesellschaft X (KTZ) einen Vertrag`: the short name in parentheses is the partner, the subject before it stays', () => {
    const de = build('Alstom hat am Dienstag mit der staatlichen Eisenbahngesellschaft Kazakhstan Temir Joly (KTZ) einen Vertrag unterzeichnet.', 'deu', [['Alstom', 'ORG'], ['Kazakhstan Temir Joly', 'ORG'], ['KTZ', 'ORG']], []);
    expect(agents(de)).toEqual([['agreement', ['Alstom', 'KTZ']]]);
  });

  it('de `zum Generaldirektor ernannt`: a compound post is a post; en unchanged', () => {
    const de = build('Bachodir Sobirow wurde im Dezember zum Generaldirektor der Kraft AG ernannt.', 'deu', [['Bachodir Sobirow', 'PER'], ['Kraft AG', 'ORG']], []);
    expect(agents(de)).toEqual([['appointment', ['Bachodir Sobirow', 'Kraft AG']]]);
    const en = build('Jane Smith was appointed general director of Kraft in December.', 'eng', [['Jane Smith', 'PER'], ['Kraft', 'ORG']], []);
    expect(agents(en)).toEqual([['appointment', ['Jane Smith', 'Kraft']]]);
  });
});

describe('events: an appointment names the person appointed, not the predecessor', () => {
  it('en `replacing X`, ru `сменив X`, de `Nachfolger von X`', () => {
    const en = build('Rustam Saryev was appointed head of Turkmen Railways in August, replacing Bayram Ovezov.', 'eng', [['Rustam Saryev', 'PER'], ['Turkmen Railways', 'ORG'], ['Bayram Ovezov', 'PER']], []);
    expect(agents(en)).toEqual([['appointment', ['Rustam Saryev', 'Turkmen Railways']]]);
    const ru = build('Директором СамАвто назначен Алишер Юсупов, сменивший Бахтиёра Каримова.', 'rus', [['СамАвто', 'ORG'], ['Алишер Юсупов', 'PER'], ['Бахтиёра Каримова', 'PER']], []);
    expect(agents(ru)).toEqual([['appointment', ['СамАвто', 'Алишер Юсупов']]]);
    const de = build('Anna Weber wurde als Nachfolgerin von Jan Berg zur Chefin der Kraft AG ernannt.', 'deu', [['Anna Weber', 'PER'], ['Jan Berg', 'PER'], ['Kraft AG', 'ORG']], []);
    expect(agents(de)).toEqual([['appointment', ['Anna Weber', 'Kraft AG']]]);
  });

  it('silent: two people appointed together stay both (en `X and Y were appointed`)', () => {
    const en = build('Rustam Saryev and Bayram Ovezov were appointed deputy heads of Turkmen Railways.', 'eng', [['Rustam Saryev', 'PER'], ['Bayram Ovezov', 'PER'], ['Turkmen Railways', 'ORG']], []);
    expect(agents(en)).toEqual([['appointment', ['Rustam Saryev', 'Bayram Ovezov', 'Turkmen Railways']]]);
  });
});

describe('events: a trade is between two countries, its owner standing beside the noun', () => {
  it('en `Kazakhstan’s trade with China`, fr `les échanges du Kazakhstan avec la Chine`, es `el comercio de Kazajistán con China`', () => {
    const money = (text: string) => [{ text, kind: 'money' as const, value: 41e9, currency: 'USD' }];
    expect(agents(build("Kazakhstan's trade with China reached $41 billion.", 'eng', [['Kazakhstan', 'GPE'], ['China', 'GPE']], money('$41 billion')))).toEqual([['trade', ['Kazakhstan', 'China']]]);
    expect(agents(build('Les échanges commerciaux du Kazakhstan avec la Chine ont atteint 41 milliards de dollars.', 'fra', [['Kazakhstan', 'GPE'], ['Chine', 'GPE']], money('41 milliards de dollars')))).toEqual([['trade', ['Kazakhstan', 'Chine']]]);
    expect(agents(build('El comercio de Kazajistán con China alcanzó 41.000 millones de dólares.', 'spa', [['Kazajistán', 'GPE'], ['China', 'GPE']], money('41.000 millones de dólares')))).toEqual([['trade', ['Kazajistán', 'China']]]);
  });

  it('silent: a place where the figure was reported is no party (en `in Astana`), nor a place in another clause', () => {
    const money = [{ text: '$41 billion', kind: 'money' as const, value: 41e9, currency: 'USD' }];
    expect(agents(build('Trade between Kazakhstan and China reached $41 billion, officials in Astana said.', 'eng', [['Kazakhstan', 'GPE'], ['China', 'GPE'], ['Astana', 'GPE']], money))).toEqual([['trade', ['Kazakhstan', 'China']]]);
  });
});
