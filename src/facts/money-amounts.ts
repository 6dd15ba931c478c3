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
  /** Written in thousands ("45k EUR", "k€40"): a bare end of its range is too ("40-45k"). */
  thousands?: boolean;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CODES = new Set(currencies.codes);
const ALIASES = new Map(Object.entries(currencies.aliases).map(([k, v]) => [k.toLowerCase(), v]));
// Longest first, so that "US$" wins over "$" and "swiss francs" over a shorter name.
const curAlternatives = [...currencies.codes, ...Object.keys(currencies.aliases)]
  .sort((a, b) => b.length - a.length)
  // A name ending in a letter beyond ASCII ("Türk lirası") takes a look-ahead: `\\b` is ASCII's.
  .map((s) =>
    /^[\p{L}]/u.test(s) ? `\\b${esc(s)}${/[A-Za-z]$/.test(s) ? '\\b' : '(?![A-Za-z\\u00C0-\\u024F])'}` : esc(s),
  )
  .join('|');
// A number: grouped thousands (",", ".", "'", "’", thin or plain spaces before exactly three
// digits), or plain digits; then decimals; then "k"; the Swiss ".-" / German ",-" after it.
const NUMBER = String.raw`(\d{1,3}(?:(?:[,.'’]|[ \u00a0\u202f](?=\d{3}(?!\d)))\d{3})+|\d+)(?:[.,](\d{1,2})(?!\d))?(?:[.,]-|[.,]–)?(?:\s?([kK])\b)?`;
// Numbers first, then a currency beside each: a currency alternation tried at every position
// of every line cost six times more.
const numberRe = new RegExp(`(?<![\\d.,])${NUMBER}`, 'g');
const curBeforeRe = new RegExp(`(${curAlternatives})\\s?$`, 'i');
const curAfterRe = new RegExp(`^\\s?(${curAlternatives})`, 'i');
// A code written before a sign names the sign's currency: "AUD $98,000", "CAD $5,000".
const codeBeforeSignRe = /\b([A-Z]{3})\s?$/;

const DIGIT = /\d/;
// Cheap pre-check on the whole line: a currency sign, a currency's name, or three capitals.
const SIGN_OR_NAME =
  /[€£$¥₹₩₺₪円元]|zł|\b(?:euros?|dollars?|pounds?|sterling|francs?|franken|yen|yuan|renminbi|rupees|kronor|kroner|z[łl]oty|TL)\b|\blira/i;
const CAPITALS = /\b[A-Z]{3}\b/g;

/** Cheap pre-check: the line holds a currency sign, a currency's name or a code. */
export function mayHoldCurrency(text: string): boolean {
  if (SIGN_OR_NAME.test(text)) return true;
  for (const m of text.matchAll(CAPITALS)) if (CODES.has(m[0]) || ALIASES.has(m[0].toLowerCase())) return true;
  return false;
}

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
  if (!DIGIT.test(text) || !mayHoldCurrency(text)) return out;
  // The code a sign was given in this line: "AUD $98,000 - $105,000" is in AUD throughout.
  const signCodes = new Map<string, string>();
  for (const m of text.matchAll(numberRe)) {
    const at = m.index ?? 0;
    const endOfNumber = at + m[0].length;
    const before = curBeforeRe.exec(text.slice(Math.max(0, at - 16), at));
    const after = before ? null : curAfterRe.exec(text.slice(endOfNumber, endOfNumber + 16));
    let currency = currencyOf(before?.[1]) ?? currencyOf(after?.[1]);
    if (!currency) continue;
    let start = before ? at - before[0].length : at;
    const sign = before?.[1];
    if (sign && !/[A-Za-z]/.test(sign)) {
      const code = codeBeforeSignRe.exec(text.slice(Math.max(0, start - 4), start));
      if (code && CODES.has(code[1] as string)) {
        currency = code[1] as string;
        start -= code[0].length;
        signCodes.set(sign, currency);
      } else currency = signCodes.get(sign) ?? currency;
    }
    let value = integerOf(m[1] ?? '');
    if (m[2]) value += Number(`0.${m[2]}`);
    // "k€40", "K$60": thousands written before the sign.
    const kBefore =
      !m[3] && before && /(?:^|[^A-Za-z\u00C0-\u024F])[kK]$/.test(text.slice(Math.max(0, start - 2), start));
    if (kBefore) start -= 1;
    if (m[3] || kBefore) value *= 1000;
    if (!Number.isFinite(value) || value <= 0) continue;
    out.push({
      value: Math.round(value * 100) / 100,
      currency,
      start,
      end: after ? endOfNumber + after[0].length : endOfNumber,
      ...(m[3] || kBefore ? { thousands: true } : {}),
    });
  }
  return out;
}
