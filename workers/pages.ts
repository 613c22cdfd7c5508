/**
 * The analyst's pages, rendered on the server from rows (pure functions: rows in, HTML out).
 * Article view: the text with entities and numbers highlighted (colour by type; hover shows the
 * canonical entity and confidence) and its events with their evidence. Entity view: aliases, every
 * event across articles, and the merge decisions with their reasons.
 */
import type { ArticleRow, NumberRow } from '../db/schema.js';
import type { EntityDetails } from '../db/repositories/entity-admin.js';
import type { ArticleMentionRow, EventSummaryRow } from '../db/repositories/queries.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const TYPE_COLOURS: Record<string, string> = {
  PER: '#ffd6a5',
  ORG: '#bde0fe',
  GPE: '#caffbf',
  LOC: '#9bf6ff',
  PRODUCT: '#ffc6ff',
  EVENT: '#fdffb6',
  MISC: '#e0e0e0',
};

const STYLE = `
body{font:15px/1.55 system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#222}
h1{font-size:1.4rem} table{border-collapse:collapse;width:100%;margin:1rem 0;font-size:.9rem}
th,td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
.text{white-space:pre-wrap;background:#fafafa;border:1px solid #eee;padding:1rem;border-radius:4px}
.m{border-radius:3px;padding:0 .1rem;cursor:help} .n{border-bottom:2px solid #e76f51;cursor:help}
.legend span{margin-right:.6rem;padding:0 .3rem;border-radius:3px} .muted{color:#777}
a{color:#1d4ed8;text-decoration:none} nav a{margin-right:.8rem} mark{background:#fde68a} mark#evidence{outline:2px solid #f59e0b;border-radius:2px}
form.filters{display:flex;flex-wrap:wrap;gap:.4rem .8rem;align-items:end;background:#f8fafc;border:1px solid #e5e7eb;padding:.6rem;border-radius:4px}
form.filters label{display:flex;flex-direction:column;font-size:.8rem;color:#555} form.filters input,form.filters select{font:inherit;font-size:.9rem}
.pager a,.pager span{margin-right:.6rem} figure.chart{margin:1rem 0} figure.chart svg.chart{max-width:760px;display:block}
.key{margin-right:.8rem;font-size:.85rem} th a{color:inherit} th a.sorted{text-decoration:underline}
${Object.entries(TYPE_COLOURS).map(([t, c]) => `.t-${t}{background:${c}}`).join('')}`;

export function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} · newsflow</title><style>${STYLE}</style></head><body><nav class="muted"><a href="/">newsflow articles</a><a href="/events">events</a><a href="/entities">entities</a></nav>${body}</body></html>`;
}

export function table(headers: string[], rows: string[][]): string {
  return `<table><thead><tr>${headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

const amount = (e: EventSummaryRow) =>
  e.money_value !== null ? `${e.money_value} ${e.money_currency ?? ''}` : e.quantity !== null ? `${e.quantity} ${e.unit ?? ''}` : '';

/** Change and share attributes of an event (`+8.4%`, `share 33%`). */
const rates = (e: EventSummaryRow): string =>
  [e.change_pct != null ? `change ${e.change_pct > 0 ? '+' : ''}${e.change_pct}%` : '', e.share_pct != null && e.unit !== 'percent' ? `share ${e.share_pct}%` : '']
    .filter(Boolean)
    .join(', ');

/** Every sentence stating the fact (restatements merged into one event). */
const evidenceHtml = (e: EventSummaryRow): string =>
  (e.evidence_spans?.length ? e.evidence_spans : [{ text: e.evidence_text }]).map((x) => `<q>${escapeHtml(x.text)}</q>`).join('<br>');

/** The stages that did not read the article's language, said on the page instead of a silent zero. */
function coverageNote(stages: unknown): string {
  const s = stages as { language?: string; events?: boolean; numbers?: boolean } | null;
  if (!s) return '';
  const missing = [s.events === false ? 'events (no event lexicon)' : '', s.numbers === false ? 'numbers (no language pack)' : ''].filter(Boolean);
  return missing.length ? ` · <strong>not read for ${escapeHtml(s.language ?? '?')}: ${escapeHtml(missing.join(', '))}</strong>` : '';
}

interface Highlight {
  start: number;
  end: number;
  open: string;
}

/**
 * `text.slice(from, to)` as HTML with non-overlapping highlights, each clipped to the range (a later
 * span overlapping an earlier one is dropped).
 */
function highlightRange(text: string, from: number, to: number, highlights: Highlight[]): string {
  const clipped = highlights
    .map((h) => ({ ...h, start: Math.max(h.start, from), end: Math.min(h.end, to) }))
    .filter((h) => h.start < h.end);
  const sorted = clipped.sort((a, b) => a.start - b.start || b.end - a.end);
  let html = '';
  let pos = from;
  for (const h of sorted) {
    if (h.start < pos) continue;
    html += escapeHtml(text.slice(pos, h.start)) + h.open + escapeHtml(text.slice(h.start, h.end)) + '</span>';
    pos = h.end;
  }
  return html + escapeHtml(text.slice(pos, to));
}

/** The text as HTML with its highlights, and the evidence span (if any) in `<mark id="evidence">`. */
function highlightText(text: string, highlights: Highlight[], evidence?: { start: number; end: number } | null): string {
  if (!evidence) return highlightRange(text, 0, text.length, highlights);
  const start = Math.max(0, Math.min(evidence.start, text.length));
  const end = Math.max(start, Math.min(evidence.end, text.length));
  return `${highlightRange(text, 0, start, highlights)}<mark id="evidence">${highlightRange(text, start, end, highlights)}</mark>${highlightRange(text, end, text.length, highlights)}`;
}

export function renderArticlePage(data: {
  article: ArticleRow;
  mentions: ArticleMentionRow[];
  numbers: NumberRow[];
  events: EventSummaryRow[];
  /** The evidence of the event the reader came from (events page), highlighted in the text. */
  evidence?: { start: number; end: number } | null;
}): string {
  const { article, mentions, numbers, events } = data;
  const highlights: Highlight[] = [
    ...mentions.map((m) => ({
      start: m.start_offset,
      end: m.end_offset,
      open: `<span class="m t-${escapeHtml(m.type)}" data-entity="${m.entity_id ?? ''}" title="${escapeHtml(
        `${m.type} → ${m.canonical_name ?? 'unlinked'} (entity ${m.entity_id ?? '—'}), confidence ${m.confidence.toFixed(2)}, ${m.extractor}`,
      )}">`,
    })),
    ...numbers.map((n) => ({
      start: n.startOffset,
      end: n.endOffset,
      open: `<span class="n" title="${escapeHtml(
        `${n.kind}: ${n.value ?? ''}${n.valueHigh !== null ? `–${n.valueHigh}` : ''} ${n.unit ?? ''} ${n.currency ?? ''} ${n.date ?? ''}${n.ambiguous ? ` (ambiguous: ${n.ambiguous})` : ''}`.replace(/\s+/g, ' ').trim(),
      )}">`,
    })),
  ];
  const legend = Object.keys(TYPE_COLOURS)
    .map((t) => `<span class="t-${t}">${t}</span>`)
    .join('');
  const entityLinks = [...new Map(mentions.filter((m) => m.entity_id !== null).map((m) => [m.entity_id, m])).values()];
  return page(
    article.title,
    `<h1>${escapeHtml(article.title)}</h1>
<p class="muted">article ${article.id} · language ${escapeHtml(article.language ?? '?')} (${(article.languageConfidence ?? 0).toFixed(2)}) · ${escapeHtml(article.status)} · pipeline ${escapeHtml(article.pipelineVersion ?? '—')}${article.source ? ` · ${escapeHtml(article.source)}` : ''} · reference date ${escapeHtml(article.referenceDate ?? '—')}${article.referenceSource ? ` (${escapeHtml(article.referenceSource)})` : ''}${coverageNote(article.stagesRead)}</p>
<p class="legend">${legend}<span class="n">number</span></p>
${data.evidence ? '<p><a href="#evidence">the evidence sentence</a> is marked in the text</p>' : ''}
<div class="text" id="article-text">${highlightText(article.text, highlights, data.evidence)}</div>
<h2>Events (${events.length})</h2>
${table(
  ['type', 'modality', 'actors', 'location', 'product', 'amount', 'change / share', 'time', 'confidence', 'evidence (every sentence stating it)'],
  events.map((e) => [
    escapeHtml(e.type),
    escapeHtml(e.modality),
    escapeHtml(e.actors ?? ''),
    escapeHtml(e.location ?? ''),
    escapeHtml(e.product ?? ''),
    escapeHtml(amount(e)),
    escapeHtml(rates(e)),
    escapeHtml(e.time ?? ''),
    e.confidence.toFixed(2),
    evidenceHtml(e),
  ]),
)}
<h2>Entities</h2>
<p>${entityLinks.map((m) => `<a class="m t-${escapeHtml(m.type)}" href="/entities/${m.entity_id}">${escapeHtml(m.canonical_name ?? m.text)}</a>`).join(' ')}</p>`,
  );
}

export function renderEntityPage(data: { details: EntityDetails; events: EventSummaryRow[]; charts?: string }): string {
  const { entity, aliases, perArticle, decisions } = data.details;
  return page(
    entity.canonicalName,
    `<h1><span class="m t-${escapeHtml(entity.type)}">${escapeHtml(entity.canonicalName)}</span></h1>
<p class="muted">entity ${entity.id} · ${escapeHtml(entity.type)}${entity.country ? ` · ${escapeHtml(entity.country)}` : ''}${entity.mergedInto ? ` · merged into <a href="/entities/${entity.mergedInto}">${entity.mergedInto}</a>` : ''}</p>
<h2>Aliases</h2>
${table(['alias', 'mentions', 'language'], aliases.map((a) => [escapeHtml(a.alias), String(a.count), escapeHtml(a.language ?? '')]))}
${data.charts ?? ''}
<h2>Events (${data.events.length})</h2>
<p><a href="/events?entity_id=${entity.id}">filter, sort and export these events</a> · <a href="/events.csv?entity_id=${entity.id}">CSV</a> · <a href="/events.json?entity_id=${entity.id}">JSON</a></p>
${table(
  ['time', 'type', 'modality', 'actors', 'location', 'amount', 'evidence', 'article'],
  data.events.map((e) => [
    escapeHtml(e.time ?? ''),
    escapeHtml(e.type),
    escapeHtml(e.modality),
    escapeHtml(e.actors ?? ''),
    escapeHtml(e.location ?? ''),
    escapeHtml(amount(e)),
    `<q>${escapeHtml(e.evidence_text)}</q>`,
    `<a href="/articles/${e.article_id}?event=${e.id}#evidence">${e.article_id}</a>`,
  ]),
)}
<h2>Articles</h2>
${table(['article', 'mentions', 'title'], perArticle.map((a) => [`<a href="/articles/${a.articleId}">${a.articleId}</a>`, String(a.mentions), escapeHtml(a.title)]))}
<h2>Merge decisions</h2>
${table(
  ['decision', 'alias', 'other entity', 'score', 'reasons', 'by', 'when'],
  decisions.map((d) => [
    escapeHtml(d.decision),
    escapeHtml(d.alias ?? ''),
    d.otherEntityId === null ? '' : `<a href="/entities/${d.otherEntityId}">${d.otherEntityId}</a>`,
    d.score === null ? '' : d.score.toFixed(2),
    escapeHtml(
      (Array.isArray(d.reasons) ? (d.reasons as Array<{ rule?: string; detail?: string; weight?: number }>) : [])
        .map((r) => `${r.rule ?? ''}${r.detail ? `: ${r.detail}` : ''}`)
        .join('; '),
    ),
    escapeHtml(d.decidedBy),
    escapeHtml(d.decidedAt.toISOString()),
  ]),
)}`,
  );
}
