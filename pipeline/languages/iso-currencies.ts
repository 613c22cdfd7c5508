/**
 * English currency names from the ISO 4217 list (`currency-codes`): the full name (`Mexican Peso`,
 * `Czech Koruna`, `Baht`) and, where one currency alone has it, its head noun (`koruna`, `zloty`,
 * `naira`), each with its plural. The English pack appends them after its own names, which win.
 */
import cc from 'currency-codes';

/** Head nouns that are ordinary English words after a number (`5 real problems`): only the full name counts. */
const COMMON_WORDS = new Set(['real', 'mark', 'pound', 'dollar', 'franc', 'peso', 'dinar', 'rupee', 'krona', 'krone', 'rial', 'riyal', 'shilling', 'unit', 'unidad', 'lek']);
/** Plurals that are not the noun + s. */
const PLURALS: Readonly<Record<string, string>> = { krona: 'kronor', krone: 'kroner', real: 'reais', yen: 'yen', rand: 'rand', baht: 'baht', won: 'won' };

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const withPlural = (name: string): string => {
  const words = name.split(' ');
  const head = words.pop()!;
  const plural = PLURALS[head] ?? `${head}s`;
  // the plural first: a name is taken whole or not at all
  return `${[...words, ''].map(escape).join(' ')}(?:${plural === head ? escape(head) : `${escape(plural)}|${escape(head)}`})`;
};

export function isoCurrencyNames(): Array<[pattern: string, iso: string]> {
  // circulating currencies only: no funds, metals, accounting units or test codes (X.. but the CFA, CFP and East Caribbean ones)
  const current = cc.data.filter(
    (c) => !/\(|unidad|fund|bond|gold|silver|platinum|palladium|sdr|sucre|wir|codes|unit/iu.test(c.currency) && (!c.code.startsWith('X') || ['XAF', 'XOF', 'XCD', 'XPF'].includes(c.code)),
  );
  const byHead = new Map<string, string[]>();
  for (const c of current) {
    const head = c.currency.toLowerCase().split(' ').at(-1)!;
    byHead.set(head, [...(byHead.get(head) ?? []), c.code]);
  }
  const full: Array<[string, string]> = current
    .filter((c) => c.currency.includes(' '))
    .map((c) => [withPlural(c.currency.toLowerCase()), c.code]);
  const heads: Array<[string, string]> = [...byHead]
    .filter(([head, codes]) => codes.length === 1 && !COMMON_WORDS.has(head) && head.length > 2 && !/^[A-Z]+$/u.test(current.find((c) => c.code === codes[0])!.currency.split(' ').at(-1)!))
    .map(([head, codes]) => [withPlural(head), codes[0]!]);
  return [...full, ...heads];
}
