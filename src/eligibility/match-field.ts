// Whether the asker's field of study ("particle physics", "fisica") is one a posting names
// ("physics, mechanical engineering or electrical engineering", "or a closely related field").
import { fold } from './countries.ts';
import data from './data/fields.json' with { type: 'json' };

const SYN = new Map<string, string>();
for (const [en, ws] of Object.entries(data.synonyms as Record<string, string[]>))
  for (const w of ws) SYN.set(fold(w), en);
const BROADER = data.broader as Record<string, string[]>;
const STOP = new Set(['a', 'an', 'the', 'of', 'in', 'and', 'or', 'field', 'fields', 'degree', 'similar', 'discipline']);
const RELATED =
  /\b(?:related|similar|equivalent|allied|relevant|cognate|comparable|affine|analog\w*|connexe|affini|afines)\b/;

function words(s: string): string[] {
  return s.split(/[^a-z0-9+#]+/).filter((w) => w && !STOP.has(w));
}

/** The field in English words: "fisica" -> "physics", "laurea in ingegneria meccanica" kept as is. */
export function normaliseField(s: string): string {
  const f = fold(s).replace(/\s+/g, ' ').trim();
  return (
    SYN.get(f) ??
    f
      .split(' ')
      .map((w) => SYN.get(w) ?? w)
      .join(' ')
  );
}

export type FieldMatch = 'match' | 'related' | 'no_match';

/** Compare the asker's field with the posting's list of fields. */
export function matchField(userField: string, postingFields: string): FieldMatch {
  const user = normaliseField(userField);
  // Two steps up: particle physics is physics, and physics is a natural science.
  const up = BROADER[user] ?? [];
  const userSet = new Set([user, ...up, ...up.flatMap((b) => BROADER[b] ?? [])]);
  const lower = fold(postingFields);
  const related = RELATED.test(lower);
  const alts = lower
    .replace(/\b(?:a |or )?(?:closely |strongly )?(?:related|similar|equivalent|allied|relevant)\b[^,;]*/g, '')
    .split(/,|;|\/|\bor\b|\band\b/)
    .map((a) => normaliseField(a))
    .filter((a) => words(a).length > 0);
  for (const alt of alts) {
    const a = words(alt);
    for (const u of userSet) {
      const uw = words(u);
      if (uw.length === 0) continue;
      if (a.every((w) => uw.includes(w)) || uw.every((w) => a.includes(w))) return 'match';
    }
  }
  return related ? 'related' : 'no_match';
}
