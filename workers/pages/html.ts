/** Form controls, sortable headers and pagers for the list pages (every value escaped). */
import { escapeHtml } from '../pages.js';
import { queryString } from './params.js';

type Params = Record<string, string | number | undefined>;

export const attr = (s: string | number) => escapeHtml(String(s));

export function textInput(name: string, label: string, value: string | number | undefined, extra = ''): string {
  return `<label>${escapeHtml(label)}<input name="${attr(name)}" value="${value === undefined ? '' : attr(value)}" ${extra}></label>`;
}

export function select(name: string, label: string, options: readonly string[], value: string | undefined, anyLabel = 'any'): string {
  const opts = [`<option value="">${escapeHtml(anyLabel)}</option>`]
    .concat(options.map((o) => `<option value="${attr(o)}"${o === value ? ' selected' : ''}>${escapeHtml(o)}</option>`))
    .join('');
  return `<label>${escapeHtml(label)}<select name="${attr(name)}">${opts}</select></label>`;
}

/** A column header that sorts by `key` (and flips the direction when it already does). */
export function sortHeader(path: string, params: Params, key: string, label: string, current: { sort: string; dir: string }): string {
  const active = current.sort === key;
  const dir = active && current.dir === 'asc' ? 'desc' : active ? 'asc' : 'asc';
  const href = `${path}${queryString({ ...params, sort: key, dir, page: undefined })}`;
  const arrow = active ? (current.dir === 'asc' ? ' ▲' : ' ▼') : '';
  return `<a href="${attr(href)}"${active ? ' class="sorted"' : ''}>${escapeHtml(label)}${arrow}</a>`;
}

export function pager(path: string, params: Params, page: number, per: number, total: number): string {
  const pages = Math.max(1, Math.ceil(total / per));
  const link = (p: number, label: string, rel: string) =>
    `<a rel="${rel}" href="${attr(`${path}${queryString({ ...params, page: p === 1 ? undefined : p })}`)}">${escapeHtml(label)}</a>`;
  return `<p class="pager">${page > 1 ? link(page - 1, '← previous', 'prev') : ''}<span>page ${page} of ${pages} · ${total} row(s)</span>${
    page < pages ? link(page + 1, 'next →', 'next') : ''
  }</p>`;
}

/** Links to the CSV and JSON downloads of the list with the same filters and order (all pages). */
export function exportLinks(path: string, params: Params): string {
  const q = queryString({ ...params, page: undefined, per: undefined });
  return `<p>Download every matching row (all pages, this order): <a class="export" href="${attr(`${path}.csv${q}`)}">CSV</a> · <a class="export" href="${attr(`${path}.json${q}`)}">JSON</a></p>`;
}

/** `text` escaped, with the words starting with any of `words` in `<mark>`. */
export function markWords(text: string, words: readonly string[]): string {
  if (!words.length) return escapeHtml(text);
  const prefixes = words.map((w) => w.toLowerCase());
  let html = '';
  let pos = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = m[0].toLowerCase();
    if (!prefixes.some((p) => word.startsWith(p))) continue;
    html += `${escapeHtml(text.slice(pos, m.index))}<mark>${escapeHtml(m[0])}</mark>`;
    pos = m.index + m[0].length;
  }
  return html + escapeHtml(text.slice(pos));
}

/** A table whose headers are markup already (sort links); cells are markup already too. */
export function linkedTable(headers: string[], rows: string[][], id: string): string {
  return `<table id="${attr(id)}"><thead><tr>${headers.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}
