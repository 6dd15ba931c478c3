// The postings index: which postings a few words name, and ranked search.
// Performance (shared/docs/performance-notes.md): fuzzy and prefix matching only on the small
// fields (title, organisation, experiment, skills, location); the whole text is matched on exact,
// stop-word filtered terms; a word that matched nothing anywhere gets one fuzzy pass on the text
// (that is how a typo like "alignmnet" still finds a word that only the description holds).
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Posting } from '../corpus/posting.ts';
import { indexTerm, terms, words } from './text.ts';

interface Doc {
  key: number;
  title: string;
  organisation: string;
  experiment: string;
  skills: string;
  location: string;
  text: string;
}

export interface Match {
  posting: Posting;
  score: number;
  /** Question terms this posting matched (in any field). */
  matched: Set<string>;
  /** matched / all question terms. */
  coverage: number;
}

export type Resolution =
  | { kind: 'one'; match: Match }
  | { kind: 'tie'; matches: Match[] }
  | { kind: 'none'; terms: string[] };

const SMALL_FIELDS = ['title', 'organisation', 'experiment', 'skills', 'location'];
const BOOST = { title: 3, experiment: 2.5, organisation: 2, skills: 1.5, location: 1.5 };
/** Two postings whose scores are this close (with the same words matched) are a tie. */
const TIE_RATIO = 0.85;
/** The share of a question's words a posting must match to count as named. */
const MIN_COVERAGE = 0.5;

const splitTerms = (s: string): string[] => s.split(' ').filter(Boolean);
const identity = (t: string): string => t;

function tokenizeField(text: string): string[] {
  return words(text).map((w) => w.norm);
}

function toDoc(key: number, p: Posting): Doc {
  const skills = new Set(p.skills);
  for (const s of [...p.requiredSkills, ...p.desiredSkills]) for (const k of s.skills) skills.add(k);
  return {
    key,
    title: p.title,
    organisation: p.organisation ?? '',
    experiment: p.experiment ?? '',
    skills: [...skills].join(' '),
    location: [p.location?.text ?? '', p.country ?? ''].join(' '),
    text: p.text,
  };
}

export class PostingIndex {
  private readonly ms: MiniSearch<Doc>;
  private readonly byKey = new Map<number, Posting>();
  private readonly keysByFile = new Map<string, number[]>();
  private readonly byId = new Map<string, Posting>();
  private nextKey = 1;
  private ordered: Posting[] | null = null;
  /** In how many titles each term occurs: a short name uses a title's rarest words. */
  private readonly titleDf = new Map<string, number>();
  /**
   * Short names verified against the current index. Verifying one costs a full `resolve` (tens of
   * ms at 10,000 postings) and a tie list asks for ten; any change to the index clears them all.
   */
  private readonly shortNames = new Map<Posting, string>();

  constructor(postings: Posting[]) {
    this.ms = new MiniSearch<Doc>({
      idField: 'key',
      fields: [...SMALL_FIELDS, 'text'],
      storeFields: [],
      tokenize: tokenizeField,
      processTerm: (t) => indexTerm(t) ?? null,
      searchOptions: { tokenize: splitTerms, processTerm: identity },
    });
    const groups = new Map<string, Posting[]>();
    for (const p of postings) {
      const list = groups.get(p.source.file) ?? [];
      list.push(p);
      groups.set(p.source.file, list);
    }
    for (const [file, list] of groups) this.add(file, list);
  }

  /** A changed or new file's postings replace the ones it had; [] removes the file. */
  replaceFile(file: string, postings: Posting[]): void {
    for (const key of this.keysByFile.get(file) ?? []) {
      const p = this.byKey.get(key);
      if (p && this.byId.get(p.id) === p) this.byId.delete(p.id);
      if (p) for (const t of new Set(terms(p.title))) this.titleDf.set(t, (this.titleDf.get(t) ?? 1) - 1);
      this.byKey.delete(key);
      this.ms.discard(key);
    }
    this.keysByFile.delete(file);
    this.ordered = null;
    this.shortNames.clear();
    if (postings.length > 0) this.add(file, postings);
  }

  private add(file: string, postings: Posting[]): void {
    const keys: number[] = [];
    const docs: Doc[] = [];
    for (const p of postings) {
      const key = this.nextKey++;
      keys.push(key);
      this.byKey.set(key, p);
      if (!this.byId.has(p.id)) this.byId.set(p.id, p);
      for (const t of new Set(terms(p.title))) this.titleDf.set(t, (this.titleDf.get(t) ?? 0) + 1);
      docs.push(toDoc(key, p));
    }
    this.ms.addAll(docs);
    this.keysByFile.set(file, keys);
    this.ordered = null;
    this.shortNames.clear();
  }

  /** Every posting, by file name and then in file order. */
  postings(): Posting[] {
    if (!this.ordered) {
      const files = [...this.keysByFile.keys()].sort();
      this.ordered = files.flatMap((f) => (this.keysByFile.get(f) ?? []).map((k) => this.byKey.get(k) as Posting));
    }
    return this.ordered;
  }

  /** Words that name `p` on their own: its experiment and its title's rarest words, else its id. */
  shortName(p: Posting): string {
    const known = this.shortNames.get(p);
    if (known !== undefined) return known;
    const name = this.verifiedShortName(p);
    this.shortNames.set(p, name);
    return name;
  }

  private verifiedShortName(p: Posting): string {
    const title = [...new Set(terms(p.title))].filter((t) => t.length > 2 && !/^\d+$/.test(t) && t !== 'open');
    const rare = [...title].sort((a, b) => (this.titleDf.get(a) ?? 0) - (this.titleDf.get(b) ?? 0)).slice(0, 2);
    const picked = title.filter((t) => rare.includes(t));
    const exp = p.experiment ? indexTerm(p.experiment) : null;
    const name = [...(exp && !picked.includes(exp) && /^[a-z]+$/.test(exp) ? [exp] : []), ...picked];
    if (name.length === 0) return p.id;
    const r = this.resolve(name);
    if (r.kind !== 'one' || r.match.posting !== p) return p.id;
    // Said as the title writes them ("kubernetes platform", not the index's "kubernete platform").
    const raw = new Map<string, string>();
    for (const w of words(`${p.experiment ?? ''} ${p.title}`)) {
      const t = indexTerm(w.norm);
      if (t && !raw.has(t)) raw.set(t, w.norm);
    }
    return name.map((t) => raw.get(t) ?? t).join(' ');
  }

  get size(): number {
    return this.byKey.size;
  }

  byExactId(id: string): Posting | undefined {
    return this.byId.get(id.trim().toLowerCase()) ?? this.byId.get(id.trim());
  }

  /**
   * Postings ranked for `terms` (index terms): most question words matched first, then score.
   * `fuzzyText` lets words that matched nothing get one fuzzy pass on the whole text.
   */
  rank(terms: string[], fuzzyText = true): Match[] {
    const uniq = [...new Set(terms)].filter(Boolean).slice(0, 24);
    if (uniq.length === 0) return [];
    const acc = new Map<number, { score: number; matched: Set<string> }>();
    const take = (results: SearchResult[], weight: number) => {
      for (const r of results) {
        const e = acc.get(r.id) ?? { score: 0, matched: new Set<string>() };
        e.score += r.score * weight;
        for (const q of r.queryTerms) e.matched.add(q);
        acc.set(r.id, e);
      }
    };
    const query = uniq.join(' ');
    take(
      this.ms.search(query, {
        fields: SMALL_FIELDS,
        boost: BOOST,
        prefix: (t) => t.length >= 3,
        fuzzy: (t) => (t.length >= 5 ? 0.2 : false),
        maxFuzzy: 2,
      }),
      1,
    );
    take(this.ms.search(query, { fields: ['text'], prefix: false, fuzzy: false }), 0.5);
    if (fuzzyText) {
      const seen = new Set<string>();
      for (const e of acc.values()) for (const t of e.matched) seen.add(t);
      const unmatched = uniq.filter((t) => !seen.has(t) && t.length >= 5 && /^\p{L}+$/u.test(t));
      if (unmatched.length > 0)
        take(this.ms.search(unmatched.join(' '), { fields: ['text'], fuzzy: 0.2, maxFuzzy: 2, prefix: false }), 0.3);
    }
    const out: Match[] = [];
    for (const [key, e] of acc) {
      const posting = this.byKey.get(key);
      if (!posting) continue;
      out.push({ posting, score: e.score, matched: e.matched, coverage: e.matched.size / uniq.length });
    }
    out.sort((a, b) => b.matched.size - a.matched.size || b.score - a.score || cmpSource(a.posting, b.posting));
    return out;
  }

  /** The one posting `terms` name, a tie between several, or none. */
  resolve(terms: string[]): Resolution {
    const all = this.rank(terms);
    const ranked = all.filter((m) => m.coverage >= MIN_COVERAGE);
    const top = ranked[0];
    if (!top) return { kind: 'none', terms };
    // A word no posting holds, even loosely ("quantum" in "the quantum computing job"), says the
    // asker means a posting we do not have, unless the words that did match pick out one posting.
    const known = new Set<string>();
    for (const m of all) for (const t of m.matched) known.add(t);
    const unknown = [...new Set(terms)].filter((t) => !known.has(t));
    if (unknown.length > 0 && all.filter((m) => [...top.matched].every((t) => m.matched.has(t))).length > 1)
      return { kind: 'none', terms };
    const tied = ranked.filter((m) => m.matched.size === top.matched.size && m.score >= top.score * TIE_RATIO);
    if (tied.length > 1) return { kind: 'tie', matches: tied };
    return { kind: 'one', match: top };
  }

  /** Postings matching every one of `terms`; terms no posting holds are reported, not required. */
  filter(terms: string[]): { matches: Match[]; unknown: string[] } {
    const uniq = [...new Set(terms)];
    if (uniq.length === 0) return { matches: [], unknown: [] };
    const ranked = this.rank(uniq);
    const known = new Set<string>();
    for (const m of ranked) for (const t of m.matched) known.add(t);
    const unknown = uniq.filter((t) => !known.has(t));
    const need = uniq.filter((t) => known.has(t));
    const matches = ranked.filter((m) => need.every((t) => m.matched.has(t)));
    return { matches: need.length > 0 ? matches : [], unknown };
  }
}

function cmpSource(a: Posting, b: Posting): number {
  return a.source.file < b.source.file ? -1 : a.source.file > b.source.file ? 1 : a.source.line - b.source.line;
}
