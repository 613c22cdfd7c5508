/**
 * The events page: every event of the corpus, filtered (type, modality, entity by any alias,
 * country, language, date range, words of the evidence), sorted and paged, with the filtered
 * events per month drawn above the table. Each row links to its article with the evidence marked.
 */
import type { EventFacets, EventFactRow, EventsPerMonth } from '../../db/repositories/analyst-events.js';
import { escapeHtml, page } from '../pages.js';
import { monthRange, renderBarChart, yearRange } from './charts.js';
import { attr, exportLinks, linkedTable, markWords, pager, select, sortHeader, textInput } from './html.js';
import type { EventParams } from './params.js';

/** Beyond this many months the chart counts per year instead. */
const MAX_MONTH_BARS = 240;

export function amountText(r: { quantity: number | null; unit: string | null; money_value: number | null; money_currency: string | null }): string {
  if (r.money_value !== null) return `${r.money_value} ${r.money_currency ?? ''}`.trim();
  if (r.quantity !== null) return `${r.quantity} ${r.unit ?? ''}`.trim();
  return '';
}

/** Events per month as a chart (per year when the months span more than 20 years). */
export function eventsPerMonthChart(id: string, what: string, data: EventsPerMonth): string {
  const { months } = data;
  const drawn = months.reduce((n, m) => n + m.events, 0);
  const left = [
    data.yearOnly ? `${data.yearOnly} dated only to a year` : '',
    data.undated ? `${data.undated} without a dated time` : '',
  ].filter(Boolean);
  const note = `${drawn} event(s) drawn, by the month of the event's time (an interval counts in its first month)${
    left.length ? `; not drawn: ${left.join(', ')}` : ''
  }.`;
  if (!months.length) return `<p class="muted">No ${escapeHtml(what)} dated to a month. ${escapeHtml(note)}</p>`;
  const first = months[0]!.month;
  const last = months[months.length - 1]!.month;
  let categories = monthRange(first, last);
  let per = 'month';
  let values: number[];
  if (categories.length > MAX_MONTH_BARS) {
    per = 'year';
    categories = yearRange(first.slice(0, 4), last.slice(0, 4));
    const byYear = new Map<string, number>();
    for (const m of months) byYear.set(m.month.slice(0, 4), (byYear.get(m.month.slice(0, 4)) ?? 0) + m.events);
    values = categories.map((y) => byYear.get(y) ?? 0);
  } else {
    const byMonth = new Map(months.map((m) => [m.month, m.events]));
    values = categories.map((m) => byMonth.get(m) ?? 0);
  }
  return renderBarChart({
    id,
    title: `Number of ${what} per ${per} of the event's time`,
    categoryLabel: per,
    categories,
    series: [{ name: 'events', style: 'solid', values }],
    integer: true,
    note,
  });
}

export function renderEventsPage(data: {
  params: EventParams;
  sort: string;
  dir: string;
  page: number;
  per: number;
  rows: EventFactRow[];
  total: number;
  facets: EventFacets;
  perMonth: EventsPerMonth;
  /** The entity of an `entity_id` filter, to name it. */
  entityName?: string | null;
}): string {
  const { params: p, rows, facets } = data;
  const keep = { ...p } as Record<string, string | number | undefined>;
  const words = p.q ? (p.q.match(/[\p{L}\p{N}]+/gu) ?? []) : [];
  const current = { sort: data.sort, dir: data.dir };
  const h = (key: string, label: string) => sortHeader('/events', keep, key, label, current);
  const form = `<form class="filters" method="get" action="/events">
${select('type', 'type', facets.types, p.type)}
${select('modality', 'modality', facets.modalities, p.modality)}
${textInput('entity', 'entity (any alias)', p.entity, 'size="16"')}
${select('country', 'country', facets.countries, p.country)}
${select('language', 'article language', facets.languages, p.language)}
${textInput('from', 'from (event time)', p.from, 'size="10" placeholder="2023-01"')}
${textInput('to', 'to', p.to, 'size="10" placeholder="2025"')}
${textInput('q', 'words in the evidence', p.q, 'size="18"')}
${select('sort', 'sort by', ['time', 'type', 'modality', 'amount', 'confidence', 'article'], data.sort, 'time')}
${select('dir', 'order', ['asc', 'desc'], data.dir, 'asc')}
${textInput('per', 'rows per page', data.per, 'size="4"')}
${p.entity_id !== undefined ? `<input type="hidden" name="entity_id" value="${attr(p.entity_id)}">` : ''}
<button type="submit">Filter</button> <a href="/events">clear</a>
</form>`;
  const entityNote =
    p.entity_id !== undefined
      ? `<p>Only events of entity <a href="/entities/${attr(p.entity_id)}">${escapeHtml(data.entityName ?? `#${p.entity_id}`)}</a> (<a href="/events">all events</a>).</p>`
      : '';
  const tableHtml = linkedTable(
    [h('time', 'time'), h('type', 'type'), h('modality', 'modality'), 'actors', 'location', 'product', h('amount', 'amount'), h('confidence', 'conf.'), 'evidence', h('article', 'article')],
    rows.map((r) => [
      escapeHtml(r.time ?? ''),
      escapeHtml(r.type),
      escapeHtml(r.modality),
      escapeHtml(r.actors ?? ''),
      escapeHtml(r.location ?? ''),
      escapeHtml(r.product ?? ''),
      escapeHtml(amountText(r)),
      r.confidence.toFixed(2),
      `<q>${markWords(r.evidence_text, words)}</q>`,
      `<a class="evidence" href="/articles/${r.article_id}?event=${r.event_id}#evidence">${r.article_id}</a> <span class="muted">${escapeHtml(r.article_language ?? '')}</span>`,
    ]),
    'events-table',
  );
  return page(
    'events',
    `<h1>Events</h1>
<p class="muted">Every event found in the corpus. Entity matches a canonical name or any alias (part of it, any case), in any role; country is where the event happened or the country of an entity taking part; the date range compares the event's time at its own precision (a year overlaps its months) and leaves out undated events; the words must each begin a word of the evidence sentence.</p>
${form}
${entityNote}
${eventsPerMonthChart('events-per-month', 'filtered events', data.perMonth)}
${exportLinks('/events', keep)}
${pager('/events', keep, data.page, data.per, data.total)}
${tableHtml}
${pager('/events', keep, data.page, data.per, data.total)}`,
  );
}
