/**
 * The entities page (filter by type, country, name or alias, article count; sort; pages; export)
 * and the charts on an entity's own page: its amounts per year by event type and unit (actual
 * facts solid, plans hatched), and its events per month.
 */
import type { AmountPoint, EntityFacets, EntityFactRow } from '../../db/repositories/analyst-entities.js';
import type { EventsPerMonth } from '../../db/repositories/analyst-events.js';
import { escapeHtml, page } from '../pages.js';
import { renderBarChart, yearRange, type ChartSeries, type SeriesStyle } from './charts.js';
import { eventsPerMonthChart } from './events.js';
import { exportLinks, linkedTable, pager, select, sortHeader, textInput } from './html.js';
import type { EntityParams } from './params.js';

export function renderEntitiesPage(data: {
  params: EntityParams;
  sort: string;
  dir: string;
  page: number;
  per: number;
  rows: EntityFactRow[];
  total: number;
  facets: EntityFacets;
}): string {
  const { params: p, rows } = data;
  const keep = { ...p } as Record<string, string | number | undefined>;
  const current = { sort: data.sort, dir: data.dir };
  const h = (key: string, label: string) => sortHeader('/entities', keep, key, label, current);
  const form = `<form class="filters" method="get" action="/entities">
${select('type', 'type', data.facets.types, p.type)}
${select('country', 'country', data.facets.countries, p.country)}
${textInput('name', 'name or alias', p.name, 'size="18"')}
${textInput('min_articles', 'in at least N articles', p.min_articles ?? 1, 'size="4"')}
${select('sort', 'sort by', ['articles', 'mentions', 'events', 'name', 'type'], data.sort, 'articles')}
${select('dir', 'order', ['desc', 'asc'], data.dir, 'desc')}
${textInput('per', 'rows per page', data.per, 'size="4"')}
<button type="submit">Filter</button> <a href="/entities">clear</a>
</form>`;
  return page(
    'entities',
    `<h1>Entities</h1>
<p class="muted">Every linked entity. Name matches the canonical name or any alias (part of it, any case); counts are over mentions in stored articles; aliases are listed most written first.</p>
${form}
${exportLinks('/entities', keep)}
${pager('/entities', keep, data.page, data.per, data.total)}
${linkedTable(
  [h('name', 'name'), h('type', 'type'), 'country', h('articles', 'articles'), h('mentions', 'mentions'), h('events', 'events'), 'aliases'],
  rows.map((r) => [
    `<a href="/entities/${r.entity_id}">${escapeHtml(r.canonical_name)}</a>`,
    escapeHtml(r.type),
    escapeHtml(r.country ?? ''),
    String(r.article_count),
    String(r.mention_count),
    String(r.event_count),
    escapeHtml(r.aliases ?? ''),
  ]),
  'entities-table',
)}
${pager('/entities', keep, data.page, data.per, data.total)}`,
  );
}

const MODALITY_ORDER = ['actual', 'reported', 'planned'];
const MODALITY_STYLE: Record<string, SeriesStyle> = { actual: 'solid', reported: 'pale', planned: 'hatched' };

/** Event types drawn in one chart with another: a production target beside the production. */
const CHART_FAMILY: Record<string, string> = { production_target: 'production' };

/**
 * The entity page's charts: one per event type (a production target shares the production chart)
 * and unit of its amounts, a series per type and modality, then its events per month.
 */
export function renderEntityCharts(entityName: string, amounts: AmountPoint[], perMonth: EventsPerMonth): string {
  const groups = new Map<string, AmountPoint[]>();
  for (const a of amounts) {
    const key = `${CHART_FAMILY[a.type] ?? a.type}\u0000${a.unit}`;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  const rank = (m: string) => (MODALITY_ORDER.includes(m) ? MODALITY_ORDER.indexOf(m) : MODALITY_ORDER.length);
  const charts = [...groups.values()].map((points, i) => {
    const family = CHART_FAMILY[points[0]!.type] ?? points[0]!.type;
    const unit = points[0]!.unit;
    const years = points.map((x) => x.year).sort();
    const categories = yearRange(years[0]!, years[years.length - 1]!);
    const keys = [...new Map(points.map((x) => [`${x.type} · ${x.modality}`, x])).values()].sort(
      (a, b) => rank(a.modality) - rank(b.modality) || a.type.localeCompare(b.type) || a.modality.localeCompare(b.modality),
    );
    const series: ChartSeries[] = keys.map((k) => ({
      name: `${k.type} · ${k.modality}`,
      style: MODALITY_STYLE[k.modality] ?? 'solid',
      values: categories.map((y) => points.find((x) => x.year === y && x.type === k.type && x.modality === k.modality)?.total ?? null),
    }));
    const types = [...new Set(points.map((x) => x.type))];
    const events = points.reduce((n, x) => n + x.events, 0);
    return renderBarChart({
      id: `amounts-${i}`,
      dataset: { family, unit },
      legend: true,
      title: `${entityName}: ${types.join(' and ')} in ${unit} per year (sum of the amounts of the events it takes part in; actual solid, planned hatched)`,
      categoryLabel: 'year',
      categories,
      series,
      note: `${events} event(s) with an amount in ${unit} and a year; negated events and percentages are left out.`,
    });
  });
  return `<h2>Over time</h2>
${charts.length ? charts.join('\n') : '<p class="muted">No amounts (quantities or money) with a dated time in its events.</p>'}
${eventsPerMonthChart('entity-events-per-month', `events of ${entityName}`, perMonth)}`;
}
