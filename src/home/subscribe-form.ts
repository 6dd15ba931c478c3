// The subscribe form (a Slack modal, a Mattermost dialog): what it asks and what it accepts,
// free of any platform. It edits one's personal subscription: a filter, and the days before a
// deadline to be reminded on, chosen from a few (checkboxes; Block Kit takes at most 10).
import type { Subscription } from '../store/store.ts';

/** The days offered, besides the configured defaults and those already chosen. */
export const OFFERED_OFFSETS: readonly number[] = [30, 14, 7, 3, 1];
/** Checkboxes one element holds (Block Kit's limit). */
const MAX_CHOICES = 10;
/** A filter is a few words (as `subscribe` takes them). */
export const MAX_FILTER = 200;

export interface OffsetChoice {
  days: number;
  chosen: boolean;
}

export interface SubscribeForm {
  /** The filter as it is now ('' for none). */
  filter: string;
  offsets: OffsetChoice[];
  /** Whether the user has a personal subscription already (the form edits it) or not. */
  editing: boolean;
  /** Postings the subscription holds by name ("remind me about …"): kept as they are. */
  postingCount: number;
}

/** What a submitted form said: the filter typed, the days ticked (as the platform sends values). */
export interface SubmittedForm {
  filter: string | null | undefined;
  offsets: readonly string[];
}

export type FormField = 'filter' | 'offsets';

export type FormResult =
  | { ok: true; filter: string | null; offsets: number[] }
  | { ok: false; errors: Partial<Record<FormField, string>> };

/** The offsets the form offers: the usual ones, the defaults and the chosen ones, longest first. */
function choices(chosen: readonly number[], defaults: readonly number[]): number[] {
  const all = [...new Set([...chosen, ...OFFERED_OFFSETS, ...defaults])]
    .filter((n) => Number.isInteger(n) && n >= 0)
    .sort((a, b) => b - a);
  if (all.length <= MAX_CHOICES) return all;
  // Too many: the chosen ones stay, then the offered ones.
  const keep = new Set(chosen.slice(0, MAX_CHOICES));
  for (const n of [...OFFERED_OFFSETS, ...defaults]) if (keep.size < MAX_CHOICES) keep.add(n);
  return all.filter((n) => keep.has(n));
}

/** The form for `sub` (null: no personal subscription yet, the defaults ticked). */
export function subscribeForm(sub: Subscription | null, defaults: readonly number[]): SubscribeForm {
  const chosen = sub ? sub.offsets : defaults;
  const offered = choices(chosen, defaults);
  return {
    filter: sub?.filter ?? '',
    offsets: offered.map((days) => ({ days, chosen: chosen.includes(days) })),
    editing: sub !== null,
    postingCount: postingIdsOf(sub).length,
  };
}

/** The postings a subscription names (contract: an optional `postingIds`). */
export function postingIdsOf(sub: Subscription | null): string[] {
  const ids = (sub as { postingIds?: unknown } | null)?.postingIds;
  return Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : [];
}

/** Reads a submitted form against the form it answers: only offered days, at least one. */
export function readSubscribeForm(form: SubscribeForm, submitted: SubmittedForm): FormResult {
  const errors: Partial<Record<FormField, string>> = {};
  const filter = (submitted.filter ?? '').replace(/\s+/g, ' ').trim();
  if (filter.length > MAX_FILTER) errors.filter = `A filter is at most ${MAX_FILTER} characters.`;
  const offered = new Set(form.offsets.map((o) => o.days));
  const days = [...new Set(submitted.offsets.map((v) => Number(v)))];
  if (days.some((d) => !offered.has(d))) errors.offsets = 'Choose among the days offered.';
  else if (days.length === 0) errors.offsets = 'Choose at least one day to be reminded on.';
  if (errors.filter || errors.offsets) return { ok: false, errors };
  return { ok: true, filter: filter === '' ? null : filter, offsets: days.sort((a, b) => b - a) };
}

/** "14, 7 and 1 days" (as the channel subscription says it). */
export function offsetWords(offsets: readonly number[]): string {
  const ns = [...offsets];
  const last = ns.pop();
  if (last === undefined) return 'no days';
  const list = ns.length > 0 ? `${ns.join(', ')} and ${last}` : String(last);
  return `${list} day${ns.length === 0 && last === 1 ? '' : 's'}`;
}
