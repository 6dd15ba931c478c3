// Contact addresses under every common obfuscation ("name (dot) surname (at) cern (dot) ch",
// "name[at]cern.ch", "name AT domain DOT org", "name at cern.ch"), each with the person's name
// when it stands just before the address.
import type { Contact } from '../corpus/posting.ts';
import type { Entry } from '../corpus/role.ts';
import words from './contact-words.json' with { type: 'json' };

const emailRe = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}/g;
// Bracketed words for "@" and ".": "(at)", "[at]", "{at}", "<at>", "(chiocciola)", "[arroba]",
// "(dot)", "[punkt]", "(point)".
const atAlt = words.atWords.join('|');
const dotAlt = words.dotWords.join('|');
const bracketAt = new RegExp(`\\s*[[({<]\\s*(?:${atAlt})\\s*[\\])}>]\\s*`, 'gi');
const bracketDot = new RegExp(`\\s*[[({<]\\s*(?:${dotAlt})\\s*[\\])}>]\\s*`, 'gi');
const bracketAtHint = new RegExp(`[[({<]\\s*(?:${atAlt})\\s*[\\])}>]`, 'i');
// Spelled out in capitals between spaces: "name AT domain DOT org".
const capsAt = /(?<=[A-Za-z0-9])\s+AT\s+(?=[A-Za-z0-9])/g;
const capsDot = /(?<=[A-Za-z0-9])\s+DOT\s+(?=[A-Za-z0-9])/g;
// Between hyphens before a domain: "name-at-post.kek.jp".
const hyphenAt = /(?<=[A-Za-z0-9])-at-(?=[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,6}\.[A-Za-z]{2,24}\b)/g;
// In lower case only in an address's shape: "name at cern.ch", "name at example dot org". A dot
// followed by a space ends a sentence ("the team at CNRS. The ..."), not a domain. Found from
// each " at ": a regex trying every word of a line cost ten times more.
const domainAfter = /^[A-Za-z0-9-]{1,63}(?:(?:\.|\s+dot\s+)[A-Za-z0-9-]{1,63}){1,6}\b/;
const bracketHint = new RegExp(`[[({<]\\s*(?:${atAlt}|${dotAlt})\\s*[\\])}>]`, 'i');
// What every obfuscated form holds: lines without it skip the rewriting.
const obfuscationHint = new RegExp(
  `${bracketAtHint.source}|\\sAT\\s|[A-Za-z0-9]-at-[A-Za-z0-9]|\\sat\\s+[A-Za-z0-9-]+(?:\\.[A-Za-z0-9]|\\s+dot\\s)`,
  'i',
);

const TLD = /\.[a-z]{2,24}$/i;

// "hans.meier@REMOVE-THIS.kit.edu", "j.roe.nospam@cern.ch": a spam guard's word is no part of the address.
const escRe = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const guardAlt = [...words.spamGuards]
  .sort((a, b) => b.length - a.length)
  .map(escRe)
  .join('|');
const guardHint = new RegExp(`(?:${guardAlt})`, 'i');
const guardInLocal = new RegExp(`^(?:${guardAlt})[._-]?|[._-]?(?:${guardAlt})(?=[._-]|$)`, 'gi');
const guardInDomain = new RegExp(`(?:^|\\.)(?:${guardAlt})(?=\\.|$)`, 'gi');

/** The address without a spam guard's word (in its local part or as labels of its domain). */
function unguarded(email: string): string {
  if (!guardHint.test(email)) return email;
  const at = email.indexOf('@');
  const local = email.slice(0, at).replace(guardInLocal, '');
  const domain = email
    .slice(at + 1)
    .replace(guardInDomain, '')
    .replace(/^\./, '');
  return local && domain.includes('.') ? `${local}@${domain}` : email;
}

/** The line with obfuscated addresses written as addresses; other text is kept. */
function deobfuscate(t: string): string {
  let s = t;
  if (bracketHint.test(s)) s = s.replace(bracketAt, '@').replace(bracketDot, '.');
  if (s.includes(' AT ')) s = s.replace(capsAt, '@');
  if (s.includes(' DOT ')) s = s.replace(capsDot, '.');
  if (s.includes('-at-')) s = s.replace(hyphenAt, '@');
  // A line with a real address uses " at " as a word ("Dr. Maria van Dijk at maria@...").
  if (t.includes('@')) return s;
  return spellWordAt(s);
}

const LOCAL_CHAR = /[A-Za-z0-9._%+-]/;

/** The address's local part ending at `end`: up to 64 characters, starting with a letter or digit. */
function localBefore(s: string, end: number, from: number): string | null {
  let i = end;
  while (i > from && end - i < 64 && LOCAL_CHAR.test(s.charAt(i - 1))) i--;
  while (i < end && !/[A-Za-z0-9]/.test(s.charAt(i))) i++;
  return i < end ? s.slice(i, end) : null;
}

/** "name at cern.ch" -> "name@cern.ch", for each " at " between a local part and a domain. */
function spellWordAt(s: string): string {
  let out = '';
  let from = 0;
  for (let i = s.indexOf(' at ', from); i >= 0; i = s.indexOf(' at ', i + 1)) {
    const local = localBefore(s, i, from);
    const domain = local ? domainAfter.exec(s.slice(i + 4, i + 4 + 400)) : null;
    if (!local || !domain) continue;
    const d = domain[0].replace(/\s+dot\s+/g, '.');
    if (!TLD.test(d)) continue;
    out += `${s.slice(from, i - local.length)}${local}@${d}`;
    from = i + 4 + domain[0].length;
  }
  return out + s.slice(from);
}

export function contactsOf(entries: Entry[]): Contact[] {
  const out: Contact[] = [];
  const seen = new Set<string>();
  for (const e of entries) {
    const t = e.text;
    if (t.length > 4000) continue;
    const hasAt = t.includes('@');
    // Substring tests first: the hint regex on every long line cost ten times the old reader.
    const mayHide = t.includes(' at ') || t.includes(' AT ') || t.includes('-at-') || bracketAtHint.test(t);
    // The hint regex once a line: a line of prose holds " at " often.
    const hidden = mayHide && obfuscationHint.test(t);
    if (!hasAt && !hidden) continue;
    const s = hidden ? deobfuscate(t) : t;
    if (!s.includes('@')) continue;
    for (const m of s.matchAll(emailRe)) {
      const email = unguarded(m[0].replace(/\.+$/, ''));
      if (!TLD.test(email)) continue;
      const key = email.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      const spelled = s !== t;
      out.push({
        text: t,
        line: e.line,
        email: spelled ? key : email,
        name: nameBefore(s.slice(0, m.index ?? 0)),
      });
    }
  }
  return out;
}

const NOT_A_NAME = new Set([
  'please',
  'contact',
  'send',
  'email',
  'e-mail',
  'mail',
  'write',
  'apply',
  'applications',
  'questions',
  'inquiries',
  'enquiries',
  'information',
  'details',
  'further',
  'for',
  'to',
  'the',
  'dear',
]);
// A person's name, optionally with a title, at the end of the text before an address.
// The given name may be initials ("A. Rossi", "J.-P. Martin", "K. M. Lange") or hyphenated
// ("Ingrid-Maria"); "by email" or ", e-mail:" may stand between the name and the address.
const trailingName =
  /((?:(?:Dr|Dra|Prof|Profa|Prof\.ssa|Pr|Mr|Ms|Mrs|Mme|Mlle|Herr|Frau|Dott|Dott\.ssa|Sr|Sra|Ing)\.?\s+)*(?:[A-Z][\p{Ll}'’-]+(?:[A-Z][\p{Ll}'’-]+)?|(?:[A-Z]\.(?:-[A-Z]\.)?\s*){1,3}(?=[A-Z][\p{Ll}]))(?:\s*(?<=[.\s])(?:van|von|de|der|den|da|di|del|le|la|du|[A-Z]\.|[A-Z][\p{L}'’-]+)){1,4})[\s,]*(?:\bby\s+)?(?:\b(?:[Ee]-?[Mm]ail|[Mm]ail)\b\s*:?\s*)?(?:\bat\b|\bvia\b|\bon\b|[-–:(<])?[\s(<]*$/u;

export function nameBefore(prefix: string): string | null {
  const seg = prefix.slice(-120);
  const m = trailingName.exec(seg);
  if (!m?.[1]) return null;
  const name = m[1].trim();
  const words = name.split(/\s+/);
  // Drop leading sentence words ("Contact Jane Doe", "Please email John Smith").
  while (words.length > 2 && NOT_A_NAME.has((words[0] ?? '').toLowerCase())) words.shift();
  if (NOT_A_NAME.has((words[0] ?? '').toLowerCase())) return null;
  return words.join(' ');
}
