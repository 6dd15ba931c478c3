// Amounts of money in a line: a number with a currency sign, code or name on either side
// ("CHF 1500.-", "£22,765", "1978 €", "54 600 €", "3.679,- CHF", "80k RMB"), read in every
// locale's separators (1,500.00 / 1.500,00 / 1 500 / 1'500).
import currencies from './currencies.json' with { type: 'json' };

export interface MoneyAmount {
  value: number;
  currency: string;
  /** Offsets of the whole mention (number and currency) in the line. */
  start: number;
  end: number;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CODES = new Set(currencies.codes);
const ALIASES = new Map(Object.entries(currencies.aliases).map(([k, v]) => [k.toLowerCase(), v]));
// Longest first, so that "US$" wins over "$" and "swiss francs" over a shorter name.
const curAlternatives = [...currencies.codes, ...Object.keys(currencies.aliases)]
  .sort((a, b) => b.length - a.length)
  .map((s) => (/^[\p{L}]/u.test(s) ? `\\b${esc(s)}\\b` : esc(s)))
  .join('|');
// A number: grouped thousands (",", ".", "'", "’", thin or plain spaces before exactly three
// digits), or plain digits; then decimals; then "k"; the Swiss ".-" / German ",-" after it.
const NUMBER = String.raw`(\d{1,3}(?:(?:[,.'’]|[ \u00a0\u202f](?=\d{3}(?!\d)))\d{3})+|\d+)(?:[.,](\d{1,2})(?!\d))?(?:[.,]-|[.,]–)?(?:\s?([kK])\b)?`;
const amountRe = new RegExp(`(?:(${curAlternatives})\\s?)?(?<![\\d.,])${NUMBER}(?:\\s?(${curAlternatives}))?`, 'gi');

const DIGIT = /\d/;

/** A currency token as written -> its ISO 4217 code; codes count in upper case only. */
function currencyOf(token: string | undefined): string | null {
  if (!token) return null;
  if (CODES.has(token)) return token;
  if (/^[A-Za-z]{3}$/.test(token) && CODES.has(token.toUpperCase())) return null;
  return ALIASES.get(token.toLowerCase()) ?? null;
}

/** "63,782" "1.500" "54 600" -> integer part; separators before three digits group thousands. */
function integerOf(grouped: string): number {
  return Number(grouped.replace(/[,.'’ \u00a0\u202f]/g, ''));
}

/** The amounts in `text` that carry a currency; a bare number is not money. */
export function findAmounts(text: string): MoneyAmount[] {
  const out: MoneyAmount[] = [];
  if (!DIGIT.test(text)) return out;
  for (const m of text.matchAll(amountRe)) {
    const currency = currencyOf(m[1]) ?? currencyOf(m[5]);
    if (!currency) continue;
    let value = integerOf(m[2] ?? '');
    if (m[3]) value += Number(`0.${m[3]}`);
    if (m[4]) value *= 1000;
    if (!Number.isFinite(value) || value <= 0) continue;
    out.push({
      value: Math.round(value * 100) / 100,
      currency,
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
    });
  }
  return out;
}
