// What the postings indexes (./text-index.ts, ./field-index.ts) share: BM25+ with MiniSearch's
// parameters and weights, so rankings are what MiniSearch gave; postings lists in typed arrays;
// and per-document accumulators, so that a question touches typed arrays instead of a Map entry
// and an object per matching document.

/** BM25+ as MiniSearch scores a field: k 1.2, b 0.7, d 0.5. */
export const BM25_K = 1.2;
export const BM25_B = 0.7;
export const BM25_D = 0.5;
/** Fuzzy and prefix matches weigh less than exact ones (MiniSearch's default weights). */
export const FUZZY_WEIGHT = 0.45;
export const PREFIX_WEIGHT = 0.375;

/** Inverse document frequency of a term held by `df` of `n` documents. */
export function idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** The BM25+ term-frequency part for a term seen `tf` times in a field `len` long (average `avg`). */
export function tfPart(tf: number, len: number, avg: number): number {
  return BM25_D + (tf * (BM25_K + 1)) / (tf + BM25_K * (1 - BM25_B + (BM25_B * len) / avg));
}

/**
 * The documents holding one term (in one field): keys and term frequencies. Removal leaves
 * tombstones (documents whose length is -1) that `livePostings` drops once they are a quarter.
 */
export interface TermPostings {
  keys: Int32Array;
  tfs: Uint16Array;
  /** Entries used in keys/tfs, dead ones included. */
  n: number;
  /** Live documents holding the term. */
  df: number;
  dead: number;
}

export function newPostings(): TermPostings {
  return { keys: new Int32Array(4), tfs: new Uint16Array(4), n: 0, df: 0, dead: 0 };
}

export function appendPosting(list: TermPostings, key: number, tf: number): void {
  if (list.n === list.keys.length) {
    const keys = new Int32Array(list.n * 2);
    keys.set(list.keys);
    const tfs = new Uint16Array(list.n * 2);
    tfs.set(list.tfs);
    list.keys = keys;
    list.tfs = tfs;
  }
  list.keys[list.n] = key;
  list.tfs[list.n] = Math.min(tf, 65_535);
  list.n++;
  list.df++;
}

/** The list without its tombstones, compacted in place once they are a quarter of it. */
export function livePostings(list: TermPostings, lengths: Int32Array): TermPostings {
  if (list.dead === 0 || list.dead * 4 < list.n) return list;
  let w = 0;
  for (let r = 0; r < list.n; r++) {
    const key = list.keys[r] as number;
    if ((lengths[key] as number) < 0) continue;
    list.keys[w] = key;
    list.tfs[w] = list.tfs[r] as number;
    w++;
  }
  list.n = w;
  list.dead = 0;
  return list;
}

/** Room for `key` in a per-document array of lengths (-1: no live document). */
export function withRoomFor(lengths: Int32Array<ArrayBuffer>, key: number): Int32Array<ArrayBuffer> {
  if (key < lengths.length) return lengths;
  const grown = new Int32Array(Math.max(key + 1, lengths.length * 2, 1024)).fill(-1);
  grown.set(lengths);
  return grown;
}

/** Documents a search found: parallel arrays, bit i of a mask is query term i. */
export interface TermHits {
  keys: number[];
  scores: number[];
  masks: number[];
}

/** Per-key accumulators reused from question to question; only the touched keys are cleared. */
export class Scratch {
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

  /**
   * Adds what this search found to `into`, as MiniSearch scores a search (the sum times the
   * number of query terms matched), times `weight`.
   */
  addTo(into: Scratch, weight: number): void {
    for (const key of this.touched) {
      const mask = this.mask[key] as number;
      into.add(key, weight * ((this.score[key] as number) * popcount(mask)), mask);
    }
  }

  /** `mask` is never 0: a hit matched at least one question term. */
  add(key: number, score: number, mask: number): void {
    if (this.mask[key] === 0) this.touched.push(key);
    this.score[key] = (this.score[key] as number) + score;
    this.mask[key] = (this.mask[key] as number) | mask;
  }
}

export function popcount(mask: number): number {
  let m = mask - ((mask >>> 1) & 0x55555555);
  m = (m & 0x33333333) + ((m >>> 2) & 0x33333333);
  return (((m + (m >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Levenshtein distance of `a` and `b`, or max + 1 as soon as it must exceed `max`. */
export function boundedLevenshtein(a: string, b: string, max: number): number {
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
