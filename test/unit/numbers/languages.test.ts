import { describe, expect, it } from 'vitest';
import { facts, find } from './helpers.js';

describe('numbers stage: Russian, French, Spanish', () => {
  it('Russian: space groups, тыс./млн/млрд, currencies, percent, ordinals, dates', () => {
    const text =
      'В 2022 году завод выпустил 12 500 автомобилей, а к 2025 году планирует производить 50 тыс. машин в год. Инвестиции составят 1,5 млрд рублей и 200 млн долларов. Доля выросла на 30% — около двух тысяч машин. Это второй завод. Соглашение подписано 5 марта 2023 года.';
    const out = facts(text, 'rus');
    expect(find(out, '12 500 автомобилей')).toMatchObject({ kind: 'count', value: 12500, unit: 'car' });
    expect(find(out, '50 тыс. машин в год')).toMatchObject({ kind: 'rate', value: 50000, unit: 'car' });
    expect(find(out, '1,5 млрд рублей')).toMatchObject({ kind: 'money', value: 1.5e9, currency: 'RUB' });
    expect(find(out, '200 млн долларов')).toMatchObject({ kind: 'money', value: 2e8, currency: 'USD' });
    expect(find(out, '30%')).toMatchObject({ kind: 'percent', value: 30 });
    expect(find(out, 'двух тысяч машин')).toMatchObject({ value: 2000 });
    expect(find(out, 'второй')).toMatchObject({ kind: 'ordinal', value: 2 });
    expect(find(out, '5 марта 2023 года')).toMatchObject({ kind: 'date', date: '2023-03-05' });
    expect(find(out, '2022 году')).toMatchObject({ kind: 'year', value: 2022 });
    expect(find(facts('Компания вложит 120 млрд рублей до 2030 года.', 'rus'), '2030 года')).toMatchObject({ kind: 'year', value: 2030 });
    expect(find(facts('Срок — 3 года.', 'rus'), '3 года')).toMatchObject({ kind: 'count', value: 3, unit: 'year' });
    expect(find(facts('Линия мощностью 10 тыс. грузовиков в год и 500 автобусов.', 'rus'), '10 тыс. грузовиков в год')).toMatchObject({ kind: 'rate', value: 10000, unit: 'truck' });
    expect(find(facts('Линия мощностью 10 тыс. грузовиков в год и 500 автобусов.', 'rus'), '500 автобусов')).toMatchObject({ value: 500, unit: 'bus' });
  });

  it('Russian words before and after a number are found (\\b is ASCII-only in JavaScript)', () => {
    expect(find(facts('Завод выпускает ежегодно 10 тыс. машин.', 'rus'), '10 тыс. машин')).toMatchObject({ kind: 'rate', value: 10000 });
    expect(find(facts('Билет стоит 5 рублей 50 копеек.', 'rus'), '5 рублей 50 копеек')).toMatchObject({ kind: 'money', value: 5.5, currency: 'RUB' });
  });

  it('Russian: `ежегодно` before the verb, two-word counted nouns, fractions as shares, `до конца` years; silent without them', () => {
    const plan = facts('С 2028 года завод будет ежегодно выпускать 1 200 комбайнов и 800 тракторов, будет создано около 650 рабочих мест.', 'rus');
    expect(find(plan, '1 200 комбайнов')).toMatchObject({ kind: 'rate', value: 1200 });
    expect(find(plan, '800 тракторов')).toMatchObject({ kind: 'rate', value: 800 });
    expect(find(plan, '650 рабочих мест')).toMatchObject({ kind: 'count', value: 650, unit: 'job' });
    expect(find(facts('Завод будет выпускать 1 200 комбайнов.', 'rus'), '1 200 комбайнов')).toMatchObject({ kind: 'count' });
    expect(find(facts('Компания экспортирует три четверти продукции и две трети выручки.', 'rus'), 'три четверти')).toMatchObject({ kind: 'percent', value: 75 });
    expect(find(facts('В третьем квартале выпущен третий автомобиль.', 'rus'), 'третий')).toMatchObject({ kind: 'ordinal', value: 3 });
    expect(find(facts('До конца 2026 года компания вложит 120 млн долларов.', 'rus', '2026-01-22'), 'конца 2026 года')).toMatchObject({ kind: 'date', date: '2026' });
    expect(find(facts('Линия создаст 400 рабочих мест.', 'eng'), '400 рабочих мест')).toBeDefined();
    expect(find(facts('The plant will create 400 new jobs.', 'eng'), '400 new jobs')).toBeUndefined();
  });

  it('Russian: Central Asian currencies', () => {
    const out = facts('Проект стоит 88 млн манатов, 3 млрд сумов и 20 млрд тенге.', 'rus');
    expect(find(out, '88 млн манатов')?.currency).toBe('AZN');
    expect(find(out, '3 млрд сумов')?.currency).toBe('UZS');
    expect(find(out, '20 млрд тенге')?.currency).toBe('KZT');
  });

  it('French: thin-space groups, millions d’euros, par an, deuxième', () => {
    const text = "L'usine produira 30\u202f000 voitures par an dès 2024, pour 51,7 millions d'euros. Les ventes ont augmenté de 15 % et deux mille emplois seront créés dans la deuxième usine, le 5 mars 2023.";
    const out = facts(text, 'fra');
    expect(find(out, '30\u202f000 voitures par an')).toMatchObject({ kind: 'rate', value: 30000, unit: 'car' });
    expect(find(out, "51,7 millions d'euros")).toMatchObject({ kind: 'money', value: 51.7e6, currency: 'EUR' });
    expect(find(out, '15 %')).toMatchObject({ kind: 'percent', value: 15 });
    expect(find(out, 'deux mille emplois')).toMatchObject({ value: 2000, unit: 'job' });
    expect(find(out, 'deuxième')).toMatchObject({ kind: 'ordinal', value: 2 });
    expect(find(out, '5 mars 2023')).toMatchObject({ kind: 'date', date: '2023-03-05' });
  });

  it('Spanish: dot groups, mil millones, al año, segunda', () => {
    const text = 'La planta producirá 30.000 coches al año, con 3 mil millones de dólares; las ventas crecieron un 15 % y habrá dos mil empleos en la segunda planta.';
    const out = facts(text, 'spa');
    expect(find(out, '30.000 coches al año')).toMatchObject({ kind: 'rate', value: 30000, unit: 'car' });
    expect(find(out, '3 mil millones de dólares')).toMatchObject({ kind: 'money', value: 3e9, currency: 'USD' });
    expect(find(out, 'dos mil empleos')).toMatchObject({ value: 2000, unit: 'job' });
    expect(find(out, 'segunda')).toMatchObject({ kind: 'ordinal', value: 2 });
  });

  it('Spanish: plural machine nouns in -es normalise to their unit (`316.400 motores` → engine, not `motore`)', () => {
    const out = facts('La fábrica produjo 316.400 motores, 800 tractores, 1.200 cosechadoras y 40 vagones.', 'spa');
    expect(find(out, '316.400 motores')).toMatchObject({ value: 316400, unit: 'engine' });
    expect(find(out, '800 tractores')).toMatchObject({ value: 800, unit: 'tractor' });
    expect(find(out, '1.200 cosechadoras')).toMatchObject({ value: 1200, unit: 'combine' });
    expect(find(out, '40 vagones')).toMatchObject({ value: 40, unit: 'wagon' });
    // a rate after the second of two coordinated quantities is the first's too
    const rate = facts('Saldrán 1.200 cosechadoras y 800 tractores al año; en 2025 produjo 500 tractores y 90 motores.', 'spa');
    expect(find(rate, '1.200 cosechadoras')).toMatchObject({ kind: 'rate', unit: 'combine' });
    expect(find(rate, '800 tractores al año')).toMatchObject({ kind: 'rate', unit: 'tractor' });
    expect(find(rate, '500 tractores')).toMatchObject({ kind: 'count' });
    // silent: an English plural keeps its own singular
    expect(find(facts('The plant built 316,400 engines.', 'eng'), '316,400 engines')).toMatchObject({ unit: 'engine' });
  });

  it('French and Spanish: a function word ending in -s after a number is no counted noun (`500 vers`, `300 después`)', () => {
    expect(find(facts("La société en a exporté 500 vers l'Ouzbékistan.", 'fra'), '500')).toMatchObject({ value: 500, unit: null });
    expect(find(facts('La empresa exportó 300 después de mayo.', 'spa'), '300')).toMatchObject({ value: 300, unit: null });
    // silent: the counted noun after the number still is one
    expect(find(facts("La société a exporté 500 voitures vers l'Ouzbékistan.", 'fra'), '500 voitures')).toMatchObject({ value: 500, unit: 'car' });
    expect(find(facts('La empresa exportó 300 coches después de mayo.', 'spa'), '300 coches')).toMatchObject({ value: 300, unit: 'car' });
  });

  it('unknown language: separator readings are flagged ambiguous', () => {
    const out = facts('Output 1.234 units and 1,234 units, 12 000 units.', 'und');
    expect(find(out, '1.234 units')!.ambiguous).toMatch(/separator/);
    expect(find(out, '1,234 units')!.ambiguous).toMatch(/separator/);
    expect(find(out, '12 000 units')).toMatchObject({ value: 12000, ambiguous: null });
  });

  it('French and Spanish: counted nouns after "de"', () => {
    expect(find(facts('1,3 million de véhicules ont été vendus', 'fra'), '1,3 million de véhicules')).toMatchObject({ value: 1.3e6, unit: 'car' });
    expect(find(facts('se vendieron 1,3 millones de vehículos', 'spa'), '1,3 millones de vehículos')).toMatchObject({ value: 1.3e6, unit: 'car' });
  });
});
