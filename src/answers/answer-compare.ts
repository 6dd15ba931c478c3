// "Which closes first, the CMS or the CTA one?", "which pays more, ...?": two or more postings
// named apart (by "or", "and", "than", a comma...) with a comparison word (data/intents.json
// "comparison"), compared on the fact the question asks, each quoted with its line; "compare X
// and Y", "X vs Y" without a fact shows each one's facts side by side ("sideBySide").
import type { Posting } from '../corpus/posting.ts';
import { type FieldIntent, salaryWords } from './answer-posting.ts';
import { fieldDetail } from './answer-sets.ts';
import { type AnswerEnv, type Draft, deadlineNote, draft, refOf, statusOf } from './context.ts';
import data from './data/intents.json' with { type: 'json' };
import type { Classified, Intent } from './intents.ts';
import { said, termsOf } from './question-words.ts';
import type { Block, Topic } from './reply.ts';
import { words as splitWords, type Word } from './text.ts';

type Direction = 'lower' | 'higher';
type Compared = 'deadline' | 'start' | 'salary' | 'duration' | 'workload';

const FIELD_OF: Partial<Record<Intent, Compared>> = {
  deadline: 'deadline',
  status: 'deadline',
  upcoming: 'deadline',
  start: 'start',
  salary: 'salary',
  duration: 'duration',
  workload: 'workload',
};

const phrases = (list: string[]) => list.map((p) => splitWords(p).map((w) => w.norm));
const comparison: { dir: Direction; words: string[] }[] = [
  ...phrases(data.comparison.lower).map((words) => ({ dir: 'lower' as const, words })),
  ...phrases(data.comparison.higher).map((words) => ({ dir: 'higher' as const, words })),
].sort((a, b) => b.words.length - a.words.length);
const separators: ReadonlySet<string> = new Set(data.comparison.separators);
/** "contract", "Vertrag": words for what is compared, not names of postings. */
const fieldNouns: ReadonlySet<string> = new Set(data.comparison.fieldNouns);
/** Comparison words that say what is compared ("longer": the contract's length). */
const fieldWords: { field: Compared; words: string[] }[] = Object.entries(
  data.comparison.fieldWords as Record<string, string[]>,
).flatMap(([field, list]) => phrases(list).map((words) => ({ field: field as Compared, words })));

const superlatives = phrases(data.comparison.superlatives);

/** Whether a word ranks a whole set ("best", "le plus"), not only two postings ("more"). */
function hasSuperlative(ws: Word[]): boolean {
  return ws.some((_, i) => superlatives.some((p) => p.every((w, j) => ws[i + j]?.norm === w)));
}

/** The fact a comparison word names by itself, or undefined. */
function fieldOfWords(ws: Word[]): Compared | undefined {
  for (let i = 0; i < ws.length; i++)
    for (const f of fieldWords) if (f.words.every((w, j) => ws[i + j]?.norm === w)) return f.field;
  return undefined;
}

/** The comparison asked and the words it takes, or null: the longest phrase at each word wins. */
function directionIn(ws: Word[]): { dir: Direction; taken: Set<number> } | null {
  const taken = new Set<number>();
  let dir: Direction | null = null;
  for (let i = 0; i < ws.length; i++) {
    const hit = comparison.find((c) => c.words.every((w, j) => ws[i + j]?.norm === w));
    if (!hit) continue;
    dir ??= hit.dir;
    for (let j = 0; j < hit.words.length; j++) taken.add(i + j);
    i += hit.words.length - 1;
  }
  return dir ? { dir, taken } : null;
}

/** The names: runs of words between separators, punctuation and the comparison's own words. */
function namedGroups(c: Classified, taken: ReadonlySet<number>): { said: Word[]; terms: string[] }[] {
  const groups: Word[][] = [[]];
  c.words.forEach((w, i) => {
    const prev = c.words[i - 1];
    const gap = prev ? c.text.slice(prev.at + prev.raw.length, w.at) : '';
    if (/[,;?!/]/.test(gap) && (groups.at(-1) as Word[]).length > 0) groups.push([]);
    if (separators.has(w.norm) || taken.has(i)) {
      if ((groups.at(-1) as Word[]).length > 0) groups.push([]);
      return;
    }
    if (!c.cue[i] && !fieldNouns.has(w.norm)) (groups.at(-1) as Word[]).push(w);
  });
  return groups.map((g) => ({ said: g, terms: termsOf(g) })).filter((g) => g.terms.length > 0);
}

/** The postings the groups name, and what could not be told apart. */
function resolveGroups(env: AnswerEnv, named: { said: Word[]; terms: string[] }[]) {
  const found: Posting[] = [];
  const unclear: string[] = [];
  for (const g of named) {
    const r = env.index.resolve(g.terms);
    const words = said(g.said);
    if (r.kind === 'one') {
      if (!found.includes(r.match.posting)) found.push(r.match.posting);
    } else if (r.kind === 'tie')
      unclear.push(
        `'${words}' fits ${r.matches.length} postings (${r.matches.map((m) => `"${m.posting.title}"`).join(', ')}); name one`,
      );
    else unclear.push(`no posting matches '${words}'`);
  }
  return { found, unclear };
}

/** A comparison of named postings, or null when the question is not one. */
export function answerComparison(env: AnswerEnv, c: Classified): Draft | null {
  const asked = directionIn(c.words);
  // "compare the DUNE and the Kubernetes jobs", "X vs Y": side by side on every fact.
  if (!asked) return answerSideBySide(env, c);
  // "which contract is longer, the LAPP or the INFN one?": the comparison word names the fact.
  const field = (c.intent ? FIELD_OF[c.intent] : undefined) ?? fieldOfWords(c.words);
  if (!field) return null;
  const named = namedGroups(c, asked.taken);
  // "which one pays best?", "longest contract?": no posting named, so every one not closed.
  if (named.length === 0 && ACROSS_ALL.has(field) && hasSuperlative(c.words))
    return compareAll(
      env,
      env.index.postings().filter((p) => statusOf(env, p) !== 'closed'),
      field,
      asked.dir,
    );
  if (named.length < 2) return null;
  const { found, unclear } = resolveGroups(env, named);
  if (found.length + unclear.length < 2) return null;
  return compareDraft(env, found, unclear, field, asked.dir);
}

const sideBySide = phrases(data.comparison.sideBySide);

/** "compare X and Y", "X vs Y", "Unterschied zwischen X und Y": every fact of each, side by side. */
function answerSideBySide(env: AnswerEnv, c: Classified): Draft | null {
  const taken = new Set<number>();
  for (let i = 0; i < c.words.length; i++) {
    const hit = sideBySide.find((p) => p.every((w, j) => c.words[i + j]?.norm === w));
    if (hit) for (let j = 0; j < hit.length; j++) taken.add(i + j);
  }
  if (taken.size === 0) return null;
  const named = namedGroups(c, taken);
  if (named.length < 2) return null;
  const { found, unclear } = resolveGroups(env, named);
  if (found.length < 2) return null;
  const blocks: Block[] = [];
  if (unclear.length > 0)
    blocks.push({ kind: 'paragraph', text: `To compare, I need each posting: ${unclear.join('; ')}.` });
  blocks.push({ kind: 'paragraph', text: `Side by side, each as its posting states it:` });
  const facts: [FieldIntent, string][] = [
    ['location', 'no location stated'],
    ['deadline', ''],
    ['salary', 'no pay stated'],
    ['duration', 'no contract length stated'],
    ['workload', 'no workload stated'],
    ['start', 'no start date stated'],
  ];
  blocks.push({
    kind: 'list',
    items: found.map((p) => ({
      posting: refOf(env, p),
      text: p.title,
      detail: facts.map(([f, none]) => fieldDetail(env, p, f) ?? none).join(' · '),
    })),
  });
  const topic = topicOfSeveral(found, 'show');
  return draft(
    blocks,
    found.map((p) => refOf(env, p)),
    topic ? { topic } : {},
  );
}

interface Value {
  p: Posting;
  /** The number compared, or null when the posting does not state it comparably. */
  key: number | null;
  words: string;
  quote: { text: string; line: number } | null;
  /** Salaries compare only in one currency and one kind of period. */
  unit?: string;
}

function comparedValue(env: AnswerEnv, p: Posting, field: Compared): Value {
  switch (field) {
    case 'deadline': {
      const d = p.deadline;
      return { p, key: d ? Date.parse(d.date) : null, words: deadlineNote(env, p), quote: d };
    }
    case 'start': {
      const s = p.start;
      const day = s?.from ?? s?.to ?? null;
      return { p, key: day ? Date.parse(day) : null, words: day ? `starts ${day}` : 'no start date stated', quote: s };
    }
    case 'duration': {
      const m = p.duration?.months ?? null;
      return { p, key: m, words: m ? `${m} months` : 'no contract length stated', quote: p.duration };
    }
    case 'workload': {
      const f = p.workload?.fte ?? null;
      return { p, key: f, words: f ? `${f} FTE` : 'no workload stated', quote: p.workload };
    }
    case 'salary': {
      const s = p.salary;
      if (!s) return { p, key: null, words: 'no pay stated', quote: null };
      // A yearly and a monthly amount compare as yearly; an hourly one does not.
      const per = s.period === 'month' ? 12 : s.period === 'year' ? 1 : null;
      const amount = s.max ?? s.min;
      const key = per !== null && amount !== null && s.currency ? amount * per : null;
      const unit = `${s.currency} a year${s.net === true ? ' net' : s.net === false ? ' gross' : ''}`;
      return { p, key, words: `pays ${salaryWords(s)}`, quote: s, unit };
    }
  }
}

const WHAT: Record<Compared, Record<Direction, string>> = {
  deadline: { lower: 'closes first', higher: 'closes last' },
  start: { lower: 'starts first', higher: 'starts last' },
  salary: { lower: 'pays less', higher: 'pays more' },
  duration: { lower: 'has the shorter contract', higher: 'has the longer contract' },
  workload: { lower: 'has the smaller workload', higher: 'has the larger workload' },
};

/** The conversation goes on about the first posting, with the others next ("and the other one?"). */
function topicOfSeveral(ps: Posting[], intent: string): Topic | undefined {
  const [first, ...rest] = ps;
  return first ? { postingId: first.id, intent, others: rest.map((p) => p.id) } : undefined;
}

/** The answer: its paragraphs, then each value with its quote, in the order given. */
function listed(env: AnswerEnv, blocks: Block[], values: Value[], field: Compared): Draft {
  const topic = topicOfSeveral(
    values.map((v) => v.p),
    field,
  );
  blocks.push({
    kind: 'list',
    items: values.map((v) => ({
      posting: refOf(env, v.p),
      text: v.p.title,
      detail: v.quote ? `${v.words}: "${v.quote.text.replace(/\s+/g, ' ').trim()}" (line ${v.quote.line})` : v.words,
    })),
  });
  return draft(
    blocks,
    values.map((v) => refOf(env, v.p)),
    topic ? { topic } : {},
  );
}

/** Facts ranked over the whole set when no posting is named ("which closes first?"). */
const ACROSS_ALL: ReadonlySet<Compared> = new Set(['deadline', 'start', 'salary', 'duration', 'workload']);
/** How many of the ranked postings the answer lists. */
const TOP = 5;

const MOST: Record<Compared, Record<Direction, string>> = {
  deadline: { lower: 'closes first', higher: 'closes last' },
  start: { lower: 'starts first', higher: 'starts last' },
  salary: { lower: 'pays the least', higher: 'pays the most' },
  duration: { lower: 'has the shortest contract', higher: 'has the longest contract' },
  workload: { lower: 'has the smallest workload', higher: 'has the largest workload' },
};

/** The set ranked on one fact: the first few, in the unit most postings state it in. */
function compareAll(env: AnswerEnv, postings: Posting[], field: Compared, dir: Direction): Draft {
  const values = postings.map((p) => comparedValue(env, p, field)).filter((v) => v.key !== null);
  const byUnit = new Map<string, Value[]>();
  for (const v of values) {
    const list = byUnit.get(v.unit ?? '');
    if (list) list.push(v);
    else byUnit.set(v.unit ?? '', [v]);
  }
  const ranked = [...byUnit.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  const sign = dir === 'lower' ? 1 : -1;
  ranked.sort((a, b) => sign * ((a.key as number) - (b.key as number)));
  const blocks: Block[] = [];
  const best = ranked[0];
  if (!best) {
    blocks.push({ kind: 'paragraph', text: 'No open posting states it comparably, so I cannot rank them.' });
    return draft(blocks, []);
  }
  const others = values.length - ranked.length;
  const scope =
    others > 0 ? ` (of the ${ranked.length} that state it in ${best.unit}; ${others} more state it otherwise)` : '';
  const lead =
    ranked.length === 1
      ? `"${best.p.title}" is the only open posting that states it comparably: ${best.words}`
      : `"${best.p.title}" ${MOST[field][dir]}: ${best.words}`;
  blocks.push({ kind: 'paragraph', text: `${lead}${scope}.` });
  const shown = ranked.slice(0, TOP);
  return listed(env, blocks, shown, field);
}

function compareDraft(env: AnswerEnv, found: Posting[], unclear: string[], field: Compared, dir: Direction): Draft {
  const values = found.map((p) => comparedValue(env, p, field));
  const known = values.filter((v) => v.key !== null);
  const sameUnit = field !== 'salary' || new Set(known.map((v) => v.unit)).size <= 1;
  const blocks: Block[] = [];
  if (unclear.length > 0)
    blocks.push({ kind: 'paragraph', text: `To compare, I need each posting: ${unclear.join('; ')}.` });
  if (known.length >= 2 && sameUnit) {
    const sign = dir === 'lower' ? 1 : -1;
    known.sort((a, b) => sign * ((a.key as number) - (b.key as number)));
    const [best, next] = known as [Value, Value];
    const text =
      best.key === next.key
        ? `"${best.p.title}" and "${next.p.title}" are level: ${best.words}; ${next.words}.`
        : `"${best.p.title}" ${WHAT[field][dir]}: ${best.words}, against ${next.words} for "${next.p.title}".`;
    blocks.push({ kind: 'paragraph', text });
  } else if (known.length >= 2) {
    blocks.push({
      kind: 'paragraph',
      text: 'They state pay in different currencies or periods, so I do not rank them; here is what each says.',
    });
  } else if (found.length >= 2) {
    const none = known.length === 0 ? 'none of them states it' : 'not every posting states it';
    blocks.push({ kind: 'paragraph', text: `I cannot compare them: ${none}. Here is what each says.` });
  }
  const order = [...known, ...values.filter((v) => v.key === null)];
  return listed(env, blocks, order, field);
}
