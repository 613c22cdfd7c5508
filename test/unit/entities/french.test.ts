/**
 * French wire wording (AFP style) that the own French tune articles (bench/articles/fra) showed the
 * mention list getting wrong, one class per block, each with a case where the rule must stay silent.
 */
import { describe, expect, it } from 'vitest';
import { mergeMentions, type NerSpanLike } from '../../../pipeline/entities/index.js';
import { findGazetteerMentions } from '../../../pipeline/entities/gazetteer.js';

function span(text: string, surface: string, label: NerSpanLike['label'], confidence = 0.7): NerSpanLike {
  const start = text.indexOf(surface);
  if (start < 0) throw new Error(`not in text: ${surface}`);
  return { start, end: start + surface.length, text: surface, label, confidence };
}
const merged = (text: string, language: string, model: NerSpanLike[]): string[] =>
  mergeMentions({ text, language, model }).map((m) => `${m.type}:${m.text}`);

describe('gazetteer zonePrefixes: a zone named before its place is one LOC', () => {
  it('fr `District industriel de Hadjigaboul`, `zone industrielle de Navoï`; es `Parque Industrial de Jizzakh`', () => {
    const fr = "L'usine du District industriel de Hadjigaboul et celle de la zone industrielle de Navoï.";
    expect(merged(fr, 'fra', [span(fr, 'District industriel de Hadjigaboul', 'ORG', 0.6)])).toEqual(['LOC:District industriel de Hadjigaboul', 'LOC:zone industrielle de Navoï']);
    const es = 'La planta del Parque Industrial de Jizzakh.';
    expect(findGazetteerMentions(es, 'spa').map((h) => `${h.type}:${h.text}`)).toEqual(['LOC:Parque Industrial de Jizzakh']);
  });

  it('silent: a region noun before a place, a zone prefix of another language (`zone industrielle de` in English text)', () => {
    const fr = 'Une usine dans la région de Navoï.';
    expect(findGazetteerMentions(fr, 'fra').map((h) => `${h.type}:${h.text}`)).toEqual(['GPE:Navoï']);
    const en = 'Locals call it the zone industrielle de Navoi.';
    expect(findGazetteerMentions(en, 'eng').map((h) => `${h.type}:${h.text}`)).toEqual(['GPE:Navoi']);
  });
});

describe('merge trim: a lower-case common noun before a name is no part of it', () => {
  it('fr `camions Isuzu`, `ligne Bakou-Tbilissi-Kars` (then a corridor)', () => {
    const t = 'Elle fabrique des camions Isuzu, acheminés par la ligne Bakou-Tbilissi-Kars.';
    expect(merged(t, 'fra', [span(t, 'camions Isuzu', 'LOC'), span(t, 'ligne Bakou-Tbilissi-Kars', 'LOC')])).toEqual(['ORG:Isuzu', 'LOC:Bakou-Tbilissi-Kars']);
  });

  it('silent: a short particle of a name (`de Gaulle`), and German, whose nouns are capitalised', () => {
    const t = 'Le général de Gaulle est arrivé.';
    expect(merged(t, 'fra', [span(t, 'de Gaulle', 'PER', 0.9)])).toEqual(['PER:de Gaulle']);
    const de = 'Die neuen Werke von Hoffmann Maschinenbau.';
    expect(merged(de, 'deu', [span(de, 'neuen Werke', 'ORG', 0.5)])).toEqual(['ORG:neuen Werke']);
  });
});

describe('merge strip-title: a portfolio after a title is no part of the person', () => {
  it('fr `vice-ministre de l’Économie Sahib Mammadov`, en `Minister of Economy Sahib Mammadov`', () => {
    const fr = "Le vice-ministre de l'Économie Sahib Mammadov a visité l'usine.";
    expect(merged(fr, 'fra', [span(fr, 'Économie Sahib Mammadov', 'LOC', 0.45)])).toEqual(['PER:Sahib Mammadov']);
    const en = 'Deputy Minister of Economy Sahib Mammadov visited the plant.';
    expect(merged(en, 'eng', [span(en, 'Economy Sahib Mammadov', 'PER', 0.8)])).toEqual(['PER:Sahib Mammadov']);
    const forTrade = 'The Minister for Trade Aziz Karimov and the Secretary of State met.';
    expect(merged(forTrade, 'eng', [span(forTrade, 'Trade Aziz Karimov', 'PER', 0.8), span(forTrade, 'State', 'ORG', 0.6)])).toEqual(['PER:Aziz Karimov']);
  });

  it('silent: a place after a title and its link is named (`President of Uzbekistan`, `ministre de l’Ouzbékistan`)', () => {
    const en = 'President of Uzbekistan Shavkat Mirziyoyev opened the plant.';
    expect(merged(en, 'eng', [span(en, 'Uzbekistan', 'LOC', 0.9), span(en, 'Shavkat Mirziyoyev', 'PER', 0.9)])).toEqual(['GPE:Uzbekistan', 'PER:Shavkat Mirziyoyev']);
    const fr = "Le ministre de l'Ouzbékistan a visité l'usine.";
    expect(merged(fr, 'fra', [span(fr, 'Ouzbékistan', 'LOC', 0.9)])).toEqual(['GPE:Ouzbékistan']);
  });

  it('silent: a full name after a title with no link (`le ministre Jean Paul Dupont`)', () => {
    const fr = 'Le ministre Jean Paul Dupont a visité l’usine.';
    expect(merged(fr, 'fra', [span(fr, 'Jean Paul Dupont', 'PER', 0.9)])).toEqual(['PER:Jean Paul Dupont']);
  });
});

describe('tell-addressee (fr): a day between the verb of telling and the medium', () => {
  it('fr `a indiqué jeudi à l’agence Trend`', () => {
    const t = "L'usine a démarré, a indiqué jeudi à l'agence Trend le président d'Azermash.";
    expect(merged(t, 'fra', [span(t, 'Azermash', 'ORG', 0.9)])).toEqual(['ORG:Trend', 'ORG:Azermash']);
  });

  it('silent: a place told of after a day is no medium (`a annoncé jeudi à Astana`)', () => {
    const t = "Le contrat a été signé, a annoncé jeudi à Astana l'entreprise.";
    expect(merged(t, 'fra', [])).toEqual(['GPE:Astana']);
  });
});

describe('gazetteer: French demonyms of the region in lower case (MISC by the convention)', () => {
  it('fr `concessionnaires géorgiens`, `partenaire kirghiz`, `gaz turkmène`', () => {
    const t = 'Les concessionnaires géorgiens, le partenaire kirghiz et le gaz turkmène.';
    expect(merged(t, 'fra', [])).toEqual(['MISC:géorgiens', 'MISC:kirghiz', 'MISC:turkmène']);
  });

  it('silent: the English text reads no French adjective', () => {
    expect(merged('The géorgiens arrived.', 'eng', [])).toEqual([]);
  });
});
