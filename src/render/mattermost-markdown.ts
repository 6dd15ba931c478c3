// Reply -> Mattermost markdown. ALL escaping of untrusted text for Mattermost happens here:
// posting text can neither notify people (@channel, @all, @here, @everyone, @user) nor
// break the markdown (headings, lists, tables, code, disguised links), and every post
// stays within Mattermost's 16,383-character limit.

import type { Block, CriterionStatus, PostingRef, Reply, Verdict } from '../answers/reply.ts';
import { flattenSpace } from '../answers/text.ts';
import { describeLine } from '../corpus/cite-line.ts';
import type { SourceRef } from '../corpus/posting.ts';

/** Mattermost's maximum post length (server/public/model/post.go PostMessageMaxRunesV2). */
export const MATTERMOST_POST_LIMIT = 16_383;

/** Longest single piece of data rendered; longer text is cut with an ellipsis. */
const MAX_DATA_CHARS = 2_000;

const ZWJ = '\u200D';

// Markdown control characters escaped everywhere in data. `-`, `+`, `=` and `N.` only matter
// at the start of a line and are handled there; `.`, `,`, `:` and `/` stay readable (URLs). `@`
// gets a zero-width joiner instead.
const CONTROL_OR_AT = /[\\`*_{}[\]()<>#|~$&!^@]/g;

/** Control characters, bidi overrides and other invisible characters an attacker could use. */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;
const HAS_INVISIBLE = new RegExp(INVISIBLE.source);
const LINE_START = /^[-+=]|^\d+[.)]/;
/** A URL that can stand in `[text](url)` as it is: no space, parenthesis, bracket or angle. */
const LINKABLE = /^https?:\/\/[A-Za-z0-9._~%/:?=-]+$/;

function cut(text: string, max = MAX_DATA_CHARS): string {
  if (text.length <= max) return text;
  let end = max - 1;
  // Never cut a surrogate pair in half.
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/**
 * Escapes one line of untrusted text for inline use: no markup, no mention, no link syntax.
 * Newlines become spaces, so data can never start a heading, a list or a table row.
 */
export function escapeInline(text: string): string {
  // Each pass runs only when its test says it would change something: a list answer escapes
  // hundreds of short strings, and six regex passes each showed in the answer time.
  let flat = text;
  if (HAS_INVISIBLE.test(flat)) flat = flat.replace(INVISIBLE, '');
  flat = flattenSpace(flat);
  // Markup escaped, and a zero-width joiner after every `@` breaks @channel/@all/@here/@everyone/@user mentions.
  let out = cut(flat).replace(CONTROL_OR_AT, (c) => (c === '@' ? `@${ZWJ}` : `\\${c}`));
  // Line-start markers: list bullets, setext underlines, ordered lists.
  if (LINE_START.test(out)) out = out.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
  return out;
}

/** Escapes text for a table cell (as inline, with the pipe escaped too; it already is). */
function cell(text: string): string {
  return escapeInline(text) || ' ';
}

/** Escapes multi-line untrusted text, line by line (paragraph breaks kept). */
export function escapeParagraph(text: string): string {
  return cut(text, MAX_DATA_CHARS * 4)
    .split(/\r?\n/)
    .map((line) => escapeInline(line))
    .join('\n');
}

const VERDICT_LABEL: Record<Verdict, string> = {
  eligible: ':white_check_mark: **Eligible**',
  not_eligible: ':x: **Not eligible**',
  unknown: ':grey_question: **Cannot tell yet**',
};

const STATUS_LABEL: Record<CriterionStatus, string> = {
  met: ':white_check_mark: met',
  not_met: ':x: not met',
  unknown: ':grey_question: unknown',
};

function source(ref: SourceRef): string {
  return `${escapeInline(ref.file)}, ${describeLine(ref)}`;
}

function postingLine(p: PostingRef): string {
  const deadline = p.deadline ? `deadline ${escapeInline(p.deadline)}` : 'no deadline given';
  return `**${escapeInline(p.title)}** (id ${escapeInline(p.id)}; ${escapeInline(p.status)}; ${deadline})`;
}

function renderBlock(block: Block): string[] {
  switch (block.kind) {
    case 'heading':
      return [`#### ${escapeInline(block.text)}`];
    case 'paragraph':
      return [escapeParagraph(block.text)];
    case 'card': {
      const lines = [`#### ${escapeInline(block.posting.title)}`, postingLine(block.posting)];
      if (block.fields.length > 0) {
        lines.push('', '| | |', '|:--|:--|');
        for (const f of block.fields) lines.push(`| **${cell(f.label)}** | ${cell(f.value)} |`);
      }
      for (const s of block.sections) {
        lines.push('', `**${escapeInline(s.title)}**`);
        for (const item of s.items) lines.push(`- ${escapeInline(item)}`);
      }
      const calendar = block.calendar && LINKABLE.test(block.calendar) ? block.calendar : null;
      lines.push(
        '',
        `_Source: ${source(block.posting.source)}_${calendar ? ` · [Add to calendar (.ics)](${calendar})` : ''}`,
      );
      return lines;
    }
    case 'link':
      // Shown whole, to be copied into a calendar app; anything but a plain URL stays text.
      return [
        `**${escapeInline(block.label)}**`,
        LINKABLE.test(block.url) ? `[${escapeInline(block.url)}](${block.url})` : escapeInline(block.url),
      ];
    case 'list': {
      const lines: string[] = [];
      if (block.title) lines.push(`**${escapeInline(block.title)}**`);
      if (block.items.length === 0) lines.push('_(none)_');
      for (const item of block.items) {
        const parts: string[] = [];
        if (item.posting) parts.push(postingLine(item.posting));
        if (item.text && item.text !== item.posting?.title) parts.push(escapeInline(item.text));
        if (item.detail) parts.push(`_${escapeInline(item.detail)}_`);
        lines.push(`- ${parts.join(' — ') || ' '}`);
      }
      return lines;
    }
    case 'eligibility': {
      const { posting, result } = block;
      const lines = [`#### Eligibility: ${escapeInline(posting.title)}`, VERDICT_LABEL[result.verdict]];
      if (result.criteria.length > 0) {
        lines.push('', '| Criterion (quoted) | Status | Why |', '|:--|:--|:--|');
        for (const c of result.criteria) {
          const where = c.line ? ` (${describeLine({ line: c.line, page: c.page, pageLine: c.pageLine })})` : '';
          lines.push(`| ${cell(c.text)}${where} | ${STATUS_LABEL[c.status]} | ${cell(c.why)} |`);
        }
      }
      if (result.missing.length > 0) {
        lines.push('', '**Tell me to decide:**');
        for (const m of result.missing) lines.push(`- ${escapeInline(m)}`);
      }
      lines.push('', `_Source: ${source(posting.source)}_`);
      return lines;
    }
    case 'citation':
      return [`_Source: ${source(block.source)}_`];
    case 'actions':
      // Buttons are no markdown: the adapter sends them as interactive attachments
      // (./mattermost-actions.ts).
      return [];
  }
}

/** The whole reply as one Mattermost markdown document (not yet split to the post limit). */
export function renderMattermostMarkdown(reply: Reply): string {
  const parts: string[] = [];
  if (reply.blocks.length === 0) parts.push(escapeParagraph(reply.text));
  for (const block of reply.blocks) {
    const lines = renderBlock(block);
    if (lines.length > 0) parts.push(lines.join('\n'));
  }
  if (reply.suggestions.length > 0) {
    parts.push(`_Try:_ ${reply.suggestions.map((s) => `/positions ${escapeInline(s)}`).join(' · ')}`);
  }
  return parts.join('\n\n');
}

/**
 * Splits markdown into posts of at most `limit` characters, at paragraph, then line
 * boundaries; a single overlong line is cut where it does not split an escape or a surrogate.
 */
export function splitForMattermost(markdown: string, limit = MATTERMOST_POST_LIMIT): string[] {
  const posts: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim() !== '') posts.push(current);
    current = '';
  };
  for (const line of markdown.split('\n')) {
    const candidate = current === '' ? line : `${current}\n${line}`;
    if (candidate.length <= limit) {
      current = candidate;
      continue;
    }
    flush();
    let rest = line;
    while (rest.length > limit) {
      let end = limit;
      const code = rest.charCodeAt(end - 1);
      if (code >= 0xd800 && code <= 0xdbff) end -= 1;
      // Do not leave a dangling escape backslash or split "@" from its zero-width joiner.
      while (end > 1 && (rest[end - 1] === '\\' || rest[end - 1] === '@')) end -= 1;
      posts.push(rest.slice(0, end));
      rest = rest.slice(end);
    }
    current = rest;
  }
  flush();
  return posts.length > 0 ? posts : [' '];
}

/** Reply -> one or more Mattermost posts, each within the post limit. */
export function renderMattermost(reply: Reply, limit = MATTERMOST_POST_LIMIT): string[] {
  return splitForMattermost(renderMattermostMarkdown(reply), limit);
}
