// The country a posting's place or host is in when the posting does not give it as its country
// ("Darmstadt", "KIT", "requires US citizenship"): never shown as the posting's country, only what
// a bare time's zone and a bare "$" are read in. Asked lazily: the city table is read only when a
// posting needs it.
import type { Quote } from '../corpus/posting.ts';
import { researchSiteMention } from './gazetteer.ts';
import { countryOfLocation } from './place.ts';
import { countryVocabulary, type Tokens } from './vocab.ts';

/**
 * A memoised look-up: the country of `location`, else of the research site `organisation` names,
 * else the one country the text names (none when it names several: "EU or Swiss nationals").
 */
export function placeCountry(
  location: Quote | null,
  organisation: string | null,
  bodyTokens: readonly Tokens[],
): () => string | null {
  let known: string | null | undefined;
  return () => {
    if (known !== undefined) return known;
    known = (location ? countryOfLocation(location.text) : null) ?? null;
    known ??= organisation ? (researchSiteMention(organisation)?.site.country ?? null) : null;
    if (known === null) {
      const named = new Set(bodyTokens.flatMap((t) => countryVocabulary.findIn(t)));
      known = named.size === 1 ? ([...named][0] as string) : null;
    }
    return known;
  };
}
