// Where the asker lives and for how long: "I've been living in Berlin for two years", "I live in
// France", "resident in Germany since 2022", "I moved to Spain six months ago", "j'habite en
// France", "ich wohne seit 2020 in Deutschland", "vivo in Italia", "vivo en España". A city is a
// country's capital (world-countries) or a country named with it.
import wc from 'world-countries';
import { countryOfPlace } from '../facts/gazetteer.ts';
import { canonicalCountry, findCountries, tokenize } from './countries.ts';
import { readWhen, yearsBetween } from './read-when.ts';
import { DURATION_RE, monthsOf, NEGATION_RE } from './self-words.ts';

const LIVE =
  /\bbeen(?=\sin\s)|\b(?:liv(?:e|es|ed|ing)|resid(?:e|es|ed|ing|ent)|based|settled|moved|move|stay(?:ed|ing)?|habite|habit[eé]|vis|vit|r[eé]side|wohne|wohnt|lebe|lebt|ansassig|vivo|vive|abito|risiedo|resido|vecu|vissuto|vissuta|vivido|gelebt|gewohnt|risieduto|residido)\b/;
const KEEP = /\b(?:keep|will|going to|stay|continue|remain)\b/;

let capitals: Map<string, string> | null = null;
function capitalOf(word: string): string | undefined {
  if (!capitals) {
    capitals = new Map();
    const list: unknown = wc;
    const arr = (Array.isArray(list) ? list : ((list as { default?: unknown[] }).default ?? [])) as {
      capital?: string[];
      name: { common: string };
      independent?: boolean;
    }[];
    for (const c of arr) {
      if (c.independent === false) continue;
      for (const cap of c.capital ?? [])
        capitals.set(
          tokenize(cap)
            .map((t) => t.norm)
            .join(' '),
          c.name.common,
        );
    }
  }
  return capitals.get(word);
}

/** The country of a place named in folded words ("italy", "zurich", "the netherlands"): one or two words tried. */
export function placeCountry(two: string): string | undefined {
  const one = two.split(' ')[0] ?? two;
  return (
    capitalOf(two) ??
    capitalOf(one) ??
    canonicalCountry(one) ??
    canonicalCountry(two) ??
    countryOfPlace(two) ??
    countryOfPlace(one) ??
    undefined
  );
}

export interface Residence {
  country: string;
  /** Months lived there up to now, when said. */
  months?: number;
  /** Whether they said they will keep living there. */
  staying?: boolean;
  /** They said they never lived there (`months` is 0): not a place they live. */
  never?: boolean;
}

/** Places of residence in folded text. */
export function readResidence(lower: string, now: Date): Residence[] {
  const out: Residence[] = [];
  for (const sentence of lower.split(/[.!?;\n]/)) {
    const live = LIVE.exec(sentence);
    if (!live) continue;
    // "I have never lived in France": a stay of none there.
    const never = NEGATION_RE.test(sentence.slice(0, live.index));
    if (never && !/\b(?:never|jamais|nie|niemals|mai|nunca)\b/.test(sentence.slice(0, live.index))) continue;
    const tail = sentence.slice(live.index);
    const place = /\b(?:in|to|at|en|a|au|aux|nach|im)\s(?:the\s)?([a-z][a-z-]+(?:\s[a-z][a-z-]+)?)/.exec(tail);
    let country: string | undefined;
    // "I live in Zurich", "based in Bavaria": a known city or province's country too.
    if (place?.[1]) country = placeCountry(place[1]);
    if (!country) {
      const hit = findCountries(tokenize(tail)).find((h) => h.kind === 'name');
      country = hit?.country;
    }
    if (!country) continue;
    if (never) {
      if (!out.some((o) => o.country === country)) out.push({ country, months: 0, never: true });
      continue;
    }
    const r: Residence = { country };
    const dur = [...tail.matchAll(DURATION_RE)].find(
      (m) => !/\bago\b/.test(tail.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 5)),
    );
    // "for two years", or a duration right after the place ("been in Switzerland 2 years").
    const right =
      dur && place ? /^[\s,]*(?:for\s)?$/.test(tail.slice(place.index + place[0].length, dur.index)) : false;
    if (dur && (/\bfor\b|\bdepuis\b|\bseit\b|\bda\b|\bdesde hace\b|\bsince\b/.test(tail) || right))
      r.months = monthsOf(dur);
    else {
      const when = /\b(?:since|depuis|seit|dal|desde)\b|\bago\b|\bmoved\b/.test(tail) ? readWhen(tail, now) : undefined;
      if (when) r.months = Math.max(0, Math.round(yearsBetween(when, now) * 12));
    }
    if (KEEP.test(sentence.slice(0, live.index + live[0].length + 10))) r.staying = true;
    if (!out.some((o) => o.country === r.country)) out.push(r);
  }
  return out;
}
