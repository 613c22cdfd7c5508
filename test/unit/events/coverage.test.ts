import { describe, expect, it } from 'vitest';
import { stagesRead } from '../../../pipeline/analyze.js';
import { extractEvents } from '../../../pipeline/events/index.js';
import { renderIndexPage } from '../../../workers/pages.js';
import { build } from './build.js';

describe('every article says which stages read its language', () => {
  it('Turkish has numbers and dates but no event lexicon; English, German, Russian, French, Spanish have all', () => {
    expect(stagesRead('tur')).toEqual({ language: 'tr', entities: true, numbers: true, dates: true, events: false });
    for (const code of ['eng', 'deu', 'rus', 'fra', 'spa']) expect(stagesRead(code).events).toBe(true);
    // undetermined text is read as English, as the stages do
    expect(stagesRead('und').events).toBe(true);
    // a language without a pack is read by the NER model only
    expect(stagesRead('jpn')).toMatchObject({ entities: true, numbers: false, events: false });
  });

  it('the events stage gives no events for a language without a lexicon, and the index page says why', () => {
    const tr = build('Ford Otosan 2024 yılında 500 bin araç üretti.', 'tur', [['Ford Otosan', 'ORG']], [{ text: '500 bin araç', kind: 'count', value: 500000, unit: 'car' }]);
    expect(extractEvents(tr)).toEqual([]);
    const html = renderIndexPage([
      { id: 1, title: 'Ford Otosan', language: 'tur', status: 'processed', published_at: null, mentions: 2, events: 0, stages_read: { language: 'tr', events: false } },
      { id: 2, title: 'UzAuto', language: 'eng', status: 'processed', published_at: null, mentions: 3, events: 0, stages_read: { language: 'en', events: true } },
    ]);
    expect(html).toContain('no event lexicon for tr');
    expect(html).not.toContain('no event lexicon for en');
  });
});
