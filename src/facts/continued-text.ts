// A line and the start of the next when the text was wrapped by hand ("... Fellowships of twelve"
// / "months for early-career scientists"): a fact may straddle the break.
import type { Entry } from '../corpus/role.ts';

const CONTINUES = /^[a-z(]/;

/** `entries[i]`'s text, followed by the next line's first `take` characters when it continues it. */
export function continuedText(entries: readonly Entry[], i: number, take = 40): string {
  const e = entries[i] as Entry;
  const next = entries[i + 1];
  if (!next || !continues(e, next)) return e.text;
  return `${e.text} ${next.text.slice(0, take)}`;
}

/** Whether `next` continues `e`'s text, wrapped by hand. */
export function continues(e: Entry, next: Entry): boolean {
  return next.line === e.line + 1 && next.kind === 'text' && CONTINUES.test(next.text);
}
