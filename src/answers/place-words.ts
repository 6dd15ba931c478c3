// The city or site a set question places its postings in ("which positions are in Geneva?",
// "anything near Hamburg?", "postes à Grenoble"): a capitalised run after a place preposition
// (the facts' own list, place-cues.json) that the gazetteer knows, and that is neither a
// country (those are countriesIn's) nor a month or weekday ("deadlines in March": March is also
// a town), nor a research site's own name (those are organisations: "jobs at CERN").
import months from '../facts/data/months.json' with { type: 'json' };
import { isKnownPlace, isResearchSiteName, namesOfCity } from '../facts/gazetteer.ts';
import cues from '../facts/place-cues.json' with { type: 'json' };
import { countriesIn } from './question-words.ts';
import { escapeRegExp } from './text.ts';

const afterPreposition = new RegExp(
  `(?:^|[\\s(,])(?:${cues.placePrepositions.map(escapeRegExp).join('|')})\\s+(\\p{Lu}[\\p{L}'’.-]*(?:[\\s-]\\p{Lu}[\\p{L}'’.-]*){0,2})`,
  'gu',
);
// "anything in geneva", "jobs near hamburg": a place typed in lower case, read as its capitalised name.
const afterPrepositionLower = new RegExp(
  `(?:^|[\\s(,])(?:${cues.placePrepositions.map(escapeRegExp).join('|')})\\s+(\\p{Ll}[\\p{L}'’.-]{3,}(?:[\\s-]\\p{Ll}[\\p{L}'’.-]*){0,2})`,
  'gu',
);
const titleCase = (s: string) => s.replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
const calendarWords = new Set<string>([
  ...Object.values(months.full).flatMap((names) => names.flat()),
  ...months.weekdays,
]);

/** The prepositions' own words ("near", "close", "to"): a question's place takes them, they name no posting. */
export const placePrepositionWords: ReadonlySet<string> = new Set(cues.placePrepositions.flatMap((p) => p.split(' ')));

export function placesIn(text: string): string[] {
  const out: string[] = [];
  const runs = [...text.matchAll(afterPreposition)].map((m) => m[1] ?? '');
  if (runs.length === 0) for (const m of text.matchAll(afterPrepositionLower)) runs.push(titleCase(m[1] ?? ''));
  for (const run0 of runs) {
    const words = run0.replace(/[.’']+$/, '').split(/\s+/);
    // The longest known run from the first word: "San Diego" before "San".
    for (let n = words.length; n >= 1; n--) {
      const run = words.slice(0, n).join(' ');
      if (calendarWords.has(run.toLowerCase()) || isResearchSiteName(run) || countriesIn(run).length) break;
      // A city's name in another language counts here only ("à Genève"), not in the facts.
      if (isKnownPlace(run) || namesOfCity(run).length > 1) {
        if (!out.includes(run)) out.push(run);
        break;
      }
    }
  }
  return out;
}
