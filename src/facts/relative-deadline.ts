// A deadline counted from a day the posting does not date ("within 30 days of publication",
// "entro 30 giorni dalla data di pubblicazione", "innerhalb von vier Wochen nach Veröffentlichung"):
// no deadline is computed (the day may be another publication's, a gazette's; working days
// depend on holidays), but `check` names the line. Words: ./relative-cues.json.
import type { Quote } from '../corpus/posting.ts';
import type { Entry } from '../corpus/role.ts';
import cues from './relative-cues.json' with { type: 'json' };

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (list: string[]) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|');
const L = 'A-Za-z\\u00C0-\\u024F';
// A count of units: "30 days", "thirty (30) days", "vier Wochen", "15 días hábiles".
const COUNT = new RegExp(
  `(?<![${L}\\d])(?:\\d{1,3}|${alt(cues.numbers)})(?:\\s*\\(\\d{1,3}\\))?\\s+(?:${alt(cues.units)})(?![${L}])`,
  'i',
);
const ANCHOR = new RegExp(`(?<![${L}])(?:${alt(cues.anchors)})`, 'i');
// Every line that states one holds one of these stems: a cheap test before the two patterns.
const STEMS = /publi|pubbl|veröff|erschein|parution|ilan|yay[ıi]|posting|advert/i;

/** The first line that counts the deadline from an undated day, or null. */
export function findRelativeDeadline(entries: readonly Entry[]): Quote | null {
  for (const e of entries) {
    const t = e.text;
    if (t.length > 600 || !STEMS.test(t) || !ANCHOR.test(t)) continue;
    const count = COUNT.exec(t);
    if (!count) continue;
    // The anchor within a short reach of the count, either side ("ilan tarihinden itibaren 15 gün").
    const near = t.slice(Math.max(0, count.index - 60), count.index + count[0].length + 80);
    if (ANCHOR.test(near)) return { text: t, line: e.line };
  }
  return null;
}
