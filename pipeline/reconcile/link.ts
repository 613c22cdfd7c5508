/**
 * The pure decisions of entity linking: which mentions of one article name the same thing
 * (`clusterDocumentMentions`), what a cluster is called (`canonicalNameOf`), and whether it is an
 * entity already known (`decideLink`). The persist stage fetches candidates by blocking key and
 * writes what is decided here.
 */
import { memoize } from '../memo.js';
import type { EntityType } from '../types.js';
import { countryCodeOf, englishCountryName } from './countries.js';
import { demonymOf, englishDemonym } from './demonyms.js';
import { normalizeName, type NormalizedName } from './normalize.js';
import { AUTO_MERGE_THRESHOLD, REVIEW_THRESHOLD, mayScoreAboveZero, scoreMatch, scoreNormalized, type MatchReason } from './score.js';

/** Operator decisions attached to a candidate entity; they override scores. */
export interface ManualLocks {
  /** Surfaces an operator split away from this entity: never link them to it again. */
  never?: string[];
  /** Surfaces an operator assigned to this entity: always link them to it. */
  always?: string[];
}

export interface EntityCandidate {
  entityId: string;
  type: EntityType;
  canonicalName: string;
  aliases: string[];
  country?: string | null;
  manualLocks?: ManualLocks;
}

export interface ReviewCandidate {
  entityId: string;
  score: number;
  reasons: MatchReason[];
}

export interface LinkDecision {
  action: 'link' | 'create';
  /** The entity linked to; null when a new entity is to be created. */
  entityId: string | null;
  /** Score of the best candidate (0 when there was none). */
  score: number;
  reasons: MatchReason[];
  /** Candidates in the review band (or beaten ones above it): "maybe the same", for an analyst. */
  review: ReviewCandidate[];
}

export interface LinkOptions {
  autoMergeThreshold?: number;
  reviewThreshold?: number;
  /** Most review candidates returned. */
  maxReview?: number;
}

function sameSurface(a: string, b: string, type: EntityType): boolean {
  return normalizeName(a, type).key === normalizeName(b, type).key;
}

/**
 * Links one mention (usually a cluster's canonical name) to the best candidate entity at or above
 * the auto-merge threshold, else asks for a new entity; candidates in the review band are returned
 * either way. Operator locks win over scores. Ties go to the smaller entity id (deterministic).
 * `mention.aliases` (the cluster's other surfaces) are compared too when given.
 */
export function decideLink(
  mention: { text: string; type: EntityType; aliases?: string[] },
  candidates: EntityCandidate[],
  options: LinkOptions = {},
): LinkDecision {
  const auto = options.autoMergeThreshold ?? AUTO_MERGE_THRESHOLD;
  const reviewAt = options.reviewThreshold ?? REVIEW_THRESHOLD;
  const maxReview = options.maxReview ?? 5;
  const scored = candidates.map((c) => {
    const locks = c.manualLocks;
    if (locks?.never?.some((s) => sameSurface(s, mention.text, mention.type))) {
      return { c, score: 0, reasons: [{ rule: 'manual-split', weight: -1, detail: mention.text }] as MatchReason[] };
    }
    if (locks?.always?.some((s) => sameSurface(s, mention.text, mention.type))) {
      return { c, score: 1, reasons: [{ rule: 'manual-pin', weight: 1, detail: mention.text }] as MatchReason[] };
    }
    const m = scoreMatch(
      { name: mention.text, type: mention.type, aliases: mention.aliases ?? [] },
      { name: c.canonicalName, type: c.type, aliases: c.aliases, country: c.country ?? null },
    );
    return { c, score: m.score, reasons: m.reasons };
  });
  const byId = (x: string, y: string): number =>
    /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0;
  scored.sort((x, y) => y.score - x.score || byId(x.c.entityId, y.c.entityId));
  const best = scored[0];
  const linked = best && best.score >= auto ? best : null;
  const review = scored
    .filter((s) => s !== linked && s.score >= reviewAt)
    .slice(0, maxReview)
    .map((s) => ({ entityId: s.c.entityId, score: s.score, reasons: s.reasons }));
  if (linked) {
    return { action: 'link', entityId: linked.c.entityId, score: linked.score, reasons: linked.reasons, review };
  }
  return {
    action: 'create',
    entityId: null,
    score: best?.score ?? 0,
    reasons: best?.reasons ?? [{ rule: 'no-candidates', weight: 0 }],
    review,
  };
}

/* ----------------------------------------------------------------------------------------- */
/* In-article clustering                                                                      */
/* ----------------------------------------------------------------------------------------- */

interface Cluster {
  type: EntityType;
  names: NormalizedName[];
  surfaces: string[];
  /**
   * `type + surface` of every entry in `names`: a repeated mention adds nothing to compare (a fit is
   * the best over the entries), so a long article's thousands of mentions cost one entry per spelling.
   */
  seen: Set<string>;
  /** Index of the last mention added (recency breaks ties). */
  last: number;
}

function sameGeoName(a: NormalizedName, b: NormalizedName): boolean {
  return a.key === b.key && a.head === b.head;
}

/** Words that make a place name a facility or a zone (`Hajigabul Industrial District`, `Industriepark Neftschala`). */
const FACILITY = /(?:^|[^\p{L}])(?:industrial|park|zone|district|estate|industriepark|industriegebiet|gewerbe\p{L}*|промзон\p{L}*|промышленн\p{L}*|технопарк\p{L}*|parc|zona|polígono)(?![\p{L}])/iu;

/** `long` is `short` with one or more words added after it (`UzAuto Motors` + `Powertrain`). */
function extendsBy(long: NormalizedName, short: NormalizedName): boolean {
  return short.tokens.length >= 2 && long.tokens.length > short.tokens.length && short.tokens.every((t, i) => long.tokens[i] === t);
}

/** How well a mention fits one entry of a cluster (0 = not at all, 1 = the same name). */
function scoreEntry(name: NormalizedName, surface: string, type: EntityType, clusterType: EntityType, other: NormalizedName, otherSurface: string): number {
  if (!name.key || !other.key) return 0;
  // a place and the industrial park or district named after it are two places
  if ((type === 'GPE' || type === 'LOC') && FACILITY.test(name.display) !== FACILITY.test(other.display)) return 0;
  if (clusterType !== type) return sameGeoName(name, other) ? 0.95 : 0;
  if (name.key === other.key) return 1;
  if (type === 'GPE' || type === 'LOC') {
    const a = countryCodeOf(surface);
    const b = countryCodeOf(otherSurface);
    if (a && b) return a === b ? 1 : 0;
  }
  // A short form after (or before) its long form scores high with `sameDocument`; most pairs of an
  // article's names have nothing in common, and are ruled out before the full scoring.
  if (!mayScoreAboveZero(name, other, type)) return 0;
  const s = scoreNormalized(name, other, type, { sameDocument: true }).score;
  return s >= AUTO_MERGE_THRESHOLD ? s : 0;
}

/**
 * `scoreEntry`, remembered per (mention spelling, entry spelling) pair: a spelling repeated a thousand
 * times in an article is scored against each entry once, and pairs that recur across articles
 * (`Trump` / `Donald Trump`) once while remembered (10,000 pairs: a few MB of a worker's memory). Names are
 * `normalizeName` of their spelling and type.
 */
const fitToEntry = memoize(scoreEntry, {
  size: 10_000,
  key: (_name, surface, type, clusterType, other, otherSurface) => `${type}\u0000${surface}\u0001${clusterType}\u0000${otherSurface}\u0001${other.key}`,
});

/** How well a mention fits a cluster of this article (0 = not at all). */
function fitToCluster(name: NormalizedName, surface: string, type: EntityType, cluster: Cluster): number {
  const geo = (type === 'GPE' || type === 'LOC') && (cluster.type === 'GPE' || cluster.type === 'LOC');
  if (cluster.type !== type && !geo) {
    // the very same name predicted with another type in another sentence (`Azermash` ORG, then LOC)
    // is one entity, of the type most of its mentions have (decided where the entity is written);
    // a person never joins a company that looks like it (Mr Suzuki / Suzuki, Hoffmann / Hoffmann GmbH)
    if (type === 'PER' || cluster.type === 'PER' || !name.key) return 0;
    // a one-word place that opens a company name of three words or more is the place the company is
    // named after (`Rustavi` / `Rustavi Wagon Building Company`, `Caspian` / `Caspian Auto Logistics`),
    // even where the bare name was once predicted as the company
    if ((type === 'GPE' || type === 'LOC') && cluster.type === 'ORG' && name.tokens.length === 1 && cluster.names.some((n) => n.tokens.length >= 3 && n.tokens[0] === name.tokens[0])) return 0;
    return cluster.names.some((n) => n.key === name.key && n.head === name.head) ? 0.9 : 0;
  }
  // A company name that extends a shorter one by a word of its own is a sibling, not a long form:
  // `UzAuto Motors Powertrain` after `UzAuto Motors`, `Kamaz Trucks Leasing` after `Kamaz Trucks`, and the other
  // way round (the parent named first, the company of two words or more after it)
  if (type === 'ORG' && cluster.names.some((n) => extendsBy(name, n)) && !cluster.names.some((n) => n.tokens.length >= name.tokens.length)) return 0;
  if (type === 'ORG' && cluster.names.some((n) => extendsBy(n, name)) && !cluster.names.some((n) => n.tokens.length <= name.tokens.length)) return 0;
  let best = 0;
  for (const [k, other] of cluster.names.entries()) {
    const fit = fitToEntry(name, surface, type, cluster.type, other, cluster.surfaces[k]!);
    if (fit === 1 && cluster.type === type) return 1;
    best = Math.max(best, fit);
  }
  return best;
}

/**
 * Cluster index per mention inside one article (0, 1, 2… in order of first appearance). Same
 * normalised name, a short form of a longer name of the same type ("Shadjalilova" / "Zumrad
 * Shadjalilova", "UzAuto" / "UzAuto Motors"), or a score at auto-merge level join a cluster;
 * types must agree (GPE and LOC only for the very same name), so "Iran" (GPE) never joins
 * "Iran Khodro" (ORG) and "Uzbek" (MISC) never joins "Uzbekistan" (GPE). A short form that fits
 * several clusters joins the most recent one.
 */
export function clusterDocumentMentions(mentions: ReadonlyArray<{ text: string; type: EntityType; start?: number; end?: number }>): number[] {
  const clusters: Cluster[] = [];
  const out: number[] = [];
  const names = new Map<string, NormalizedName>();
  mentions.forEach((m, i) => {
    const nameKey = `${m.type}\u0000${m.text}`;
    let name = names.get(nameKey);
    if (!name) names.set(nameKey, (name = normalizeName(m.text, m.type)));
    let bestIndex = -1;
    let bestFit = 0;
    clusters.forEach((c, ci) => {
      const fit = fitToCluster(name!, m.text, m.type, c);
      if (fit > bestFit || (fit > 0 && fit === bestFit && c.last > clusters[bestIndex]!.last)) {
        bestFit = fit;
        bestIndex = ci;
      }
    });
    // an explicit alias right after its name: `General Motors (GM)`, `Kazakhstan Temir Zholy (KTZ)`,
    // `Самаркандский автомобильный завод (СамАвто)`
    const j = explicitAliasOf(mentions, i);
    if (j !== null) bestIndex = out[j]!;
    if (bestIndex < 0) {
      clusters.push({ type: m.type, names: [name!], surfaces: [m.text], seen: new Set([`${m.type}\u0000${m.text}`]), last: i });
      out.push(clusters.length - 1);
    } else {
      const c = clusters[bestIndex]!;
      const seenKey = `${m.type}\u0000${m.text}`;
      if (!c.seen.has(seenKey)) {
        c.seen.add(seenKey);
        c.names.push(name!);
        c.surfaces.push(m.text);
      }
      c.last = i;
      out.push(bestIndex);
    }
  });
  return out;
}

/**
 * The mention a mention abbreviates when it follows it at once in parentheses (offsets 1–3 apart:
 * ` (`, ` («`): one word whose letters are drawn in order from the name's, starting with its first
 * letter (GM ← General Motors, KTZ ← Kazakhstan Temir Zholy, СамАвто ← Самаркандский автомобильный
 * завод). Needs offsets; none without them.
 */
function explicitAliasOf(mentions: ReadonlyArray<{ text: string; type: EntityType; start?: number; end?: number }>, i: number): number | null {
  const m = mentions[i]!;
  if (m.start === undefined) return null;
  // mentions come in text order: the one just before (a nested or overlapping one may sit between)
  let prev: number | null = null;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const x = mentions[k]!;
    if (x.end !== undefined && x.end <= m.start && (prev === null || x.end > mentions[prev]!.end!)) prev = k;
  }
  if (prev === null) return null;
  const p = mentions[prev]!;
  const gap = m.start - p.end!;
  if (gap < 1 || gap > 3 || p.type !== m.type) return null;
  return abbreviates(m.text, p.text) || (gap === 2 && nativeAcronym(m.text, p.text)) ? prev : null;
}

/**
 * An acronym of the name in its own language right after a translated name of two words or more,
 * ` (` apart: capitals only, the same first letter (Azerbaijan Railways (ADY), Russian Railways (RZD)).
 */
function nativeAcronym(short: string, long: string): boolean {
  return /^\p{Lu}{2,5}$/u.test(short) && long.trim().split(/\s+/u).length >= 2 && short[0] === long.trim()[0];
}

function abbreviates(short: string, long: string): boolean {
  const s = short.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
  const l = long.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
  if (s.length < 2 || s.length > 10 || /\s/u.test(short.trim()) || s.length >= l.length || s[0] !== l[0]) return false;
  let k = 0;
  for (const ch of l) if (k < s.length && ch === s[k]) k++;
  return k === s.length;
}

/* ----------------------------------------------------------------------------------------- */
/* Canonical names                                                                            */
/* ----------------------------------------------------------------------------------------- */

function isAllCaps(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function capitalisedWords(s: string): number {
  return s.split(' ').filter((w) => /^\p{Lu}/u.test(w)).length;
}

/**
 * The name a cluster of surfaces goes by: for a country, its English name (i18n-iso-countries);
 * for a nationality word, its English form (`chinesischen` → Chinese);
 * otherwise the longest well-formed surface (no generic head like "… plant", not shouted in
 * capitals when another form is not), without its legal form; ties go to the most frequent,
 * then the one with more capitalised words.
 */
export function canonicalNameOf(surfaces: readonly string[], type?: EntityType): string {
  const list = surfaces.map((s) => s.trim()).filter(Boolean);
  if (!list.length) return '';
  if (!type || type === 'GPE') {
    const codes = list.map((s) => countryCodeOf(s)).filter((c): c is string => Boolean(c));
    if (codes.length && (type === 'GPE' || codes.length === list.length)) {
      const counts = new Map<string, number>();
      for (const c of codes) counts.set(c, (counts.get(c) ?? 0) + 1);
      const code = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
      const english = englishCountryName(code);
      if (english) return english;
    }
  }
  if (type === 'MISC') {
    const codes = new Set(list.map((s) => demonymOf(s)));
    const [code] = [...codes];
    if (codes.size === 1 && code) {
      const english = englishDemonym(code);
      if (english) return english;
    }
  }
  const freq = new Map<string, number>();
  for (const s of list) freq.set(s, (freq.get(s) ?? 0) + 1);
  const anyMixed = list.some((s) => !isAllCaps(s));
  const ranked = [...freq.keys()].map((s) => {
    const n = normalizeName(s, type);
    return {
      display: n.display,
      wellFormed: (n.head === null ? 2 : 0) + (!anyMixed || !isAllCaps(s) ? 1 : 0),
      tokens: n.tokens.length,
      count: freq.get(s)!,
      caps: capitalisedWords(n.display),
      length: n.display.length,
    };
  });
  ranked.sort(
    (a, b) =>
      b.wellFormed - a.wellFormed ||
      b.tokens - a.tokens ||
      b.count - a.count ||
      b.caps - a.caps ||
      b.length - a.length ||
      (a.display < b.display ? -1 : a.display > b.display ? 1 : 0),
  );
  return ranked[0]!.display;
}
