// A language's name used as a nationality ("Non-Italian citizens must ...", "French nationals",
// "a German university") names no skill: the posting asks for no knowledge of that language there.
import skillCues from './skill-cues.json' with { type: 'json' };
import { languageNames } from './vocab.ts';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const afterRe = new RegExp(`^\\s+(?:${skillCues.nationalityAfter.map(esc).join('|')})\\b`, 'i');
const nonRe = /\bnon[-\s]?$/i;

/** Whether every mention of `name` in `text` is a nationality (none asks for the language). */
function onlyNationality(text: string, name: string): boolean {
  let seen = false;
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    seen = true;
    const before = text.slice(Math.max(0, i - 4), i);
    const after = text.slice(i + name.length, i + name.length + 24);
    if (!nonRe.test(before) && !afterRe.test(after)) return false;
  }
  return seen;
}

/** `found` less the language names `text` writes only as nationalities. Cheap: most lines name no language. */
export function withoutNationalities(text: string, found: string[]): string[] {
  if (!found.some((s) => languageNames.has(s))) return found;
  const kept = found.filter((s) => !languageNames.has(s) || !onlyNationality(text, s));
  return kept.length === found.length ? found : kept;
}
