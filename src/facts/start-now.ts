// A start with no date: "Eintritt: ab sofort", "Starting date: as soon as possible", "Die Stelle ist
// ab sofort zu besetzen". Read only where no start date is stated; the fact quotes the line and
// has no day (`from` and `to` null), so nothing is computed from it.
import type { StartFact } from '../corpus/posting.ts';
import type { Entry } from '../corpus/role.ts';
import cues from './cues.json' with { type: 'json' };
import { compilePhrases } from './phrase-regex.ts';

const nowRe = compilePhrases(cues.dates.startNow);
const aloneRe = compilePhrases(cues.dates.startNowAlone);
const startCueRe = compilePhrases(cues.dates.start, 'gi');
const applyRe = compilePhrases(cues.dates.applyWords);
// Every phrase holds one of these: a cheap test before the phrase lists.
const STEMS = /sofort|chstm|soon|asap|immediat|que possible|possibile|plus tôt|presto|antes|inmediat|kısa/i;
// "in the fall of 2021", "Wintersemester 2027/28": a season and its year.
const seasonRe = new RegExp(
  `${compilePhrases(cues.dates.startSeasons).source}\\s+(?:of\\s+|de\\s+|del\\s+|di\\s+)?(?:19|20)\\d\\d\\b`,
  'i',
);
const SEASON_YEAR = /(?:19|20)\d\d/;

/** "postdoctoral positions beginning in the fall of 2021": a start cue up to 60 characters before a season. */
function startsInSeason(t: string): boolean {
  const season = seasonRe.exec(t);
  if (!season) return false;
  for (const m of t.matchAll(startCueRe))
    if ((m.index ?? 0) < season.index && season.index - (m.index ?? 0) <= 60) return true;
  return false;
}

function startsNow(e: Entry): boolean {
  const t = e.text;
  if (aloneRe.test(t)) return true;
  const now = nowRe.exec(t);
  if (!now) return false;
  if (e.section === 'start' && t.length <= 80) return true;
  // "Please start your application as soon as possible" is about applying.
  if (applyRe.test(t)) return false;
  for (const m of t.matchAll(startCueRe))
    if ((m.index ?? 0) < now.index && now.index - (m.index ?? 0) <= 60) return true;
  return false;
}

/**
 * The first line that says the job starts now or as soon as possible, else in a season of a year,
 * as a start without a day.
 */
export function findStartNow(entries: readonly Entry[]): StartFact | null {
  let season: StartFact | null = null;
  for (const e of entries) {
    if (e.text.length > 400) continue;
    if (STEMS.test(e.text) && startsNow(e)) return { text: e.text, line: e.line, from: null, to: null };
    if (!season && SEASON_YEAR.test(e.text) && startsInSeason(e.text))
      season = { text: e.text, line: e.line, from: null, to: null };
  }
  return season;
}
