/**
 * Bar charts drawn on the server as SVG (pure: data in, markup out; no client script). Each chart
 * carries its title (what is counted), one `<rect>` per non-zero value with the value in
 * `data-value`, a legend, and the same numbers as a table for readers without SVG or sight.
 */
import { escapeHtml } from '../pages.js';

/** How a series is drawn: actual facts solid, plans hatched outlines, reported ones pale. */
export type SeriesStyle = 'solid' | 'hatched' | 'pale';

export interface ChartSeries {
  name: string;
  style: SeriesStyle;
  /** One value per category (null: none). */
  values: Array<number | null>;
}

export interface BarChartSpec {
  /** Unique on the page; used in element ids. */
  id: string;
  /** What is counted, in words. */
  title: string;
  categories: string[];
  series: ChartSeries[];
  /** A line under the chart (e.g. what was left out). */
  note?: string;
  /** Header of the category column in the table. */
  categoryLabel: string;
  /** Whole numbers (counts): the axis labels only whole values. */
  integer?: boolean;
  /** Show the legend (default: when there is more than one series). */
  legend?: boolean;
  /** `data-*` attributes of the figure (what the chart is of, for scripts and tests). */
  dataset?: Record<string, string>;
}

const WIDTH = 760;
const HEIGHT = 240;
const M = { top: 12, right: 12, bottom: 36, left: 64 };
const COLOURS = ['#1d4ed8', '#c2410c', '#15803d', '#7e22ce', '#0e7490'];

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
const full = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** The smallest 1, 2, 2.5 or 5 × 10^k at or above `max` (the top of the y axis). */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const pow = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * pow >= max) return step * pow;
  return 10 * pow;
}

const fmt = (n: number) => (Number.isFinite(n) ? Number(n.toFixed(2)).toString() : '');

export function renderBarChart(spec: BarChartSpec): string {
  const { id, categories, series } = spec;
  const plotW = WIDTH - M.left - M.right;
  const plotH = HEIGHT - M.top - M.bottom;
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values.map((v) => v ?? 0))));
  const n = Math.max(1, categories.length);
  const groupW = plotW / n;
  // Bars fill 80 % of their slot, but no bar is wider than 48 px (a lone year is not a wall).
  const barW = Math.min(48, (groupW * 0.8) / Math.max(1, series.length));
  const groupPad = (groupW - barW * series.length) / 2;
  const titleId = `${id}-title`;
  const defs = series
    .map((s, i) =>
      s.style === 'hatched'
        ? `<pattern id="${id}-hatch-${i}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="${COLOURS[i % COLOURS.length]}" stroke-width="3"/></pattern>`
        : '',
    )
    .join('');
  const fillOf = (s: ChartSeries, i: number) => {
    const colour = COLOURS[i % COLOURS.length]!;
    if (s.style === 'hatched') return `fill="url(#${id}-hatch-${i})" stroke="${colour}" stroke-width="1.5"`;
    if (s.style === 'pale') return `fill="${colour}" fill-opacity="0.35" stroke="${colour}"`;
    return `fill="${colour}"`;
  };
  const fractions = [0, 0.25, 0.5, 0.75, 1].filter((f) => !spec.integer || Number.isInteger(f * max));
  const ticks = fractions.map((f) => {
    const y = M.top + plotH - f * plotH;
    return `<line x1="${M.left}" x2="${WIDTH - M.right}" y1="${fmt(y)}" y2="${fmt(y)}" stroke="#e5e7eb"/><text x="${M.left - 6}" y="${fmt(y + 4)}" text-anchor="end">${escapeHtml(compact.format(f * max))}</text>`;
  });
  // Every category when they fit; else each January (as its year) for months, or about a dozen.
  const months = n > 16 && categories.every((c) => /^\d{4}-\d{2}$/.test(c));
  const every = months ? 12 * Math.ceil(n / 12 / 12) : n <= 16 ? 1 : Math.ceil(n / 12);
  const labels = categories.map((c, i) => {
    const shown = months ? c.endsWith('-01') && Number(c.slice(0, 4)) % (every / 12) === 0 : i % every === 0;
    return shown
      ? `<text x="${fmt(M.left + groupW * (i + 0.5))}" y="${HEIGHT - M.bottom + 16}" text-anchor="middle">${escapeHtml(months ? c.slice(0, 4) : c)}</text>`
      : '';
  });
  const bars = series.flatMap((s, si) =>
    s.values.map((v, ci) => {
      if (v === null || v === 0) return '';
      const h = (Math.max(0, v) / max) * plotH;
      const x = M.left + groupW * ci + groupPad + barW * si;
      const label = `${categories[ci] ?? ''} · ${s.name}: ${full.format(v)}`;
      return `<rect class="bar" data-category="${escapeHtml(categories[ci] ?? '')}" data-series="${escapeHtml(s.name)}" data-value="${v}" x="${fmt(x)}" y="${fmt(M.top + plotH - h)}" width="${fmt(Math.max(1, barW - 1))}" height="${fmt(h)}" ${fillOf(s, si)}><title>${escapeHtml(label)}</title></rect>`;
    }),
  );
  const legend = series
    .map(
      (s, i) =>
        `<span class="key"><svg width="14" height="10" aria-hidden="true"><rect width="14" height="10" ${fillOf(s, i)}/></svg> ${escapeHtml(s.name)}</span>`,
    )
    .join(' ');
  const svg = `<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="100%" role="img" aria-labelledby="${titleId}" font-size="11" font-family="system-ui,sans-serif" fill="#374151">
<title id="${titleId}">${escapeHtml(spec.title)}</title><defs>${defs}</defs>${ticks.join('')}
<line x1="${M.left}" x2="${WIDTH - M.right}" y1="${M.top + plotH}" y2="${M.top + plotH}" stroke="#6b7280"/>${bars.join('')}${labels.join('')}</svg>`;
  const table = `<table class="chart-table"><thead><tr><th>${escapeHtml(spec.categoryLabel)}</th>${series
    .map((s) => `<th>${escapeHtml(s.name)}</th>`)
    .join('')}</tr></thead><tbody>${categories
    .map((c, ci) => {
      const cells = series.map((s) => s.values[ci] ?? null);
      return cells.every((v) => v === null || v === 0)
        ? ''
        : `<tr><td>${escapeHtml(c)}</td>${cells.map((v) => `<td>${v === null ? '' : escapeHtml(full.format(v))}</td>`).join('')}</tr>`;
    })
    .join('')}</tbody></table>`;
  const data = Object.entries(spec.dataset ?? {})
    .map(([k, v]) => ` data-${escapeHtml(k.replace(/[^a-z0-9-]/g, ''))}="${escapeHtml(v)}"`)
    .join('');
  return `<figure class="chart" id="${escapeHtml(id)}"${data}><figcaption><strong>${escapeHtml(spec.title)}</strong>${
    spec.legend ?? series.length > 1 ? `<br>${legend}` : ''
  }</figcaption>${svg}${spec.note ? `<p class="muted">${escapeHtml(spec.note)}</p>` : ''}<details><summary>the numbers as a table</summary>${table}</details></figure>`;
}

/** Every month from the first to the last given one (YYYY-MM), so gaps show as gaps. */
export function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7));
  const endY = Number(last.slice(0, 4));
  const endM = Number(last.slice(5, 7));
  while (y < endY || (y === endY && m <= endM)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/** Every year from the first to the last (YYYY). */
export function yearRange(first: string, last: string): string[] {
  const out: string[] = [];
  for (let y = Number(first); y <= Number(last); y++) out.push(String(y));
  return out;
}
