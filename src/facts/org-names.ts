// Names of institutions as a text writes them ("University of Coimbra", "Princeton University",
// "Istituto Nazionale di Fisica Nucleare (INFN)"), each ranked by its head word: a university
// over its institute, an institute over its centre, a centre over its department.
import cues from './place-cues.json' with { type: 'json' };

export interface OrgName {
  name: string;
  rank: number;
  index: number;
}

const headRank = new Map<string, number>();
for (const [rank, words] of Object.entries(cues.orgHeads))
  if (Array.isArray(words)) for (const w of words) if (!w.includes(' ')) headRank.set(w, Number(rank));
// Heads after which a name goes on with its own capitalised words ("Istituto Nazionale di ...",
// "Universität Mainz"): the Romance and German order.
const headFirst = new Set([
  'istituto',
  'institut',
  'instituto',
  'universidad',
  'université',
  'università',
  'universität',
  'universitat',
  'universiteit',
  'observatoire',
  'osservatorio',
  'centro',
  'laboratoire',
  'laboratoires',
  'laboratorio',
  'laboratori',
]);
const links = new Set([
  'of',
  'for',
  'de',
  'di',
  'del',
  'della',
  'dello',
  'dei',
  'degli',
  'delle',
  'des',
  'du',
  'der',
  'für',
  'and',
  '&',
]);
const preStop = new Set([
  'the',
  'a',
  'an',
  'at',
  'in',
  'for',
  'of',
  'and',
  'our',
  'its',
  'with',
  'by',
  ...cues.nameArticles,
]);

// "Inter-University", "Non-University": a prefix, not a name, before the head.
const prefixRe = /^(?:inter|intra|non|pre|post|multi|pan|trans|cross|sub|co|joint)-/i;

const wordRe = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*|&|\([^()]{1,60}\)|[,;:–—|/-]/gu;

// "d'Annecy", "dell'Aquila", "L'Università": a link or article elided into a capitalised word, which
// names like it.
const elidedRe = /^(?:[dD](?:ell|all)?|[aA]ll|[nN]ell|[lL])['’]\p{Lu}/u;

function isCap(w: string): boolean {
  const c = w.charAt(0);
  return c !== c.toLowerCase() || /^\p{N}/u.test(w) || elidedRe.test(w);
}

/** The head rank of a word, "Gutenberg-Universität" and "Hamburg'" included (0 for none). */
function rankOf(w: string): number {
  let low = w.toLowerCase();
  // "L'Università", "dell'Istituto": the head after an elided article or link.
  if (elidedRe.test(w)) low = low.slice(low.search(/['’]/) + 1);
  const end = low.charCodeAt(low.length - 1);
  if (end === 39 || end === 0x2019) low = low.slice(0, -1);
  const r = headRank.get(low);
  if (r !== undefined) return r;
  const dash = low.lastIndexOf('-');
  return dash > 0 ? (headRank.get(low.slice(dash + 1)) ?? 0) : 0;
}

// Every head word's stem, capitalised as a name writes it ("Univers", "UNIVERS", "-Univers"): a
// text without one names no institution (most lines), and is not split into words.
const stems = [...headRank.keys()].map((w) => w.slice(0, Math.min(w.length, 6)));
const headHint = new RegExp(
  `(?:^|[^\\p{L}])(?:${[...new Set(stems.flatMap((w) => [w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase()]))]
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})`,
  'u',
);

// The readers ask about the same texts again (a title, a hiring sentence, the first paragraphs)
// and many postings share paragraphs: the names of a text are found once. Callers only read them.
const NONE: OrgName[] = [];
const cache = new Map<string, OrgName[]>();
const CACHE_MAX = 4096;

/** Every institution name in a text, in order. */
export function findOrgNames(text: string): OrgName[] {
  if (text.length > 2000) text = text.slice(0, 2000);
  if (!headHint.test(text)) return NONE;
  let names = cache.get(text);
  if (!names) {
    names = namesIn(text);
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(text, names);
  }
  return names;
}

const listAnd = new Set(cues.listConjunctions);

/** After a comma at `comma`: the index of the last word of "Cap, Cap y Cap" (capitalised words, none a head), or -1. */
function listEnd(words: Array<{ w: string }>, comma: number): number {
  for (let k = comma + 1, n = 0; k < words.length && n < 6; k++, n++) {
    const w = (words[k] as { w: string }).w;
    if (w === ',') continue;
    if (listAnd.has(w)) {
      const next = words[k + 1]?.w ?? '';
      return isCap(next) && !rankOf(next) && /^\p{L}/u.test(next) ? k + 1 : -1;
    }
    if (!isCap(w) || rankOf(w) || !/^\p{L}/u.test(w)) return -1;
  }
  return -1;
}

function namesIn(text: string): OrgName[] {
  const words: Array<{ w: string; at: number; end: number }> = [];
  for (const m of text.matchAll(wordRe)) words.push({ w: m[0], at: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  const out: OrgName[] = [];
  for (let i = 0; i < words.length; i++) {
    const head = words[i] as { w: string; at: number; end: number };
    if (!isCap(head.w)) continue;
    const rank = rankOf(head.w);
    if (!rank) continue;
    // Capitalised words right before the head ("Princeton", "Jefferson", "Hamburg' Data Science").
    let from = i;
    while (from > 0) {
      const w = (words[from - 1] as { w: string }).w;
      const low = w.toLowerCase();
      // "Science and Technology Facilities Council": a link between capitalised words.
      if ((low === 'and' || low === '&') && from < i) {
        const before = words[from - 2]?.w ?? '';
        if (isCap(before) && !preStop.has(before.toLowerCase()) && !rankOf(before)) {
          from--;
          continue;
        }
        break;
      }
      if (!isCap(w) || preStop.has(low) || rankOf(w) >= rank || /^[(,;:–—|/-]/.test(w)) break;
      // "Vacancy No. 1248056 Department National Security Agency": a number ends the name's words.
      if (/^\p{N}[\p{N}.-]*$/u.test(w)) break;
      // "Department National Security Agency": a narrower head right before a name is a label's.
      if (rankOf(w) > 0) break;
      from--;
    }
    if (from < i && /^(and|&)$/i.test((words[from] as { w: string }).w)) from++;
    // "of Coimbra", "for Astrophysics", "de Madrid", "and Technology Facilities": up to a word
    // that is not capitalised, or to a link whose words name another head ("of the University").
    let to = i;
    const own = headFirst.has(head.w.toLowerCase().replace(/^.*-/, ''));
    let tail = own;
    // The rank of a narrower institution the name runs through ("... of the Czech Academy").
    let within = 0;
    for (let j = i + 1; j < words.length; j++) {
      const w = (words[j] as { w: string }).w;
      const low = w.toLowerCase();
      if (w.startsWith('(')) {
        // An abbreviation right after the name belongs to it: "(IHEP)".
        if (/^\([\p{Lu}][\p{Lu}\p{N}&.-]{1,14}\)$/u.test(w)) to = j;
        break;
      }
      if (links.has(low)) {
        tail = true;
        let k = j + 1;
        const next = (words[k]?.w ?? '').toLowerCase();
        if (next === 'the' || next === 'la') k++;
        const after = words[k]?.w ?? '';
        if (!after || !isCap(after) || /^[(,;:]/.test(after)) break;
        // "of the Kestrel University": the words after the link are another, broader
        // institution. A narrower head goes on with the name: "Institute of Physics of the Czech
        // Academy of Sciences" is the institute's own name, not an academy's unit.
        let other = 0;
        for (
          ;
          k < words.length &&
          isCap((words[k] as { w: string }).w) &&
          !/^[(,;:–—|/-]/.test((words[k] as { w: string }).w);
          k++
        )
          other = Math.max(other, rankOf((words[k] as { w: string }).w));
        if (other >= rank) break;
        if (other) within = other;
        continue;
      }
      if (low === 'the' || low === 'la' || low === 'le') {
        const prev = (words[j - 1] as { w: string }).w.toLowerCase();
        if (links.has(prev)) continue;
        break;
      }
      if (w === ',' && tail) {
        // "de Investigaciones Energéticas, Medioambientales y Tecnológicas": a list of the
        // name's own words that a conjunction closes goes on with the name.
        const end = listEnd(words, j);
        if (end > j) {
          to = end;
          j = end;
          continue;
        }
      }
      if (!isCap(w) || /^[,;:–—|/-]/.test(w) || (rankOf(w) && rankOf(w) !== within)) break;
      if (!tail) break;
      to = j;
    }
    // A bare head ("the University web site") names nothing; a compound with a name does
    // ("Kestrel-Institut", "Max-Planck-Institut").
    if (from === i && to === i && (!/^\p{Lu}[\p{L}]+-[\p{L}-]+$/u.test(head.w) || prefixRe.test(head.w))) continue;
    const fromWord = words[from] as { w: string; at: number };
    // "L'Università degli Studi di ...": the name starts after the elided article.
    const at = elidedRe.test(fromWord.w) ? fromWord.at + fromWord.w.search(/['’]/) + 1 : fromWord.at;
    const name = text.slice(at, (words[to] as { end: number }).end).replace(/\s+/g, ' ');
    out.push({ name, rank, index: at });
  }
  return out;
}

/** The broadest institution a text names (the first of the highest rank), or null. */
export function broadestOrgName(text: string, minRank = 1): OrgName | null {
  let best: OrgName | null = null;
  for (const o of findOrgNames(text)) if (o.rank >= minRank && (!best || o.rank > best.rank)) best = o;
  return best;
}
