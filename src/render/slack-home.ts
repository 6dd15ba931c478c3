// The home and the subscribe form as Slack views: the App Home tab (views.publish) and the
// modal (views.open), within Block Kit's limits (100 blocks a view; a modal's title, submit and
// close at most 24 characters; checkboxes at most 10 options). The blocks of the home are the
// Reply's, rendered as every Slack message is (./slack-blocks.ts escapes the data).
import type { Reply } from '../answers/reply.ts';
import type { Home } from '../home/build-home.ts';
import { MAX_FILTER, type SubmittedForm, type SubscribeForm } from '../home/subscribe-form.ts';
import { renderSlackMessages } from './slack-blocks.ts';

/** A view holds at most 100 blocks (Block Kit: home and modal views). */
export const SLACK_VIEW_MAX_BLOCKS = 100;
/** The home's button that opens the subscribe modal. */
export const HOME_SUBSCRIBE_ACTION = 'positions_home_subscribe';
/** The subscribe modal's callback_id, which its view_submission carries. */
export const SUBSCRIBE_CALLBACK = 'positions_subscribe';
const FILTER = 'filter';
const OFFSETS = 'offsets';
const HEADER_LIMIT = 150;

interface PlainText {
  type: 'plain_text';
  text: string;
  emoji?: boolean;
}

const plain = (text: string): PlainText => ({ type: 'plain_text', text, emoji: true });

/** Slack's view objects, as far as the bot builds them. */
export interface SlackView {
  type: 'home' | 'modal';
  blocks: unknown[];
  callback_id?: string;
  private_metadata?: string;
  title?: PlainText;
  submit?: PlainText;
  close?: PlainText;
}

function headerText(reply: Reply): string {
  const first = reply.blocks[0];
  const text = first?.kind === 'heading' ? first.text : 'Positions';
  return text.length <= HEADER_LIMIT ? text : `${text.slice(0, HEADER_LIMIT - 1)}…`;
}

/**
 * The App Home: a header, the button that opens the subscribe modal, then the home's Reply.
 * `privateMetadata` comes back with every click in the view (the user's DM channel, say).
 */
export function renderSlackHome(home: Home, privateMetadata = ''): SlackView {
  const { reply } = home;
  const rest: Reply = { ...reply, blocks: reply.blocks[0]?.kind === 'heading' ? reply.blocks.slice(1) : reply.blocks };
  const button = {
    type: 'actions',
    block_id: 'home_subscribe',
    elements: [
      {
        type: 'button',
        action_id: HOME_SUBSCRIBE_ACTION,
        text: plain(home.form.editing ? 'Edit my reminders' : 'Subscribe'),
        style: 'primary',
        value: 'subscribe',
      },
    ],
  };
  const body = renderSlackMessages(rest).flatMap((m) => m.blocks);
  const room = SLACK_VIEW_MAX_BLOCKS - 2;
  const blocks: unknown[] = [{ type: 'header', text: plain(headerText(reply)) }, button];
  if (body.length <= room) blocks.push(...body);
  else {
    blocks.push(...body.slice(0, room - 1), {
      type: 'context',
      elements: [{ type: 'mrkdwn', text: "More than a Home tab holds: say 'deadlines' for the rest.", verbatim: true }],
    });
  }
  return { type: 'home', blocks, ...(privateMetadata ? { private_metadata: privateMetadata.slice(0, 3000) } : {}) };
}

function dayLabel(days: number): string {
  if (days === 0) return 'On the deadline day';
  return `${days} day${days === 1 ? '' : 's'} before`;
}

/** The subscribe modal: a filter and the days before a deadline as checkboxes. */
export function renderSlackSubscribeModal(form: SubscribeForm, privateMetadata = ''): SlackView {
  const option = (days: number) => ({ text: plain(dayLabel(days)), value: String(days) });
  const chosen = form.offsets.filter((o) => o.chosen).map((o) => option(o.days));
  const named =
    form.postingCount > 0
      ? ` The ${form.postingCount} posting${form.postingCount === 1 ? '' : 's'} you asked to be reminded of stay${form.postingCount === 1 ? 's' : ''}.`
      : '';
  return {
    type: 'modal',
    callback_id: SUBSCRIBE_CALLBACK,
    title: plain('Deadline reminders'),
    submit: plain('Save'),
    close: plain('Cancel'),
    ...(privateMetadata ? { private_metadata: privateMetadata.slice(0, 3000) } : {}),
    blocks: [
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: `I send you a direct message before the deadlines of the postings you choose.${named}`,
          verbatim: true,
        },
      },
      {
        type: 'input',
        block_id: FILTER,
        optional: true,
        label: plain('Postings matching'),
        hint: plain(
          'Words a posting must all match: a skill, an experiment, a place (e.g. CMS Python). Empty: all postings, or only those you asked about.',
        ),
        element: {
          type: 'plain_text_input',
          action_id: FILTER,
          max_length: MAX_FILTER,
          placeholder: plain('e.g. CMS Python'),
          ...(form.filter ? { initial_value: form.filter.slice(0, MAX_FILTER) } : {}),
        },
      },
      {
        type: 'input',
        block_id: OFFSETS,
        label: plain('Remind me'),
        element: {
          type: 'checkboxes',
          action_id: OFFSETS,
          options: form.offsets.map((o) => option(o.days)),
          ...(chosen.length > 0 ? { initial_options: chosen } : {}),
        },
      },
    ],
  };
}

/** A modal's `view.state.values`, read back into the form's answers. */
export function readSlackSubscribeModal(values: unknown): SubmittedForm {
  const v = (values ?? {}) as Record<string, Record<string, { value?: unknown; selected_options?: unknown }>>;
  const typed = v[FILTER]?.[FILTER]?.value;
  const ticked = v[OFFSETS]?.[OFFSETS]?.selected_options;
  return {
    filter: typeof typed === 'string' ? typed : null,
    offsets: Array.isArray(ticked)
      ? ticked.map((o) => (o as { value?: unknown }).value).filter((x): x is string => typeof x === 'string')
      : [],
  };
}

/** Field errors as a view_submission answer wants them: by the input's block_id. */
export function slackFormErrors(errors: Partial<Record<'filter' | 'offsets', string>>): Record<string, string> {
  const out: Record<string, string> = {};
  if (errors.filter) out[FILTER] = errors.filter;
  if (errors.offsets) out[OFFSETS] = errors.offsets;
  return out;
}
