import { describe, expect, it } from 'vitest';
import { stagesRead } from '../../../pipeline/analyze.js';
import { extractEvents } from '../../../pipeline/events/index.js';
import { renderArticlesPage } from '../../../workers/pages/articles.js';
import { build } from './build.js';

describe('every article says which stages read its language', () => {
  it('a language without a pack is read by the NER model only; the packs with an events section read events', () => {
    expect(stagesRead('ita')).toEqual({ language: 'it', entities: true, numbers: false, dates: false, events: false });
    for (const code of ['eng', 'deu', 'rus', 'fra', 'spa', 'tur']) expect(stagesRead(code).events).toBe(true);
    // undetermined text is read as English, as the stages do
    expect(stagesRead('und').events).toBe(true);
    // a language without a pack is read by the NER model only
    expect(stagesRead('jpn')).toMatchObject({ entities: true, numbers: false, events: false });
  });

  it('the events stage gives no events for a language without a lexicon, and the index page says why', () => {
    const it_ = build('Stellantis ha prodotto 500.000 auto a Melfi nel 2024.', 'ita', [['Stellantis', 'ORG'], ['Melfi', 'GPE']], [{ text: '500.000 auto', kind: 'count', value: 500000, unit: 'car' }]);
    expect(extractEvents(it_)).toEqual([]);
    const rows = [
      { article_id: 1, title: 'Stellantis Melfi', source: null, language: 'ita', status: 'processed', published_at: null, mentions: 2, events: 0, stages_read: { language: 'it', events: false } },
      { article_id: 2, title: 'UzAuto', source: null, language: 'eng', status: 'processed', published_at: null, mentions: 3, events: 0, stages_read: { language: 'en', events: true } },
    ];
    const html = renderArticlesPage({ params: {}, sort: 'id', dir: 'desc', page: 1, per: 50, rows, total: 2, languages: ['eng', 'ita'], board: false });
    expect(html).toContain('no event lexicon for it');
    expect(html).not.toContain('no event lexicon for en');
  });
});
