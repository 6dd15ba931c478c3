// The country a posting's place or host is in when the posting does not give it as its country
// ("Darmstadt", "KIT", "requires US citizenship"): never shown as the posting's country, only what
// a bare time's zone and a bare "$" are read in. Asked lazily: the city table is read only when a
// posting needs it.
import type { Quote } from '../corpus/posting.ts';
import { researchSiteMention } from './gazetteer.ts';
import { countryOfLocation } from './place.ts';
import { countryVocabulary, type Tokens } from './vocab.ts';

/**
 * Memoised look-ups. `ofPlace`: the country of `location`, else of the research site
 * `organisation` names (a bare time's zone). `named`: that, else the one country the text names
 * (none when it names several: "EU or Swiss nationals"), for a bare "$".
 */
export function placeCountry(
  location: Quote | null,
  organisation: string | null,
  bodyTokens: readonly Tokens[],
): { ofPlace: () => string | null; named: () => string | null } {
  let place: string | null | undefined;
  let named: string | null | undefined;
  const ofPlace = () => {
    if (place !== undefined) return place;
    place = (location ? countryOfLocation(location.text) : null) ?? null;
    place ??= organisation ? (researchSiteMention(organisation)?.site.country ?? null) : null;
    return place;
  };
  return {
    ofPlace,
    named: () => {
      if (named !== undefined) return named;
      named = ofPlace();
      if (named === null) {
        const all = new Set(bodyTokens.flatMap((t) => countryVocabulary.findIn(t)));
        named = all.size === 1 ? ([...all][0] as string) : null;
      }
      return named;
    },
  };
}
