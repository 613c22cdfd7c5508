import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SUPPORTED_LANGUAGES,
  detectLanguage,
  foldLanguageCode,
  identifyLanguage,
  LANGUAGE_STAGE,
} from '../../../pipeline/language/index.js';

// Sentences written for these tests (one news sentence per language, not from the dev data).
const CASES: [code: string, script: string, text: string][] = [
  ['eng', 'Latin', 'The government announced on Tuesday that it would raise taxes on imported cars next year.'],
  ['deu', 'Latin', 'Die Regierung hat am Dienstag angekündigt, die Steuern auf importierte Autos im nächsten Jahr zu erhöhen.'],
  ['fra', 'Latin', "Le gouvernement a annoncé mardi qu'il augmenterait les taxes sur les voitures importées l'année prochaine."],
  ['spa', 'Latin', 'El gobierno anunció el martes que subirá los impuestos a los coches importados el próximo año.'],
  ['ita', 'Latin', "Il governo ha annunciato martedì che l'anno prossimo aumenterà le tasse sulle auto importate."],
  ['por', 'Latin', 'O governo anunciou na terça-feira que vai aumentar os impostos sobre os carros importados no próximo ano.'],
  ['nld', 'Latin', "De regering heeft dinsdag aangekondigd dat de belasting op geïmporteerde auto's volgend jaar omhoog gaat."],
  ['pol', 'Latin', 'Rząd ogłosił we wtorek, że w przyszłym roku podniesie podatki na importowane samochody.'],
  ['tur', 'Latin', 'Hükümet salı günü yaptığı açıklamada gelecek yıl ithal otomobillere uygulanan vergileri artıracağını bildirdi.'],
  ['aze', 'Latin', 'Hökumət çərşənbə axşamı gələn il idxal olunan avtomobillərə vergiləri artıracağını açıqlayıb.'],
  ['uzb', 'Latin', 'Hukumat seshanba kuni kelgusi yildan boshlab import avtomobillarga soliqlarni oshirishini aytdi va bu qaror iqtisodiyot uchun muhim boʻladi.'],
  ['tuk', 'Latin', 'Hökümet sişenbe güni indiki ýyldan başlap daşary ýurtdan getirilýän awtoulaglara salgytlary ýokarlandyrjakdygyny mälim etdi.'],
  ['rus', 'Cyrillic', 'Правительство во вторник объявило, что в следующем году повысит налоги на импортные автомобили.'],
  ['ukr', 'Cyrillic', 'Уряд у вівторок оголосив, що наступного року підвищить податки на імпортні автомобілі.'],
  ['bel', 'Cyrillic', 'Урад у аўторак абвясціў, што ў наступным годзе павысіць падаткі на імпартныя аўтамабілі.'],
  ['bul', 'Cyrillic', 'Правителството обяви във вторник, че догодина ще повиши данъците върху вносните автомобили.'],
  ['srp', 'Cyrillic', 'Влада је у уторак објавила да ће следеће године повећати порезе на увезене аутомобиле.'],
  ['mkd', 'Cyrillic', 'Владата во вторникот објави дека следната година ќе ги зголеми даноците на увезените автомобили.'],
  ['kaz', 'Cyrillic', 'Үкімет сейсенбі күні келесі жылы шетелден әкелінетін көліктерге салықты көтеретінін мәлімдеді.'],
  ['kir', 'Cyrillic', 'Өкмөт жаңы мыйзам долбоорун жактырды, ал боюнча кийинки жылы чет өлкөдөн келген унаалардын салыгы көтөрүлөт.'],
  ['tgk', 'Cyrillic', 'Ҳукумат рӯзи сешанбе эълон кард, ки соли оянда андозҳоро барои мошинҳои воридотӣ зиёд мекунад.'],
  ['uzb', 'Cyrillic', 'Ҳукумат келгуси йилдан бошлаб импорт автомобилларга солиқларни оширади ва бу қарор иқтисодиёт учун муҳим бўлади.'],
  ['mon', 'Cyrillic', 'Засгийн газар ирэх оноос импортын автомашины татварыг нэмэгдүүлэхээ мягмар гарагт мэдэгдлээ.'],
  ['ara', 'Arabic', 'أعلنت الحكومة يوم الثلاثاء أنها سترفع الضرائب على السيارات المستوردة في العام المقبل.'],
  ['fas', 'Arabic', 'دولت روز سه‌شنبه اعلام کرد که سال آینده مالیات خودروهای وارداتی را افزایش می‌دهد.'],
  ['urd', 'Arabic', 'حکومت نے منگل کو اعلان کیا کہ اگلے سال درآمد شدہ گاڑیوں پر ٹیکس بڑھا دیا جائے گا۔'],
  ['zho', 'Han', '政府周二宣布，明年将提高进口汽车的税收。'],
  ['jpn', 'Han', '政府は火曜日、来年から輸入車への税金を引き上げると発表した。'],
  ['kor', 'Hangul', '정부는 화요일 내년부터 수입차에 대한 세금을 인상한다고 발표했다.'],
  ['ell', 'Greek', 'Η κυβέρνηση ανακοίνωσε την Τρίτη ότι θα αυξήσει τους φόρους στα εισαγόμενα αυτοκίνητα.'],
  ['hye', 'Armenian', 'Կառավարությունը երեքշաբթի հայտարարեց, որ հաջորդ տարի կբարձրացնի ներմուծվող մեքենաների հարկերը։'],
  ['kat', 'Georgian', 'მთავრობამ სამშაბათს განაცხადა, რომ მომავალ წელს იმპორტირებულ მანქანებზე გადასახადებს გაზრდის.'],
  ['heb', 'Hebrew', 'הממשלה הודיעה ביום שלישי כי תעלה בשנה הבאה את המסים על מכוניות מיובאות.'],
  ['hin', 'Devanagari', 'सरकार ने मंगलवार को घोषणा की कि अगले साल आयातित कारों पर कर बढ़ाया जाएगा।'],
];

describe('identifyLanguage', () => {
  it('names the stage', () => {
    expect(LANGUAGE_STAGE.name).toBe('language');
    expect(LANGUAGE_STAGE.version).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{8}$/);
  });

  it('supports the required languages', () => {
    for (const c of 'eng deu rus fra spa ita por nld pol ukr tur aze kaz uzb kir tuk tgk fas ara zho'.split(' ')) {
      expect(DEFAULT_SUPPORTED_LANGUAGES).toContain(c);
    }
  });

  it.each(CASES)('%s (%s)', (code, script, text) => {
    const g = identifyLanguage(text);
    expect(g.language).toBe(code);
    expect(g.script).toBe(script);
    expect(g.confidence).toBeGreaterThan(0);
    expect(g.confidence).toBeLessThanOrEqual(1);
    if (g.runnerUp) expect(g.runnerUp.language).not.toBe(code);
  });

  it('abstains without evidence', () => {
    for (const text of ['', '   ', '2024 – 12 500 000 / 3,5 %', '...', 'By Anna Kowalski, AP', 'EPA/ANP', '12:45 GMT']) {
      const g = identifyLanguage(text);
      expect(g.language, text).toBe('und');
      expect(g.confidence).toBe(0);
    }
  });

  it('abstains on text mixing several scripts', () => {
    expect(identifyLanguage('Москва Berlin القاهرة 北京 Tokyo').language).toBe('und');
  });

  it('reads a non-Latin text through Latin boilerplate', () => {
    expect(identifyLanguage('Read more: Latest News in Urdu حکومت نے منگل کو اعلان کیا کہ ٹیکس بڑھا دیا جائے گا').language).toBe('urd');
  });

  it('finds short Uzbek sentences without taking Romanian or Tsonga "va" for Uzbek', () => {
    expect(identifyLanguage('Toshkentda yangi avtomobil zavodi ochildi.').language).toBe('uzb');
    expect(identifyLanguage('Zavod yiliga 100 ming dona avtomobil ishlab chiqaradi.').language).toBe('uzb');
    expect(identifyLanguage("Bu yil o'rtacha ish haqi o'sdi.").language).toBe('uzb');
    expect(identifyLanguage('Trebuie sa va ganditi bine inainte sa va hotarati ce faceti.').language).toBe('ron');
  });

  it('does not take Slovak or German for Turkmen', () => {
    expect(identifyLanguage('Každý rok sme podpisovali výkaz o odpracovaných dňoch za ten rok.').language).toBe('slk');
    expect(identifyLanguage('Die Verkäufe von Elektroautos stiegen im Jahr um fünf Prozent.').language).toBe('deu');
  });

  it('tells Azerbaijani from Turkish', () => {
    expect(identifyLanguage('Bakıda keçirilən görüşdə tərəflər iqtisadi əməkdaşlığın genişləndirilməsini müzakirə ediblər.').language).toBe('aze');
    expect(identifyLanguage('İstanbul’da yapılan görüşmede taraflar ekonomik işbirliğinin genişletilmesini ele aldı.').language).toBe('tur');
    expect(identifyLanguage('Azərbaycan və Türkiyə arasında ticarət dövriyyəsi artıb.').language).toBe('aze');
  });

  it('folds Dari and Iranian Persian to fas', () => {
    // Dari wording (موتر، حکومت، مالیه) still gives the macrolanguage code.
    expect(identifyLanguage('حکومت افغانستان اعلام کرد که مالیه موترهای وارداتی در سال آینده بلند می‌رود.').language).toBe('fas');
    expect(identifyLanguage('بانک مرکزی ایران نرخ بهره را برای مهار تورم افزایش داد.').language).toBe('fas');
    expect(foldLanguageCode('prs')).toBe('fas');
    expect(foldLanguageCode('pes')).toBe('fas');
    expect(foldLanguageCode('azj')).toBe('aze');
    expect(foldLanguageCode('cmn')).toBe('zho');
    expect(foldLanguageCode('uzn')).toBe('uzb');
    expect(foldLanguageCode('eng')).toBe('eng');
  });

  it('tells Ukrainian from Russian', () => {
    expect(identifyLanguage('Ми їдемо до Києва наступного тижня.').language).toBe('ukr');
    expect(identifyLanguage('Мы поедем в Киев на следующей неделе.').language).toBe('rus');
    expect(identifyLanguage('Завод випустив рекордну кількість вагонів цього року.').language).toBe('ukr');
    expect(identifyLanguage('Завод выпустил рекордное количество вагонов в этом году.').language).toBe('rus');
  });

  it('tells Kazakh from Kyrgyz', () => {
    expect(identifyLanguage('Астанада жаңа зауыттың құрылысы басталды.').language).toBe('kaz');
    expect(identifyLanguage('Бишкекте жаңы заводдун курулушу башталды.').language).toBe('kir');
    expect(identifyLanguage('Бишкек шаарында жаңы автомобиль заводу ачылды.').language).toBe('kir');
    // No ң: Kyrgyz words decide against Mongolian.
    expect(identifyLanguage('Кыргызстан менен Өзбекстан соода боюнча келишимге кол коюшту.').language).toBe('kir');
    expect(identifyLanguage('Монгол улсын Засгийн газар уул уурхайн бүтээгдэхүүний экспортыг нэмэгдүүлэв.').language).toBe('mon');
  });

  it('keeps to the supported list it is given', () => {
    const g = identifyLanguage(CASES[0]![2], { supported: ['deu', 'fra'] });
    expect(['deu', 'fra']).toContain(g.language);
    expect(identifyLanguage('Правительство объявило о повышении налогов.', { supported: ['eng', 'deu'] }).language).toBe('und');
    // Individual codes are folded when given as supported languages.
    expect(identifyLanguage(CASES[24]![2], { supported: ['pes', 'arb'] }).language).toBe('fas');
  });
});

describe('detectLanguage', () => {
  it('keeps each paragraph’s language with exact offsets', () => {
    const de = 'Der Autobauer will im kommenden Jahr mehr als eine Million Fahrzeuge in seinem neuen Werk herstellen.';
    const en = '“We are confident that demand will stay strong in Europe and in Asia,” the chief executive said in English.';
    const de2 = 'Die Gewerkschaft begrüßte die Pläne, forderte aber zusätzliche Stellen für die Beschäftigten.';
    const text = `  ${de}\r\n\r\n${en}\n${de2}\n`;
    const r = detectLanguage(text);
    expect(r.language).toBe('deu');
    expect(r.runnerUp?.language).toBe('eng');
    expect(r.paragraphs.map((p) => p.language)).toEqual(['deu', 'eng', 'deu']);
    expect(r.paragraphs.map((p) => p.text)).toEqual([de, en, de2]);
    for (const p of r.paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(r.paragraphs[0]!.start).toBe(2);
  });

  it('article language is the one covering most characters', () => {
    const en = 'Exports of passenger cars rose by a fifth in the first half of the year, the ministry said on Monday.';
    const de = '(AFP)';
    const r = detectLanguage(`${de}\n${en}`);
    expect(r.language).toBe('eng');
    expect(r.paragraphs[0]!.language).toBe('und');
  });

  it('abstains on an empty article', () => {
    const r = detectLanguage('\n\n  \n');
    expect(r.language).toBe('und');
    expect(r.paragraphs).toEqual([]);
  });

  it('pools short lines when none decides alone', () => {
    const r = detectLanguage('Kurz gesagt:\nDie Preise steigen.\nDie Löhne nicht.');
    expect(r.language).toBe('deu');
  });
});

describe('detectLanguage: unsure paragraphs', () => {
  const body =
    'The company said exports to Russia and Kazakhstan would make up a third of its sales this year, and that a new paint shop would open in the spring.';

  it('reads a short lead the model is unsure of in the article’s language, so its figures read as the article’s', () => {
    const lead = 'TASHKENT, Jan 20 (Reuters) - UzAuto Motors sold 400,000 cars in 2025.';
    expect(identifyLanguage(lead).language).toBe('deu'); // alone, names and figures mislead the model
    const r = detectLanguage(`${lead}\n\n${body}`);
    expect(r.language).toBe('eng');
    expect(r.paragraphs.map((p) => p.language)).toEqual(['eng', 'eng']);
    expect(r.paragraphs[0]!.runnerUp?.language).toBe('deu');
  });

  it('keeps a paragraph the model is sure of in its own language', () => {
    const de = 'Volkswagen baut in diesem Jahr in seinem Werk in Zwickau rund 2.000 Stellen ab.';
    expect(identifyLanguage(de).confidence).toBeGreaterThan(0.9);
    const r = detectLanguage(`${body}\n${de}`);
    expect(r.paragraphs.map((p) => p.language)).toEqual(['eng', 'deu']);
  });

  it('keeps an unsure paragraph in a script the article’s language is not written in', () => {
    const ru = 'Компания Hoffmann Maschinenbau GmbH из Хемница';
    expect(identifyLanguage(ru).confidence).toBeLessThan(0.8);
    const r = detectLanguage(`${body}\n${ru}`);
    expect(r.paragraphs[1]!.script).toBe('Cyrillic');
    expect(r.paragraphs[1]!.language).not.toBe('eng');
  });
});
