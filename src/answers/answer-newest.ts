// "What's new?", "anything new?", "quoi de neuf ?", "was gibt's Neues?": the postings that are
// not closed and were posted in the last 30 days, newest first, each with the day it was posted
// (its own line); else the three latest, said to be older. Those that do not say when they were
// posted are counted, not guessed. Words in data/newest.json. The rest of the question narrows
// them as it would a list: "new jobs in germany", "what's new in computing", "anything new at CERN".
import type { Posting } from '../corpus/posting.ts';
import { daysBetween } from '../time/calendar.ts';
import { inCountry, type SetFilter, type SetQuery } from './answer-sets.ts';
import { type AnswerEnv, type Draft, deadlineNote, draft, refOf, shortName, statusOf } from './context.ts';
import data from './data/newest.json' with { type: 'json' };
import type { Block } from './reply.ts';
import type { Match } from './search-index.ts';
import { formatDate, type Word, words } from './text.ts';

const phrases = data.phrases.map((p) => words(p).map((w) => w.norm));
const firstWords: ReadonlySet<string> = new Set(phrases.map((p) => p[0] as string));

/** Whether the question asks for the postings posted lately. */
export function asksNewest(text: string): boolean {
  const ws = words(text).map((w) => w.norm);
  for (let i = 0; i < ws.length; i++) {
    if (!firstWords.has(ws[i] as string)) continue;
    if (phrases.some((p) => p.every((w, k) => ws[i + k] === w))) return true;
  }
  return false;
}

const SHOWN = 10;
/** Posted within this many days is new. */
const RECENT_DAYS = 30;

function ago(env: AnswerEnv, date: string): string {
  const n = daysBetween(date, env.today);
  if (n > 60) return `${Math.floor(n / 30)} months ago`;
  return n <= 0 ? 'today' : n === 1 ? 'yesterday' : `${n} days ago`;
}

/** The question without the words that ask what is new ("what's new in computing" -> "in computing"), offsets kept. */
export function withoutNewest(text: string): string {
  const ws = words(text);
  let out = text;
  for (let i = 0; i < ws.length; i++) {
    if (!firstWords.has((ws[i] as Word).norm)) continue;
    const p = phrases.find((ph) => ph.every((w, k) => ws[i + k]?.norm === w));
    if (!p) continue;
    const first = ws[i] as Word;
    const last = ws[i + p.length - 1] as Word;
    out = `${out.slice(0, first.at)}${' '.repeat(last.at + last.raw.length - first.at)}${out.slice(last.at + last.raw.length)}`;
  }
  return out;
}

/**
 * "what's new in computing", "anything new at CERN", "new python jobs in germany": the set the
 * rest of the question names (./set-question.ts), newest first.
 */
export function newestOf(env: AnswerEnv, q: SetQuery, matches: Match[] | null): Draft {
  const out: SetFilter[] = [];
  if (q.countries.length) {
    const inAny = q.countries.map((c) => inCountry(env, c));
    out.push({ describe: `in ${q.countries.join(' or ')}`, test: (p) => inAny.some((set) => set.has(p)) });
  }
  for (const s of q.skills) {
    const holders = env.index.withSkill(s);
    out.push({ describe: `asking for ${s}`, test: (p) => holders.has(p) });
  }
  out.push(...(q.filters ?? []));
  if (matches) {
    const named = new Set(matches.map((m) => m.posting));
    out.push({ describe: `matching '${q.words}'`, test: (p) => named.has(p) });
  }
  return answerNewest(env, out);
}

/** The postings not closed, newest first by the day they were posted, among those `filters` keep. */
export function answerNewest(env: AnswerEnv, filters: SetFilter[] = []): Draft {
  const current = env.index.postings().filter((p) => statusOf(env, p) !== 'closed' && filters.every((f) => f.test(p)));
  const among = filters.length ? ` ${filters.map((f) => f.describe).join(', ')}` : '';
  if (filters.length && current.length === 0)
    return draft(
      [{ kind: 'paragraph', text: `No posting that is not closed is${among}. 'list' shows them all.` }],
      [],
      {
        suggestions: ['list'],
      },
    );
  const dated = current.filter((p): p is Posting & { posted: NonNullable<Posting['posted']> } =>
    Boolean(p.posted && p.posted.date <= env.today),
  );
  dated.sort((a, b) => (a.posted.date < b.posted.date ? 1 : a.posted.date > b.posted.date ? -1 : 0));
  const undated = current.length - dated.length;
  const blocks: Block[] = [];
  if (dated.length === 0) {
    blocks.push({
      kind: 'paragraph',
      text: `None of the ${current.length} postings that are not closed${among} says when it was posted, so I cannot tell which are new. 'list' shows them, soonest deadline first.`,
    });
    return draft(blocks, [], { suggestions: ['list', 'deadlines'] });
  }
  // New is recent: what was posted in the last weeks, else the few latest, said to be older.
  const recent = dated.filter((p) => daysBetween(p.posted.date, env.today) <= RECENT_DAYS);
  const shown = (recent.length > 0 ? recent : dated.slice(0, 3)).slice(0, SHOWN);
  blocks.push({
    kind: 'list',
    title:
      recent.length > 0
        ? `Posted in the last ${RECENT_DAYS} days${among}, newest first:`
        : `Nothing${among} was posted in the last ${RECENT_DAYS} days; the latest postings not closed${among}:`,
    items: shown.map((p) => ({
      posting: refOf(env, p),
      text: p.title,
      detail: `posted ${formatDate(p.posted.date)}, ${ago(env, p.posted.date)} (line ${p.posted.line}) · ${deadlineNote(env, p)}`,
    })),
  });
  const notes: string[] = [];
  if (dated.length > shown.length)
    notes.push(
      `${dated.length - shown.length} posted earlier ${dated.length - shown.length === 1 ? 'is' : 'are'} not shown.`,
    );
  if (undated > 0)
    notes.push(
      `${undated} other posting${undated === 1 ? ' does' : 's do'} not say when ${undated === 1 ? 'it was' : 'they were'} posted; 'list' shows every posting not closed.`,
    );
  if (notes.length) blocks.push({ kind: 'paragraph', text: notes.join(' ') });
  return draft(
    blocks,
    shown.map((p) => refOf(env, p)),
    { suggestions: [`show ${shortName(env, shown[0] as Posting)}`, 'list'] },
  );
}
