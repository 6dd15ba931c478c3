// From a parsed role (numbered entries in sections) to a Posting: every fact keeps the
// posting's own words and its line.
import * as crypto from 'node:crypto';
import type { Posting, Quote, SkillFact } from '../corpus/posting.ts';
import type { Entry, RawRole } from '../corpus/role.ts';
import { findClosedNotice } from './closed-notice.ts';
import { contactsOf } from './contacts.ts';
import { createCriteria } from './criteria.ts';
import cues from './cues.json' with { type: 'json' };
import { extractDates } from './dates.ts';
import { extractDegree } from './degree.ts';
import { extractDuration } from './duration.ts';
import { splitMixedItem } from './mixed-skill-item.ts';
import { mostMentioned } from './most-mentioned.ts';
import { withoutNationalities } from './nationality-words.ts';
import { readOrganisation } from './organisation.ts';
import { extractPayScale } from './pay-scale.ts';
import { compilePhrases } from './phrase-regex.ts';
import { readPlace } from './place.ts';
import { placeCountry } from './place-country.ts';
import { findRolling } from './rolling.ts';
import { extractSalary } from './salary.ts';
import { judgeSkillLine } from './skill-lines.ts';
import { findStartNow } from './start-now.ts';
import { composeTitle, findTitle } from './title.ts';
import { experimentVocabulary, skillVocabulary, type Tokens, tokenize } from './vocab.ts';
import { extractWorkload } from './workload.ts';

const desiredRe = compilePhrases(cues.desiredInline);
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

function linksOf(raw: string): string[] {
  const out: string[] = [];
  for (const m of raw.slice(0, 200_000).matchAll(urlRe)) {
    const u = m[0].replace(/[.,;:!?*]+$/, '');
    if (!out.includes(u)) out.push(u);
  }
  return out;
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

const NOT_ASCII = /[^\x00-\x7f]/;
const SLUG_STOP_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'for', 'and', 'to', 'at', 'on']);

export function slug(text: string): string {
  // Accents off first; ASCII text has none, and its decomposition is itself.
  const plain = NOT_ASCII.test(text) ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : text;
  return plain
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w && !SLUG_STOP_WORDS.has(w))
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
const sendingRe = /\b(?:send|submit|include|provide|apply|upload|attach|application)\b/i;

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
function titleEntry(text: string, role: RawRole): Entry {
  return { text, line: role.titleLine ?? role.line, kind: 'heading', section: 'none' };
}

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
    const found = withoutNationalities(t, skillVocabulary.findIn(tk));
    for (const s of found) if (!skillsAll.includes(s)) skillsAll.push(s);
    if (seenLines.check(t)) continue;
    const sec = e.section;
    if (sec === 'duties' && e.kind === 'item') duties.push({ text: t, line: e.line });
    const skillSection = sec === 'required' || sec === 'desired';
    // The regex last: only a skill section's lines need it.
    if (skillSection && e.kind !== 'label' && (e.kind === 'item' || found.length > 0) && !applyingRe.test(t)) {
      const desired = sec === 'desired' || desiredRe.test(t);
      const mixed = desired && sec !== 'desired' ? splitMixedItem(t, found) : null;
      if (mixed) {
        requiredSkills.push({ text: t, line: e.line, skills: mixed.required });
        if (mixed.desired.length) desiredSkills.push({ text: t, line: e.line, skills: mixed.desired });
      } else (desired ? desiredSkills : requiredSkills).push({ text: t, line: e.line, skills: found });
    } else if (found.length > 0) {
      const asked = judgeSkillLine(e, found, tk);
      if (asked.required) requiredSkills.push({ ...asked.required, line: e.line });
      if (asked.desired) desiredSkills.push({ ...asked.desired, line: e.line });
    }
    criteria.add(e);
    if (sec === 'documents' && e.kind === 'item') documents.push({ text: t, line: e.line });
    else if (sec === 'documents' || sendingRe.test(t)) {
      for (const m of t.matchAll(docRe)) documents.push({ text: `${m[1]}${m[2] ?? ''}`.trim(), line: e.line });
    }
  }
  // Duties from the description of a table role or a prose-only role stay empty rather than guessed.
  const stated = role.stated ?? {};
  const title0 = findTitle(role);
  const titleTokens = tokenize(title0 ?? '');
  const experiment = mostMentioned((t) => experimentVocabulary.findIn(t), bodyTokens, titleTokens);
  const organisation = readOrganisation({
    entries,
    body,
    bodyTokens,
    title: title0,
    given: role.title,
    titleTokens,
    stated: stated.organisation,
    site: stated.site,
  });
  const { location, country } = readPlace({
    entries,
    given: role.title ? { text: role.title, line: role.titleLine ?? role.line } : null,
    body,
    bodyTokens,
    organisation,
    stated: stated.location,
  });
  // The country a bare time's zone and a bare "$" are read in: the stated one, else the place's.
  const where = placeCountry(location, organisation, bodyTokens);
  const dates = extractDates(entries, reference, { country, placeCountry: where.ofPlace });
  // A format's stated deadline (a page's schema.org validThrough) only where the text states
  // none: job boards fill validThrough with an automatic expiry that may differ from the text's.
  const deadline = dates.deadline ?? stated.deadline ?? null;
  const title = title0 ?? composeTitle(entries, experiment, organisation, skillsAll);
  const text = entries.map((e) => e.text).join('\n');
  // A format's stated pay (a page's schema.org JobPosting) only where the text states none.
  const salary = extractSalary(body, country, where.named) ?? stated.salary ?? null;
  return {
    id: postingId(file, index, title),
    title,
    organisation,
    experiment,
    location,
    country,
    contacts: contactsOf(entries),
    deadline,
    rolling: deadline ? null : findRolling(body),
    opens: dates.opens && (!deadline || dates.opens.date < deadline.date) ? dates.opens : null,
    closedNotice: findClosedNotice(entries),
    start: dates.start ?? findStartNow(entries),
    posted: dates.posted ?? stated.posted ?? null,
    duration: extractDuration(body) ?? dates.contract,
    // A title line may be all a posting says of its workload ("Full Time"), the format's title
    // line too when the title reader set it aside (a page's "Full Time" above the role's title).
    workload:
      extractWorkload([
        ...(title0 ? [titleEntry(title0, role)] : []),
        ...(role.title && role.title !== title0 ? [titleEntry(role.title, role)] : []),
        ...entries,
      ]) ??
      stated.workload ??
      null,
    salary,
    payScale: salary ? null : extractPayScale(body),
    requiredSkills,
    desiredSkills,
    degree: extractDegree(entries),
    duties: uniqueQuotes(duties),
    eligibility: uniqueQuotes(criteria.quotes()),
    documents: uniqueQuotes(documents),
    links: linksOf(role.raw || text),
    summary: summaryOf(entries, stated.summary),
    skills: skillsAll,
    text: twoByteSource ? compactText(text) : text,
    // The file line of each line of `text`, so that a line quoted from it is cited.
    textLines: entries.map((e) => e.line),
    format: role.format,
    source: { file, line: role.line },
  };
}
