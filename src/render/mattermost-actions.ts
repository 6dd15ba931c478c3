// Reply buttons -> Mattermost interactive message attachments. Markdown has no buttons, so the
// actions blocks of a reply become one attachment whose buttons call the bot back: Mattermost
// POSTs `integration.context` to `integration.url` with the id of the user who clicked. What
// goes into the context (the command and its signature) is the adapter's (it holds the secret).
import type { Action, Reply } from '../answers/reply.ts';

/** Buttons on one post, at most (more do not fit a chat message anyway). */
export const MATTERMOST_MAX_ACTIONS = 25;
/** A button's name, at most (Mattermost shows it on one line). */
export const MATTERMOST_ACTION_NAME_LIMIT = 60;

export interface MattermostAction {
  /** Mattermost requires an alphanumeric id, unique on the post. */
  id: string;
  name: string;
  type: 'button';
  style?: 'primary' | 'danger';
  integration: { url: string; context: Record<string, unknown> };
}

export interface MattermostAttachment {
  fallback: string;
  actions: MattermostAction[];
}

const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

function name(label: string): string {
  const flat = label.replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
  return (
    (flat.length > MATTERMOST_ACTION_NAME_LIMIT ? `${flat.slice(0, MATTERMOST_ACTION_NAME_LIMIT - 1)}…` : flat) || 'Run'
  );
}

/** Every button of the reply, in order. */
export function replyActions(reply: Reply): Action[] {
  return reply.blocks.flatMap((b) => (b.kind === 'actions' ? b.actions : [])).filter((a) => a.command !== '');
}

/**
 * The reply's buttons as attachments for the post's `props.attachments` (or a command
 * response's `attachments`), or undefined when it has none. `integration` says where a click
 * goes and what it carries.
 */
export function renderMattermostAttachments(
  reply: Reply,
  integration: (action: Action) => { url: string; context: Record<string, unknown> },
): MattermostAttachment[] | undefined {
  const actions = replyActions(reply).slice(0, MATTERMOST_MAX_ACTIONS);
  if (actions.length === 0) return undefined;
  return [
    {
      fallback: actions.map((a) => name(a.label)).join(' · '),
      actions: actions.map((a, i) => ({
        id: `cmd${i}`,
        name: name(a.label),
        type: 'button',
        ...(a.style ? { style: a.style } : {}),
        integration: integration(a),
      })),
    },
  ];
}
