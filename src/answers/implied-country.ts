// The country a posting is in when it does not write the country out: from its location ("Geneva",
// "Oak Ridge, TN 37830", "CERN") through the gazetteer, else from its organisation when that is a
// research site ("Paul Scherrer Institute"). For questions only ("jobs in Switzerland"): the
// posting's `country` fact stays what the posting states, never a guess.
import type { Posting } from '../corpus/posting.ts';
import { canonicalCountry } from '../eligibility/countries.ts';
import { countryOfPlace, researchSiteIn } from '../facts/gazetteer.ts';

const implied = new WeakMap<Posting, string | null>();

export function impliedCountry(p: Posting): string | null {
  if (p.country) return p.country;
  let c = implied.get(p);
  if (c === undefined) {
    c = fromLocation(p.location?.text ?? '') ?? siteCountry(p.organisation);
    implied.set(p, c);
  }
  return c;
}

/** The whole location, then each of its parts ("Oak Ridge, TN 37830" -> "Oak Ridge"), first known wins. */
function fromLocation(text: string): string | null {
  if (!text) return null;
  const parts = [text, ...text.split(/\s*(?:[,;/()|–—-]|\bor\b|\band\b)\s*/)]
    .map((s) => s.replace(/\s*\d[\d\s-]*$/, '').trim())
    .filter((s) => s.length > 1);
  for (const part of parts) {
    const c = countryOfPlace(part) ?? canonicalCountry(part);
    if (c) return c;
  }
  return researchSiteIn(text)?.country ?? null;
}

function siteCountry(organisation: string | null): string | null {
  return organisation ? (researchSiteIn(organisation)?.country ?? null) : null;
}
