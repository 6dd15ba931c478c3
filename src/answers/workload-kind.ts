// "Which jobs are part time?", "full-time positions?", "postes à temps partiel": over several
// postings, the ones whose stated workload is of that kind (less than 1 FTE, or full time); a
// posting that states no workload is left out. Words in data/workload-kinds.json.
import type { Posting } from '../corpus/posting.ts';
import type { SetFilter } from './answer-sets.ts';
import data from './data/workload-kinds.json' with { type: 'json' };
import { words } from './text.ts';

type Kind = 'part' | 'full';

const phrases = (['part', 'full'] as const).flatMap((kind) =>
  data[kind].map((p) => ({ kind, words: words(p).map((w) => w.norm) })),
);

/** The kind of workload a question asks for, and its words (they name no posting), or null. */
export function workloadAsked(text: string): { kind: Kind; words: string[] } | null {
  const ws = words(text).map((w) => w.norm);
  const found = new Set<Kind>();
  const taken: string[] = [];
  for (const ph of phrases)
    for (let i = 0; i + ph.words.length <= ws.length; i++)
      if (ph.words.every((w, k) => ws[i + k] === w)) {
        found.add(ph.kind);
        taken.push(...ph.words);
      }
  // "part time or full time?" asks which: every posting's workload answers it.
  return found.size === 1 ? { kind: [...found][0] as Kind, words: taken } : null;
}

/** The postings whose stated workload is of `kind`. */
export function withWorkload(kind: Kind): SetFilter {
  const test = (p: Posting) => {
    const fte = p.workload?.fte;
    return typeof fte === 'number' && (kind === 'full' ? fte >= 1 : fte < 1);
  };
  return { describe: kind === 'full' ? 'full time' : 'part time', test };
}
