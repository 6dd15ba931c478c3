// Answers about several postings: lists with filters (status, skill, country, words), upcoming
// deadlines, ranked search, and one field across many postings ("how long are the contracts?").
import type { Posting } from '../corpus/posting.ts';
import { namesOfCountry } from '../eligibility/countries.ts';
import {
  contactWords,
  durationWords,
  type FieldIntent,
  locationWords,
  salaryWords,
  startWords,
  workloadWords,
} from './answer-posting.ts';
import {
  type AnswerEnv,
  allByDeadline,
  type Draft,
  deadlineNote,
  deadlineSpans,
  draft,
  refOf,
  shortName,
  sortByDeadline,
  statusOf,
  timeLeft,
} from './context.ts';
import { impliedCountry } from './implied-country.ts';
import type { Block } from './reply.ts';
import type { Match } from './search-index.ts';
import { clip, escapeRegExp, formatDate, terms } from './text.ts';
import type { Window } from './time-span.ts';

export type StatusFilter = 'open' | 'closed' | 'upcoming' | 'all' | 'current';

export interface SetQuery {
  status: StatusFilter;
  skills: string[];
  countries: string[];
  /** Index terms every posting must hold (words of the question that name postings). */
  terms: string[];
  /** The question's own words for those terms, for messages. */
  words: string;
  /** A field to show for each posting. */
  field?: FieldIntent;
  /** `list all` lists everything, without a cap. */
  uncapped?: boolean;
  /** Keep only postings that state `field` (a field asked about no posting in particular). */
  statingField?: boolean;
  /** Further filters: a deadline window, a degree requirement, an organisation, a topic. */
  filters?: SetFilter[];
}

/** One more condition on the postings of a set, with how to say it and what to show of each. */
export interface SetFilter {
  /** "with a deadline in the next 30 days", "requiring a PhD", "at CERN". */
  describe: string;
  test(p: Posting): boolean;
  /** What each listed posting says about it, quoted. */
  detail?(p: Posting): string | null;
  /** A sentence after the list (what was left out and why). */
  note?(listed: readonly Posting[]): string | null;
}

const CAP = 50;
/** Even `list all` stops here: a chat message of thousands of postings helps nobody. */
const ALL_CAP = 200;

function hasSkill(p: Posting, skill: string): 'required' | 'desired' | 'named' | null {
  if (p.requiredSkills.some((s) => s.skills.includes(skill))) return 'required';
  if (p.desiredSkills.some((s) => s.skills.includes(skill))) return 'desired';
  if (p.skills.includes(skill)) return 'named';
  return null;
}

const NON_ASCII = /[^\x00-\x7f]/;

function fold(s: string): string {
  // Plain ASCII has no accents to strip: the common case skips the costly normalisation.
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

const NATIONALITY_LINE =
  /\b(national|citizen|citizenship|passport|right to work|authori[sz]ed to work|work permit|visa)/i;

/** A posting's stated country and location, folded once (a country question tests every posting). */
function placeOf(p: Posting): { country: string | null; location: string | null } {
  let place = folded.get(p);
  if (!place) {
    place = { country: p.country ? fold(p.country) : null, location: p.location ? fold(p.location.text) : null };
    folded.set(p, place);
  }
  return place;
}

const folded = new WeakMap<Posting, { country: string | null; location: string | null }>();

/** The postings in `country`, worked out once (until the postings change). */
export function inCountry(env: AnswerEnv, country: string): ReadonlySet<Posting> {
  return env.index.derived(`in ${fold(country)}`, () => {
    const test = countryTest(env, country);
    return new Set(env.index.postings().filter(test));
  });
}

/** Tells whether a posting is in `country`; built once per question, run on every posting. */
function countryTest(env: AnswerEnv, country: string): (p: Posting) => boolean {
  const c = fold(country);
  // The country's names in every language the vocabulary knows ("germany", "deutschland").
  const names = [...new Set([c, ...namesOfCountry(country)])];
  const res = names.map((n) => ({ name: n, re: new RegExp(`(^|[^\\p{L}])${escapeRegExp(n)}($|[^\\p{L}])`, 'u') }));
  // The postings whose text can name the country at all, from the word index, when first needed.
  let candidates: Set<Posting> | null | undefined;
  // In the country by its stated or implied location; without one, by a place line of its text
  // ("Hamburg, Germany").
  return (p) => {
    const place = placeOf(p);
    if (place.country === c) return true;
    const implied = impliedCountry(p);
    if (implied && fold(implied) === c) return true;
    if (place.location !== null) return names.some((n) => place.location?.includes(n));
    if (place.country !== null || implied) return false;
    if (candidates === undefined) {
      candidates = new Set();
      for (const n of names) {
        const holding = env.index.textMayHold(terms(n));
        if (holding === null) {
          candidates = null;
          break;
        }
        for (const q of holding) candidates.add(q);
      }
    }
    if (candidates !== null && !candidates.has(p)) return false;
    // Reading the whole text is the cost of a country question over thousands of postings:
    // a posting's answer for a country is kept (postings are immutable; a reload makes new ones).
    let known = placedIn.get(p);
    if (!known) {
      known = new Map();
      placedIn.set(p, known);
    }
    let placed = known.get(c);
    if (placed === undefined) {
      placed = res.some(({ name, re }) => placesIn(p.text, name, re));
      known.set(c, placed);
    }
    return placed;
  };
}

/**
 * Whether a line of `text` names the country `c` (folded) other than in a nationality or
 * work-permit rule, which names a country without placing the job there. On ASCII text fold() is
 * toLowerCase(), which keeps every offset: only the lines around each occurrence are read.
 */
function placesIn(text: string, c: string, re: RegExp): boolean {
  const placeLine = (line: string) => !NATIONALITY_LINE.test(line) && re.test(fold(line));
  if (NON_ASCII.test(text)) return text.split('\n').some(placeLine);
  const lower = text.toLowerCase();
  for (let at = lower.indexOf(c); at >= 0; at = lower.indexOf(c, at + 1)) {
    const start = text.lastIndexOf('\n', at) + 1;
    const end = text.indexOf('\n', at);
    if (placeLine(text.slice(start, end < 0 ? text.length : end))) return true;
  }
  return false;
}

/** Per posting without a stated location: whether its text places it in a country (folded name). */
const placedIn = new WeakMap<Posting, Map<string, boolean>>();

/** A skill as a word of a text (not inside a longer word, nor "C" of "C++"), compiled once per skill. */
const skillWords = new Map<string, RegExp>();
function skillWordRegExp(skill: string): RegExp {
  let re = skillWords.get(skill);
  if (!re) {
    re = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(skill)}($|[^\\p{L}\\p{N}+#])`, 'iu');
    // Skills come from the postings' vocabulary; the bound only guards against a long-running bot's growth.
    if (skillWords.size < 4096) skillWords.set(skill, re);
  }
  return re;
}

function skillDetail(p: Posting, skill: string): string {
  const kind = hasSkill(p, skill);
  const fact =
    kind === 'required'
      ? p.requiredSkills.find((s) => s.skills.includes(skill))
      : kind === 'desired'
        ? p.desiredSkills.find((s) => s.skills.includes(skill))
        : undefined;
  if (fact) return `${skill} ${kind}: "${clip(fact.text, 140)}" (line ${fact.line})`;
  const re = skillWordRegExp(skill);
  const duty = p.duties.find((d) => re.test(d.text));
  if (duty) return `${skill} in the duties: "${clip(duty.text, 140)}" (line ${duty.line})`;
  return `${skill} named in the text (not in a skills list)`;
}

/** One field of a posting in a few words, or null when the posting does not state it. */
export function fieldDetail(env: AnswerEnv, p: Posting, field: FieldIntent): string | null {
  switch (field) {
    case 'deadline':
    case 'status':
    case 'apply':
    case 'show':
      return deadlineNote(env, p);
    case 'contact':
      return p.contacts.length ? `${contactWords(p).join(', ')} (line ${p.contacts[0]?.line})` : null;
    case 'salary':
      if (p.salary) return `${salaryWords(p.salary)} (line ${p.salary.line})`;
      return p.payScale ? `pay scale "${clip(p.payScale.text, 100)}" (line ${p.payScale.line})` : null;
    case 'start':
      return p.start ? `${startWords(p) ?? `"${clip(p.start.text, 100)}"`} (line ${p.start.line})` : null;
    case 'duration':
      return p.duration
        ? `${durationWords(p) ?? ''} "${clip(p.duration.text, 100)}" (line ${p.duration.line})`.trim()
        : null;
    case 'workload':
      return p.workload ? `${workloadWords(p.workload.fte)} (line ${p.workload.line})` : null;
    case 'location': {
      const w = locationWords(p);
      return w ? `${clip(w, 120)}${p.location ? ` (line ${p.location.line})` : ''}` : null;
    }
    case 'documents':
      return p.documents.length ? p.documents.map((d) => clip(d.text, 80)).join('; ') : null;
    case 'skills':
      return p.skills.length ? p.skills.join(', ') : null;
    case 'duties':
      return p.duties.length ? clip(p.duties[0]?.text ?? '', 120) : null;
  }
}

const fieldNames: Record<FieldIntent, string> = {
  deadline: 'a deadline',
  status: 'a deadline',
  apply: 'a deadline',
  show: 'a deadline',
  contact: 'a contact',
  salary: 'a salary',
  start: 'a start date',
  duration: 'a contract length',
  workload: 'a workload',
  location: 'a location',
  documents: 'documents',
  skills: 'skills',
  duties: 'duties',
};

function describeQuery(q: SetQuery): string {
  const parts: string[] = [];
  if (q.status === 'open') parts.push('open');
  if (q.status === 'closed') parts.push('closed');
  if (q.status === 'upcoming') parts.push('not open yet');
  if (q.words) parts.push(`matching '${q.words}'`);
  if (q.skills.length) parts.push(`asking for ${q.skills.join(' and ')}`);
  if (q.countries.length) parts.push(`in ${q.countries.join(' or ')}`);
  for (const f of q.filters ?? []) parts.push(f.describe);
  return parts.join(', ');
}

/** Postings meeting every filter of the query. `wordMatches` is the word filter's result, if any. */
/**
 * The postings of `among` at positions from..to of the deadline order that pass every test, in
 * that order: a skill's few holders are read, not every posting (a set question over 10,000).
 */
function passesAmong(
  env: AnswerEnv,
  among: ReadonlySet<Posting>,
  from: number,
  to: number,
  tests: ReadonlyArray<(p: Posting) => boolean>,
): Posting[] {
  const position = env.index.derived(`deadline positions on ${env.today}`, () => {
    const at = new Map<Posting, number>();
    for (const [i, p] of allByDeadline(env).entries()) at.set(p, i);
    return at;
  });
  const kept: Array<[number, Posting]> = [];
  for (const p of among) {
    const i = position.get(p);
    if (i !== undefined && i >= from && i < to && tests.every((t) => t(p))) kept.push([i, p]);
  }
  return kept.sort((a, b) => a[0] - b[0]).map(([, p]) => p);
}

export function answerSet(env: AnswerEnv, q: SetQuery, wordMatches: Match[] | null, ignored: string[] = []): Draft {
  const all = wordMatches ? wordMatches.length : env.index.size;
  // Every filter but the status one, as one test; the sets the skills and countries name, to
  // start from the smallest of them when it is much smaller than the postings.
  const tests: Array<(p: Posting) => boolean> = [];
  const sets: Array<ReadonlySet<Posting>> = [];
  for (const s of q.skills) {
    const holders = env.index.withSkill(s);
    tests.push((p) => holders.has(p));
    sets.push(holders);
  }
  if (q.countries.length) {
    const inAny = q.countries.map((c) => inCountry(env, c));
    tests.push((p) => inAny.some((set) => set.has(p)));
    if (inAny.length === 1) sets.push(inAny[0] as ReadonlySet<Posting>);
  }
  for (const f of q.filters ?? []) tests.push((p) => f.test(p));
  const passes = (list: readonly Posting[]) => (tests.length ? list.filter((p) => tests.every((t) => t(p))) : list);
  let ps: readonly Posting[];
  let hiddenClosed = 0;
  if (wordMatches) {
    ps = passes(wordMatches.map((m) => m.posting));
    if (q.status === 'open') ps = ps.filter((p) => statusOf(env, p) === 'open');
    else if (q.status === 'closed') ps = ps.filter((p) => statusOf(env, p) === 'closed');
    else if (q.status === 'upcoming') ps = ps.filter((p) => statusOf(env, p) === 'upcoming');
    else if (q.status === 'current') {
      const kept = ps.filter((p) => statusOf(env, p) !== 'closed');
      hiddenClosed = ps.length - kept.length;
      ps = kept;
    }
  } else {
    // All postings in deadline order are open, then undated, then closed: a status is a slice,
    // and the other filters keep the order.
    const ordered = allByDeadline(env);
    const { openEnd, closedStart } = deadlineSpans(env);
    const smallest = sets.reduce<ReadonlySet<Posting> | null>((a, b) => (a && a.size <= b.size ? a : b), null);
    const span = (from: number, to: number) =>
      smallest && smallest.size * 4 < to - from
        ? passesAmong(env, smallest, from, to, tests)
        : passes(ordered.slice(from, to));
    if (q.status === 'open') ps = span(0, openEnd);
    else if (q.status === 'closed') ps = span(closedStart, ordered.length);
    else if (q.status === 'upcoming') ps = passes(ordered.filter((p) => statusOf(env, p) === 'upcoming'));
    else if (q.status === 'current') {
      ps = span(0, closedStart);
      hiddenClosed = span(closedStart, ordered.length).length;
    } else ps = span(0, ordered.length);
  }
  let notStating = 0;
  const field0 = q.field;
  if (q.statingField && field0) {
    const kept = ps.filter((p) => fieldDetail(env, p, field0) !== null);
    const stating = field0 === 'deadline' || field0 === 'status' ? kept.filter((p) => p.deadline) : kept;
    notStating = ps.length - stating.length;
    ps = stating;
  }
  if (wordMatches) ps = sortByDeadline(env, ps);
  const what = describeQuery(q);
  const blocks: Block[] = [];
  if (ps.length === 0 && q.statingField && field0 && notStating > 0) {
    blocks.push({
      kind: 'paragraph',
      text: `None of the ${notStating} postings${what ? ` ${what}` : ''} states ${fieldNames[field0]}. Name a posting to see what it says, e.g. 'show <posting>'.`,
    });
    return draft(blocks, [], { suggestions: ['list all', 'help'] });
  }
  if (ps.length === 0) {
    const why = what ? `No posting is ${what}` : 'There are no postings';
    blocks.push({
      kind: 'paragraph',
      text: `${why}${all > 0 && q.status === 'open' ? ' (postings without a stated deadline have an unknown status)' : ''}. Try 'list all', 'search <words>' or 'help'.`,
    });
    return draft(blocks, [], { suggestions: ['list all', 'help'] });
  }
  const shown = ps.slice(0, q.uncapped ? ALL_CAP : CAP);
  const field = q.field;
  const items = shown.map((p) => {
    const details: string[] = [];
    if (q.skills.length) details.push(q.skills.map((s) => skillDetail(p, s)).join('; '));
    for (const f of q.filters ?? []) {
      const d = f.detail?.(p);
      if (d) details.push(d);
    }
    if (field && field !== 'show' && field !== 'skills') {
      const d = fieldDetail(env, p, field);
      details.push(d ?? `states no ${fieldNames[field].replace(/^an? /, '')}`);
    }
    if (!field || !['deadline', 'status', 'apply', 'show'].includes(field)) details.push(deadlineNote(env, p));
    if (q.countries.length) {
      const w = locationWords(p);
      if (w) details.push(clip(w, 100));
    }
    return { posting: refOf(env, p), text: p.title, detail: details.join(' · ') };
  });
  const n = ps.length;
  const noun = n === 1 ? 'posting' : 'postings';
  let title: string = what ? `${n} ${noun} ${what}` : `${n} ${noun}`;
  if (field && field !== 'show' && field !== 'skills' && field !== 'status' && field !== 'deadline')
    title += ` (${fieldNames[field].replace(/^an? /, '')} for each)`;
  if (q.statingField && field && field !== 'show')
    title = `You did not name a posting, so here ${n === 1 ? 'is the one' : `are the ${n}`} that state${n === 1 ? 's' : ''} ${fieldNames[field]}`;
  blocks.push({ kind: 'list', title: `${title}:`, items });
  const notes: string[] = [];
  if (notStating > 0)
    notes.push(
      `${notStating} other posting${notStating === 1 ? ' does' : 's do'} not state ${fieldNames[field ?? 'show']}.`,
    );
  if (shown.length < n)
    notes.push(
      q.uncapped
        ? `${n - shown.length} more not shown; narrow the list, e.g. 'list open', 'list <country>' or 'list <skill>'.`
        : `${n - shown.length} more not shown; narrow the question or say 'list all'.`,
    );
  if (hiddenClosed > 0)
    notes.push(
      `${hiddenClosed} closed ${hiddenClosed === 1 ? 'posting is' : 'postings are'} not shown; 'list all' shows them.`,
    );
  for (const f of q.filters ?? []) {
    const note = f.note?.(ps);
    if (note) notes.push(note);
  }
  if (ignored.length)
    notes.push(`No posting mentions '${ignored.join("', '")}', so I left ${ignored.length === 1 ? 'it' : 'them'} out.`);
  if (notes.length) blocks.push({ kind: 'paragraph', text: notes.join(' ') });
  const first = ps[0] as Posting;
  return draft(
    blocks,
    shown.map((p) => refOf(env, p)),
    { suggestions: [`show ${shortName(env, first)}`] },
  );
}

/** In postings sorted by deadline, where deadlines on or after `date` begin. */
function firstFrom(ps: readonly Posting[], date: string): number {
  let lo = 0;
  let hi = ps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ps[mid]?.deadline?.date ?? '') < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** In postings sorted by deadline, where deadlines after `date` begin. */
function firstAfter(ps: readonly Posting[], date: string): number {
  let lo = 0;
  let hi = ps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ps[mid]?.deadline?.date ?? '') <= date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Open postings by deadline, soonest first; with a deadline in `window` when given. */
export function answerUpcoming(env: AnswerEnv, window: Window | null): Draft {
  // Open postings lead the deadline order, soonest first: take them until one is too far off.
  // Open calls without a deadline ("accepted at any time") close the open span: not upcoming.
  const all = allByDeadline(env);
  let end = deadlineSpans(env).openEnd;
  while (end > 0 && !all[end - 1]?.deadline) end--;
  const open = all.slice(0, end);
  let from = 0;
  let n = open.length;
  if (window !== null) {
    from = firstFrom(open, window.from);
    n = firstAfter(open, window.to);
  }
  const ps = open.slice(from, n);
  const span = window === null ? '' : ` ${window.label}`;
  if (ps.length === 0) {
    const unknown = env.index.postings().filter((p) => !p.deadline).length;
    return draft(
      [
        {
          kind: 'paragraph',
          text: `No open posting has a deadline${span}.${unknown ? ` ${unknown} posting${unknown === 1 ? ' states' : 's state'} no deadline; 'list' shows them.` : ''}`,
        },
      ],
      [],
      { suggestions: ['list all'] },
    );
  }
  const shown = ps.slice(0, CAP);
  const items = shown.map((p) => ({
    posting: refOf(env, p),
    text: p.title,
    detail: `${timeLeft(env, p)} (line ${p.deadline?.line})`,
  }));
  const blocks: Block[] = [{ kind: 'list', title: `Upcoming deadlines${span}, soonest first:`, items }];
  if (shown.length < ps.length)
    blocks.push({
      kind: 'paragraph',
      text: `${ps.length - shown.length} later deadlines not shown; ask for fewer days, e.g. 'deadlines 7 days'.`,
    });
  return draft(
    blocks,
    shown.map((p) => refOf(env, p)),
    { suggestions: [`show ${shortName(env, ps[0] as Posting)}`] },
  );
}

/** The line of the posting that holds a matched word, clipped: why it matched. */
export function snippet(p: Posting, matched: Iterable<string>): string {
  const lines = p.text.split('\n');
  for (const t of matched) {
    const re = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(t)}`, 'iu');
    for (const l of lines) {
      const m = re.exec(l);
      if (!m) continue;
      const at = m.index;
      const start = Math.max(0, at - 60);
      const piece = clip(l.slice(start), 160);
      return `${start > 0 ? '…' : ''}${piece}`;
    }
  }
  return clip(p.summary || p.text, 160);
}

/** A search answer shows this many of the best matches. */
export const SEARCH_SHOWN = 10;

export function answerSearch(env: AnswerEnv, words: string, matches: Match[]): Draft {
  const top = matches.slice(0, SEARCH_SHOWN);
  if (top.length === 0)
    return draft(
      [{ kind: 'paragraph', text: `No posting matches '${clip(words, 80)}'. Try other words, 'list all' or 'help'.` }],
      [],
      { suggestions: ['list all', 'help'] },
    );
  const items = top.map((m) => ({
    posting: refOf(env, m.posting),
    text: m.posting.title,
    detail: snippet(m.posting, m.matched),
  }));
  return draft(
    [{ kind: 'list', title: `Best matches for '${clip(words, 80)}':`, items }],
    top.map((m) => refOf(env, m.posting)),
    { suggestions: [`show ${shortName(env, top[0]?.posting as Posting)}`] },
  );
}

/** One posting could be any of several: say so and list them rather than guess. */
export function answerTie(env: AnswerEnv, words: string, matches: Match[]): Draft {
  const ps = matches.map((m) => m.posting).slice(0, 10);
  return draft(
    [
      {
        kind: 'list',
        title: `${matches.length} postings match '${clip(words, 80)}' equally well; which one do you mean?`,
        items: ps.map((p) => ({ posting: refOf(env, p), text: p.title, detail: `say 'show ${shortName(env, p)}'` })),
      },
    ],
    ps.map((p) => refOf(env, p)),
    { suggestions: ps.slice(0, 3).map((p) => `show ${shortName(env, p)}`) },
  );
}

export function answerNoMatch(env: AnswerEnv, words: string, terms: string[]): Draft {
  const near = env.index.rank(terms, true, 3).map((m) => shortName(env, m.posting));
  const examples = near.length
    ? near
    : env.index
        .postings()
        .slice(0, 3)
        .map((p) => shortName(env, p));
  const tries = examples.map((e) => `'show ${e}'`).join(', ');
  return draft(
    [
      {
        kind: 'paragraph',
        text: `No posting matches '${clip(words, 80)}'; try ${tries ? `${tries}, ` : ''}'list all' or 'search <words>'.`,
      },
    ],
    [],
    { suggestions: ['list all', ...examples.map((e) => `show ${e}`)] },
  );
}

export { formatDate };

/** A file holds several postings ("show 001_205b26aa00b435d6.txt"): list them to choose from. */
export function answerFile(env: AnswerEnv, file: string, ps: Posting[]): Draft {
  const shown = ps.slice(0, CAP);
  return draft(
    [
      {
        kind: 'list',
        title: `${ps.length} postings come from ${file}; which one do you mean?`,
        items: shown.map((p) => ({ posting: refOf(env, p), text: p.title, detail: `say 'show ${shortName(env, p)}'` })),
      },
    ],
    shown.map((p) => refOf(env, p)),
    { suggestions: shown.slice(0, 3).map((p) => `show ${shortName(env, p)}`) },
  );
}
