// The postings index: which postings a few words name, and ranked search.
// Performance (shared/docs/performance-notes.md): fuzzy and prefix matching only on the small
// fields (title, organisation, experiment, skills, location); the whole text is matched on exact,
// stop-word filtered terms; a word that matched nothing anywhere gets one fuzzy pass on the text
// (that is how a typo like "alignmnet" still finds a word that only the description holds).
// Both are compact inverted indexes scored as MiniSearch scores (./field-index.ts for the small
// fields, with MiniSearch's radix tree for prefix and fuzzy terms; ./text-index.ts for the text).
import type { Posting } from '../corpus/posting.ts';
import { FieldIndex } from './field-index.ts';
import { acronymOf, titleGlosses } from './name-forms.ts';
import { popcount, Scratch } from './scoring.ts';
import { indexTerm, terms, words } from './text.ts';
import { TextIndex } from './text-index.ts';

interface Doc {
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

type Field = keyof Doc;
const SMALL_FIELDS: readonly Field[] = ['title', 'organisation', 'experiment', 'skills', 'location'];
const BOOST: Record<Field, number> = { title: 3, experiment: 2.5, organisation: 2, skills: 1.5, location: 1.5 };
/** Two postings whose scores are this close (with the same words matched) are a tie. */
const TIE_RATIO = 0.85;
/** The share of a question's words a posting must match to count as named. */
const MIN_COVERAGE = 0.5;

function tokenizeField(text: string): string[] {
  return words(text).map((w) => w.norm);
}

const NONE: ReadonlySet<Posting> = new Set();
/** Derived values kept (deadline orders by day, postings by country): each is at most a list of all postings. */
const DERIVED_KEPT = 64;
const NON_ASCII = /[^\x00-\x7f]/;

/** Every skill a posting names: in its skills, its required and its desired skills. */
function skillsOf(p: Posting): Set<string> {
  const skills = new Set(p.skills);
  for (const s of [...p.requiredSkills, ...p.desiredSkills]) for (const k of s.skills) skills.add(k);
  return skills;
}

function toDoc(p: Posting): Doc {
  const skills = skillsOf(p);
  const org = p.organisation ?? '';
  const initials = acronymOf(org);
  return {
    title: p.title + titleGlosses(p.title),
    organisation: initials ? `${org} ${initials}` : org,
    experiment: p.experiment ?? '',
    skills: [...skills].join(' '),
    location: [p.location?.text ?? '', p.country ?? ''].join(' '),
  };
}

export class PostingIndex {
  private readonly fields = new FieldIndex<Field>({
    fields: SMALL_FIELDS,
    boost: BOOST,
    tokenize: tokenizeField,
    processTerm: indexTerm,
    prefix: (t) => t.length >= 3,
    fuzzy: (t) => (t.length >= 5 ? 0.2 : false),
    maxFuzzy: 2,
  });
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
   * Short names verified against the current index. Verifying one costs a full `resolve` (about
   * 0.3 ms at 10,000 postings) and a tie list asks for ten; any change to the index clears them.
   */
  private readonly shortNames = new Map<Posting, string>();
  /** Values worked out from all the postings (their deadline order, those in a country), until they change. */
  private readonly derivedValues = new Map<string, unknown>();
  /** Postings by each skill they name (a skills list, a requirement, the text). */
  private readonly skillHolders = new Map<string, Set<Posting>>();
  /** Keys of postings whose text is not plain ASCII (a word search may miss its accented words). */
  private readonly nonAscii = new Set<number>();

  constructor(postings: Posting[]) {
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
      if (p) for (const s of skillsOf(p)) this.skillHolders.get(s)?.delete(p);
      this.nonAscii.delete(key);
      this.byKey.delete(key);
      this.fields.remove(key);
      this.text.remove(key);
    }
    this.keysByFile.delete(file);
    this.ordered = null;
    this.order = null;
    this.shortNames.clear();
    this.derivedValues.clear();
    if (postings.length > 0) this.add(file, postings);
  }

  private add(file: string, postings: Posting[]): void {
    const keys: number[] = [];
    for (const p of postings) {
      const key = this.nextKey++;
      keys.push(key);
      this.byKey.set(key, p);
      if (!this.byId.has(p.id)) this.byId.set(p.id, p);
      for (const t of new Set(terms(p.title))) this.titleDf.set(t, (this.titleDf.get(t) ?? 0) + 1);
      this.fields.add(key, toDoc(p));
      for (const s of skillsOf(p)) {
        const holders = this.skillHolders.get(s) ?? new Set();
        holders.add(p);
        this.skillHolders.set(s, holders);
      }
      const ascii = !NON_ASCII.test(p.text);
      if (!ascii) this.nonAscii.add(key);
      this.text.add(key, p.text, ascii);
    }
    this.keysByFile.set(file, keys);
    this.ordered = null;
    this.order = null;
    this.shortNames.clear();
    this.derivedValues.clear();
  }

  /** Every posting, by file name and then in file order. */
  postings(): Posting[] {
    if (!this.ordered) {
      const files = [...this.keysByFile.keys()].sort();
      this.ordered = files.flatMap((f) => (this.keysByFile.get(f) ?? []).map((k) => this.byKey.get(k) as Posting));
    }
    return this.ordered;
  }

  /**
   * A value worked out from all the postings, kept until they change: `key` names it and
   * whatever else it depends on (the day, for a deadline order). At most DERIVED_KEPT are kept;
   * the oldest goes first.
   */
  derived<T>(key: string, make: () => T): T {
    if (this.derivedValues.has(key)) return this.derivedValues.get(key) as T;
    if (this.derivedValues.size >= DERIVED_KEPT) {
      const oldest = this.derivedValues.keys().next().value;
      if (oldest !== undefined) this.derivedValues.delete(oldest);
    }
    const value = make();
    this.derivedValues.set(key, value);
    return value;
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

  /** Postings that name `skill` (its canonical name). */
  withSkill(skill: string): ReadonlySet<Posting> {
    return this.skillHolders.get(skill) ?? NONE;
  }

  /**
   * Postings whose text may hold all of `wanted` (index terms, as `terms()` gives them): every
   * posting whose text has each of them, and every posting with non-ASCII text (its accented words
   * may fold to them). Null for no terms (a name of stop words only): then any posting may.
   */
  textMayHold(wanted: string[]): ReadonlySet<Posting> | null {
    if (wanted.length === 0) return null;
    const out = new Set<Posting>();
    for (const key of [...this.text.holdingAll(wanted), ...this.nonAscii]) {
      const p = this.byKey.get(key);
      if (p) out.add(p);
    }
    return out;
  }

  get size(): number {
    return this.byKey.size;
  }

  /**
   * The postings of a file named as answers cite it ("003_f49313c1d36ab8ac.txt"), without its
   * extension or folder, in any case; [] when no file has that name.
   */
  byFile(name: string): Posting[] {
    const files = this.derived('files by name', () => {
      const out = new Map<string, string>();
      for (const file of this.keysByFile.keys()) {
        const base = (file.split('/').pop() ?? file).toLowerCase();
        for (const n of [file.toLowerCase(), base, base.replace(/\.[a-z0-9]{1,5}$/, '')])
          if (!out.has(n)) out.set(n, file);
      }
      return out;
    });
    const file = files.get(name.trim().toLowerCase());
    return file ? (this.keysByFile.get(file) ?? []).map((k) => this.byKey.get(k) as Posting) : [];
  }

  /** Whether any posting's text holds the index term `t` exactly. */
  holdsTerm(t: string): boolean {
    return this.text.has(t);
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
    this.fields.searchInto(uniq, acc, 1);
    this.text.searchInto(uniq, acc, 0.5);
    if (fuzzyText) {
      let seen = 0;
      for (const key of acc.touched) seen |= acc.mask[key] as number;
      const unmatched = uniq.filter((t, i) => !(seen & (1 << i)) && t.length >= 5 && /^\p{L}+$/u.test(t));
      if (unmatched.length > 0) {
        this.text.searchFuzzyInto(
          unmatched,
          unmatched.map((t) => bit.get(t) ?? 0),
          acc,
          0.3,
        );
        // A word still matching nothing may be a cognate of a title's or a host's word
        // ("astrochemistry" for "Astrochimie"): one pass over the small fields' terms that begin the same.
        for (const key of acc.touched) seen |= acc.mask[key] as number;
        const still = unmatched.filter((t) => !(seen & (bit.get(t) ?? 0)));
        if (still.length > 0)
          this.fields.searchStemsInto(
            still,
            still.map((t) => bit.get(t) ?? 0),
            acc,
            1,
          );
      }
    }
    const order = this.sourceOrder();
    // The field and text indexes hold exactly the live keys: every touched key is a posting.
    const keys = acc.touched.slice();
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
   * `fuzzyText` lets words that matched nothing get one fuzzy pass on the whole text; `limit`
   * keeps only the best (a common word matches thousands, and sorting them all showed).
   */
  rank(terms: string[], fuzzyText = true, limit = Number.POSITIVE_INFINITY): Match[] {
    const h = this.hits(terms, fuzzyText);
    return this.matches(h, limit < h.keys.length ? this.best(h, limit) : this.sorted(h));
  }

  /** The first `k` hit positions in `sorted` order, by insertion into a short list. */
  private best(h: Hits, k: number): number[] {
    const top: number[] = [];
    if (k <= 0) return top;
    for (let i = 0; i < h.keys.length; i++) {
      if (top.length < k) top.push(i);
      else if (this.before(h, i, top[k - 1] as number)) top[k - 1] = i;
      else continue;
      for (let j = top.length - 1; j > 0 && this.before(h, top[j] as number, top[j - 1] as number); j--)
        [top[j], top[j - 1]] = [top[j - 1] as number, top[j] as number];
    }
    return top;
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
