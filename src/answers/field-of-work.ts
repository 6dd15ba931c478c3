// "software people", "jobs for data folks", "anything for devs?", "Software-Leute", "gente de
// datos", "anything in astronomy": a field of work asked as the people who do it or after "in", a
// filter over the set. A posting is in
// the field when its title names the field's work, or two of its duty and requirement lines do
// (one passing mention of "data" in a physics post does not make it a data job). Words in
// data/fields.json.
import type { Posting } from '../corpus/posting.ts';
import type { SetFilter } from './answer-sets.ts';
import type { AnswerEnv } from './context.ts';
import data from './data/fields.json' with { type: 'json' };
import { clip, escapeRegExp, type Word, words } from './text.ts';

export interface FieldOfWork {
  name: string;
  /** The question's words that ask for it ("software", "people"): they name no posting. */
  taken: string[];
}

interface FieldSpec {
  name: string;
  asked: ReadonlySet<string>;
  workers: ReadonlySet<string>;
  posting: RegExp;
}

function postingRe(list: string[]): RegExp {
  // Short words whole ("data", not "database"'s part of another word); longer ones as stems ("statistic").
  const alts = list.map((m) => (m.length <= 4 ? `${escapeRegExp(m)}s?(?![\\p{L}])` : escapeRegExp(m)));
  return new RegExp(`(?:^|[^\\p{L}])(?:${alts.join('|')})`, 'iu');
}

const FIELDS: readonly FieldSpec[] = data.fields.map((f) => ({
  name: f.name,
  asked: new Set(f.asked),
  workers: new Set(f.workers),
  posting: postingRe(f.posting),
}));
const people = new Set(data.peopleWords);
const links = new Set(data.linkWords);
const leads = new Set(data.fieldLeads);

/** The field of work the question asks for as its people, or null. */
export function fieldOfWorkIn(text: string): FieldOfWork | null {
  const ws = words(text);
  for (let i = 0; i < ws.length; i++) {
    const w = (ws[i] as Word).norm;
    const byWorkers = FIELDS.find((f) => f.workers.has(w));
    if (byWorkers) return { name: byWorkers.name, taken: [w] };
    // "anything in astronomy", "postes en informatique": the field after "in".
    const led = leads.has(ws[i - 1]?.norm ?? '') ? FIELDS.find((f) => f.asked.has(w)) : undefined;
    if (led) return { name: led.name, taken: [w] };
    if (!people.has(w)) continue;
    // "software people", "Software-Leute"; "gens du logiciel", "persone di informatica".
    const before = ws[i - 1]?.norm ?? '';
    const f = FIELDS.find((x) => x.asked.has(before));
    if (f) return { name: f.name, taken: [before, w] };
    let j = i + 1;
    while (j < ws.length && j <= i + 2 && links.has((ws[j] as Word).norm)) j++;
    const after = ws[j]?.norm ?? '';
    const g = j > i + 1 ? FIELDS.find((x) => x.asked.has(after)) : undefined;
    if (g) return { name: g.name, taken: [w, ...ws.slice(i + 1, j + 1).map((x) => x.norm)] };
  }
  return null;
}

/** The line that puts the posting in the field: its title, or the first of two duty or requirement lines. */
function evidence(p: Posting, f: FieldSpec): { text: string; line: number } | null {
  if (f.posting.test(p.title)) return { text: p.title, line: p.source.line };
  const lines = [...p.duties, ...p.requiredSkills, ...p.desiredSkills].filter((q) => f.posting.test(q.text));
  return lines.length >= 2 ? (lines[0] ?? null) : null;
}

/** Postings in the field of work. */
export function inFieldOfWork(env: AnswerEnv, asked: FieldOfWork): SetFilter {
  const f = FIELDS.find((x) => x.name === asked.name) as FieldSpec;
  const inField = env.index.derived(
    `field of work ${f.name}`,
    () => new Set(env.index.postings().filter((p) => evidence(p, f) !== null)),
  );
  return {
    describe: `in ${f.name} work`,
    test: (p) => inField.has(p),
    detail: (p) => {
      const e = evidence(p, f);
      return e && e.text !== p.title ? `"${clip(e.text, 140)}" (line ${e.line})` : null;
    },
  };
}
