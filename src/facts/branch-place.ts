// Where a host's branch is: "INFN, Sezione di Padova", "sede di Trento", "sede de Valencia" (the
// branch noun names its town), and a town set off by commas right after the host's name ("The
// Institute of High Energy Physics (IHEP), Chinese Academy of Sciences, Beijing, invites ...").
// Read only when no header or stronger prose cue gave a place.
import type { Quote } from '../corpus/posting.ts';
import type { Entry } from '../corpus/role.ts';
import { isKnownPlace, isResearchSiteName } from './gazetteer.ts';
import { findOrgNames } from './org-names.ts';
import cues from './place-cues.json' with { type: 'json' };
import { countryVocabulary } from './vocab.ts';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// The noun's first letter in either case ("Sezione di", "sezione di").
const nouns = cues.branchNouns.map((n) => `[${n.charAt(0).toUpperCase()}${n.charAt(0)}]${esc(n.slice(1))}`);
const branchRe = new RegExp(
  `(?:^|[^\\p{L}])(?:${nouns.join('|')})\\s+(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2})`,
  'gu',
);
const branchHint = new RegExp(`(?:${cues.branchNouns.map((n) => esc(n.slice(1))).join('|')})\\s`);
// ", Beijing, " / ", Beijing (China), ": up to three capitalised words between commas.
const appositionRe = /,\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})(?:\s+\([^)]{2,30}\))?,\s/gu;

const isTown = (s: string) =>
  s.length >= 3 && isKnownPlace(s) && !isResearchSiteName(s) && !countryVocabulary.find(s).length;

/** The longest known town a run of capitalised words starts with ("Padova Via Marzolo" gives "Padova"). */
function townAt(run: string): string | null {
  const ws = run.replace(/['’.]+$/, '').split(/\s+/);
  for (let j = ws.length; j > 0; j--) {
    const cand = ws.slice(0, j).join(' ');
    if (isTown(cand)) return cand;
  }
  return null;
}

/** The first town a branch noun, or an apposition after an institution, names in the first paragraphs. */
export function branchPlace(body: Entry[]): Quote | null {
  let seen = 0;
  for (const e of body) {
    if (e.kind !== 'text' || e.text.length > 3000) continue;
    if (++seen > 20) break;
    const t = e.text;
    if (branchHint.test(t))
      for (const m of t.matchAll(branchRe)) {
        const town = townAt(m[1] as string);
        if (town) return { text: town, line: e.line };
      }
    // The host opens its sentence: only a paragraph's first 300 characters are looked at.
    const head = t.length > 300 ? t.slice(0, 300) : t;
    if (!head.includes(', ')) continue;
    for (const m of head.matchAll(appositionRe)) {
      const town = townAt(m[1] as string);
      if (!town || town.length !== (m[1] as string).length) continue;
      // Only right after a host's name: "…Academy of Sciences, Beijing,", not "Rome, Paris, Berlin".
      const before = head.slice(0, m.index).replace(/\s*\([^)]*\)\s*$/, '');
      const names = findOrgNames(before);
      const last = names[names.length - 1];
      if (last && before.endsWith(last.name)) return { text: town, line: e.line };
    }
  }
  return null;
}
