// The Slack payloads the adapter reads, validated at the edge (protocols.md A1, A4): anything
// that does not parse is logged and dropped, never handed to the bot half-read.
import { z } from 'zod';

const id = z.string().min(1).max(64);

/** A slash command (bolt-js src/types/command/index.ts), over HTTP or Socket Mode. */
export const CommandPayload = z.object({
  command: z.string().min(1).max(64),
  text: z.string().max(4_000).default(''),
  user_id: id,
  user_name: z.string().max(128).optional(),
  channel_id: id,
  channel_name: z.string().max(256).optional(),
  team_id: z.string().max(64).optional(),
  response_url: z.url().max(2_000),
});
export type CommandPayload = z.infer<typeof CommandPayload>;

/** What a message and a mention share: where, who, the text, and what marks a bot or an edit. */
const messageFields = {
  channel: id,
  user: id.optional(),
  text: z.string().max(40_000).default(''),
  ts: z.string().min(1).max(32),
  thread_ts: z.string().min(1).max(32).optional(),
  subtype: z.string().optional(),
  bot_id: z.string().optional(),
};

/**
 * A `message` event. Edits, joins, bot posts and the like carry a `subtype` or a `bot_id`;
 * those are ignored, so the schema keeps them to look at.
 */
export const MessageEvent = z.object({
  type: z.literal('message'),
  channel_type: z.string().optional(),
  ...messageFields,
});
export type MessageEvent = z.infer<typeof MessageEvent>;

/** An `app_mention` event: `text` starts with (or contains) `<@UBOT>`. */
export const AppMentionEvent = z.object({ type: z.literal('app_mention'), ...messageFields });
export type AppMentionEvent = z.infer<typeof AppMentionEvent>;

/** The `block_actions` payload of a click on the share button. */
export const ShareAction = z.object({
  type: z.literal('block_actions'),
  user: z.object({ id, name: z.string().max(128).optional(), username: z.string().max(128).optional() }),
  channel: z.object({ id }).optional(),
  container: z.object({ channel_id: id.optional() }).optional(),
  response_url: z.url().max(2_000),
  actions: z.array(z.object({ action_id: z.string(), value: z.string().max(2_000).default('') })).min(1),
});
export type ShareAction = z.infer<typeof ShareAction>;

/** The `block_actions` payload of a click on a button that runs a command (its value). */
export const CommandAction = z.object({
  type: z.literal('block_actions'),
  user: z.object({ id, name: z.string().max(128).optional(), username: z.string().max(128).optional() }),
  channel: z.object({ id }).optional(),
  container: z.object({ channel_id: id.optional() }).optional(),
  response_url: z.url().max(2_000).optional(),
  actions: z.array(z.object({ action_id: z.string().max(255), value: z.string().max(2_000).default('') })).min(1),
});
export type CommandAction = z.infer<typeof CommandAction>;

/** conversations.open's answer: the id of the direct message channel with a user. */
export const OpenedConversation = z.object({ channel: z.object({ id }) });

/** Our idempotency metadata on a channel post, as conversations.history returns it. */
export const PostMetadata = z.object({
  event_type: z.string(),
  event_payload: z.object({ key: z.string(), part: z.number().int().optional(), parts: z.number().int().optional() }),
});
