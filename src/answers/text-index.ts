// The whole-text index: exact index terms (stop words left out by indexTerm) -> postings lists
// of document keys and term frequencies in typed arrays, scored with BM25+ as MiniSearch scores
// a field (the sum over matched terms times how many matched), so rankings stay what they were.
// MiniSearch kept a Map per term and a result object per matching document: indexing 10,000
// texts took seconds and most of the heap, and a common word cost tens of ms.
import { AsciiWords, sameWord, wordAt, wordHashOf } from './ascii-words.ts';
import {
  appendPosting,
  boundedLevenshtein,
  FUZZY_WEIGHT,
  idf,
  livePostings,
  newPostings,
  Scratch,
  type TermPostings,
  tfPart,
  withRoomFor,
} from './scoring.ts';
import { indexTerm } from './text.ts';

// The same words as text.ts `words()` (letters/digits, inner apostrophe, C++/C#), without an
// object per word.
const wordRe = /[\p{L}\p{N}]+(?:'[\p{L}]+)?(?:\+\+|#)?/gu;
const quoteRe = /[\u2018\u2019\u02bc`]/g;
const NON_ASCII = /[^\x00-\x7f]/;

/** A word's first slot in the table: its hash's high bits folded into the low ones. */
const home = (hash: number, mask: number): number => (hash ^ (hash >>> 16)) & mask;

interface DocEntry {
  termIds: Int32Array;
  length: number;
}

// What a written word (lowercased) is to the index, worked out once per distinct word (a corpus
// repeats a small vocabulary): its term id, -1 for a stop word; `seen` is the last document that
// held it, to count a document's distinct words in passing (MiniSearch's field length).
interface WordInfo {
  id: number;
  seen: number;
}

export class TextIndex {
  private readonly ids = new Map<string, number>();
  private readonly wordInfo = new Map<string, WordInfo>();
  /** The ASCII words of wordInfo by hash: slots hold an index into words/hashes/infos plus 1. */
  private byHash = new Int32Array(1 << 12);
  private readonly words: string[] = [];
  private readonly hashes: number[] = [];
  private readonly infos: WordInfo[] = [];
  private readonly scan = new AsciiWords();
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

  /**
   * `ascii`: whether the text is all ASCII, when the caller knows. Plain ASCII text (the usual
   * case) is read by ./ascii-words.ts, its words looked up by hash in `byHash` without making
   * their strings; other text with the Unicode pattern, word by word.
   */
  add(key: number, text: string, ascii = !NON_ASCII.test(text)): void {
    // Term frequencies in a scratch array by term id (ids in first-occurrence order), not a Map
    // a document: 10,000 documents of 400 words made this most of the indexing time.
    const ids: number[] = [];
    let distinctWords = 0;
    let tf = this.tfScratch;
    const scan = ascii ? this.scan.reset(text) : null;
    const clean = scan ? '' : text.replace(quoteRe, "'");
    wordRe.lastIndex = 0;
    for (;;) {
      let info: WordInfo;
      if (scan) {
        if (!scan.next()) break;
        info = this.infoAt(text, scan.from, scan.to, scan.hash);
      } else {
        const m = wordRe.exec(clean);
        if (!m) break;
        info = this.info(m[0].toLowerCase());
      }
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
    }
    const termIds = Int32Array.from(ids);
    for (const id of ids) {
      const n = tf[id] as number;
      tf[id] = 0;
      appendPosting(this.lists[id] as TermPostings, key, n);
    }
    this.docs.set(key, { termIds, length: distinctWords });
    this.lengths = withRoomFor(this.lengths, key);
    this.lengths[key] = distinctWords;
    this.totalLength += distinctWords;
  }

  /** The word text.slice(from, to) (ASCII, `hash` its wordHashOf) looked up by hash. */
  private infoAt(text: string, from: number, to: number, hash: number): WordInfo {
    const table = this.byHash;
    const mask = table.length - 1;
    for (let slot = home(hash, mask); ; slot = (slot + 1) & mask) {
      const e = (table[slot] as number) - 1;
      if (e < 0) break;
      if (this.hashes[e] === hash && sameWord(text, from, to, this.words[e] as string))
        return this.infos[e] as WordInfo;
    }
    const word = wordAt(text, from, to);
    const info = this.info(word);
    this.remember(word, info);
    return info;
  }

  /** A written word in `byHash` (open addressing, kept at most half full). */
  private remember(word: string, info: WordInfo): void {
    if ((this.words.length + 1) * 2 > this.byHash.length) {
      const table = new Int32Array(this.byHash.length * 2);
      const mask = table.length - 1;
      for (let e = 0; e < this.words.length; e++) {
        let slot = home(this.hashes[e] as number, mask);
        while (table[slot] !== 0) slot = (slot + 1) & mask;
        table[slot] = e + 1;
      }
      this.byHash = table;
    }
    const hash = wordHashOf(word);
    const mask = this.byHash.length - 1;
    let slot = home(hash, mask);
    while (this.byHash[slot] !== 0) slot = (slot + 1) & mask;
    this.byHash[slot] = this.words.length + 1;
    this.words.push(word);
    this.hashes.push(hash);
    this.infos.push(info);
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
          this.lists.push(newPostings());
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

  /** Whether a live document holds `term` exactly. */
  has(term: string): boolean {
    const id = this.ids.get(term);
    return id !== undefined && (this.lists[id] as TermPostings).df > 0;
  }

  /** Live documents holding every one of `terms` exactly (no terms: none). */
  holdingAll(terms: string[]): number[] {
    let out: number[] | null = null;
    for (const t of new Set(terms)) {
      const id = this.ids.get(t);
      if (id === undefined) return [];
      const list = livePostings(this.lists[id] as TermPostings, this.lengths);
      const keys: number[] = [];
      for (let r = 0; r < list.n; r++) {
        const key = list.keys[r] as number;
        if ((this.lengths[key] as number) >= 0) keys.push(key);
      }
      if (out === null) out = keys;
      else {
        const these = new Set(keys);
        out = out.filter((k) => these.has(k));
      }
      if (out.length === 0) return out;
    }
    return out ?? [];
  }

  /** Documents holding any of `terms` exactly, their scores times `weight` added to `into`. */
  searchInto(terms: string[], into: Scratch, weight: number): void {
    this.collect(
      terms.map((t, i) => {
        const id = this.ids.get(t);
        return id === undefined ? [] : [{ id, bit: 1 << i, weight: 1 }];
      }),
      into,
      weight,
    );
  }

  /**
   * Documents holding a word within a small edit distance of one of `terms` (1 for 5 to 7
   * letters, 2 from 8, as MiniSearch's fuzzy 0.2 with maxFuzzy 2): for words that matched nothing.
   * `bits[i]` is the mask bit of terms[i].
   */
  searchFuzzyInto(terms: string[], bits: number[], into: Scratch, weight: number): void {
    const byLength = this.lengthBuckets();
    this.collect(
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
              out.push({ id, bit: bits[i] as number, weight: (FUZZY_WEIGHT * term.length) / (term.length + d) });
          }
        }
        return out;
      }),
      into,
      weight,
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

  private collect(
    perTerm: Array<Array<{ id: number; bit: number; weight: number }>>,
    into: Scratch,
    scale: number,
  ): void {
    const n = this.docs.size;
    if (n === 0) return;
    const avg = this.totalLength / n;
    const acc = this.acc;
    acc.reset(this.lengths.length);
    const lengths = this.lengths;
    for (const derived of perTerm) {
      for (const { id, bit, weight: w } of derived) {
        const list = livePostings(this.lists[id] as TermPostings, lengths);
        if (list.df === 0) continue;
        const weight = w * idf(n, list.df);
        const { keys, tfs } = list;
        for (let r = 0; r < list.n; r++) {
          const key = keys[r] as number;
          const len = lengths[key] as number;
          if (len < 0) continue;
          const tf = tfs[r] as number;
          acc.add(key, weight * tfPart(tf, len, avg), bit);
        }
      }
    }
    acc.addTo(into, scale);
  }
}
