/**
 * One reference date per article: the dateline's date (`TASHKENT, Jan. 22, 2026.`, `ASTANA,
 * 16. März 2026.`, `ТАШКЕНТ, 9 апреля 2026 года.`, `BAKU, Azerbaijan, March 2.`), else the
 * publication date. Year-less dates, weekdays, `last year`, quarters without a year resolve against
 * it (the numbers stage and ./discourse.ts read it). Pure: no I/O, no environment.
 *
 * A dateline is a line among the first few of the article (a headline may come first) that opens
 * with a place name in capitals (or several joined by `/`), maybe a region or country and an agency
 * in parentheses, then a comma and a date that the numbers stage reads, then maybe an agency in
 * parentheses or slashes (`/ТАСС/`, `/Trend/`), then `.`, a dash or `(`.
 */
import { extractNumbers } from '../numbers/index.js';
import { canonicalLanguage, packFor, perLanguage } from '../languages/index.js';
import type { ReferenceDate } from '../types.js';

export const REFERENCE_STAGE = Object.freeze({ name: 'reference-date', version: '0.1.0' });

export type { ReferenceDate };

/** How many characters from the top a dateline may start at (a headline or a byline can precede it). */
const HEAD = 600;

/**
 * Place in capitals (`BAKU`, `SANTA CRUZ`, `ТАШКЕНТ`, `Stuttgart/Kecskemét` with a slash) or a
 * capitalised name, then optional `, Region` words, then a comma.
 */
const PLACE = /^[\s\u00a0]*(?:date\s+\d{4}-\d{2}-\d{2}\s+)?((?:\p{Lu}[\p{Lu}'’.-]+(?:[\s-]\p{Lu}[\p{Lu}'’.-]+)*|\p{Lu}\p{Ll}+(?:\/\p{Lu}\p{Ll}+)+|\p{Lu}[\p{Lu}'’.-]+(?:\/\p{Lu}[\p{Lu}'’.-]+)+))\s*(?:\([^)\n]{1,40}\)\s*)?,/u;
const PLAIN_PLACE = /^[\s\u00a0]*(\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)?)\s*(?:\([^)\n]{1,40}\)\s*)?,/u;
/** A wire agency's tag after a dateline's date: `(Reuters)`, `(AP)`, `/Trend/`, `/ТАСС/`. */
const AGENCY_TAG = String.raw`\([^)\n]{1,40}\)|\/[^/\n]{1,40}\/`;
/** The agency after a dateline's date: part of the dateline, never an argument. */
const AGENCY = new RegExp(`^\\s*(?:${AGENCY_TAG})`, 'u');
/** What ends a dateline after its date (and agency): `.`, a dash or `(`. */
const DATELINE_END = new RegExp(`^\\s*(?:(?:${AGENCY_TAG})\\s*)?(?:[.–—-]|\\(|$)`, 'u');

export function findReferenceDate(text: string, language: string, publishedAt: string | null | undefined): ReferenceDate {
  // a metadata date at the very top (`date 2023-05-01 HAJIGABUL, …`) stands in for the publication date
  const header = /(?<![\d-])((?:19|20)\d\d-\d\d-\d\d)(?![\d-])/u.exec(text.slice(0, 160))?.[1] ?? null;
  const published = publishedAt && /^\d{4}-\d{2}-\d{2}/u.test(publishedAt) ? publishedAt.slice(0, 10) : header;
  const line = findDateline(text, language, published);
  if (line) {
    let date = line.date;
    if (date.startsWith('XXXX') && published) date = published.slice(0, 4) + date.slice(4);
    return { date, source: 'dateline', dateline: { start: line.start, end: line.end, place: line.place } };
  }
  return { date: published, source: published ? 'published' : null, dateline: null };
}

interface Found {
  start: number;
  end: number;
  place: { start: number; end: number };
  date: string;
}

function findDateline(text: string, language: string, published: string | null): Found | null {
  let lines = 0;
  for (const m of text.slice(0, HEAD).matchAll(/[^\n]+/gu)) {
    if (!/\S/u.test(m[0])) continue;
    if (++lines > 4) break;
    const base = m.index ?? 0;
    const head = m[0];
    const p = PLACE.exec(head) ?? PLAIN_PLACE.exec(head);
    if (!p) continue;
    const placeStart = base + p.index + p[0].indexOf(p[1]!);
    const place = { start: placeStart, end: placeStart + p[1]!.length };
    // the date: the first one the numbers stage reads within 60 characters after the place
    const window = text.slice(place.end, Math.min(base + head.length, place.end + 80));
    let facts;
    try {
      facts = extractNumbers(window, { language, referenceDate: published });
    } catch {
      continue;
    }
    const d = facts.filter((n) => n.kind === 'date' && n.date).sort((a, b) => a.start - b.start)[0];
    if (!d || d.start > 60 || /[.!?]\s/u.test(window.slice(0, d.start))) continue;
    if (!DATELINE_END.test(window.slice(d.end))) continue;
    const iso = normaliseDate(d.date!);
    if (!iso) continue;
    const agency = AGENCY.exec(window.slice(d.end))?.[0].length ?? 0;
    return { start: place.start, end: place.end + d.end + agency, place, date: iso };
  }
  return null;
}

/** A time that names one day (`2026-01-22`), not a month, a year or an interval. */
export const isDay = (time: string | null): time is string => time !== null && /^\d{4}-\d{2}-\d{2}$/u.test(time);

/** The day relative expressions resolve against: the reference date where it names a day, else `published_at`. */
export const referenceDay = (reference: ReferenceDate | null | undefined, publishedAt: string | null | undefined): string | null =>
  isDay(reference?.date ?? null) ? reference!.date : (publishedAt ?? null);

/** `2026-01-22` as is; `XXXX-03-02` / `--03-02` → `XXXX-03-02`; anything coarser is no reference. */
function normaliseDate(date: string): string | null {
  if (isDay(date)) return date;
  const m = /^(?:XXXX-?|--|-)(\d{2}-\d{2})$/u.exec(date);
  return m ? `XXXX-${m[1]}` : null;
}

// ---------------------------------------------------------------------------------------------
// resolving against the reference date




/** The pack's words before a weekday that put it ahead (`next`, `will meet on`), compiled; none without a pack. */
const futureWords = perLanguage((key: string): { day: RegExp | null; near: RegExp | null } => {
  const events = packFor(key)?.events;
  return {
    day: events?.futureDay ? new RegExp(events.futureDay, 'iu') : null,
    near: events?.futureNear ? new RegExp(events.futureNear, 'iu') : null,
  };
});

/** Whether the words before a weekday put it ahead of the reference date. */
export function futureWeekday(code: string, before: string): boolean {
  const { day, near } = futureWords(canonicalLanguage(code));
  return (day?.test(before) ?? false) || (near?.test(before) ?? false);
}

/**
 * The weekdays of a language's pack (Monday … Sunday) as one pattern, each day in its own group;
 * null where the pack has none.
 */
export function weekdayPattern(code: string): RegExp | null {
  const days = packFor(code)?.dates.weekdays;
  if (!days?.length) return null;
  return new RegExp(`(?<![\\p{L}])(?:${days.map((d) => `(${d})`).join('|')})(?![\\p{L}])`, 'giu');
}

/** The day (0 = Sunday … 6 = Saturday, as Date.getUTCDay) a weekday word names in a language. */
function weekdayIndex(word: string, code: string): number {
  const days = packFor(code)?.dates.weekdays ?? [];
  const k = days.findIndex((d) => new RegExp(`^(?:${d})$`, 'iu').test(word));
  return k < 0 ? -1 : (k + 1) % 7;
}

/**
 * The date of a weekday against the reference date: the latest such day on or before it (news
 * report what happened), the next one after it when `future` (see `futureWeekday`).
 */
export function resolveWeekday(word: string, key: string, before: string, reference: string, future: boolean): string | null {
  if (!isDay(reference)) return null;
  const day = weekdayIndex(word, key);
  if (day < 0) return null;
  const ref = new Date(`${reference}T00:00:00Z`);
  const today = ref.getUTCDay();
  let delta: number;
  if (future || futureWeekday(key, before)) {
    delta = (day - today + 7) % 7;
    if (delta === 0) delta = 7;
  } else {
    delta = -((today - day + 7) % 7);
    if (delta === 0) delta = 0; // the day of the dateline itself
  }
  const d = new Date(ref.getTime() + delta * 86_400_000);
  return d.toISOString().slice(0, 10);
}
