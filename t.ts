import { predictCase } from './cli/predict-numbers.js';
const probes: Array<[string, string, string]> = [
  ['tr', 'NumberModel', 'Bin dokuz yüz seksen dört yılında on iki bin beş yüz kişi geldi.'],
  ['tr', 'NumberModel', '1.234.567 ve 3,75 ve yüz yirmi üç ve eksi beş ve -3 ve iki buçuk milyon'],
  ['tr', 'NumberModel', 'yüz bin, bir milyon, 2,5 milyar, 10 bin, yarım, çeyrek, bir buçuk'],
  ['tr', 'OrdinalModel', 'birinci, yirmi beşinci, 3., 2\'nci, yüzüncü, sonuncu'],
  ['tr', 'PercentModel', 'yüzde 25, %25, yüzde yirmi beş, yüzde 3,5, % 40'],
  ['tr', 'CurrencyModel', '25 dolar, 100 TL, €20, yirmi lira, 5 milyon avro, 3 milyar dolarlık, 50 sterlin, 1.500 Türk lirası'],
  ['az', 'NumberModel', 'iki min iyirmi dörd, yüz əlli min, 3,5 milyon, on iki'],
  ['az', 'PercentModel', '25 faiz, %25, iyirmi beş faiz, 3,5%'],
  ['az', 'CurrencyModel', '25 manat, 100 AZN, 5 milyon dollar, 3 milyard manatlıq, 20 avro'],
  ['az', 'OrdinalModel', 'birinci, iyirmi beşinci, 3-cü, 1-ci, 10-cu'],
  ['uz', 'NumberModel', "ikki ming yigirma to‘rt, bir yuz ellik, o'n ikki, 3,5 million, besh yuz ming"],
  ['uz', 'PercentModel', '25 foiz, 25%, yigirma besh foiz, 12,5 foizga'],
  ['uz', 'CurrencyModel', "25 dollar, 100 ming so'm, 5 mln AQSh dollari, 3 mlrd so‘m, 20 yevro"],
  ['uz', 'OrdinalModel', 'birinchi, yigirma beshinchi, 3-chi, uchinchi'],
  ['uz', 'NumberModel', 'икки минг йигирма тўрт, юз эллик, ўн икки, 3,5 миллион'],
  ['kk', 'NumberModel', 'екі мың жиырма төрт, жүз елу мың, он екі, 3,5 миллион, бір жарым'],
  ['kk', 'PercentModel', '25 пайыз, 25%, жиырма бес пайыз, 12,5 пайызға'],
  ['kk', 'CurrencyModel', '25 доллар, 100 мың теңге, 5 млн АҚШ доллары, 3 млрд теңге, 20 еуро, ₸500'],
  ['kk', 'OrdinalModel', 'бірінші, жиырма бесінші, 3-ші, үшінші'],
];
for (const [lang, spec, input] of probes) console.log(lang, spec, JSON.stringify(predictCase(`${spec}.json`, lang, input).map((r) => [r.text, r.value, r.currency ?? undefined].filter((x) => x !== undefined))));
