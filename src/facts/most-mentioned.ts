// The vocabulary name a role mentions most (the title counts three times; ties go to the first).
import type { Tokens } from './vocab.ts';

export function mostMentioned(find: (t: Tokens) => string[], texts: Tokens[], title: Tokens): string | null {
  const counts = new Map<string, { n: number; first: number }>();
  let i = 0;
  for (const t of [title, ...texts]) {
    for (const name of find(t)) {
      const c = counts.get(name) ?? { n: 0, first: i };
      c.n += t === title ? 3 : 1;
      counts.set(name, c);
    }
    i++;
  }
  let best: [string, { n: number; first: number }] | null = null;
  for (const kv of counts)
    if (!best || kv[1].n > best[1].n || (kv[1].n === best[1].n && kv[1].first < best[1].first)) best = kv;
  return best ? best[0] : null;
}
