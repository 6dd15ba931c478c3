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

/** The first line that says the job starts now or as soon as possible, as a start without a day. */
export function findStartNow(entries: readonly Entry[]): StartFact | null {
  for (const e of entries) {
    if (e.text.length > 400 || !STEMS.test(e.text)) continue;
    if (startsNow(e)) return { text: e.text, line: e.line, from: null, to: null };
  }
  return null;
}
