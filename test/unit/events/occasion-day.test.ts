/** A statement said at an occasion the article told on its day, after a lead that dates nothing, takes that day (bench/articles/orig-spa 344). */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import { build, view } from './build.js';

const day = (text: string, date: string) => ({ text, kind: 'date' as const, date });
const said = (input: ReturnType<typeof build>) => view(input, extractEvents(input)).filter((e) => e.type === 'statement').map((e) => e.time);

describe('a statement at an occasion takes the day of the occasion the article told before it', () => {
  it('es, en: `… fue inaugurada el 13 de abril … «…», afirmó Lasheras en la inauguración`, `… was opened on April 13 … said Lasheras at the opening`', () => {
    const es = 'Zaragoza, 14 abr 2027 (EFE).- Carrocerías Moncayo ha puesto en marcha una planta en Mingachevir.\n\nLa fábrica de Mingachevir fue inaugurada el 13 de abril.\n\n«Tenemos el Cáucaso a pocos días», afirmó Ignacio Lasheras en la inauguración.';
    expect(said(build(es, 'spa', [['Zaragoza', 'GPE'], ['Carrocerías Moncayo', 'ORG'], ['Mingachevir', 'GPE'], ['Mingachevir', 'GPE'], ['Ignacio Lasheras', 'PER']], [day('14 abr 2027', '2027-04-14'), day('13 de abril', '2027-04-13')], '2027-04-14'))).toContain('2027-04-13');
    const en = 'ZARAGOZA, April 14, 2027 (Reuters) - Moncayo has started a plant in Mingachevir.\n\nThe factory in Mingachevir was opened on April 13.\n\n"The Caucasus is days away," Ignacio Lasheras said at the opening.';
    expect(said(build(en, 'eng', [['ZARAGOZA', 'GPE'], ['Moncayo', 'ORG'], ['Mingachevir', 'GPE'], ['Mingachevir', 'GPE'], ['Ignacio Lasheras', 'PER']], [day('April 14, 2027', '2027-04-14'), day('April 13', '2027-04-13')], '2027-04-14'))).toContain('2027-04-13');
  });
  it('silent: a statement naming no occasion stays undated (es)', () => {
    const es = 'Zaragoza, 14 abr 2027 (EFE).- Carrocerías Moncayo ha puesto en marcha una planta en Mingachevir.\n\nLa fábrica de Mingachevir fue inaugurada el 13 de abril.\n\n«Tenemos el Cáucaso a pocos días», afirmó Ignacio Lasheras.';
    expect(said(build(es, 'spa', [['Zaragoza', 'GPE'], ['Carrocerías Moncayo', 'ORG'], ['Mingachevir', 'GPE'], ['Mingachevir', 'GPE'], ['Ignacio Lasheras', 'PER']], [day('14 abr 2027', '2027-04-14'), day('13 de abril', '2027-04-13')], '2027-04-14'))).not.toContain('2027-04-13');
  });
});
