// Reply -> Slack Block Kit. ALL escaping of untrusted text for Slack happens here: in mrkdwn
// `&`, `<` and `>` are control characters (protocols.md A6), so data is escaped to `&amp;`,
// `&lt;`, `&gt;` and nothing else; a posting can then neither ping `<!channel>`, `<!here>` or
// `<@U…>` nor forge a link like `<https://evil|Innocent>`. Every mrkdwn object is `verbatim`,
// so Slack does not turn bare `@here`, `#channel` or URLs in data into live mentions or links.
// Block Kit limits are kept: 50 blocks a message, 3000 characters a section text, 10 fields
// of 2000 characters, 10 context elements; longer answers are split into several messages.
import type { Block, CriterionStatus, PostingRef, Reply, Verdict } from '../answers/reply.ts';
import { describeLine } from '../corpus/cite-line.ts';
import type { SourceRef } from '../corpus/posting.ts';

export const SLACK_MAX_BLOCKS = 50;
export const SLACK_SECTION_LIMIT = 3000;
export const SLACK_FIELD_LIMIT = 2000;
export const SLACK_MAX_FIELDS = 10;
export const SLACK_CONTEXT_LIMIT = 2000;
/** A button's `value` (Block Kit: at most 2000 characters). */
export const SLACK_BUTTON_VALUE_LIMIT = 2000;
/** A button's text (Block Kit: at most 75 characters). */
export const SLACK_BUTTON_TEXT_LIMIT = 75;
/** Elements of one actions block (Block Kit: at most 25). */
export const SLACK_MAX_ACTIONS = 25;
/** The action_id prefix of a button that runs a command (`positions_command_0`, ...): the adapter listens to it. */
export const COMMAND_ACTION_PREFIX = 'positions_command_';
/** The notification / fallback `text` we send with blocks (Slack advises at most 4000). */
export const SLACK_FALLBACK_LIMIT = 3000;

export interface MrkdwnText {
  type: 'mrkdwn';
  text: string;
  verbatim: true;
}

export interface PlainText {
  type: 'plain_text';
  text: string;
  emoji?: boolean;
}

export interface SlackButton {
  type: 'button';
  action_id: string;
  text: PlainText;
  value: string;
  style?: 'primary' | 'danger';
}

export type SlackBlock =
  | { type: 'section'; text?: MrkdwnText; fields?: MrkdwnText[] }
  | { type: 'context'; elements: MrkdwnText[] }
  | { type: 'divider' }
  | { type: 'actions'; elements: SlackButton[] };

/** One Slack message: the fallback text (notifications, screen readers) and its blocks. */
export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

/** A URL that can stand in `<url|text>` as it is: none of mrkdwn's control characters, no `|`. */
const LINKABLE = /^https?:\/\/[A-Za-z0-9._~%/:?=[\]-]+$/;

/** Longest piece of data shown on one line (a title, a field value, a list item). */
const MAX_LINE_CHARS = 1_500;
/** Longest paragraph shown; the rest is cut with an ellipsis. */
const MAX_PARAGRAPH_CHARS = 12_000;

/** Control characters, bidi overrides and other invisible characters an attacker could use. */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/** Escapes the three mrkdwn control characters, and nothing else. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function clean(text: string): string {
  return String(text ?? '')
    .replace(INVISIBLE, '')
    .replace(/\r\n?/g, '\n');
}

/** One line of data: whitespace collapsed, cut to `max` raw characters. */
function flat(text: string, max = MAX_LINE_CHARS): string {
  return cutRaw(clean(text).replace(/\s+/g, ' ').trim(), max);
}

function cutRaw(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  if (isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
  return `${text.slice(0, end)}…`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * The largest end <= `end` at which escaped text can be cut: never inside an entity
 * (`&amp;`, `&lt;`, `&gt;`) nor between the two halves of a surrogate pair.
 */
function safeEnd(escaped: string, end: number): number {
  let e = Math.min(end, escaped.length);
  if (e < escaped.length) {
    const amp = escaped.lastIndexOf('&', e - 1);
    if (amp >= 0 && amp > e - 5) {
      const semi = escaped.indexOf(';', amp);
      if (semi >= e) e = amp;
    }
    if (e > 0 && isHighSurrogate(escaped.charCodeAt(e - 1))) e -= 1;
  }
  return e;
}

/** Cuts escaped text to at most `max` characters, with an ellipsis when cut. */
function cutEscaped(escaped: string, max: number): string {
  if (escaped.length <= max) return escaped;
  return `${escaped.slice(0, safeEnd(escaped, max - 1))}…`;
}

/** Escaped inline data. */
function inline(text: string, max = MAX_LINE_CHARS): string {
  return escapeSlack(flat(text, max));
}

/**
 * Escaped data inside our own `*bold*`: an asterisk in the data would end the bold early, so it
 * becomes the look-alike U+2217. An empty value would show `**`, so it gets a placeholder.
 */
function bold(text: string, max = MAX_LINE_CHARS): string {
  const s = inline(text, max).replace(/\*/g, '∗');
  return `*${s || '(untitled)'}*`;
}

function mrkdwn(text: string): MrkdwnText {
  return { type: 'mrkdwn', text, verbatim: true };
}

function section(text: string): SlackBlock {
  return { type: 'section', text: mrkdwn(text) };
}

function context(text: string): SlackBlock {
  return { type: 'context', elements: [mrkdwn(cutEscaped(text, SLACK_CONTEXT_LIMIT))] };
}

/** Splits one over-long escaped line into pieces of at most `max`, at safe places. */
function splitLine(line: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > max) {
    let end = safeEnd(rest, max);
    // Prefer a space in the last fifth, so words stay whole.
    const space = rest.lastIndexOf(' ', end);
    if (space > max * 0.8) end = space + 1;
    if (end <= 0) end = Math.min(rest.length, max);
    pieces.push(rest.slice(0, end));
    rest = rest.slice(end);
  }
  pieces.push(rest);
  return pieces;
}

/** Packs escaped lines into section texts of at most `max` characters, breaking at lines. */
export function packLines(lines: string[], max = SLACK_SECTION_LIMIT): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const line of lines.flatMap((l) => splitLine(l, max))) {
    const candidate = current === '' ? line : `${current}\n${line}`;
    if (candidate.length <= max) {
      current = candidate;
      continue;
    }
    if (current.trim() !== '') chunks.push(current);
    current = line;
  }
  if (current.trim() !== '') chunks.push(current);
  return chunks;
}

function sections(lines: string[]): SlackBlock[] {
  return packLines(lines).map(section);
}

const VERDICT: Record<Verdict, string> = {
  eligible: '✅ *Eligible*',
  not_eligible: '❌ *Not eligible*',
  unknown: '❔ *Cannot tell yet*',
};

const MARK: Record<CriterionStatus, string> = { met: '✅', not_met: '❌', unknown: '❔' };

function source(ref: SourceRef): string {
  return `Source: ${inline(ref.file, 300)}, ${describeLine({ line: Number(ref.line) || 0, page: ref.page, pageLine: ref.pageLine })}`;
}

function postingMeta(p: PostingRef): string {
  const deadline = p.deadline ? `deadline ${inline(p.deadline, 100)}` : 'no deadline given';
  return `${inline(p.id, 200)} · ${inline(p.status, 50)} · ${deadline}`;
}

function fieldText(label: string, value: string): MrkdwnText {
  const head = `${bold(label, 200)}\n`;
  const body = escapeSlack(cutRaw(clean(value).trim(), SLACK_FIELD_LIMIT));
  return mrkdwn(cutEscaped(`${head}${body || '—'}`, SLACK_FIELD_LIMIT));
}

function renderBlock(block: Block): SlackBlock[] {
  switch (block.kind) {
    case 'heading':
      return [section(bold(block.text, 300))];
    case 'paragraph': {
      const text = cutRaw(clean(block.text), MAX_PARAGRAPH_CHARS);
      return sections(text.split('\n').map((l) => escapeSlack(l)));
    }
    case 'card': {
      const p = block.posting;
      const out: SlackBlock[] = sections([bold(p.title, 300), postingMeta(p)]);
      for (let i = 0; i < block.fields.length; i += SLACK_MAX_FIELDS) {
        const fields = block.fields.slice(i, i + SLACK_MAX_FIELDS).map((f) => fieldText(f.label, f.value));
        out.push({ type: 'section', fields });
      }
      for (const s of block.sections) {
        out.push(...sections([bold(s.title, 300), ...s.items.map((item) => `• ${inline(item)}`)]));
      }
      const calendar = block.calendar && LINKABLE.test(block.calendar) ? block.calendar : null;
      out.push(context(calendar ? `${source(p.source)} · <${calendar}|Add to calendar (.ics)>` : source(p.source)));
      return out;
    }
    case 'link':
      // Shown whole, to be copied into a calendar app; anything but a plain URL stays text.
      return [section(`${bold(block.label, 300)}\n${LINKABLE.test(block.url) ? `<${block.url}>` : inline(block.url)}`)];
    case 'list': {
      const lines: string[] = [];
      if (block.title) lines.push(bold(block.title, 300));
      if (block.items.length === 0) lines.push('(none)');
      for (const item of block.items) {
        const parts: string[] = [];
        if (item.posting) parts.push(`${bold(item.posting.title, 300)} (${postingMeta(item.posting)})`);
        if (item.text && item.text !== item.posting?.title) parts.push(inline(item.text));
        if (item.detail) parts.push(inline(item.detail));
        lines.push(`• ${parts.join(' — ')}`);
      }
      return sections(lines);
    }
    case 'eligibility': {
      const { posting, result } = block;
      const lines = [`*Eligibility:* ${bold(posting.title, 300)}`, VERDICT[result.verdict] ?? VERDICT.unknown];
      if (result.criteria.length === 0) lines.push('The posting states no eligibility criteria.');
      for (const c of result.criteria) {
        const where = c.line
          ? ` (${describeLine({ line: Number(c.line) || 0, page: Number(c.page) || undefined, pageLine: Number(c.pageLine) || undefined })})`
          : '';
        lines.push(`${MARK[c.status] ?? MARK.unknown} “${inline(c.text)}”${where} — ${inline(c.why, 500)}`);
      }
      const out = sections(lines);
      if (result.missing.length > 0) {
        out.push(...sections(['*Tell me to decide:*', ...result.missing.map((m) => `• ${inline(m, 300)}`)]));
      }
      out.push(context(source(posting.source)));
      return out;
    }
    case 'citation':
      return [context(source(block.source))];
    case 'actions': {
      // A command too long for a button's value is left out rather than cut (it would run another command).
      const elements: SlackButton[] = block.actions
        .filter((a) => a.command.length > 0 && a.command.length <= SLACK_BUTTON_VALUE_LIMIT)
        .slice(0, SLACK_MAX_ACTIONS)
        .map((a, i) => ({
          type: 'button',
          action_id: `${COMMAND_ACTION_PREFIX}${i}`,
          text: { type: 'plain_text', text: flat(a.label, SLACK_BUTTON_TEXT_LIMIT) || 'Run', emoji: true },
          value: a.command,
          ...(a.style ? { style: a.style } : {}),
        }));
      return elements.length > 0 ? [{ type: 'actions', elements }] : [];
    }
  }
}

function fallbackText(reply: Reply): string {
  const text = escapeSlack(cutRaw(clean(reply.text).trim(), SLACK_FALLBACK_LIMIT));
  return cutEscaped(text, SLACK_FALLBACK_LIMIT) || 'Positions';
}

/** Groups of blocks, one group a reply block, kept together in one message when they fit. */
function blockGroups(reply: Reply): SlackBlock[][] {
  const groups: SlackBlock[][] = [];
  if (reply.blocks.length === 0) {
    const text = cutRaw(clean(reply.text), MAX_PARAGRAPH_CHARS);
    groups.push(sections(text.split('\n').map((l) => escapeSlack(l))));
  }
  for (const block of reply.blocks) groups.push(renderBlock(block));
  if (reply.suggestions.length > 0) {
    const tries = reply.suggestions.slice(0, 5).map((s) => `/positions ${inline(s, 200)}`);
    groups.push([context(`Try: ${tries.join(' · ')}`)]);
  }
  const nonEmpty = groups.filter((g) => g.length > 0);
  return nonEmpty.length > 0 ? nonEmpty : [[section(fallbackText(reply))]];
}

export interface SlackRenderOptions {
  /** Blocks a message may hold; lower it to leave room for blocks the caller appends. */
  maxBlocks?: number;
}

/** Reply -> one or more Slack messages, each within Block Kit's limits. */
export function renderSlackMessages(reply: Reply, options: SlackRenderOptions = {}): SlackMessage[] {
  const max = Math.max(1, Math.min(SLACK_MAX_BLOCKS, options.maxBlocks ?? SLACK_MAX_BLOCKS));
  const messages: SlackBlock[][] = [];
  let current: SlackBlock[] = [];
  const flush = () => {
    if (current.length > 0) messages.push(current);
    current = [];
  };
  for (const group of blockGroups(reply)) {
    if (current.length + group.length > max) flush();
    for (const b of group) {
      if (current.length >= max) flush();
      current.push(b);
    }
  }
  flush();
  const text = fallbackText(reply);
  return messages.map((blocks, i) => ({ text: i === 0 ? text : `${cutEscaped(text, 200)} (continued)`, blocks }));
}

/**
 * Reply -> one Slack message. Where only one message can go (a single ack), an answer over the
 * block limit is cut, with a last block that says so.
 */
export function renderSlack(reply: Reply, options: SlackRenderOptions = {}): SlackMessage {
  const max = Math.max(2, Math.min(SLACK_MAX_BLOCKS, options.maxBlocks ?? SLACK_MAX_BLOCKS));
  const messages = renderSlackMessages(reply, { maxBlocks: max });
  const [first = { text: fallbackText(reply), blocks: [] }, ...rest] = messages;
  if (rest.length === 0) return first;
  const blocks = first.blocks.slice(0, max - 1);
  blocks.push(context('The answer is longer than one message: narrow the question to see the rest.'));
  return { text: first.text, blocks };
}

/**
 * The "Share in channel" button: its value carries the command text, so a click can post the
 * same answer for everyone. None when the text does not fit in a button value.
 */
export function renderShareButton(actionId: string, commandText: string): SlackBlock | null {
  if (commandText.length > SLACK_BUTTON_VALUE_LIMIT) return null;
  return {
    type: 'actions',
    elements: [
      {
        type: 'button',
        action_id: actionId,
        text: { type: 'plain_text', text: 'Share in channel', emoji: true },
        value: commandText,
      },
    ],
  };
}
