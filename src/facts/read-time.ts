// The time of day and zone written beside a date ("23:59 CET", "noon Geneva time", "05:59 GMT",
// "17:00 (Paris time)", "23:59:00 heure de Paris", "5 pm EST", "12.00", "23:59 (Europe/Berlin)"):
// the deadline's instant.
// Zone words are data (data/time-zones.json).
import zones from './data/time-zones.json' with { type: 'json' };

/** A zone: a fixed UTC offset ("CET" is UTC+1 by definition) or an IANA zone with its DST rules. */
export type Zone = { offsetMinutes: number } | { timeZone: string };

export interface TimeOfDay {
  hour: number;
  minute: number;
  /** Null when the text names no zone: the posting's own zone applies, when it is known. */
  zone: Zone | null;
}

const OFFSETS = zones.offsets as Record<string, number>;
const NAMED = zones.zones as Record<string, string>;
const COUNTRY_ZONES = zones.countries as Record<string, string>;

// "23:59", "23:59:00", "12.00", "17h00", "12 h 00", "5 pm", "5:30 p.m.", "12 Uhr", "noon", "midnight",
// "12:00 noon", "24 Uhr (Mitternacht)", and a bare hour after "ore" / "saat" ("alle ore 12").
const NOON = 'noon|midday|midi|mezzogiorno|mittags?|mediodía|midnight|minuit|mezzanotte|mitternacht|medianoche';
const MIDNIGHT = /^(?:midnight|minuit|mezzanotte|mitternacht|medianoche)$/i;
const TIME = `(?:(\\d{1,2})(?:[:.]|\\s?h\\s?)(\\d{2})(?::\\d{2})?\\s*(a\\.?m\\.?(?![A-Za-z])|p\\.?m\\.?(?![A-Za-z]))?|(\\d{1,2})\\s*(a\\.?m\\.?(?![A-Za-z])|p\\.?m\\.?(?![A-Za-z]))|(?:12\\s+)?(${NOON})|(\\d{1,2})(?=\\s*uhr|\\s*heures?(?!\\s+d)|h(?![A-Za-z\\u00C0-\\u024F]))|(?<=(?:^|[^A-Za-z])(?:ore|saat)\\s)(\\d{1,2})(?=\\s*(?:del\\b|dell['’]|[,;)(]|\\.(?!\\d)|$|(?:cet|cest|utc|gmt|ora|italiana)\\b)))(?:\\s*(?:h|hrs|hours|uhr)(?![A-Za-z\\u00C0-\\u024F])|\\s*heures?(?!\\s+d))?(?:\\s*\\(?\\s*(${NOON})(?![A-Za-z\\u00C0-\\u024F])\\s*\\)?)?`;
const LEAD = '(?:\\s*(?:at|à|um|alle|ore|saat|entro\\s+le|a\\s+las|a\\s+la|by|before|until|,|-|–|\\()\\s*)*';
// ISO's "T23:59:00Z" and "T17:00+01:00" too.
// "January 8, 2027 (Fri) 17:00 (JST)": a weekday in brackets may stand between date and time.
const AFTER_DATE = new RegExp(`^(?:T|(?:\\s*\\([A-Z][a-z]{1,3}\\.?\\))?\\s*${LEAD})${TIME}`, 'i');
// A time before its date: "by 17:00 CET on 3 March 2025", "at noon (Geneva time) on Friday".
const BEFORE_DATE = new RegExp(`${TIME}([^\\d]{0,40})$`, 'i');
const FILLER_BEFORE = /^[\s(),]*(?:[A-Za-z\u00C0-\u024F]+[\s(),]*){0,5}$/;

const UTC_OFFSET =
  /^\s*\(?\s*(?:utc|gmt)\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?|^([+\-−])(\d{2}):?(\d{2})|^(Z)(?![A-Za-z])/i;
const ABBREVIATION = /^\s*\(?\s*([A-Z]{1,5})(?![A-Za-z\u00C0-\u024F])/;
// "heure de Paris", "ora di Roma", and a zone's adjective after the word: "ora italiana", "hora peninsular".
const CITY_TIME =
  /^\s*\(?\s*(?:heure\s+de|heure\s+d['’]|hora\s+de|ora\s+di|ora|hora|heure)\s*([A-Za-z\u00C0-\u024F]+)/i;
const NAMED_TIME =
  /^\s*\(?\s*((?:[A-Za-z\u00C0-\u024F]+\s+){0,3}?[A-Za-z\u00C0-\u024F]+)\s+(?:time|zeit|saati)(?![A-Za-z\u00C0-\u024F])/i;
const REGION =
  /^\s*\(?\s*(Eastern|Central|Mountain|Pacific)(?![A-Za-z\u00C0-\u024F]|\s+(?:Europe|European|Africa|Asia))/;
const LOCAL = new RegExp(`^\\s*\\(?\\s*(?:${zones.places.local.join('|')})(?![A-Za-z\\u00C0-\\u024F])`, 'i');

// An IANA zone as a job board prints it: "23:59 (Europe/Berlin)", "17:00 America/New_York".
const IANA_ZONE =
  /^\s*\(?\s*((?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Z][A-Za-z_-]+(?:\/[A-Z][A-Za-z_-]+)?)/;

function ianaZone(text: string): Zone | null {
  const m = IANA_ZONE.exec(text);
  if (!m) return null;
  try {
    // The platform's tz data decides whether the name is a zone.
    new Intl.DateTimeFormat('en', { timeZone: m[1] });
    return { timeZone: m[1] as string };
  } catch {
    return null;
  }
}

/** The zone phrase at the start of `text`, or null; `local` when the text says "local time". */
function readZone(text: string): Zone | 'local' | null {
  if (text.includes('/')) {
    const iana = ianaZone(text);
    if (iana) return iana;
  }
  const off = UTC_OFFSET.exec(text);
  if (off) {
    if (off[7]) return { offsetMinutes: 0 };
    const sign = (off[1] ?? off[4]) === '+' ? 1 : -1;
    return { offsetMinutes: sign * (Number(off[2] ?? off[5]) * 60 + Number(off[3] ?? off[6] ?? 0)) };
  }
  // Abbreviations only in capitals: "est" and "et" are French words, "art" an English one.
  const abbr = ABBREVIATION.exec(text);
  if (abbr) {
    const key = (abbr[1] as string).toLowerCase();
    if (key in OFFSETS) return { offsetMinutes: OFFSETS[key] as number };
    if (key in NAMED) return { timeZone: NAMED[key] as string };
  }
  if (LOCAL.test(text)) return 'local';
  const city = CITY_TIME.exec(text);
  const cityZone = city ? NAMED[(city[1] as string).toLowerCase()] : undefined;
  if (cityZone) return { timeZone: cityZone };
  // "11:59 PM Eastern": a region's zone named without "time", capitalised.
  const region = REGION.exec(text);
  if (region) return { timeZone: NAMED[(region[1] as string).toLowerCase()] as string };
  const named = NAMED_TIME.exec(text);
  if (named) {
    // "Central European Summer Time", then "European Summer Time"...: the longest known tail.
    const words = (named[1] as string).toLowerCase().split(/\s+/);
    for (let k = 0; k < words.length; k++) {
      const key = words.slice(k).join(' ');
      if (key in NAMED) return { timeZone: NAMED[key] as string };
    }
  }
  return null;
}

function toTime(m: RegExpExecArray, zoneText: string): TimeOfDay | null {
  let hour: number;
  let minute = 0;
  const word = m[6]?.toLowerCase();
  if (word) {
    // Midnight ends the day it is written with ("by midnight on 3 March").
    hour = MIDNIGHT.test(word) ? 24 : 12;
  } else {
    hour = Number(m[1] ?? m[4] ?? m[7] ?? m[8]);
    minute = Number(m[2] ?? 0);
    const half = (m[3] ?? m[5])?.toLowerCase();
    if (half) {
      if (hour < 1 || hour > 12) return null;
      if (half.startsWith('p') && hour < 12) hour += 12;
      if (half.startsWith('a') && hour === 12) hour = 0;
    }
  }
  // "12:00 noon", "24 Uhr (Mitternacht)": the word says which twelve; one that contradicts the hour, no time.
  const said = m[9];
  if (said) {
    if (MIDNIGHT.test(said)) {
      if (minute > 0 || (hour !== 0 && hour !== 12 && hour !== 24)) return null;
      hour = 24;
    } else if (hour !== 12 || minute > 0) return null;
  }
  if (hour > 24 || minute > 59 || (hour === 24 && minute > 0)) return null;
  const zone = readZone(zoneText);
  return { hour, minute, zone: zone === 'local' ? null : zone };
}

/** The time written right after a date (`after` starts where the date ends) or right before it. */
export function readTimeNear(before: string, after: string): TimeOfDay | null {
  const a = AFTER_DATE.exec(after.slice(0, 80));
  if (a) return toTime(a, after.slice(a.index + a[0].length, a.index + a[0].length + 50));
  const near = before.slice(-80);
  const b = BEFORE_DATE.exec(near);
  if (!b || !FILLER_BEFORE.test(b[10] ?? '')) return null;
  const time = toTime(b, b[10] ?? '');
  // "entro le 23.59 del 10 marzo 2027 (ora italiana)": the zone after the date.
  if (time && !time.zone) {
    const zone = readZone(after.slice(0, 50).replace(/^\s*,/, ''));
    if (zone && zone !== 'local') return { ...time, zone };
  }
  return time;
}

/** The zone of a country with one zone, for a time written without one. */
export function countryZone(country: string | null | undefined): string | null {
  return (country && COUNTRY_ZONES[country]) || null;
}
