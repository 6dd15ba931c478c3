// Where the asker studies or studied: "I'm doing a PhD in Germany", "I study at the University of
// Padova", "master's student at an Italian university", "I graduated from a university in Spain",
// "je fais ma thèse en France", "ich studiere in Wien", "studio a Milano", "estudio en Madrid".
import { findCountries, tokenize } from './countries.ts';
import { placeCountry } from './read-residence.ts';

const STUDY =
  /\b(?:stud(?:y|ying|ied|ies)|enrolled|registered|student|doing (?:a|my) (?:phd|ph\.d|master'?s?|bachelor'?s?|degree|doctorate|thesis)|graduated|graduate|(?:phd|master'?s?|bachelor'?s?|msc|bsc|degree|doctorate|laurea(?: magistrale| triennale)?|licence|diplom|grado|master) (?:from|at|in|a|en|an der|presso)|etudie|etudiant|etudiante|these|studiere|studiert|studentin|promoviere|studio|studente|studentessa|dottorando|dottoranda|estudio|estudiante|doctorando|doctoranda|iscritt[oa]|inscrit|inscrite|eingeschrieben|matriculad[oa])\b/g;
const PLACE =
  /\b(?:in|at|from|en|a|au|an der|in der|presso|all'|alla|nella|nel)\s(?:the\s|an?\s|la\s|l'|der\s|dem\s)?(?:(?:university|universite|universitat|universita|universidad|politecnico|polytechnic|ecole)\s(?:of\s|de\s|di\s|degli studi di\s|del\s)?)?([a-z][a-z'-]+(?:\s(?!(?:in|at|a|en|au|from|and|et|e|y|und)\b)[a-z][a-z-]+)?)/g;

/** The country of the university the asker studies or studied at, or undefined. */
export function readStudyCountry(lower: string): string | undefined {
  for (const m of lower.matchAll(STUDY)) {
    // "master at ETH Zurich": the tail starts at the word before the place, so its preposition counts.
    const from = (m.index ?? 0) + m[0].length - (/\s(?:from|at|in|a|en|an der|presso)$/.exec(m[0])?.[0].length ?? 0);
    const tail0 = lower.slice(from, from + 70);
    const stop = tail0.search(/[.;!?,]/);
    const tail = stop < 0 ? tail0 : tail0.slice(0, stop);
    for (const p of tail.matchAll(PLACE)) {
      const words = p[1] ?? '';
      const c = placeCountry(words) ?? placeCountry(words.split(' ').slice(-1)[0] ?? '');
      if (c) return c;
      // "at an Italian university": the adjective's country.
      const adj = findCountries(tokenize(words)).find((h) => h.kind === 'demonym' && h.start === 0);
      if (adj && /\b(?:universit|institut|school|ecole|hochschule)/.test(tail)) return adj.country;
    }
  }
  return undefined;
}
