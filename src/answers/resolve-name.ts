// Which posting a question's naming words name. For a question about the asker, words that may be
// facts about them ("PhD", "fellowship", "graduate", a nationality) are left out of the name
// ("I'm a graduate, can I apply to the XRootD job?"); when the other words leave a tie, those
// words only choose between the tied postings ("am I eligible for the trigger fellowship?" when
// two trigger jobs exist and only one is a fellowship).
import { namesOfCity } from '../facts/gazetteer.ts';
import type { AnswerEnv } from './context.ts';
import { termsOf } from './question-words.ts';
import type { Resolution } from './search-index.ts';
import { indexTerm, type Word } from './text.ts';

/** What `terms` (termsOf(naming, dropFacts), not empty) name, a tie broken by the fact words left out. */
export function resolveNamed(env: AnswerEnv, naming: Word[], terms0: string[], dropFacts: boolean): Resolution {
  const terms = citiesAsWritten(env, terms0);
  const resolution = env.index.resolve(terms);
  if (resolution.kind !== 'tie' || !dropFacts) return resolution;
  const all = termsOf(naming);
  if (all.length === terms.length) return resolution;
  const wide = env.index.resolve(all);
  if (wide.kind !== 'one') return resolution;
  const chosen = wide.match.posting.id;
  return resolution.matches.some((m) => m.posting.id === chosen) ? wide : resolution;
}

/**
 * "el postdoc de bolonia": a city named in another language than the postings write it, as they
 * write it ("bologna"); a term some posting holds stays as it is.
 */
function citiesAsWritten(env: AnswerEnv, terms: string[]): string[] {
  return terms.map((t) => {
    if (env.index.holdsTerm(t)) return t;
    const names = namesOfCity(t);
    if (names.length < 2) return t;
    for (const n of names) {
      const k = /\s/.test(n) ? null : indexTerm(n.toLowerCase());
      if (k && k !== t && env.index.holdsTerm(k)) return k;
    }
    return t;
  });
}
