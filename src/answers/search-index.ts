// The postings index: which postings a few words name, and ranked search.
// Performance (shared/docs/performance-notes.md): fuzzy and prefix matching only on the small
// fields (title, organisation, experiment, skills, location); the whole text is matched on exact,
// stop-word filtered terms; a word that matched nothing anywhere gets one fuzzy pass on the text
// (that is how a typo like "alignmnet" still finds a word that only the description holds).
// MiniSearch holds the small fields; the whole text lives in a compact inverted index of its own
// (TextIndex below): MiniSearch kept a Map per term and a result object per matching document, so
// indexing 10,000 texts took seconds and most of the heap, and a common word cost tens of ms.
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
  };
}

export class PostingIndex {
  private readonly ms: MiniSearch<Doc>;
  private readonly text = new TextIndex();
  private readonly byKey = new Map<number, Posting>();
  private readonly keysByFile = new Map<string, number[]>();
  private readonly byId = new Map<string, Posting>();
  private nextKey = 1;
  private ordered: Posting[] | null = null;
  /** Each key's place in source order (file, then line), for ranking ties; rebuilt after a change. */
  private order: Int32Array | null = null;
  private readonly acc = new Scratch();
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
      fields: SMALL_FIELDS,
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
      this.text.remove(key);
    }
    this.keysByFile.delete(file);
    this.ordered = null;
    this.order = null;
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
      this.text.add(key, p.text);
    }
    this.ms.addAll(docs);
    this.keysByFile.set(file, keys);
    this.ordered = null;
    this.order = null;
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

  /** Every posting any of `terms` matches, with its score and matched terms, unsorted. */
  private hits(terms: string[], fuzzyText: boolean): Hits {
    const uniq = [...new Set(terms)].filter(Boolean).slice(0, 24);
    if (uniq.length === 0)
      return {
        uniq,
        keys: [],
        mask: new Int32Array(0),
        count: new Int32Array(0),
        score: new Float64Array(0),
        order: new Int32Array(0),
      };
    const bit = new Map(uniq.map((t, i) => [t, 1 << i] as const));
    // Scores and matched-term bit masks by document key, small fields and text together, in
    // arrays reused across questions (a common word matches nearly every posting).
    const acc = this.acc;
    acc.reset(this.nextKey);
    const small = this.ms.search(uniq.join(' '), {
      fields: SMALL_FIELDS,
      boost: BOOST,
      prefix: (t) => t.length >= 3,
      fuzzy: (t) => (t.length >= 5 ? 0.2 : false),
      maxFuzzy: 2,
    });
    for (const r of small as SearchResult[]) {
      let mask = 0;
      for (const q of r.queryTerms) mask |= bit.get(q) ?? 0;
      acc.add(r.id, r.score, mask);
    }
    const text = this.text.search(uniq);
    for (let k = 0; k < text.keys.length; k++)
      acc.add(text.keys[k] as number, 0.5 * (text.scores[k] as number), text.masks[k] as number);
    if (fuzzyText) {
      let seen = 0;
      for (const key of acc.touched) seen |= acc.mask[key] as number;
      const unmatched = uniq.filter((t, i) => !(seen & (1 << i)) && t.length >= 5 && /^\p{L}+$/u.test(t));
      if (unmatched.length > 0) {
        const fuzzy = this.text.searchFuzzy(unmatched);
        const bits = unmatched.map((t) => bit.get(t) ?? 0);
        for (let k = 0; k < fuzzy.keys.length; k++) {
          let mask = 0;
          const local = fuzzy.masks[k] as number;
          for (let i = 0; i < bits.length; i++) if (local & (1 << i)) mask |= bits[i] as number;
          acc.add(fuzzy.keys[k] as number, 0.3 * (fuzzy.scores[k] as number), mask);
        }
      }
    }
    const order = this.sourceOrder();
    const keys = acc.touched.filter((key) => this.byKey.has(key));
    const n = keys.length;
    const hits: Hits = {
      uniq,
      keys,
      mask: new Int32Array(n),
      count: new Int32Array(n),
      score: new Float64Array(n),
      order: new Int32Array(n),
    };
    for (let i = 0; i < n; i++) {
      const key = keys[i] as number;
      const mask = acc.mask[key] as number;
      hits.mask[i] = mask;
      hits.count[i] = popcount(mask);
      hits.score[i] = acc.score[key] as number;
      hits.order[i] = order[key] as number;
    }
    return hits;
  }

  /** Hit positions sorted: most question words matched first, then score, then source order. */
  private sorted(h: Hits, picked?: number[]): number[] {
    const idx = picked ?? Array.from({ length: h.keys.length }, (_, i) => i);
    return idx.sort(
      (a, b) =>
        (h.count[b] as number) - (h.count[a] as number) ||
        (h.score[b] as number) - (h.score[a] as number) ||
        (h.order[a] as number) - (h.order[b] as number),
    );
  }

  /** Match objects for hit positions; one Set per distinct combination of matched terms, shared. */
  private matches(h: Hits, idx: number[]): Match[] {
    const sets = new Map<number, Set<string>>();
    const out: Match[] = new Array(idx.length);
    for (let r = 0; r < idx.length; r++) {
      const i = idx[r] as number;
      const mask = h.mask[i] as number;
      let matched = sets.get(mask);
      if (!matched) {
        matched = new Set(h.uniq.filter((_, j) => mask & (1 << j)));
        sets.set(mask, matched);
      }
      out[r] = {
        posting: this.byKey.get(h.keys[i] as number) as Posting,
        score: h.score[i] as number,
        matched,
        coverage: matched.size / h.uniq.length,
      };
    }
    return out;
  }

  /**
   * Postings ranked for `terms` (index terms): most question words matched first, then score.
   * `fuzzyText` lets words that matched nothing get one fuzzy pass on the whole text.
   */
  rank(terms: string[], fuzzyText = true): Match[] {
    const h = this.hits(terms, fuzzyText);
    return this.matches(h, this.sorted(h));
  }

  /** Source order of every live key: files by name, then by line (ties keep file order). */
  private sourceOrder(): Int32Array {
    if (this.order && this.order.length >= this.nextKey) return this.order;
    const order = new Int32Array(this.nextKey);
    let rank = 0;
    for (const file of [...this.keysByFile.keys()].sort()) {
      const keys = (this.keysByFile.get(file) ?? []).slice();
      keys.sort((a, b) => (this.byKey.get(a) as Posting).source.line - (this.byKey.get(b) as Posting).source.line);
      let prevLine = Number.NaN;
      for (const key of keys) {
        const line = (this.byKey.get(key) as Posting).source.line;
        if (line !== prevLine) rank++;
        prevLine = line;
        order[key] = rank;
      }
    }
    this.order = order;
    return order;
  }

  /** The one posting `terms` name, a tie between several, or none. */
  resolve(terms: string[]): Resolution {
    // As rank() and then filtering its list, but without sorting or building every match: the
    // top, the terms anything matched and the near-ties are found in linear passes.
    const h = this.hits(terms, true);
    const n = h.keys.length;
    let top = -1;
    let known = 0;
    for (let i = 0; i < n; i++) {
      known |= h.mask[i] as number;
      if (top < 0 || this.before(h, i, top)) top = i;
    }
    if (top < 0 || (h.count[top] as number) / h.uniq.length < MIN_COVERAGE) return { kind: 'none', terms };
    // A word no posting holds, even loosely ("quantum" in "the quantum computing job"), says the
    // asker means a posting we do not have, unless the words that did match pick out one posting.
    const knownTerms = new Set(h.uniq.filter((_, j) => known & (1 << j)));
    const unknown = [...new Set(terms)].filter((t) => !knownTerms.has(t));
    const topMask = h.mask[top] as number;
    if (unknown.length > 0) {
      let holders = 0;
      for (let i = 0; i < n && holders < 2; i++) if (((h.mask[i] as number) & topMask) === topMask) holders++;
      if (holders > 1) return { kind: 'none', terms };
    }
    const floor = (h.score[top] as number) * TIE_RATIO;
    const tied: number[] = [];
    for (let i = 0; i < n; i++) if (h.count[i] === h.count[top] && (h.score[i] as number) >= floor) tied.push(i);
    if (tied.length > 1) return { kind: 'tie', matches: this.matches(h, this.sorted(h, tied)) };
    return { kind: 'one', match: this.matches(h, [top])[0] as Match };
  }

  /** Whether hit i sorts before hit j (ties keep collection order, as the stable sort does). */
  private before(h: Hits, i: number, j: number): boolean {
    const c = (h.count[i] as number) - (h.count[j] as number);
    if (c !== 0) return c > 0;
    const s = (h.score[i] as number) - (h.score[j] as number);
    if (s !== 0) return s > 0;
    const o = (h.order[i] as number) - (h.order[j] as number);
    if (o !== 0) return o < 0;
    return i < j;
  }

  /** Postings matching every one of `terms`; terms no posting holds are reported, not required. */
  filter(terms: string[]): { matches: Match[]; unknown: string[] } {
    const uniq = [...new Set(terms)];
    if (uniq.length === 0) return { matches: [], unknown: [] };
    const h = this.hits(uniq, true);
    let known = 0;
    for (let i = 0; i < h.keys.length; i++) known |= h.mask[i] as number;
    const knownTerms = new Set(h.uniq.filter((_, j) => known & (1 << j)));
    const unknown = uniq.filter((t) => !knownTerms.has(t));
    if (knownTerms.size === 0) return { matches: [], unknown };
    // Every known term is required: the hits whose mask holds all of them.
    const picked: number[] = [];
    for (let i = 0; i < h.keys.length; i++) if (((h.mask[i] as number) & known) === known) picked.push(i);
    return { matches: this.matches(h, this.sorted(h, picked)), unknown };
  }
}

interface Hits {
  /** The question terms, at most 24: bit i of a mask is uniq[i]. */
  uniq: string[];
  keys: number[];
  mask: Int32Array;
  count: Int32Array;
  score: Float64Array;
  order: Int32Array;
}

// ---------------------------------------------------------------------------------------------
// The whole-text index: exact index terms (stop words left out by indexTerm) -> postings lists
// of document keys and term frequencies in typed arrays, scored with BM25+ as MiniSearch scores
// a field (k 1.2, b 0.7, d 0.5; the sum over matched terms times how many matched), so rankings
// stay what they were. Removal leaves tombstones that a postings list drops when it is next read.

const BM25_K = 1.2;
const BM25_B = 0.7;
const BM25_D = 0.5;
/** Fuzzy matches weigh less than exact ones (MiniSearch's default fuzzy weight). */
const FUZZY_WEIGHT = 0.45;

// The same words as text.ts `words()` (letters/digits, inner apostrophe, C++/C#), without an
// object per word.
const wordRe = /[\p{L}\p{N}]+(?:'[\p{L}]+)?(?:\+\+|#)?/gu;
const quoteRe = /[\u2018\u2019\u02bc`]/g;

interface TermPostings {
  keys: Int32Array;
  tfs: Uint16Array;
  /** Entries used in keys/tfs, dead ones included. */
  n: number;
  /** Live documents holding the term. */
  df: number;
  dead: number;
}

interface DocEntry {
  termIds: Int32Array;
  length: number;
}

export interface TextHits {
  keys: number[];
  scores: number[];
  /** Bit i: query term i matched. */
  masks: number[];
}

// What a written word (lowercased) is to the index, worked out once per distinct word (a corpus
// repeats a small vocabulary): its term id, -1 for a stop word; `seen` is the last document that
// held it, to count a document's distinct words in passing (MiniSearch's field length).
interface WordInfo {
  id: number;
  seen: number;
}

class TextIndex {
  private readonly ids = new Map<string, number>();
  private readonly wordInfo = new Map<string, WordInfo>();
  private tfScratch = new Int32Array(1024);
  private readonly vocab: string[] = [];
  private readonly lists: TermPostings[] = [];
  private readonly docs = new Map<number, DocEntry>();
  /** Unique terms per document key, -1 for no live document (read per posting in a hot loop). */
  private lengths = new Int32Array(0);
  private readonly acc = new Scratch();
  private totalLength = 0;
  /** Vocabulary ids by term length, for the fuzzy pass (rebuilt when the vocabulary grows). */
  private byLength: number[][] | null = null;

  add(key: number, text: string): void {
    // Term frequencies in a scratch array by term id (ids in first-occurrence order), not a Map
    // a document: 10,000 documents of 400 words made this most of the indexing time.
    const ids: number[] = [];
    let tf = this.tfScratch;
    let distinctWords = 0;
    wordRe.lastIndex = 0;
    const clean = text.replace(quoteRe, "'");
    let m = wordRe.exec(clean);
    while (m) {
      const info = this.info(m[0].toLowerCase());
      if (info.seen !== key) {
        info.seen = key;
        distinctWords++;
      }
      const id = info.id;
      if (id >= 0) {
        if (id >= tf.length) {
          const grown = new Int32Array(Math.max(1024, id * 2));
          grown.set(tf);
          tf = grown;
          this.tfScratch = grown;
        }
        if (tf[id] === 0) ids.push(id);
        tf[id] = (tf[id] as number) + 1;
      }
      m = wordRe.exec(clean);
    }
    const termIds = Int32Array.from(ids);
    for (const id of ids) {
      const n = tf[id] as number;
      tf[id] = 0;
      const list = this.lists[id] as TermPostings;
      if (list.n === list.keys.length) {
        const keys = new Int32Array(list.n * 2);
        keys.set(list.keys);
        const tfs = new Uint16Array(list.n * 2);
        tfs.set(list.tfs);
        list.keys = keys;
        list.tfs = tfs;
      }
      list.keys[list.n] = key;
      list.tfs[list.n] = Math.min(n, 65_535);
      list.n++;
      list.df++;
    }
    this.docs.set(key, { termIds, length: distinctWords });
    if (key >= this.lengths.length) {
      const lengths = new Int32Array(Math.max(key + 1, this.lengths.length * 2, 1024)).fill(-1);
      lengths.set(this.lengths);
      this.lengths = lengths;
    }
    this.lengths[key] = distinctWords;
    this.totalLength += distinctWords;
  }

  private info(norm: string): WordInfo {
    let info = this.wordInfo.get(norm);
    if (info === undefined) {
      const t = indexTerm(norm);
      let id = -1;
      if (t) {
        id = this.ids.get(t) ?? -1;
        if (id < 0) {
          id = this.vocab.length;
          this.ids.set(t, id);
          this.vocab.push(t);
          this.lists.push({ keys: new Int32Array(4), tfs: new Uint16Array(4), n: 0, df: 0, dead: 0 });
          this.byLength = null;
        }
      }
      info = { id, seen: -1 };
      this.wordInfo.set(norm, info);
    }
    return info;
  }

  remove(key: number): void {
    const doc = this.docs.get(key);
    if (!doc) return;
    this.docs.delete(key);
    this.lengths[key] = -1;
    this.totalLength -= doc.length;
    for (const id of doc.termIds) {
      const list = this.lists[id] as TermPostings;
      list.df--;
      list.dead++;
    }
  }

  /** The live entries of a term's list, dropping tombstones once they are a quarter of it. */
  private live(list: TermPostings): TermPostings {
    if (list.dead === 0) return list;
    if (list.dead * 4 < list.n) return list;
    let w = 0;
    for (let r = 0; r < list.n; r++) {
      const key = list.keys[r] as number;
      if ((this.lengths[key] as number) < 0) continue;
      list.keys[w] = key;
      list.tfs[w] = list.tfs[r] as number;
      w++;
    }
    list.n = w;
    list.dead = 0;
    return list;
  }

  /** Documents holding any of `terms` exactly. */
  search(terms: string[]): TextHits {
    return this.collect(
      terms.map((t, i) => {
        const id = this.ids.get(t);
        return id === undefined ? [] : [{ id, bit: 1 << i, weight: 1 }];
      }),
    );
  }

  /**
   * Documents holding a word within a small edit distance of one of `terms` (1 for 5 to 7
   * letters, 2 from 8, as MiniSearch's fuzzy 0.2 with maxFuzzy 2): for words that matched nothing.
   */
  searchFuzzy(terms: string[]): TextHits {
    const byLength = this.lengthBuckets();
    return this.collect(
      terms.map((t, i) => {
        const max = Math.min(2, Math.round(t.length * 0.2));
        const out: Array<{ id: number; bit: number; weight: number }> = [];
        if (max === 0) return out;
        for (let len = t.length - max; len <= t.length + max; len++) {
          for (const id of byLength[len] ?? []) {
            if ((this.lists[id] as TermPostings).df === 0) continue;
            const term = this.vocab[id] as string;
            const d = boundedLevenshtein(t, term, max);
            if (d > 0 && d <= max)
              out.push({ id, bit: 1 << i, weight: (FUZZY_WEIGHT * term.length) / (term.length + d) });
          }
        }
        return out;
      }),
    );
  }

  private lengthBuckets(): number[][] {
    if (!this.byLength) {
      const b: number[][] = [];
      for (const [id, t] of this.vocab.entries()) {
        const list = b[t.length] ?? [];
        list.push(id);
        b[t.length] = list;
      }
      this.byLength = b;
    }
    return this.byLength;
  }

  private collect(perTerm: Array<Array<{ id: number; bit: number; weight: number }>>): TextHits {
    const hits: TextHits = { keys: [], scores: [], masks: [] };
    const n = this.docs.size;
    if (n === 0) return hits;
    const avg = this.totalLength / n;
    const acc = this.acc;
    acc.reset(this.lengths.length);
    const lengths = this.lengths;
    for (const derived of perTerm) {
      for (const { id, bit, weight: w } of derived) {
        const list = this.live(this.lists[id] as TermPostings);
        if (list.df === 0) continue;
        const idf = w * Math.log(1 + (n - list.df + 0.5) / (list.df + 0.5));
        const { keys, tfs } = list;
        for (let r = 0; r < list.n; r++) {
          const key = keys[r] as number;
          const len = lengths[key] as number;
          if (len < 0) continue;
          const tf = tfs[r] as number;
          acc.add(key, idf * (BM25_D + (tf * (BM25_K + 1)) / (tf + BM25_K * (1 - BM25_B + (BM25_B * len) / avg))), bit);
        }
      }
    }
    // As MiniSearch: the sum times the number of query terms matched.
    for (const key of acc.touched) {
      const mask = acc.mask[key] as number;
      hits.keys.push(key);
      hits.scores.push((acc.score[key] as number) * popcount(mask));
      hits.masks.push(mask);
    }
    return hits;
  }
}

/** Per-key accumulators reused from question to question; only the touched keys are cleared. */
class Scratch {
  score = new Float64Array(0);
  mask = new Int32Array(0);
  touched: number[] = [];

  reset(size: number): void {
    for (const key of this.touched) {
      this.score[key] = 0;
      this.mask[key] = 0;
    }
    this.touched = [];
    if (this.mask.length < size) {
      const n = Math.max(size, this.mask.length * 2, 1024);
      this.score = new Float64Array(n);
      this.mask = new Int32Array(n);
    }
  }

  /** `mask` is never 0: a hit matched at least one question term. */
  add(key: number, score: number, mask: number): void {
    if (this.mask[key] === 0) this.touched.push(key);
    this.score[key] = (this.score[key] as number) + score;
    this.mask[key] = (this.mask[key] as number) | mask;
  }
}

function popcount(mask: number): number {
  let m = mask - ((mask >>> 1) & 0x55555555);
  m = (m & 0x33333333) + ((m >>> 2) & 0x33333333);
  return (((m + (m >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Levenshtein distance of `a` and `b`, or max + 1 as soon as it must exceed `max`. */
function boundedLevenshtein(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const sub = (prev[j - 1] as number) + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = (prev[j] as number) + 1;
      const ins = (cur[j - 1] as number) + 1;
      const v = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] as number;
}
