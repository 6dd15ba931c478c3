// The small fields (title, organisation, experiment, skills, location) with exact, prefix and
// fuzzy matching, scored as MiniSearch scores them (BM25+ per field, times the field's boost;
// prefix and fuzzy matches weighed down by how far they are; the sum times the number of query
// terms matched). Terms are expanded with MiniSearch's own radix tree (SearchableMap: atPrefix,
// fuzzyGet); the documents are scored from postings lists in typed arrays. MiniSearch's search
// built a Map entry and three objects per matching document and term, which was a third of the
// answer time at 10,000 postings ("engineer" and its prefix "eng" match thousands).
import SearchableMap from 'minisearch/SearchableMap';
import {
  appendPosting,
  FUZZY_WEIGHT,
  idf,
  livePostings,
  newPostings,
  PREFIX_WEIGHT,
  Scratch,
  type TermHits,
  type TermPostings,
  tfPart,
  withRoomFor,
} from './scoring.ts';

/** A cognate shares its first STEM_MIN letters, and at least STEM_SHARE of the shorter word, with the query term. */
const STEM_MIN = 6;
const STEM_SHARE = 0.6;

export interface FieldIndexOptions<F extends string> {
  fields: readonly F[];
  boost: Record<F, number>;
  /** A field's text -> its words; a field's length is the number of distinct words. */
  tokenize: (text: string) => string[];
  /** A word -> its index term, or null to leave it out (stop words). */
  processTerm: (word: string) => string | null;
  /** Whether a query term also matches the terms it begins. */
  prefix: (term: string) => boolean;
  /** The edit distance allowed for a query term, as a share of its length; false for none. */
  fuzzy: (term: string) => number | false;
  maxFuzzy: number;
}

export class FieldIndex<F extends string> {
  /** Term -> term id, for prefix and fuzzy expansion. */
  private readonly terms = new SearchableMap<number>();
  /** The same as a Map: a radix-tree look-up per indexed word showed in the indexing time. */
  private readonly ids = new Map<string, number>();
  /** Postings by term id * fields + field. */
  private readonly lists: Array<TermPostings | undefined> = [];
  /** Per field: each document's length (distinct words), -1 for no live document. */
  private readonly lengths: Array<Int32Array<ArrayBuffer>>;
  private readonly totals: number[];
  /** The list slots each document is in, for removal. */
  private readonly slots = new Map<number, Int32Array>();
  private readonly boosts: number[];
  private readonly acc = new Scratch();
  private docCount = 0;
  private readonly tf = new Map<string, number>();
  private readonly o: FieldIndexOptions<F>;

  constructor(o: FieldIndexOptions<F>) {
    this.o = o;
    this.lengths = o.fields.map(() => new Int32Array(0));
    this.totals = o.fields.map(() => 0);
    this.boosts = o.fields.map((f) => o.boost[f] ?? 1);
  }

  add(key: number, doc: Record<F, string>): void {
    const nf = this.o.fields.length;
    const slots: number[] = [];
    for (let f = 0; f < nf; f++) {
      const words = this.o.tokenize(doc[this.o.fields[f] as F]);
      const tf = this.tf;
      tf.clear();
      for (const w of words) {
        const t = this.o.processTerm(w);
        if (t) tf.set(t, (tf.get(t) ?? 0) + 1);
      }
      for (const [t, n] of tf) {
        const slot = this.termId(t) * nf + f;
        const list = this.lists[slot] ?? newPostings();
        this.lists[slot] = list;
        appendPosting(list, key, n);
        slots.push(slot);
      }
      const length = new Set(words).size;
      const lengths = withRoomFor(this.lengths[f] as Int32Array<ArrayBuffer>, key);
      this.lengths[f] = lengths;
      lengths[key] = length;
      this.totals[f] = (this.totals[f] as number) + length;
    }
    this.slots.set(key, Int32Array.from(slots));
    this.docCount++;
  }

  remove(key: number): void {
    const slots = this.slots.get(key);
    if (!slots) return;
    this.slots.delete(key);
    this.docCount--;
    for (let f = 0; f < this.o.fields.length; f++) {
      const lengths = this.lengths[f] as Int32Array;
      this.totals[f] = (this.totals[f] as number) - (lengths[key] as number);
      lengths[key] = -1;
    }
    for (const slot of slots) {
      const list = this.lists[slot] as TermPostings;
      list.df--;
      list.dead++;
    }
  }

  private termId(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(term, id);
      this.terms.set(term, id);
    }
    return id;
  }

  /**
   * Documents matching any of `terms` (index terms), exactly, by prefix or fuzzily, with
   * MiniSearch's score for the search; bit i of a mask is terms[i].
   */
  search(terms: string[]): TermHits {
    const into = new Scratch();
    into.reset(Math.max(...this.lengths.map((l) => l.length)));
    this.searchInto(terms, into, 1);
    const hits: TermHits = { keys: [], scores: [], masks: [] };
    for (const key of into.touched) {
      hits.keys.push(key);
      hits.scores.push(into.score[key] as number);
      hits.masks.push(into.mask[key] as number);
    }
    return hits;
  }

  /** As `search`, the scores times `weight` added to `into`. */
  searchInto(terms: string[], into: Scratch, weight: number): void {
    if (this.docCount === 0) return;
    const acc = this.acc;
    acc.reset(Math.max(...this.lengths.map((l) => l.length)));
    for (const [i, t] of terms.entries()) {
      const bit = 1 << i;
      const exact = this.ids.get(t);
      if (exact !== undefined) this.score(exact, 1, bit);
      const prefixed = new Set<string>();
      if (this.o.prefix(t)) {
        for (const [term, id] of this.terms.atPrefix(t)) {
          const distance = term.length - t.length;
          if (distance === 0) continue;
          prefixed.add(term);
          this.score(id, (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance), bit);
        }
      }
      const fuzzy = this.o.fuzzy(t);
      const max = fuzzy === false ? 0 : Math.min(this.o.maxFuzzy, Math.round(t.length * fuzzy));
      if (max > 0) {
        // A term both begun by the query term and near it counts once, as a prefix match.
        for (const [term, [id, distance]] of this.terms.fuzzyGet(t, max)) {
          if (distance === 0 || prefixed.has(term)) continue;
          this.score(id, (FUZZY_WEIGHT * term.length) / (term.length + distance), bit);
        }
      }
    }
    acc.addTo(into, weight);
  }

  /**
   * Cognates across languages ("astrochemistry" for "Astrochimie", "informatics" for
   * "Informatik"): terms sharing a long first part with the query term, at least STEM_MIN letters
   * and STEM_SHARE of the shorter word. Only for query terms that matched nothing else, so an
   * exact word always wins. `bits[i]` is the mask bit of terms[i].
   */
  searchStemsInto(terms: string[], bits: number[], into: Scratch, weight: number): void {
    if (this.docCount === 0) return;
    const acc = this.acc;
    acc.reset(Math.max(...this.lengths.map((l) => l.length)));
    for (const [i, t] of terms.entries()) {
      if (t.length < STEM_MIN + 1) continue;
      for (const [term, id] of this.terms.atPrefix(t.slice(0, STEM_MIN))) {
        if (term === t) continue;
        let shared = STEM_MIN;
        while (shared < t.length && shared < term.length && t[shared] === term[shared]) shared++;
        if (shared < STEM_SHARE * Math.min(t.length, term.length)) continue;
        this.score(id, (FUZZY_WEIGHT * shared) / Math.max(t.length, term.length), bits[i] as number);
      }
    }
    acc.addTo(into, weight);
  }

  /** Adds one term's BM25+ scores, in every field, weighted, to the documents holding it. */
  private score(id: number, weight: number, bit: number): void {
    const nf = this.o.fields.length;
    for (let f = 0; f < nf; f++) {
      const lengths = this.lengths[f] as Int32Array;
      const slot = this.lists[id * nf + f];
      if (!slot) continue;
      const list = livePostings(slot, lengths);
      if (list.df === 0) continue;
      const w = weight * (this.boosts[f] as number) * idf(this.docCount, list.df);
      const avg = (this.totals[f] as number) / this.docCount;
      const { keys, tfs } = list;
      for (let r = 0; r < list.n; r++) {
        const key = keys[r] as number;
        const len = lengths[key] as number;
        if (len < 0) continue;
        this.acc.add(key, w * tfPart(tfs[r] as number, len, avg), bit);
      }
    }
  }
}
