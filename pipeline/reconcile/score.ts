/**
 * Pairwise name scoring with reasons: the one measure the linker, the in-article clustering and
 * `newsflow predict names` all use. A score is in [0, 1]; 0.5 is the "same entity" decision point
 * of the names benchmark, `AUTO_MERGE_THRESHOLD` (stricter) is where the linker merges on its own
 * and `[REVIEW_THRESHOLD, AUTO_MERGE_THRESHOLD)` is "candidate, needs review".
 */
import damerauLevenshtein from 'talisman/metrics/damerau-levenshtein.js';
import jaroWinkler from 'talisman/metrics/jaro-winkler.js';
import overlap from 'talisman/metrics/overlap.js';
import type { EntityType } from '../types.js';
import { countryCodeOf } from './countries.js';
import { placeIdOf } from './places.js';
import { demonymOf } from './demonyms.js';
import { sameGivenName } from './given-names.js';
import { normalizeName, WEAK_LEGAL_FORMS, type NormalizedName } from './normalize.js';

/** At or above: the linker links without asking anyone. */
export const AUTO_MERGE_THRESHOLD = 0.7;
/** At or above (and below auto-merge): a candidate worth an analyst's look. Also the benchmark's decision point. */
export const REVIEW_THRESHOLD = 0.5;

export interface NameCandidate {
  name: string;
  type: EntityType;
  aliases?: string[];
  /** ISO alpha-2 the entity belongs to, when known. */
  country?: string | null;
}

export interface MatchReason {
  rule: string;
  /** Contribution (positive) or penalty (negative), or the rule's score. */
  weight: number;
  detail?: string;
}

export interface MatchScore {
  /** In [0, 1]. */
  score: number;
  reasons: MatchReason[];
}

export interface ScoreContext {
  /** Both names occur in one article (short forms after long forms are then expected). */
  sameDocument?: boolean;
}

/** Most names of one side compared (canonical name first, then aliases). */
const MAX_NAMES = 24;

/** Tokens that carry little identity inside names. */
const PARTICLES = new Set([
  'al', 'el', 'ul', 'ur', 'bin', 'ibn', 'ben', 'bint', 'abu', 'abd', 'de', 'del', 'della', 'der', 'den', 'di', 'da', 'do', 'dos',
  'du', 'la', 'le', 'van', 'von', 'zu', 'of', 'and', 'the', 'und', 'et', 'na', 'tul',
]);

/** Extra words that do not change which organisation is meant (`UzAuto` ↔ `UzAuto Motors`). */
const GENERIC_ORG_WORDS = new Set([
  'motors', 'motor', 'group', 'holding', 'holdings', 'company', 'international', 'global', 'industries', 'industry',
  'automotive', 'auto', 'avto', 'corporation', 'enterprises', 'news', 'agency', 'media', 'sanoat', 'prom', 'systems',
]);

/** Russian/Ukrainian/Serbian patronymics (phonetic forms). */
const PATRONYMIC = /(?:ovi[hc]|evi[hc]|ovn|evn|ivn|ovna|evna|ivna|oglu|kizi|ogli)a?$/;

const NON_LATIN_LETTER = /(?![\p{Script=Latin}])\p{L}/u;

function isNumeric(t: string): boolean {
  return /^\d+$/.test(t);
}

function tokenWeight(t: string): number {
  if (PARTICLES.has(t)) return 0.25;
  if (isNumeric(t)) return 0.5;
  return 1;
}

/** Edit similarity blended with Jaro-Winkler: how alike two spellings of one token are. */
function spellingSimilarity(x: string, y: string): number {
  const edit = 1 - damerauLevenshtein(x, y) / Math.max(x.length, y.length);
  return 0.5 * edit + 0.5 * jaroWinkler(x, y);
}

/** Counts of code units, reused between calls (names are short: a count per unit below 0x800, else a map). */
const unitCounts = new Int32Array(0x800);

/** How many code units two strings have in common, counted as multisets. */
function commonUnits(x: string, y: string): number {
  let wide: Map<number, number> | null = null;
  for (let i = 0; i < y.length; i++) {
    const u = y.charCodeAt(i);
    if (u < unitCounts.length) unitCounts[u]!++;
    else (wide ??= new Map()).set(u, (wide.get(u) ?? 0) + 1);
  }
  let common = 0;
  for (let i = 0; i < x.length; i++) {
    const u = x.charCodeAt(i);
    if (u < unitCounts.length) {
      if (unitCounts[u]! > 0) {
        unitCounts[u]!--;
        common++;
      }
    } else if (wide?.get(u)) {
      wide.set(u, wide.get(u)! - 1);
      common++;
    }
  }
  for (let i = 0; i < y.length; i++) if (y.charCodeAt(i) < unitCounts.length) unitCounts[y.charCodeAt(i)] = 0;
  return common;
}

/**
 * Upper bounds of `spellingSimilarity` from the units two spellings share: an edit script keeps at
 * most the shared units, so it needs at least max(|x|, |y|) − shared operations; Jaro counts at most
 * the shared units as matches. `exactJaro` takes Jaro-Winkler itself (tighter, dearer) instead of its
 * bound; both skip the edit-distance table.
 */
function spellingSimilarityBound(x: string, y: string, exactJaro: boolean): number {
  const shared = commonUnits(x, y);
  if (!shared) return 0;
  let jaroWinklerAtMost: number;
  if (exactJaro) jaroWinklerAtMost = jaroWinkler(x, y);
  else {
    const jaro = (shared / x.length + shared / y.length + 1) / 3;
    // Winkler's boost (from 0.7 on) adds at most 4 × 0.1 of what is missing to 1
    jaroWinklerAtMost = jaro < 0.7 ? jaro : jaro + 0.4 * (1 - jaro);
  }
  return 0.5 * (shared / Math.max(x.length, y.length)) + 0.5 * jaroWinklerAtMost;
}

/**
 * Token similarity with `spelling` as the measure of two different spellings. Every step after
 * `spelling` is non-decreasing in it, so a bound on `spelling` gives a bound on the result.
 */
function tokenSimilarityWith(spelling: (x: string, y: string) => number, la: string, pa: string, lb: string, pb: string): number {
  if (la === lb || pa === pb) return 1;
  if (isNumeric(la) || isNumeric(lb)) return isNumeric(la) && isNumeric(lb) ? 0.8 : 0;
  if (la.length === 1 || lb.length === 1) return la[0] === lb[0] ? 0.9 : 0;
  if (sameGivenName(la, lb)) return 0.92;
  let s = (spelling(la, lb) + spelling(pa, pb)) / 2;
  // A truncated form ("Naza" / "Nazarbayev") is close, not equal; a patronymic is not its father's name.
  const [short, long] = pa.length <= pb.length ? [pa, pb] : [pb, pa];
  if (PATRONYMIC.test(long) && !PATRONYMIC.test(short)) return Math.min(s, 0.6);
  if (short.length >= 4 && long.startsWith(short)) s = Math.max(s, 0.82);
  return s;
}

/** Similarity of two tokens: exact phonetic form, initials, numbers, else edit distance blended with Jaro-Winkler. */
export function tokenSimilarity(la: string, pa: string, lb: string, pb: string): number {
  return tokenSimilarityWith(spellingSimilarity, la, pa, lb, pb);
}

/** Whether `tokenSimilarity` of the tokens may be above `limit`: two bounds, the cheaper first, never the edit-distance table. */
function tokenSimilarityMayExceed(limit: number, la: string, pa: string, lb: string, pb: string): boolean {
  return (
    tokenSimilarityWith((x, y) => spellingSimilarityBound(x, y, false), la, pa, lb, pb) > limit &&
    tokenSimilarityWith((x, y) => spellingSimilarityBound(x, y, true), la, pa, lb, pb) > limit
  );
}

interface Side {
  lat: string[];
  pho: string[];
}

/**
 * Whether Jaro-Winkler may reach 0.94: Jaro counts at most the shorter length as matches, so it is at
 * most (2 + shorter/longer) / 3, and Winkler's boost adds at most 0.4 of what is missing to 1; 0.94
 * needs Jaro 0.9, so lengths in a ratio of 0.7 or more.
 */
function mayBeNearlyEqual(x: string, y: string): boolean {
  return Math.min(x.length, y.length) >= 0.7 * Math.max(x.length, y.length) - 1e-9;
}

/** Joins adjacent tokens of `x` whose concatenation is a token of `y` ("Patr ushev" / "Patrushev", "van der bilt"). */
function mergeSplitTokens(x: Side, y: Side): Side {
  const lat = [...x.lat];
  const pho = [...x.pho];
  const targets = new Set(y.pho);
  for (let n = 3; n >= 2; n--) {
    for (let i = 0; i + n <= pho.length; i++) {
      const joined = pho.slice(i, i + n).join('');
      const hit = targets.has(joined) || [...targets].some((t) => t.length >= 6 && mayBeNearlyEqual(t, joined) && jaroWinkler(t, joined) >= 0.94);
      if (hit && !pho.slice(i, i + n).some((p) => targets.has(p))) {
        lat.splice(i, n, lat.slice(i, i + n).join(''));
        pho.splice(i, n, joined);
      }
    }
  }
  return { lat, pho };
}

interface Alignment {
  /** Best partner similarity per token of the shorter side (0 when unmatched). */
  sims: number[];
  shortSide: Side;
  longSide: Side;
  /** Unmatched tokens of the longer side. */
  extras: string[];
  /** Index in the longer side matched by each short token (-1 when none). */
  partner: number[];
}

const PATRONYM_MARKERS = new Set(['bin', 'ibn', 'ben', 'bint', 'binti', 'ould']);

/** The first significant token after a bin/ibn/ben marker, if any. */
function fatherName(x: Side): { lat: string; pho: string } | null {
  const at = x.lat.findIndex((t) => PATRONYM_MARKERS.has(t));
  if (at < 0) return null;
  for (let i = at + 1; i < x.lat.length; i++) {
    if (!PARTICLES.has(x.lat[i]!)) return { lat: x.lat[i]!, pho: x.pho[i]! };
  }
  return null;
}

function significantCount(x: Side): number {
  return x.lat.filter((t) => !PARTICLES.has(t)).length;
}

/** The two sides, the one with fewer significant tokens first (fewer tokens on a tie, else `a`). */
function shortFirst(a: Side, b: Side): [Side, Side] {
  const na = significantCount(a);
  const nb = significantCount(b);
  return na < nb || (na === nb && a.lat.length <= b.lat.length) ? [a, b] : [b, a];
}

/** Both names' tokens, with runs joined where the other name has them as one token (`mergeSplitTokens`). */
function mergedSides(a: NormalizedName, b: NormalizedName): [Side, Side] {
  const sa = mergeSplitTokens({ lat: a.tokens, pho: a.phonetic }, { lat: b.tokens, pho: b.phonetic });
  return [sa, mergeSplitTokens({ lat: b.tokens, pho: b.phonetic }, sa)];
}

function align(a: Side, b: Side, type: EntityType, latinOnly: boolean): Alignment {
  const [s, l] = shortFirst(a, b);
  const pairs: Array<{ i: number; j: number; sim: number }> = [];
  s.pho.forEach((p, i) => {
    l.pho.forEach((q, j) => {
      const sim = tokenSimilarity(s.lat[i]!, p, l.lat[j]!, q);
      if (sim >= 0.5) pairs.push({ i, j, sim: sim - (i === j ? 0 : 1e-6) });
    });
  });
  pairs.sort((x, y) => y.sim - x.sim);
  const sims = new Array<number>(s.pho.length).fill(0);
  const partner = new Array<number>(s.pho.length).fill(-1);
  const usedL = new Set<number>();
  for (const p of pairs) {
    if (partner[p.i] !== -1 || usedL.has(p.j)) continue;
    partner[p.i] = p.j;
    sims[p.i] = Math.min(1, p.sim + 1e-6);
    usedL.add(p.j);
  }
  // One short token left on each side ("Kim Yong-chol" / "Kim Yong-chun", "Tom Cook" / "Tim Cook"):
  // a one-syllable difference in a longer, otherwise equal name is a spelling variant, weakly.
  const openS = s.lat.map((_, i) => i).filter((i) => sims[i]! < 0.95 && !PARTICLES.has(s.lat[i]!));
  const openL = l.lat.map((_, j) => j).filter((j) => !usedL.has(j) && !PARTICLES.has(l.lat[j]!));
  const matchedS = s.lat.filter((t, i) => sims[i]! >= 0.95 && !PARTICLES.has(t)).length;
  if (openS.length === 1 && matchedS >= 1) {
    const i = openS[0]!;
    const j = partner[i]! >= 0 ? partner[i]! : openL.length === 1 ? openL[0]! : -1;
    if (j >= 0) {
      const x = s.lat[i]!;
      const y = l.lat[j]!;
      const raw = tokenSimilarity(x, s.pho[i]!, y, l.pho[j]!);
      const short = Math.max(x.length, y.length) <= 4 && (Math.min(x.length, y.length) <= 3 || raw >= 0.5);
      if (type === 'PER' && latinOnly && short && x.length > 1 && y.length > 1 && !isNumeric(x) && !isNumeric(y)) {
        if (partner[i] !== j) {
          partner[i] = j;
          usedL.add(j);
        }
        sims[i] = Math.max(sims[i]!, 0.74 + 0.3 * raw);
      }
    }
  }
  const extras = l.lat.filter((_, j) => !usedL.has(j));
  return { sims, shortSide: s, longSide: l, extras, partner };
}

/** Initial letters of the significant tokens ("People's Liberation Army" → "pla"). */
function acronymOf(tokens: string[]): string {
  return tokens
    .filter((t) => !PARTICLES.has(t))
    .map((t) => t[0] ?? '')
    .join('');
}

function clamp(x: number): number {
  return Math.max(0, Math.min(1, x));
}

/** Score of all-matched tokens from the weakest one: 0.5 at 0.78, 1 at 0.98 (0 at `WEAKEST_ABOVE_ZERO` and below). */
function fromWeakest(min: number): number {
  return clamp(0.5 + (min - 0.78) * 2.5);
}

/** The weakest token similarity above which `fromWeakest` is above 0. */
const WEAKEST_ABOVE_ZERO = 0.78 - 0.5 / 2.5;

/** One side's abbreviation of the other's significant words (PLA ↔ People's Liberation Army): [short, long], or null. */
function acronymPair(a: NormalizedName, b: NormalizedName, type: EntityType): [NormalizedName, NormalizedName] | null {
  if (type === 'PER') return null;
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    const head = x.tokens[0]!;
    if (x.tokens.length <= 2 && head.length >= 3 && head.length <= 6 && y.tokens.length >= 2 && acronymOf(y.tokens) === head) return [x, y];
  }
  return null;
}

/**
 * False only where `scoreNormalized(a, b, type, context)` is 0 for every context, decided without
 * the edit-distance tables: after `mergeSplitTokens`, each significant token of the shorter side
 * needs a partner close enough for `fromWeakest` to be above 0 (`align` may still leave a person one
 * open token of up to 4 letters, as a spelling variant). Callers that keep no score below a
 * threshold skip the full scoring of the pairs it rules out.
 */
export function mayScoreAboveZero(a: NormalizedName, b: NormalizedName, type: EntityType): boolean {
  if (!a.tokens.length || !b.tokens.length) return false;
  if ((a.cjk && b.cjk) || a.key === b.key || a.phonetic.join('') === b.phonetic.join('') || acronymPair(a, b, type)) return true;
  const [short, long] = shortFirst(...mergedSides(a, b));
  let open = 0;
  for (const [i, token] of short.lat.entries()) {
    if (PARTICLES.has(token)) continue;
    if (long.lat.some((other, j) => tokenSimilarityMayExceed(WEAKEST_ABOVE_ZERO - 1e-3, token, short.pho[i]!, other, long.pho[j]!))) continue;
    if (type !== 'PER' || token.length > 4 || ++open > 1) return false;
  }
  return true;
}

/** Script families written without spaces where one sign is a syllable. */
function cjkScore(a: string, b: string): number {
  const ca = [...a];
  const cb = [...b];
  let common = 0;
  const pool = [...cb];
  for (const ch of ca) {
    const k = pool.indexOf(ch);
    if (k >= 0) {
      common++;
      pool.splice(k, 1);
    }
  }
  const dice = (2 * common) / (ca.length + cb.length);
  return dice === 1 ? 1 : dice ** 3 * 0.9;
}

/** Score of two normalised names of one (compatible) type, with reasons. */
export function scoreNormalized(
  a: NormalizedName,
  b: NormalizedName,
  type: EntityType,
  context: ScoreContext = {},
): MatchScore {
  const reasons: MatchReason[] = [];
  const done = (score: number): MatchScore => ({ score: clamp(score), reasons });

  if (!a.tokens.length || !b.tokens.length) {
    reasons.push({ rule: 'empty-name', weight: 0 });
    return done(0);
  }
  const legalConflict =
    a.legalForm && b.legalForm && a.legalForm !== b.legalForm && !WEAK_LEGAL_FORMS.has(a.legalForm) && !WEAK_LEGAL_FORMS.has(b.legalForm);
  const applyLegal = (score: number): MatchScore => {
    if (legalConflict) {
      reasons.push({ rule: 'legal-form-conflict', weight: -0.45, detail: `${a.legalForm} ≠ ${b.legalForm}` });
      return done(Math.min(score, 0.45));
    }
    return done(score);
  };

  if (a.cjk && b.cjk) {
    const s = cjkScore(a.cjk, b.cjk);
    reasons.push({ rule: 'cjk-characters', weight: s, detail: `${a.cjk} ~ ${b.cjk}` });
    return done(s);
  }
  if (a.key === b.key) {
    reasons.push({ rule: 'same-key', weight: 1, detail: a.key });
    return applyLegal(1);
  }
  const joinedA = a.phonetic.join('');
  const joinedB = b.phonetic.join('');
  if (joinedA === joinedB) {
    reasons.push({ rule: 'same-joined-key', weight: 0.97, detail: joinedA });
    return applyLegal(0.97);
  }

  // Acronym of one name is the other (or its first token): PLA ↔ People's Liberation Army.
  const acronym = acronymPair(a, b, type);
  if (acronym) {
    const [x, y] = acronym;
    const s = x.tokens.length > 1 ? 0.75 : 0.85;
    reasons.push({ rule: 'acronym', weight: s, detail: `${x.tokens[0]} = ${y.tokens.join(' ')}` });
    return applyLegal(s);
  }

  const [sa, sb] = mergedSides(a, b);
  const latinOnly = !NON_LATIN_LETTER.test(a.display) && !NON_LATIN_LETTER.test(b.display);
  const al = align(sa, sb, type, latinOnly);
  const weights = al.shortSide.lat.map(tokenWeight);
  const totalW = weights.reduce((x, y) => x + y, 0) || 1;
  const core = al.sims.reduce((acc, s, i) => acc + s * weights[i]!, 0) / totalW;
  const significant = al.sims.filter((_, i) => weights[i]! >= 0.5);
  const weakest = significant.length ? Math.min(...significant) : Math.min(...al.sims);
  reasons.push({ rule: 'token-alignment', weight: Number(core.toFixed(3)), detail: `weakest ${weakest.toFixed(3)}` });

  const setOverlap = overlap(sa.pho, sb.pho);
  let score = Math.min(core, fromWeakest(weakest));
  if (weakest < 0.5 && setOverlap > 0) {
    // Some tokens have no counterpart at all: the shared ones only make a weak candidate.
    score = Math.min(score, 0.35 * setOverlap);
  }

  // "Abdullah bin Omar" is not "Omar bin Abdullah": the father's name after bin/ibn must agree.
  if (type === 'PER') {
    const fa = fatherName(sa);
    const fb = fatherName(sb);
    if (fa && fb && tokenSimilarity(fa.lat, fa.pho, fb.lat, fb.pho) < 0.8) {
      reasons.push({ rule: 'patronym-differs', weight: -0.5, detail: `${fa.lat} ≠ ${fb.lat}` });
      score = Math.min(score, 0.4);
    }
  }

  const extras = al.extras.filter((t) => !PARTICLES.has(t));
  if (extras.length && score > 0 && context.sameDocument && isShortForm(a, b, type)) {
    // Inside one article a short form after its long form names the same thing.
    reasons.push({ rule: 'short-form-in-article', weight: 0.9, detail: extras.join(' ') });
    return applyLegal(Math.max(score - 0.1, 0.9));
  }
  if (extras.length && score > 0) {
    const shortLen = al.shortSide.lat.filter((t) => !PARTICLES.has(t)).length;
    let penalty = 0;
    const detail: string[] = [];
    if (type === 'PER') {
      if (shortLen === 1) {
        // One name only ("Shadjalilova" / "Zumrad Shadjalilova"): a surname is good evidence, a given name is not.
        const j = al.partner[al.shortSide.lat.findIndex((t) => !PARTICLES.has(t))] ?? -1;
        const isLast = j === al.longSide.lat.length - 1;
        const exact = weakest >= 0.999;
        penalty = exact ? (isLast ? 0.25 : 0.5) : 0.6;
        detail.push(isLast ? 'surname only' : 'single name');
      } else {
        penalty = extras.length <= 2 ? 0.05 * extras.length : 0.25 + 0.1 * extras.length;
        const firstOk = al.partner[0] === 0;
        const lastOk = al.partner[al.partner.length - 1] === al.longSide.lat.length - 1;
        if (!firstOk && !lastOk) penalty += 0.2;
      }
    } else {
      for (const t of extras) {
        if (isNumeric(t)) penalty += 0.55;
        else if (type === 'ORG' && GENERIC_ORG_WORDS.has(t)) penalty += 0.1;
        else if (countryCodeOf(t)) penalty += 0.55;
        else penalty += type === 'ORG' ? 0.55 : 0.4;
      }
      detail.push(extras.join(' '));
    }
    score -= penalty;
    reasons.push({ rule: 'extra-tokens', weight: -Number(penalty.toFixed(3)), detail: detail.join('; ') || extras.join(' ') });
  }
  return applyLegal(score);
}

/**
 * One name's tokens are the first tokens of the other (or, for persons, products and events, the
 * last ones): "UzAuto" / "UzAuto Motors", "Shadjalilova" / "Zumrad Shadjalilova". A country name
 * is never the short form of an organisation ("Iran" / "Iran Khodro").
 */
export function isShortForm(a: NormalizedName, b: NormalizedName, type: EntityType): boolean {
  const [s, l] = a.phonetic.length <= b.phonetic.length ? [a, b] : [b, a];
  if (!s.phonetic.length || s.phonetic.length >= l.phonetic.length) return false;
  const prefix = s.phonetic.every((t, i) => t === l.phonetic[i]);
  const suffix = s.phonetic.every((t, i) => t === l.phonetic[l.phonetic.length - s.phonetic.length + i]);
  const affix = type === 'PER' || type === 'PRODUCT' || type === 'EVENT' ? prefix || suffix : prefix;
  return affix && (type === 'GPE' || type === 'LOC' || !countryCodeOf(s.display));
}

type TypeRelation = 'same' | 'geo' | 'incompatible';

function typeRelation(a: EntityType, b: EntityType): TypeRelation {
  if (a === b) return 'same';
  if ((a === 'GPE' || a === 'LOC') && (b === 'GPE' || b === 'LOC')) return 'geo';
  return 'incompatible';
}

/** A name and its aliases; "Al-Qa'ida/Islamic Army" also gives each side of the slash. */
function namesOf(c: NameCandidate): string[] {
  const names: string[] = [];
  for (const n of [c.name, ...(c.aliases ?? [])]) {
    names.push(n);
    const parts = n.split('/').map((x) => x.trim());
    if (parts.length > 1 && parts.every((x) => x.replace(/[^\p{L}]/gu, '').length >= 4)) names.push(...parts);
  }
  return [...new Set(names)].filter((n) => n.trim()).slice(0, MAX_NAMES);
}

/**
 * Two people each known by a full name (two tokens or more) that do not match are two people,
 * whatever short form they share (`Elchin Mammadov` is not the `Sahib Mammadov` an earlier article
 * also called `Mammadov`): the score of the full names, where it is below the review threshold.
 */
function rivalFullNames(a: NameCandidate, b: NameCandidate, context: ScoreContext): MatchScore | null {
  if (a.type !== 'PER' || b.type !== 'PER') return null;
  const x = normalizeName(a.name, 'PER');
  const y = normalizeName(b.name, 'PER');
  if (x.tokens.length < 2 || y.tokens.length < 2) return null;
  const full = scoreNormalized(x, y, 'PER', context);
  return full.score < REVIEW_THRESHOLD ? full : null;
}

/**
 * Scores whether two named things are the same entity. Rules: types must be compatible (PER
 * never with ORG; GPE with LOC only for the same name and head); demonyms never match their
 * country; countries are compared by ISO code and gazetteer places by id (a different known one
 * blocks); otherwise the best pair of names (canonical + aliases) decides.
 */
export function scoreMatch(a: NameCandidate, b: NameCandidate, context: ScoreContext = {}): MatchScore {
  const relation = typeRelation(a.type, b.type);
  if (relation === 'incompatible') {
    return { score: 0, reasons: [{ rule: 'type-mismatch', weight: -1, detail: `${a.type} ≠ ${b.type}` }] };
  }
  const type = a.type;
  const geoType = type === 'GPE' || type === 'LOC';
  const prepare = (names: string[], t: EntityType) =>
    names.map((name) => ({
      name,
      norm: normalizeName(name, t),
      country: geoType ? countryCodeOf(name) : null,
      place: geoType ? placeIdOf(name) : null,
      demonym: t === 'MISC' ? demonymOf(name) : null,
    }));
  const sideA = prepare(namesOf(a), a.type);
  const sideB = prepare(namesOf(b), b.type);
  let best: MatchScore = { score: 0, reasons: [{ rule: 'no-names', weight: 0 }] };
  outer: for (const x of sideA) {
    for (const y of sideB) {
      let result: MatchScore;
      if (x.country && y.country) {
        result =
          x.country === y.country
            ? { score: 1, reasons: [{ rule: 'same-country-code', weight: 1, detail: x.country }] }
            : { score: 0, reasons: [{ rule: 'different-country-code', weight: -1, detail: `${x.country} ≠ ${y.country}` }] };
      } else if (x.place && y.place) {
        // Gazetteer places: Qashqadaryo / Kashkadarya are one region; Syrdarya / Syr Darya are not.
        result =
          x.place === y.place
            ? { score: 1, reasons: [{ rule: 'same-place', weight: 1, detail: x.place }] }
            : { score: 0, reasons: [{ rule: 'different-place', weight: -1, detail: `${x.place} ≠ ${y.place}` }] };
      } else if (x.demonym && y.demonym) {
        // "usbekischen" / "Uzbek": one nationality in two languages.
        result =
          x.demonym === y.demonym
            ? { score: 0.95, reasons: [{ rule: 'same-demonym', weight: 0.95, detail: x.demonym }] }
            : { score: 0, reasons: [{ rule: 'different-demonym', weight: -1, detail: `${x.demonym} ≠ ${y.demonym}` }] };
      } else if (type === 'MISC' && Boolean(x.demonym) !== Boolean(y.demonym)) {
        result = { score: 0, reasons: [{ rule: 'demonym-vs-name', weight: -1, detail: `${x.name} / ${y.name}` }] };
      } else if (relation === 'geo') {
        const same = x.norm.key === y.norm.key && x.norm.head === y.norm.head;
        result = same
          ? { score: 0.9, reasons: [{ rule: 'gpe-loc-same-name', weight: 0.9, detail: x.norm.key }] }
          : { score: 0, reasons: [{ rule: 'gpe-loc-different', weight: -1, detail: `${x.name} / ${y.name}` }] };
      } else {
        result = scoreNormalized(x.norm, y.norm, type, context);
      }
      if (result.score > best.score || best.reasons[0]?.rule === 'no-names') {
        best = { score: result.score, reasons: [{ rule: 'names', weight: result.score, detail: `${x.name} ~ ${y.name}` }, ...result.reasons] };
      }
      if (best.score >= 1) break outer;
    }
  }
  const rival = rivalFullNames(a, b, context);
  if (rival && rival.score < best.score) {
    best = { score: rival.score, reasons: [...best.reasons, { rule: 'different-full-names', weight: -1, detail: `${a.name} ≠ ${b.name}` }] };
  }
  if (a.country && b.country && a.country !== b.country) {
    best = {
      score: Math.min(best.score, 0.3),
      reasons: [...best.reasons, { rule: 'country-conflict', weight: -1, detail: `${a.country} ≠ ${b.country}` }],
    };
  }
  return { score: Number(clamp(best.score).toFixed(4)), reasons: best.reasons };
}
