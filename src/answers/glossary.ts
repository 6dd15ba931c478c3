// The English word a job word of another language stands for (./data/glossary.json): postings
// are mostly in English, so "ingénieur" in a question names what "engineer" names, and a title's
// "posdoctoral" is found by "postdoc".
import glossaryData from './data/glossary.json' with { type: 'json' };

const glossary: ReadonlyMap<string, string> = new Map(Object.entries(glossaryData.words));
const compoundEnds: readonly string[] = glossaryData.compoundEnds;

/** The English word for `word` (lowercase): "ingénieur" -> "engineer", "Doktorandenstelle" -> "phd"; else the word. */
export function glossed(word: string): string {
  const known = glossary.get(word);
  if (known) return known;
  for (const end of compoundEnds)
    if (word.length >= end.length + 4 && word.endsWith(end)) {
      const head = word.slice(0, -end.length);
      return glossary.get(head) ?? head;
    }
  return word;
}

/** Only the glossary's own words ("professeur" -> "professor"), no compound splitting; null for others. */
export function glossaryWord(word: string): string | null {
  const known = glossary.get(word);
  return known !== undefined && known !== word ? known : null;
}
