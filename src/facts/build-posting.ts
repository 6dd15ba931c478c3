// From a parsed role (numbered entries in sections) to a Posting: every fact keeps the
// posting's own words and its line.
import * as crypto from 'node:crypto';
import type { Contact, Posting, Quote, SkillFact } from '../corpus/posting.ts';
import type { Entry, RawRole } from '../corpus/role.ts';
import { createCriteria } from './criteria.ts';
import cues from './cues.json' with { type: 'json' };
import { extractDates } from './dates.ts';
import { extractDuration, extractSalary, extractWorkload } from './money-time.ts';
import {
  countryVocabulary,
  experimentVocabulary,
  languageNames,
  organisationVocabulary,
  skillVocabulary,
  type Tokens,
  tokenize,
} from './vocab.ts';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const desiredRe = new RegExp(`\\b(?:${cues.desiredInline.map(esc).join('|')})\\b`, 'i');
const requiredRe = new RegExp(`\\b(?:${cues.requiredInline.map(esc).join('|')})\\b`, 'i');

const strongRequiredRe =
  /\b(should bring|must have|is required|are required|proficiency|proficient|you (?:have|bring|will need)|candidates? (?:should|must))\b/i;

const emailRe = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}/g;
// "name at cern.ch", "name [at] cern [dot] ch": spaces only around the spelled-out dot, so
// "the team at CNRS. The ..." is not read as an address.
const atRe =
  /\b([A-Za-z0-9][A-Za-z0-9._%+-]{0,63})\s+(?:at|\[at\]|\(at\)|\{at\})\s+([A-Za-z0-9-]{1,63}(?:(?:\.|\s?(?:\[dot\]|\(dot\))\s?)[A-Za-z0-9-]{1,63}){1,6})\b/g;
// What every atRe match holds ("at" between spaces, then a domain word and a dot): atRe itself
// tries every word of a line, so lines without this skip it.
const atDomainHint = /\s(?:at|\[at\]|\(at\)|\{at\})\s+[A-Za-z0-9-]+(?:\.|\s?(?:\[dot\]|\(dot\))\s?)[A-Za-z0-9-]/;
// A URL ends at white space, quotes, brackets and Slack's `|` label separator (`<url|label>`).
const urlRe = /\bhttps?:\/\/[^\s<>"'\])|]{2,400}/g;

const BEYOND_LATIN1 = /[^\x00-\xff]/;

/**
 * The text in V8's one-byte form when it fits. A text cut from a file with one character beyond
 * Latin-1 (a "•" bullet, since stripped) stays two bytes a character however it is sliced and
 * joined: TWiki postings took twice their size, about 6 MB at 10,000 postings.
 */
function compactText(s: string): string {
  return BEYOND_LATIN1.test(s) ? s : Buffer.from(s, 'latin1').toString('latin1');
}

/**
 * Lines seen before, compared in lower case. Most lines have no earlier line of their length, so
 * they are not lowercased nor hashed: a Set of lowercase copies took 3% of a cold parse.
 */
class SeenLines {
  private byLength = new Map<number, { text: string; lower: string | null }[]>();

  /** Whether an earlier line equals `text` in lower case; `text` is seen from now on. */
  check(text: string): boolean {
    // Lowercasing keeps the length of every character but "İ" (U+0130, "i" and a dot).
    const len = text.includes('\u0130') ? text.toLowerCase().length : text.length;
    const same = this.byLength.get(len);
    if (!same) {
      this.byLength.set(len, [{ text, lower: null }]);
      return false;
    }
    const lower = text.toLowerCase();
    for (const seen of same) {
      seen.lower ??= seen.text.toLowerCase();
      if (seen.lower === lower) return true;
    }
    same.push({ text, lower });
    return false;
  }
}

export function contactsOf(entries: Entry[]): Contact[] {
  const out: Contact[] = [];
  const seen = new Set<string>();
  for (const e of entries) {
    const t = e.text;
    if (t.length > 4000) continue;
    const emails: Array<{ email: string; index: number }> = [];
    const hasAt = t.includes('@');
    const hasWordAt = !hasAt && atDomainHint.test(t) && t.includes('.');
    if (!hasAt && !hasWordAt) continue;
    if (hasAt)
      for (const m of t.matchAll(emailRe)) emails.push({ email: m[0].replace(/\.$/, ''), index: m.index ?? 0 });
    if (hasWordAt)
      for (const m of t.matchAll(atRe)) {
        const domain = (m[2] ?? '').replace(/\s?(?:\[dot\]|\(dot\))\s?/g, '.').replace(/\s/g, '');
        if (!/\.[a-z]{2,}$/i.test(domain)) continue;
        emails.push({ email: `${m[1]}@${domain}`.toLowerCase(), index: m.index ?? 0 });
      }
    for (const { email, index } of emails) {
      const key = email.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ text: t, line: e.line, email, name: nameBefore(t.slice(0, index)) });
    }
  }
  return out;
}

function nameBefore(prefix: string): string | null {
  const seg = prefix.split(/[:;(<]/).pop() ?? '';
  const cleaned = seg.replace(/[,\s]+$/, '').trim();
  if (
    /^(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?[A-Z][\p{L}'-]+(?:\s+(?:van|von|de|der|da|di|le|la|[A-Z][\p{L}'-]+\.?)){1,4}$/u.test(
      cleaned,
    )
  )
    return cleaned;
  return null;
}

function linksOf(raw: string): string[] {
  const out: string[] = [];
  for (const m of raw.slice(0, 200_000).matchAll(urlRe)) {
    const u = m[0].replace(/[.,;:!?*]+$/, '');
    if (!out.includes(u)) out.push(u);
  }
  return out;
}

function mostMentioned(find: (t: Tokens) => string[], texts: Tokens[], title: Tokens): string | null {
  const counts = new Map<string, { n: number; first: number }>();
  let i = 0;
  for (const t of [title, ...texts]) {
    for (const name of find(t)) {
      const c = counts.get(name) ?? { n: 0, first: i };
      c.n += t === title ? 3 : 1;
      counts.set(name, c);
    }
    i++;
  }
  let best: [string, { n: number; first: number }] | null = null;
  for (const kv of counts)
    if (!best || kv[1].n > best[1].n || (kv[1].n === best[1].n && kv[1].first < best[1].first)) best = kv;
  return best ? best[0] : null;
}

const roleNounRe =
  /\b((?:[A-Za-z-]+\s)?(?:graduate|engineer|developer|fellow|postdoc(?:toral (?:fellow|researcher))?|scientist|physicist|researcher|manager|student|intern|technician|administrator|analyst|coordinator|support role|convener|programmer))\b/i;

/** A faithful title for an untitled role: its role noun and topic, from its own words. */
function composeTitle(
  entries: Entry[],
  experiment: string | null,
  organisation: string | null,
  skills: string[],
): string {
  const prose = entries.filter((e) => e.kind !== 'heading').map((e) => e.text);
  let noun: string | null = null;
  for (const t of prose) {
    const m = roleNounRe.exec(t);
    if (m?.[1]) {
      const words = m[1].split(/\s+/);
      const first = (words[0] ?? '').toLowerCase();
      noun = ['a', 'an', 'the', 'this', 'our', 'motivated', 'and', 'or', 'for', 'as', 'curious'].includes(first)
        ? words.slice(1).join(' ')
        : m[1];
      break;
    }
  }
  const topicHeading = entries.find((e) => e.kind === 'heading' && e.section === 'none' && e.text.length <= 60)?.text;
  const main = (noun ? noun.charAt(0).toUpperCase() + noun.slice(1) : 'Position').replace(/\s+/g, ' ');
  const topic =
    topicHeading ??
    dutyTopic(entries) ??
    skills
      .filter((s) => !languageNames.has(s))
      .slice(0, 2)
      .join(', ');
  const who = [experiment, organisation].filter((x): x is string => !!x).filter((v, i, a) => a.indexOf(v) === i);
  let title = topic ? `${main}: ${topic}` : main;
  if (who.length) title += ` (${who.join(', ')})`;
  return title;
}

/** The first duty's named subject: a vocabulary term and the words after it ("XRootD data monitoring"). */
function dutyTopic(entries: Entry[]): string | null {
  for (const e of entries) {
    if (e.section !== 'duties' || e.kind !== 'item') continue;
    const skills = skillVocabulary.find(e.text);
    for (const s of skills) {
      const i = e.text.indexOf(s);
      if (i < 0) continue;
      const m = /^[^\s,;.()]+(?:\s+(?!and\b|or\b|with\b|for\b|in\b|to\b|of\b|including\b)[a-z][a-z-]*){0,2}/.exec(
        e.text.slice(i),
      );
      if (m) return m[0];
    }
  }
  return null;
}

function summaryOf(entries: Entry[], stated?: string): string {
  if (stated) return clip(stated, 300);
  const i = entries.findIndex(
    (e) =>
      e.kind === 'text' &&
      e.text.length >= 60 &&
      (e.section === 'none' || e.section === 'description' || e.section === 'duties'),
  );
  const j = i >= 0 ? i : entries.findIndex((e) => e.kind !== 'heading' && e.text.length >= 30);
  const first = entries[j];
  if (!first) return '';
  // A paragraph wrapped over several lines: join the lines that follow it directly.
  let text = first.text;
  for (let k = j + 1; k < entries.length && text.length < 300; k++) {
    const e = entries[k];
    const prev = entries[k - 1];
    if (!e || !prev || e.kind !== 'text' || e.line !== prev.line + 1 || /[.!?]$/.test(prev.text)) break;
    text += ` ${e.text}`;
  }
  return clip(text, 300);
}

function clip(s: string, n: number): string {
  if (s.length <= n) return s;
  const cut = s.slice(0, n);
  const dot = cut.lastIndexOf('. ');
  return dot > n / 2 ? cut.slice(0, dot + 1) : `${cut.replace(/\s+\S*$/, '')}…`;
}

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w && !['a', 'an', 'the', 'of', 'in', 'for', 'and', 'to', 'at', 'on'].includes(w))
    .slice(0, 5)
    .join('-');
}

// crypto.hash (Node 20.12+) hashes a short string without making a Hash object; the same digest.
const sha1Hex: (s: string) => string =
  typeof crypto.hash === 'function'
    ? (s) => crypto.hash('sha1', s, 'hex')
    : (s) => crypto.createHash('sha1').update(s).digest('hex');

export function postingId(file: string, index: number, title: string): string {
  const h = sha1Hex(`${file}#${index}`).slice(0, 4);
  return `${slug(title) || 'posting'}-${h}`;
}

const docRe =
  /\b(CVs?|curriculum vitae|r[ée]sum[ée]|cover letter|motivation letter|letter of motivation|letter of interest|statement of (?:research )?interest|research statement|(?:copy of (?:your )?(?:most relevant )?)?diplomas?|transcripts?(?: of records)?|(?:reference|recommendation) letters?|letters? of (?:reference|recommendation)|publication list|list of publications)\b(\s*\([^)]{1,60}\))?/gi;

const applyingRe = /@|\b(to apply|send your|apply (?:to|at|via|online))\b/i;
const sendingRe = /\b(send|submit|include|provide|apply|upload|attach|application)\b/i;

function uniqueQuotes(qs: Quote[]): Quote[] {
  const seen = new Set<string>();
  return qs.filter((q) => {
    const k = q.text.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * `twoByteSource`: the role's texts may be in V8's two-byte form (see compactText); false when
 * the file holds no character beyond Latin-1, so that they are one-byte already.
 */
export function buildPosting(
  role: RawRole,
  file: string,
  index: number,
  reference: Date,
  twoByteSource = true,
): Posting {
  const entries = role.entries;
  const body = entries.filter((e) => e.kind !== 'heading');
  const skillsAll: string[] = [];
  const requiredSkills: SkillFact[] = [];
  const desiredSkills: SkillFact[] = [];
  const duties: Quote[] = [];
  const criteria = createCriteria();
  const documents: Quote[] = [];
  const seenLines = new SeenLines();
  const bodyTokens: Tokens[] = [];
  for (const e of body) {
    const t = e.text;
    if (t.length > 5000) continue;
    const tk = tokenize(t);
    bodyTokens.push(tk);
    const found = skillVocabulary.findIn(tk);
    for (const s of found) if (!skillsAll.includes(s)) skillsAll.push(s);
    if (seenLines.check(t)) continue;
    const sec = e.section;
    if (sec === 'duties' && e.kind === 'item') duties.push({ text: t, line: e.line });
    const skillSection = sec === 'required' || sec === 'desired';
    // The regex last: only a skill section's lines need it.
    if (skillSection && e.kind !== 'label' && (e.kind === 'item' || found.length > 0) && !applyingRe.test(t)) {
      const desired = sec === 'desired' || desiredRe.test(t);
      (desired ? desiredSkills : requiredSkills).push({ text: t, line: e.line, skills: found });
    } else if (
      found.some((s) => !languageNames.has(s)) &&
      (sec !== 'duties' || e.kind === 'text') &&
      (sec !== 'description' || strongRequiredRe.test(t)) &&
      e.kind !== 'label' &&
      (desiredRe.test(t) || requiredRe.test(t))
    ) {
      (desiredRe.test(t) ? desiredSkills : requiredSkills).push({ text: t, line: e.line, skills: found });
    }
    criteria.add(e);
    if (sec === 'documents' && e.kind === 'item') documents.push({ text: t, line: e.line });
    else if (sec === 'documents' || sendingRe.test(t)) {
      for (const m of t.matchAll(docRe)) documents.push({ text: `${m[1]}${m[2] ?? ''}`.trim(), line: e.line });
    }
  }
  // Duties from the description of a table role or a prose-only role stay empty rather than guessed.
  const stated = role.stated ?? {};
  const title0 = role.title?.trim() || null;
  const titleTokens = tokenize(title0 ?? '');
  const experiment = mostMentioned((t) => experimentVocabulary.findIn(t), bodyTokens, titleTokens);
  const organisation =
    stated.organisation ?? mostMentioned((t) => organisationVocabulary.findIn(t), bodyTokens, titleTokens);
  const locEntries = entries.filter((e) => e.section === 'location' && e.kind !== 'heading');
  let location: Quote | null = stated.location ?? null;
  if (!location && locEntries.length) {
    const first = locEntries[0] as Entry;
    location = {
      text: locEntries
        .map((e) => e.text.replace(/^(location|place of work|place|site|institute|address)\s*:\s*/i, ''))
        .join(', '),
      line: first.line,
    };
  }
  if (!location) {
    const at = body.find(
      (e) =>
        /\b(?:located in|based in|based at|place of work is)\b/i.test(e.text) &&
        countryVocabulary.find(e.text).length > 0,
    );
    if (at) location = { text: at.text, line: at.line };
  }
  const country = location ? (countryVocabulary.find(location.text).pop() ?? null) : null;
  const dates = extractDates(entries, reference, { country });
  const title = title0 ?? composeTitle(entries, experiment, organisation, skillsAll);
  const text = entries.map((e) => e.text).join('\n');
  return {
    id: postingId(file, index, title),
    title,
    organisation,
    experiment,
    location,
    country,
    contacts: contactsOf(entries),
    deadline: stated.deadline ?? dates.deadline,
    start: dates.start,
    posted: dates.posted ?? stated.posted ?? null,
    duration: extractDuration(body) ?? dates.contract,
    workload: extractWorkload(body),
    salary: extractSalary(body),
    requiredSkills,
    desiredSkills,
    duties: uniqueQuotes(duties),
    eligibility: uniqueQuotes(criteria.quotes()),
    documents: uniqueQuotes(documents),
    links: linksOf(role.raw || text),
    summary: summaryOf(entries, stated.summary),
    skills: skillsAll,
    text: twoByteSource ? compactText(text) : text,
    format: role.format,
    source: { file, line: role.line },
  };
}
