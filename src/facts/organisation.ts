// Who hires: the employer or host as the posting writes it. A header says it outright
// ("Organisation:", "Employer:", "Établissement porteur :"); else the subject of a hiring
// sentence ("The Princeton University Physics Department invites applications"), the
// institution in the title ("... at Universidad Complutense de Madrid"), an institution line
// heading the page, and only then the most-mentioned known organisation.
import type { Entry } from '../corpus/role.ts';
import { findLabelledValue, labelSet } from './labelled-value.ts';
import { mostMentioned } from './most-mentioned.ts';
import { broadestOrgName, findOrgNames } from './org-names.ts';
import { findOrgSite } from './org-site.ts';
import orgs from './organisations.json' with { type: 'json' };
import cues from './place-cues.json' with { type: 'json' };
import { organisationVocabulary, type Tokens } from './vocab.ts';

const orgLabels = labelSet(cues.organisationLabels);
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const hiringRe = new RegExp(`\\b(?:${cues.hiringVerbs.map(esc).join('|')})\\b`, 'i');
// Phrases whose host comes after them ("The appointment is with the University of Lisbon"; "A
// postdoctoral position is available in the group of ... at the University of Southern Denmark").
const hostAfter = new Set(['appointment is with', 'position is with', 'is available', 'are available']);
// "is available" hires only after a role noun: "More information is available at ..." does not.
const AVAILABLE = new Set(['is available', 'are available']);
const roleNounRe = new RegExp(`\\b(?:${cues.roleNouns.map(esc).join('|')})\\b`, 'i');
const fullNames = new Map<string, { full?: string; aliases: string[] }>();
for (const o of orgs.organisations as Array<{ name: string; full?: string; aliases: string[] }>)
  fullNames.set(o.name, o);
// A known organisation counts as an institution name of this rank.
const KNOWN_RANK = 4;

export interface OrganisationInput {
  entries: Entry[];
  body: Entry[];
  bodyTokens: Tokens[];
  title: string | null;
  /** The format's own first line, even when it was no title ("Oak Ridge National Laboratory (ORNL)"). */
  given?: string | null;
  titleTokens: Tokens;
  /** The role's heading lines: the title and a page's first lines. */
  stated?: string;
  /** The page's site name, taken only when it is an institution's and the text names none. */
  site?: string;
}

/** The best institution named in a phrase: a known organisation or a ranked name. */
function bestIn(text: string, minRank: number): string | null {
  const named = broadestOrgName(text, minRank);
  const known = organisationVocabulary.find(text)[0];
  if (known && (!named || named.rank <= KNOWN_RANK)) {
    // "Oak Ridge National Laboratory (ORNL)" names both: the longer says more.
    if (named && named.rank === KNOWN_RANK && named.name.includes(known)) return named.name;
    if (named && named.rank === KNOWN_RANK && text.indexOf(named.name) < text.indexOf(known)) return named.name;
    return known;
  }
  return named?.name ?? null;
}

// ", centro mixto CSIC-Universitat de València,": the apposition names a joint institute's parents.
const jointRe = new RegExp(`[,(–-]\\s*(?:${cues.jointCues.map(esc).join('|')})\\b`, 'i');

/** The subject without the apposition that names its parents: the institute itself is the host. */
function cutJointParents(sentence: string): string {
  const m = jointRe.exec(sentence);
  return m && m.index > 0 ? sentence.slice(0, m.index) : sentence;
}

/** The host named by the first hiring sentence ("X invites applications", "X is seeking"). */
function hiringSubject(body: Entry[]): string | null {
  let seen = 0;
  for (const e of body) {
    if (e.kind === 'label' || e.text.length < 20) continue;
    if (++seen > 12) break;
    // The hiring verb sits in a paragraph's first sentence.
    const t = e.text.length > 400 ? e.text.slice(0, 400) : e.text;
    const m = hiringRe.exec(t);
    if (!m) continue;
    const verb = m[0].toLowerCase();
    const before = t.slice(0, m.index);
    const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('? ')) + 1);
    const after = t.slice(m.index + m[0].length).split(/[.;!?](?:\s|$)/)[0] ?? '';
    if (hostAfter.has(verb)) {
      if (AVAILABLE.has(verb) && !roleNounRe.test(sentence)) continue;
      const host = bestIn(after.split(/,\s+(?:however|but|and|where)\b/)[0] ?? after, 3);
      if (host) return host;
      continue;
    }
    // "The IAC (Tenerife) invites applications": a bare acronym, perhaps with its place in brackets.
    let subject = bestIn(cutJointParents(sentence), 1) ?? acronymSubjectRe.exec(sentence)?.[1] ?? null;
    // "The Laboratory for Particle Physics at PSI is seeking": a unit at a host as broad is the host's.
    const unitAt = subject ? / at (?:the )?(\S.{1,118})$/.exec(sentence) : null;
    if (subject && unitAt?.[1] && sentence.indexOf(subject) < (unitAt.index ?? 0)) {
      const host = bestIn(unitAt[1], 3);
      if (host && host !== subject && rankOf(host) >= rankOf(subject)) subject = host;
    }
    // "The HEDS Center offers a position at LLNL": a broader host after "at" wins.
    const at = /\bat (?:the )?(.{3,120})/.exec(after);
    if (at?.[1]) {
      const there = bestIn(at[1], 3);
      const thereRank = there ? (broadestOrgName(there)?.rank ?? KNOWN_RANK) : 0;
      const subjectRank = subject ? (broadestOrgName(subject)?.rank ?? KNOWN_RANK) : 0;
      if (there && thereRank > subjectRank) return there;
    }
    if (subject) return subject;
  }
  return null;
}

const acronymSubjectRe =
  /^\s*(?:(?:[Tt]he|[Ll][ae]|[Ee]l|[Ii]l|[Dd]as|[Dd]er|[Dd]ie)\s+|[Ll]['’])?(\p{Lu}[\p{Lu}\d&-]{1,7})(?:\s*\([^)]{1,40}\))?\s*$/u;

const rankOf = (name: string) => broadestOrgName(name)?.rank ?? (organisationVocabulary.find(name)[0] ? KNOWN_RANK : 0);

/** The institution a line is made of ("Brookhaven National Laboratory", "CERN - Careers"), not one it mentions. */
function pageInstitution(line: string): string | null {
  if (line.length > 160) return null;
  const head = line.replace(/\s+[-–|].*$/, '').replace(/\s*\([^)]*\)\s*$/, '');
  const named = broadestOrgName(line, 3)?.name ?? '';
  const known = organisationVocabulary.find(line)[0] ?? '';
  // The known name as the line writes it: "Helmholtz-Zentrum Dresden-Rossendorf" is HZDR's alias.
  const written = known
    ? Math.max(
        known.length,
        ...(fullNames.get(known)?.aliases ?? []).filter((a) => line.includes(a)).map((a) => a.length),
      )
    : 0;
  if (Math.max(named.length, written) < head.length * 0.6) return null;
  return bestIn(line, 3);
}

/** An employer line right under the title ("Research Fellow in ..." / "University of Glasgow"). */
function institutionUnderTitle(entries: Entry[], title: string | null): string | null {
  // Under a board's crumbs and banner the title is a line of its own among the first ones.
  const at = title ? entries.slice(0, 6).findIndex((e) => e.text === title) : -1;
  for (const e of entries.slice(at + 1, at + 3)) {
    if (e.kind === 'label' || e.text.length > 80) continue;
    const host = pageInstitution(e.text);
    if (host) return host;
  }
  return null;
}

/** The institution of a heading line: "... at Hamburg' Data Science Graduate School", "Chair - STFC". */
function headlineHost(lines: string[]): string | null {
  for (const l of lines) {
    if (!l || l.length > 200) continue;
    const host = bestIn(l, 3);
    // "Associate Laboratory Director, ...": a name followed by a role noun is the title's, unless known.
    if (host && !fullNames.has(host) && roleAfterRe.test(l.slice(l.indexOf(host) + host.length))) continue;
    if (host) return host;
  }
  return null;
}
const roleAfterRe = new RegExp(`^\\s+(?:${cues.roleNouns.map(esc).join('|')})\\b`, 'i');

const writtenRes = new Map<string, { both: RegExp; full: RegExp }>();

/** The known organisation's name as the text writes it, with its full name when that is there too. */
function asWritten(name: string, texts: string[]): string {
  const o = fullNames.get(name);
  if (!o?.full || name === o.full) return name;
  let res = writtenRes.get(name);
  if (!res) {
    // "Paul Scherrer Institute PSI", "Oak Ridge National Laboratory (ORNL)": the text's own form.
    res = {
      both: new RegExp(`${esc(o.full)}\\s*[(,–-]?\\s*${esc(name)}\\)?`, 'i'),
      full: new RegExp(esc(o.full), 'i'),
    };
    writtenRes.set(name, res);
  }
  let hasFull = false;
  for (const t of texts) {
    if (!res.full.test(t)) continue;
    const both = res.both.exec(t);
    if (both) return both[0];
    hasFull = true;
  }
  return hasFull ? `${o.full} (${name})` : name;
}

export function readOrganisation(input: OrganisationInput): string | null {
  if (input.stated) return input.stated;
  const { entries, body } = input;
  const label = findLabelledValue(entries, orgLabels, 60);
  if (label?.text) {
    // "Organisation: CEA Saclay": the organisation, its site is the location's.
    const site = findOrgSite(label.text);
    return site?.whole ? site.organisation : label.text.replace(/\s+/g, ' ').slice(0, 160);
  }
  const text = () => [input.given ?? '', ...body.map((e) => e.text)];
  // Headings too: a page can set its hiring sentence as a sub-heading ("X is offering a PhD Fellowship").
  const subject = hiringSubject(entries);
  if (subject) {
    // "Brookhaven National Laboratory" heading the page, then "The Physics Department is seeking":
    // the department is the laboratory's, the page's own institution line is the employer.
    const page = (input.given ? pageInstitution(input.given) : null) ?? institutionUnderTitle(entries, input.title);
    // A known host on the page's line over an unnamed unit of the same rank ("Institute of ...").
    const known = page !== null && fullNames.has(page) && !fullNames.has(subject);
    if (page && (rankOf(page) > rankOf(subject) || (known && rankOf(page) === rankOf(subject))))
      return fullNames.has(page) ? asWritten(page, text()) : page;
    return fullNames.has(subject) ? asWritten(subject, text()) : subject;
  }
  const heads = [input.given ?? '', input.title === input.given ? '' : (input.title ?? '')];
  // The first three headings (a scan that stops there, not a filter over every entry).
  for (let i = 0, n = 0; i < entries.length && n < 3; i++) {
    const e = entries[i] as Entry;
    if (e.kind === 'heading') {
      heads.push(e.text);
      n++;
    }
  }
  const headline = headlineHost(heads);
  if (headline) return fullNames.has(headline) ? asWritten(headline, text()) : headline;
  const known = mostMentioned((t) => organisationVocabulary.findIn(t), input.bodyTokens, input.titleTokens);
  if (known) return asWritten(known, text());
  for (const e of body.slice(0, 12)) {
    const named = findOrgNames(e.text).find((o) => o.rank >= KNOWN_RANK);
    if (named) return named.name;
  }
  // "Software Engineer | Careers | Kestrel Laboratory": the site is the employer's.
  const site = input.site;
  return site ? (broadestOrgName(site, KNOWN_RANK)?.name ?? organisationVocabulary.find(site)[0] ?? null) : null;
}
