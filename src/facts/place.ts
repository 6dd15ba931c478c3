// Where the role is and in which country: a location header ("Location:", "Duty station",
// "Lieu", "Arbeitsort", "勤務地"), a table header row ("Published Deadline Location"), prose
// ("based in Odense", "the Geneva-based ...", "at CERN"), a city in the host's own name
// ("University of Tartu"), or a lone city line under the title. The country is the location's,
// from a country it names, a research site or the gazetteer.
import type { Quote } from '../corpus/posting.ts';
import type { Entry } from '../corpus/role.ts';
import { branchPlace } from './branch-place.ts';
import {
  countryOfPlace,
  findResearchSite,
  isKnownPlace,
  iso2Of,
  isResearchSiteName,
  researchSiteMention,
  researchSites,
} from './gazetteer.ts';
import { findLabelledValue, isNoValue, labelSet, splitLabel } from './labelled-value.ts';
import { findOrgSite } from './org-site.ts';
import cues from './place-cues.json' with { type: 'json' };
import { countryVocabulary, type Tokens } from './vocab.ts';

/**
 * A country is kept only when the posting itself names it (in the location or anywhere in its
 * text): the gazetteer then says which of the named countries is the location's. A country the
 * posting never names is not added (a reader checking the posting would not find it there).
 */
const COUNTRY_ONLY_WHEN_NAMED = true;

const locationLabels = labelSet(cues.locationLabels);
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const basedRe = new RegExp(`\\b(?:${cues.basedCues.map(esc).join('|')})\\s+(?:the\\s+)?(.{2,120})`, 'i');
const basedHint = /\b(?:based|located|situated|place of work|take place|held at|stationed|residence)\b/i;
const hyphenBasedRe = /\b(\p{Lu}[\p{L}.]+(?:[ -]\p{Lu}[\p{L}.]+)?)-based\b/u;
const siteAliases = [...new Set(researchSites.flatMap((s) => s.aliases))].sort((a, b) => b.length - a.length);
const atSiteRe = new RegExp(
  `(?:^|\\s)(?:${cues.atPrepositions.map(esc).join('|')})\\s+(?:the\\s+)?(${siteAliases.map(esc).join('|')})(?![\\p{L}\\p{N}-])`,
  'u',
);
const atHint = new RegExp(`\\s(?:${cues.atPrepositions.map(esc).join('|')})\\s`);
// "on the Cadarache campus", "at the Harwell Campus": a site's name before a word for its grounds.
const siteNoun = `(?:${cues.siteNouns.map(esc).join('|')})`;
const campusRe = new RegExp(
  `(?:^|\\s)(?:on|in|at)\\s+(?:the\\s+)?(${siteAliases.map(esc).join('|')})(?:['’]s)?\\s+${siteNoun}(?![\\p{L}])`,
  'u',
);
const campusHint = new RegExp(`\\b${siteNoun}\\b`);
// "Hybrid / Hamburg", "Remote, Lyon": a work arrangement written before the place.
const workModeRe = new RegExp(
  `^(?:${cues.workModes.map(esc).join('|')})\\s*(?:[/,;|–-]|\\s+in\\s)\\s*(?=\\p{Lu})`,
  'iu',
);
// Capitalised runs: "Oak Ridge", "San Pedro de Atacama", "Garching".
const capRunRe = /\p{Lu}[\p{L}'’.-]*(?:\s+(?:de|del|di|la|le|sur|am|an|bei|upon|on)?\s*\p{Lu}[\p{L}'’.-]*)*/gu;

export interface PlaceInput {
  entries: Entry[];
  /** The format's own first line and its number, even when it was no title ("CEA Saclay – Irfu"). */
  given?: Quote | null;
  body: Entry[];
  bodyTokens: Tokens[];
  organisation: string | null;
  stated?: Quote;
}

export interface Place {
  location: Quote | null;
  country: string | null;
}

/** The first known place in a phrase: a research site, a city, or a "City, Country" pair. */
/** "Orsay, France": a place the gazetteer does not know, written with its country. */
function placeWithCountry(phrase: string): string | null {
  const m =
    /^(\p{Lu}[\p{L}'’.-]*(?:[ -]\p{Lu}[\p{L}'’.-]*){0,3}),\s*(\p{Lu}[\p{L}. ]{2,40}?)(?=[,.;)]|\s+(?:and|or|with)\b|$)/u.exec(
      phrase.trim(),
    );
  if (m?.[1] && m[2] && countryVocabulary.find(m[2]).length && !countryVocabulary.find(m[1]).length)
    return `${m[1]}, ${m[2]}`;
  return null;
}

function placeIn(phrase: string): string | null {
  // A city first: "the ALMA offices in Santiago" is in Santiago.
  return (
    placeOf(phrase, (run) => isKnownPlace(run) && !isResearchSiteName(run), false) ??
    placeWithCountry(phrase) ??
    // A site named in several words, links included ("the Harwell Science and Innovation Campus").
    researchSiteMention(phrase)?.alias ??
    placeOf(phrase, isKnownPlace, true)
  );
}

function placeOf(phrase: string, known: (run: string) => boolean, orCountry: boolean): string | null {
  for (const m of phrase.matchAll(capRunRe)) {
    const run = m[0].replace(/['’.]+$/, '');
    if (run.length < 3) continue;
    if (known(run) || (orCountry && countryVocabulary.find(run).length)) {
      const rest = phrase.slice((m.index ?? 0) + m[0].length);
      // Keep the region or country written after it: "Beijing, China", "Oak Ridge, TN".
      const tail = /^,\s*(\p{Lu}[\p{L}. ]{1,40}?)(?=[,.;)]|\s+(?:and|or|with|where|which)\b|$)/u.exec(rest);
      if (
        tail?.[1] &&
        (countryVocabulary.find(tail[1]).length || /^[A-Z]{2}$/.test(tail[1]) || countryOfPlace(tail[1]))
      )
        return `${run}, ${tail[1].trim()}`;
      return run;
    }
  }
  return null;
}

/** "Published Deadline Location" over "13 Mar 11 Apr Amsterdam": the place under the header. */
function headerRowPlace(entries: Entry[]): Quote | null {
  for (let i = 0; i + 1 < Math.min(entries.length, 30); i++) {
    const e = entries[i] as Entry;
    if (e.text.length > 80 || !/\blocation\b/i.test(e.text) || e.text.includes(':')) continue;
    const words = e.text.split(/\s+/);
    if (words.length < 2 || words.length > 6 || !words.every((w) => /^\p{Lu}/u.test(w))) continue;
    const next = entries[i + 1] as Entry;
    const ws = next.text.split(/\s+/);
    for (let k = Math.max(0, ws.length - 3); k < ws.length; k++) {
      const tail = ws.slice(k).join(' ');
      if (/^\p{Lu}/u.test(tail) && isKnownPlace(tail)) return { text: tail, line: next.line };
    }
  }
  return null;
}

function proseLocation(body: Entry[]): Quote | null {
  for (const e of body.length > 80 ? body.slice(0, 80) : body) {
    const t = e.text;
    if (t.length > 3000) continue;
    if (basedHint.test(t)) {
      const m = basedRe.exec(t);
      const phrase = m?.[1]?.split(/[.;!?](?:\s|$)/)[0];
      const place = phrase ? placeIn(phrase) : null;
      if (place) return { text: place, line: e.line };
    }
    if (t.includes('-based')) {
      const m = hyphenBasedRe.exec(t);
      // "Geneva-based", "Los Alamos-based", not "The Lyon" of "The Lyon-based".
      const name = m?.[1];
      const last = name?.split(/[ -]/).pop();
      if (name && isKnownPlace(name)) return { text: name, line: e.line };
      if (last && isKnownPlace(last)) return { text: last, line: e.line };
    }
  }
  return null;
}

/**
 * "summer work at CERN", "take up residence at Fermilab": a research site in running text. A host
 * that is a research site itself names another one in passing ("DESY ... the Belle II experiment
 * at KEK"): that one is a partner's, not the place of work.
 */
function siteInProse(body: Entry[], org: string | null): Quote | null {
  const own = org ? (researchSiteMention(org)?.site.name ?? null) : null;
  for (const [i, e] of body.entries()) {
    // A role's own bullet ("Software Grants - … 6 months work at CERN") is its prose.
    if ((e.kind !== 'text' && !(i === 0 && e.kind === 'item')) || e.text.length > 3000) continue;
    const m =
      (atHint.test(e.text) ? atSiteRe.exec(e.text) : null) ?? (campusHint.test(e.text) ? campusRe.exec(e.text) : null);
    // "experiments at JLab and elsewhere": a site among others is no place of work.
    if (m?.[1] && !ELSEWHERE.test(e.text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 20))) {
      if (own && researchSiteMention(m[1])?.site.name !== own) continue;
      return { text: m[1], line: e.line };
    }
  }
  return null;
}

const ELSEWHERE = /^\s*(?:and|or|et|ou|und|oder|e|o|y)\s+(?:elsewhere|ailleurs|anderswo|altrove|en otros lugares)\b/i;

// "presso la Sezione di Padova", "en Madrid", "facility in Hamburg": a preposition, an article
// and up to five capitalised words (with their links) that may end in a known city.
const nameLink = `(?:${cues.nameLinks.map(esc).join('|')})`;
const prepPlaceRe = new RegExp(
  `(?:^|[\\s(,])(?:${cues.placePrepositions.map(esc).join('|')})\\s+(?:(?:${cues.placeArticles.map(esc).join('|')})\\s*)?(\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:${nameLink}\\s+)?\\p{Lu}[\\p{L}'’.-]*){0,4})`,
  'gu',
);
const prepHint = new RegExp(`(?:^|\\s)(?:${cues.placePrepositions.map(esc).join('|')})\\s`);

/** The first known city (or site) a preposition introduces in the first paragraphs; not another host's site. */
function placeAfterPreposition(body: Entry[], org: string | null): Quote | null {
  const own = org ? (researchSiteMention(org)?.site.name ?? null) : null;
  const othersSite = (cand: string) => own !== null && (researchSiteMention(cand)?.site.name ?? own) !== own;
  let seen = 0;
  for (const e of body) {
    if (e.kind !== 'text' || e.text.length > 3000) continue;
    if (++seen > 20) break;
    if (!prepHint.test(e.text)) continue;
    for (const m of e.text.matchAll(prepPlaceRe)) {
      // "en Madrid. Duración": the name ends with its sentence.
      const phrase = (m[1] as string).split(/[.;:!?](?:\s|$)/)[0] as string;
      const end = (m.index ?? 0) + m[0].length;
      if (ELSEWHERE.test(e.text.slice(end, end + 20))) continue;
      const ws = phrase.replace(/['’.]+$/, '').split(/\s+/);
      for (let i = 0; i < ws.length; i++) {
        if (!/^\p{Lu}/u.test(ws[i] as string)) continue;
        for (let j = ws.length; j > i; j--) {
          const cand = ws.slice(i, j).join(' ');
          if (cand.length >= 3 && isKnownPlace(cand) && !countryVocabulary.find(cand).length && !othersSite(cand))
            return { text: cand, line: e.line };
        }
      }
    }
  }
  return null;
}

/** A city in the host's own name: "University of Tartu", "Universidad ... de Madrid", "Hamburg' ...". */
function placeInOrganisation(org: string | null, entries: Entry[]): Quote | null {
  if (!org) return null;
  const words = org
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const candidates: string[] = [];
  const first = words[0]?.replace(/['’]$/, '');
  if (first && words[0]?.endsWith("'")) candidates.push(first);
  for (let i = 0; i + 1 < words.length; i++)
    if (/^(of|de|di|du|des)$/i.test(words[i] as string)) candidates.push(words.slice(i + 1).join(' '));
  const uni = words.findIndex((w) => /universit(?:ä|a|à|é|e)t?$/i.test(w.replace(/^.*-/, '')));
  if (uni >= 0 && words[uni + 1]) candidates.push(words[uni + 1] as string);
  for (const c of candidates) {
    const city = c.replace(/[,.;]+$/, '');
    if (/^\p{Lu}\p{Ll}/u.test(city) && isKnownPlace(city) && !countryVocabulary.find(city).length) {
      const at = entries.find((e) => e.text.includes(org)) ?? entries.find((e) => e.text.includes(city));
      return { text: city, line: at?.line ?? entries[0]?.line ?? 1 };
    }
  }
  return null;
}

// "University of Southern Denmark (SDU) in Odense", "Universität Wien, Wien": a city written right
// after the host's name in running text.
const CITY_AFTER_NAME =
  /^\s*(?:\([^)]{1,20}\)\s*)?(?:,\s*|\s+(?:in|at|à|en|a|bei)\s+)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/u;

/** A known city right after the host's name in the first paragraphs. */
function cityAfterOrganisation(org: string | null, body: Entry[]): Quote | null {
  if (!org || org.length < 4) return null;
  for (const e of body.length > 40 ? body.slice(0, 40) : body) {
    const at = e.text.indexOf(org);
    if (at < 0) continue;
    const m = CITY_AFTER_NAME.exec(e.text.slice(at + org.length, at + org.length + 60));
    const words = m?.[1]?.split(/\s+/) ?? [];
    // "in Odense", "in Santa Barbara": the longest run of the capitalised words that is a known city.
    for (let j = words.length; j > 0; j--) {
      const cand = words.slice(0, j).join(' ');
      if (isKnownPlace(cand) && !isResearchSiteName(cand) && !countryVocabulary.find(cand).length)
        return { text: cand, line: e.line };
    }
  }
  return null;
}

/** A lone city line among a page's first lines ("Ernest Rutherford Fellowship" / "Swindon"). */
function loneCityLine(entries: Entry[]): Quote | null {
  for (const e of entries.slice(0, 6)) {
    const t = e.text.trim();
    if (t.length > 40 || !/^\p{Lu}/u.test(t) || t.includes(':')) continue;
    if (isKnownPlace(t)) return { text: t, line: e.line };
    // "Upton, NY", "Berkeley, CA", "Lund, Sweden": a known town with its state code or country.
    const comma = t.indexOf(',');
    const tail = comma > 0 ? t.slice(comma + 1).trim() : '';
    if (tail && (/^[A-Z]{2}$/.test(tail) || countryVocabulary.find(tail).length) && isKnownPlace(t.slice(0, comma)))
      return { text: t, line: e.line };
  }
  return null;
}

/**
 * A known city after the host on one of a page's first lines: "DESY, Hamburg", "CNRS, Marseille",
 * "**DESY** | Zeuthen | Full-time", "Offre de thèse – IJCLab, Orsay". Not the line's first part
 * (the host or the title), nor a research site's own name.
 */
function cityAfterHost(lines: Quote[]): Quote | null {
  for (const e of lines.slice(0, 6)) {
    const t = e.text.trim();
    if (t.length > 100 || t.includes(':') || !/[,|–]/.test(t)) continue;
    const parts = t.split(/\s*(?:,|\||\s[–-]\s)\s*/).map((p) => p.replace(/[*_.;]+$|^[*_]+/g, '').trim());
    for (const part of parts.slice(1)) {
      if (part.length < 3 || part.length > 40 || !/^\p{Lu}\p{Ll}/u.test(part) || isResearchSiteName(part)) continue;
      if (isKnownPlace(part) && !countryVocabulary.find(part).length) return { text: part, line: e.line };
    }
  }
  return null;
}

const headCountRe = new RegExp(`^\\s*\\d{1,3}\\s+(?:${cues.countNouns.join('|')})\\b`, 'i');

/**
 * "CEA Saclay – Irfu", "Le CNRS Marseille recrute": a known host written with its site, on a first
 * line; not another host's site the text mentions ("an experiment at DESY, Hamburg" in a
 * university's posting).
 */
function orgSiteLine(given: Quote | null | undefined, entries: Entry[], org: string | null): Quote | null {
  for (const e of given ? [given, ...entries.slice(0, 8)] : entries.slice(0, 8)) {
    const site = e.text.length <= 400 ? findOrgSite(e.text) : null;
    if (site && (!org || org.includes(site.organisation) || site.organisation.includes(org)))
      return { text: site.place, line: e.line };
  }
  return null;
}

/**
 * "at PSI" and "our site in Villigen": a research site's name as the location, with its town when
 * the posting names that town too ("PSI, Villigen").
 */
function withSiteTown(location: Quote, body: Entry[]): Quote {
  if (!isResearchSiteName(location.text)) return location;
  const site = findResearchSite(location.text);
  if (!site) return location;
  for (const town of [site.city, site.near]) {
    if (!town || town === location.text) continue;
    const re = new RegExp(`(?<![\\p{L}])${esc(town)}(?![\\p{L}])`, 'u');
    if (body.slice(0, 80).some((e) => e.text.includes(town) && re.test(e.text)))
      return { text: `${location.text}, ${town}`, line: location.line };
  }
  return location;
}

/** The lines of a "Location" section (an address over several lines), joined. */
function locationSection(entries: Entry[]): Quote | null {
  const i = entries.findIndex((e) => e.section === 'location' && e.kind !== 'heading');
  const first = entries[i];
  if (!first) return null;
  if (first.kind === 'label') {
    const text = cleanLocation(first.text);
    // "Working address: N/A": an empty field; the place may stand under another label.
    const value = text.includes(':') ? text.slice(text.indexOf(':') + 1) : text;
    return isNoValue(value) ? null : { text, line: first.line };
  }
  const lines = [first];
  for (let k = i + 1; k < entries.length && lines.length < 5; k++) {
    const e = entries[k] as Entry;
    const prev = lines[lines.length - 1] as Entry;
    // An address line can look like a heading of its own ("Place Eugène Bataillon").
    if (e.section !== 'location' || e.line > prev.line + 2) break;
    // "1 vacancy", "2 posts": a head count under the place (a job board's), not an address line.
    if (headCountRe.test(e.text)) break;
    // "Successful applicants will spend the first months at ...": a paragraph, not an address line.
    if (e.text.length > 60 && /[.!?]$/.test(e.text) && e.text.split(/\s+/).length > 10) break;
    lines.push(e);
  }
  return { text: cleanLocation(lines.map((e) => e.text).join(', ')), line: first.line };
}

function cleanLocation(text: string): string {
  let t = text.replace(/\s+/g, ' ').trim();
  // "Work location: Hybrid / Prague": a location label of its own before the value.
  const label = t.includes(':') || t.includes('：') ? splitLabel(t) : null;
  if (label?.value && (locationLabels.has(label.label) || /^(?:institute|address)$/.test(label.label))) t = label.value;
  const mode = workModeRe.exec(t);
  if (mode) t = t.slice(mode[0].length);
  return t.slice(0, 200);
}

/** The country a location's words give: a named country, a research site, a city, a state. */
export function countryOfLocation(text: string): string | null {
  const named = countryVocabulary.find(text)[0];
  if (named) return named;
  const parts = text
    .split(/,|\s+[-–]\s+|\s+or\s+|\//)
    .map((p) => p.replace(/\b\d{3,}\b/g, '').trim())
    .filter(Boolean);
  for (const p of parts) {
    const site = findResearchSite(p);
    if (site) return site.country;
  }
  for (const p of parts) {
    const c = countryOfPlace(p) ?? countryOfPlace(p.replace(/^.*\b(?:district|area|region)\s+/i, ''));
    if (c) return c;
    const inner = placeIn(p);
    if (inner && inner !== p) {
      const c2 = countryOfPlace(inner);
      if (c2) return c2;
    }
  }
  return null;
}

/**
 * Whether a location states its country: by name, or by the country's ISO code after the town
 * ("Villigen, CH", "Hamburg, DE"); not a state's code that is another country's ("Berkeley, CA").
 */
function namesCountry(location: string, country: string): boolean {
  if (countryVocabulary.find(location).includes(country)) return true;
  const code = /,\s*([A-Z]{2})\s*$/.exec(location)?.[1];
  return !!code && code === iso2Of(country);
}

export function readPlace(input: PlaceInput): Place {
  const { entries, body } = input;
  let location: Quote | null = input.stated ?? null;
  location ??= locationSection(entries);
  if (!location) {
    const label = findLabelledValue(entries, locationLabels, 80);
    if (label?.text) location = { text: cleanLocation(label.text), line: label.line };
  }
  location ??=
    headerRowPlace(entries) ??
    proseLocation(body) ??
    cityAfterOrganisation(input.organisation, body) ??
    orgSiteLine(input.given, entries, input.organisation) ??
    placeInOrganisation(input.organisation, entries) ??
    siteInProse(body, input.organisation) ??
    loneCityLine(entries) ??
    cityAfterHost(input.given ? [input.given, ...entries] : entries) ??
    placeAfterPreposition(body, input.organisation) ??
    branchPlace(body);
  if (location) location = withSiteTown(location, body);
  let country = location ? countryOfLocation(location.text) : null;
  // A host that is a research site ("Gran Sasso National Laboratory (LNGS)") gives the country,
  // not a location: the posting does not say the role is at its host's site.
  if (!location && input.organisation) {
    const site = researchSiteMention(input.organisation)?.site;
    if (site) country = site.country;
  }
  if (country && COUNTRY_ONLY_WHEN_NAMED && !(location && namesCountry(location.text, country))) {
    const named = input.bodyTokens.some((t) => countryVocabulary.findIn(t).includes(country as string));
    if (!named) country = null;
  }
  return { location, country };
}
