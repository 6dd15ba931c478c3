// Which commands ask for the subscribe form rather than an answer: `reminders edit` anywhere, and
// `subscribe me` with nothing after it in a direct message (in a channel, or with words after it,
// `subscribe` keeps its meaning). Platforms that have a form (a Mattermost dialog) open it.

export type FormRequest = 'edit' | 'subscribe-me';

const EDIT = /^(?:reminders?\s+edit|edit\s+(?:my\s+)?reminders?)[.!]?$/i;
const SUBSCRIBE_ME = /^subscribe\s+me[.!]?$/i;

/** The form request `text` (the words after /positions) makes, or null. */
export function formRequest(text: string): FormRequest | null {
  const t = text.replace(/\s+/g, ' ').trim();
  if (EDIT.test(t)) return 'edit';
  if (SUBSCRIBE_ME.test(t)) return 'subscribe-me';
  return null;
}
