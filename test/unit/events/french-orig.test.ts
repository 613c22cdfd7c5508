/**
 * French wire wording that the original French tune articles (bench/articles/orig-fra, written for
 * no rule) showed the pipeline missing, one class per block, each with a case where it stays silent.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import { build, view } from './build.js';

const all = (input: ReturnType<typeof build>) => view(input, extractEvents(input));

describe('fr tellVerbs: a medium told with the elided article (`a affirmé à l’AFP`) is an addressee, never a party', () => {
  it('fr: the appointment and the company of the quote are not the agency', () => {
    const a = build("« Nous allons doubler la production », a affirmé à l'AFP le directeur général d'Alpha Motors, Jean Dupont, nommé à ce poste en janvier.", 'fra',
      [['AFP', 'ORG'], ['Alpha Motors', 'ORG'], ['Jean Dupont', 'PER']], [{ text: 'janvier', kind: 'date', date: '2026-01' }]);
    const appointment = all(a).find((e) => e.type === 'appointment');
    expect(appointment?.actors).toContain('Jean Dupont');
    expect(appointment?.actors).not.toContain('AFP');
    const b = build("Beta Trucks a indiqué mardi à l'AFP qu'elle construirait une usine à Lyon.", 'fra', [['Beta Trucks', 'ORG'], ['AFP', 'ORG'], ['Lyon', 'GPE']], []);
    expect(all(b).flatMap((e) => e.actors)).not.toContain('AFP');
  });

  it('silent: the speaker’s own company stays a party (fr), and a company that says something itself (en)', () => {
    const a = build("« Nous allons doubler la production », a affirmé à l'AFP le directeur général d'Alpha Motors, Jean Dupont.", 'fra',
      [['AFP', 'ORG'], ['Alpha Motors', 'ORG'], ['Jean Dupont', 'PER']], []);
    expect(all(a).find((e) => e.type === 'statement')?.actors).toEqual(['Alpha Motors', 'Jean Dupont']);
    const b = build('Beta Trucks said on Tuesday that it would build a plant in Lyon.', 'eng', [['Beta Trucks', 'ORG'], ['Lyon', 'GPE']], []);
    expect(all(b).find((e) => e.type === 'plant_construction')?.actors).toEqual(['Beta Trucks']);
  });
});
